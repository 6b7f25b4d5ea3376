module github.com/fastevent/fastevent/clients/go

go 1.19

require (
	github.com/jackc/pgtype v1.10.0
	github.com/jackc/pgx/v4 v4.15.0
	github.com/segmentio/ksuid v1.0.4
)
