module github.com/fastevent/fastevent/clients/go/pgxv5

go 1.25.0

require (
	github.com/fastevent/fastevent/clients/go v0.3.0
	github.com/jackc/pgx/v5 v5.9.2
	github.com/segmentio/ksuid v1.0.4
)

require (
	github.com/jackc/pgpassfile v1.0.0 // indirect
	github.com/jackc/pgservicefile v0.0.0-20240606120523-5a60cdf6a761 // indirect
	github.com/jackc/puddle/v2 v2.2.2 // indirect
	golang.org/x/sync v0.17.0 // indirect
	golang.org/x/text v0.29.0 // indirect
)

// this checkout's fastevent package, not a released one
replace github.com/fastevent/fastevent/clients/go => ../
