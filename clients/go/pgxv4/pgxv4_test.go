package pgxv4

import (
	"bytes"
	"context"
	"database/sql"
	"os"
	"testing"
	"time"

	"github.com/fastevent/fastevent/clients/go/fastevent"
	"github.com/fastevent/fastevent/clients/go/internal/clienttest"
	"github.com/jackc/pgtype"
	"github.com/jackc/pgx/v4"
	"github.com/jackc/pgx/v4/stdlib"
	"github.com/segmentio/ksuid"
)

// The round trip: 10,000 values (random, and the ends of both types) go in
// through CopyFrom, parameters and a batch, and come back in binary and in
// text, compared with what SQL itself says of them (epoch_ns, ::bytea).
// It needs a server: the PG* environment variables (make test sets them).

const rows = clienttest.Rows

func connect(t testing.TB) *pgx.Conn {
	if os.Getenv("PGHOST") == "" {
		t.Fatal(clienttest.NeedServer)
	}
	ctx := context.Background()
	conn, err := pgx.Connect(ctx, "")
	if err != nil {
		t.Fatal(err)
	}
	if _, err := conn.Exec(ctx, "SET client_min_messages = warning; CREATE EXTENSION IF NOT EXISTS fastevent"); err != nil {
		t.Fatal(err)
	}
	if err := Register(ctx, conn); err != nil {
		t.Fatal(err)
	}
	return conn
}

var (
	values = clienttest.Values
	finite = clienttest.Finite
)

func TestRoundTrip(t *testing.T) {
	ctx := context.Background()
	conn := connect(t)
	defer conn.Close(ctx)
	in := values()
	ny, _ := time.LoadLocation("America/New_York")
	_, err := conn.Exec(ctx, clienttest.Setup)
	if err != nil {
		t.Fatal(err)
	}

	// in: CopyFrom (binary) for most rows, as ksuid.KSUID with int64 or
	// time.Time; then parameters, one statement each
	if _, err := conn.CopyFrom(ctx, pgx.Identifier{"go_rt"}, []string{"n", "id", "t", "how"},
		pgx.CopyFromRows(clienttest.CopyRows(in, ny))); err != nil {
		t.Fatal(err)
	}
	for i := rows - 200; i < rows-100; i++ {
		if _, err := conn.Exec(ctx, "INSERT INTO go_rt VALUES ($1, $2, $3, 'param')", i, in[i].ID, clienttest.Param(in, i)); err != nil {
			t.Fatal(err)
		}
	}
	// a batch
	b := &pgx.Batch{}
	for i := rows - 100; i < rows; i++ {
		b.Queue("INSERT INTO go_rt VALUES ($1, $2, $3, 'batch')", i, in[i].ID, in[i].Ns)
	}
	if err := conn.SendBatch(ctx, b).Close(); err != nil {
		t.Fatal(err)
	}

	// out, binary and text: the Go values, beside SQL's own view of them
	for _, format := range []int16{pgx.BinaryFormatCode, pgx.TextFormatCode} {
		rs, err := conn.Query(ctx, clienttest.Readback,
			pgx.QueryResultFormats{format, format, format, format, pgx.BinaryFormatCode, pgx.BinaryFormatCode, pgx.BinaryFormatCode})
		if err != nil {
			t.Fatal(err)
		}
		count := 0
		for rs.Next() {
			var n int
			var id ksuid.KSUID
			var ns, sqlNs int64
			var at time.Time
			var raw []byte
			var null bool
			dst := []interface{}{&n, &id, &ns, &TimestamptzNS{}, &raw, &sqlNs, &null}
			if err := rs.Scan(dst...); err != nil {
				t.Fatalf("format %d: %v", format, err)
			}
			want := in[n]
			if null || id != want.ID || !bytes.Equal(raw, want.ID[:]) || ns != want.Ns || sqlNs != want.Ns {
				t.Fatalf("format %d, row %d: %v %d (SQL %x %d, null %v), want %v %d", format, n, id, ns, raw, sqlNs, null, want.ID, want.Ns)
			}
			if tv := dst[3].(*TimestamptzNS); finite(want.Ns) {
				if err := tv.AssignTo(&at); err != nil || at.UnixNano() != want.Ns {
					t.Fatalf("format %d, row %d: time %v (%v), want %d", format, n, at, err, want.Ns)
				}
			} else if err := tv.AssignTo(&at); err != fastevent.ErrInfinite {
				t.Fatalf("format %d, row %d: an infinity into a time.Time: %v", format, n, err)
			}
			count++
		}
		if err := rs.Err(); err != nil || count != rows {
			t.Fatalf("format %d: %d rows, %v", format, count, err)
		}
	}

	// the nil KSUID is a KSUID, not NULL
	var nils int
	if err := conn.QueryRow(ctx, "SELECT count(*) FROM go_rt WHERE id = ksuid_nil()").Scan(&nils); err != nil || nils < 3 {
		t.Fatalf("nil KSUIDs stored: %d, %v", nils, err)
	}
	// out of range is an error, not a wrapped value
	if _, err := conn.Exec(ctx, "INSERT INTO go_rt (t) VALUES ($1)", time.Date(2300, 1, 1, 0, 0, 0, 0, time.UTC)); err == nil {
		t.Fatal("a time.Time in 2300 was accepted")
	}
	// NULL into pointers
	var pid *ksuid.KSUID
	var pt *time.Time
	if err := conn.QueryRow(ctx, "SELECT NULL::ksuid, NULL::timestamptz_ns").Scan(&pid, &pt); err != nil || pid != nil || pt != nil {
		t.Fatalf("NULLs: %v %v %v", pid, pt, err)
	}
	if _, err := conn.Exec(ctx, "DROP TABLE go_rt"); err != nil {
		t.Fatal(err)
	}
	t.Logf("%d values, in by CopyFrom, parameters and batch, out in binary and text", rows)
}

// database/sql through pgx's stdlib driver: fastevent's Scanner and Valuer
// types, in the text format that database/sql uses
func TestDatabaseSQL(t *testing.T) {
	ctx := context.Background()
	conn := connect(t)
	conn.Close(ctx)
	cfg, err := pgx.ParseConfig("")
	if err != nil {
		t.Fatal(err)
	}
	db := stdlib.OpenDB(*cfg)
	defer db.Close()
	if _, err := db.Exec(`DROP TABLE IF EXISTS go_sql; CREATE TABLE go_sql (n int, id ksuid, t timestamptz_ns)`); err != nil {
		t.Fatal(err)
	}
	in := values()
	tx, _ := db.Begin()
	stmt, err := tx.Prepare("INSERT INTO go_sql VALUES ($1, $2, $3)")
	if err != nil {
		t.Fatal(err)
	}
	for i, v := range in[:1000] {
		var at interface{} = fastevent.Nanos(v.Ns)
		if i%2 == 0 && finite(v.Ns) {
			at = fastevent.Time{Time: time.Unix(0, v.Ns)}
		}
		if _, err := stmt.Exec(i, fastevent.KSUID(v.ID), at); err != nil {
			t.Fatal(err)
		}
	}
	if err := tx.Commit(); err != nil {
		t.Fatal(err)
	}
	rs, err := db.Query("SELECT n, id, t, t, epoch_ns(t) FROM go_sql ORDER BY n")
	if err != nil {
		t.Fatal(err)
	}
	count := 0
	for rs.Next() {
		var n int
		var id fastevent.KSUID
		var ns fastevent.Nanos
		var at sql.NullString
		var sqlNs int64
		if err := rs.Scan(&n, &id, &ns, &at, &sqlNs); err != nil {
			t.Fatal(err)
		}
		want := in[n]
		if ksuid.KSUID(id) != want.ID || int64(ns) != want.Ns || sqlNs != want.Ns {
			t.Fatalf("row %d: %v %d (SQL %d), want %v %d", n, ksuid.KSUID(id), ns, sqlNs, want.ID, want.Ns)
		}
		if finite(want.Ns) {
			var tm fastevent.Time
			if err := tm.Scan(at.String); err != nil || tm.UnixNano() != want.Ns {
				t.Fatalf("row %d: %v (%v), want %d", n, tm, err, want.Ns)
			}
		}
		count++
	}
	if count != 1000 {
		t.Fatalf("%d rows", count)
	}
	var null fastevent.NullKSUID
	if err := db.QueryRow("SELECT NULL::ksuid").Scan(&null); err != nil || null.Valid {
		t.Fatalf("NULL ksuid: %+v %v", null, err)
	}
	if _, err := db.Exec("DROP TABLE go_sql"); err != nil {
		t.Fatal(err)
	}
}

// One value of each type, decoded and encoded in each format (Set, then
// the encoder, as pgx calls them for a parameter it already holds as an
// interface{}); core pgtype's timestamptz for comparison.
var (
	sinkBuf []byte
	sinkID  ksuid.KSUID
	sinkNs  int64
	sinkT   time.Time
)

func BenchmarkKSUIDDecodeBinary(b *testing.B) {
	src := ksuid.Max[:]
	var v KSUID
	b.ReportAllocs()
	for i := 0; i < b.N; i++ {
		_ = v.DecodeBinary(nil, src)
		_ = v.AssignTo(&sinkID)
	}
}

func BenchmarkKSUIDDecodeText(b *testing.B) {
	src := []byte("0ujtsYcgvSTl8PAuAdqWYSMnLOv")
	var v KSUID
	b.ReportAllocs()
	for i := 0; i < b.N; i++ {
		_ = v.DecodeText(nil, src)
		_ = v.AssignTo(&sinkID)
	}
}

func BenchmarkKSUIDEncodeBinary(b *testing.B) {
	buf := make([]byte, 0, 64)
	var v KSUID
	var arg interface{} = ksuid.Max
	b.ReportAllocs()
	for i := 0; i < b.N; i++ {
		_ = v.Set(arg)
		sinkBuf, _ = v.EncodeBinary(nil, buf[:0])
	}
}

func BenchmarkKSUIDEncodeText(b *testing.B) {
	buf := make([]byte, 0, 64)
	var v KSUID
	var arg interface{} = ksuid.Max
	b.ReportAllocs()
	for i := 0; i < b.N; i++ {
		_ = v.Set(arg)
		sinkBuf, _ = v.EncodeText(nil, buf[:0])
	}
}

func BenchmarkTimestamptzNSDecodeBinary(b *testing.B) {
	src := []byte{0x17, 0xd4, 0x5b, 0x2f, 0x2c, 0x3d, 0x27, 0x54}
	var v TimestamptzNS
	b.ReportAllocs()
	for i := 0; i < b.N; i++ {
		_ = v.DecodeBinary(nil, src)
		_ = v.AssignTo(&sinkT)
	}
}

func BenchmarkTimestamptzNSDecodeText(b *testing.B) {
	src := []byte("2024-06-01 05:43:22.301350996+05:30")
	var v TimestamptzNS
	b.ReportAllocs()
	for i := 0; i < b.N; i++ {
		_ = v.DecodeText(nil, src)
		_ = v.AssignTo(&sinkT)
	}
}

func BenchmarkTimestamptzNSEncodeBinary(b *testing.B) {
	buf := make([]byte, 0, 64)
	var v TimestamptzNS
	var arg interface{} = time.Unix(0, 1717200802301350996)
	b.ReportAllocs()
	for i := 0; i < b.N; i++ {
		_ = v.Set(arg)
		sinkBuf, _ = v.EncodeBinary(nil, buf[:0])
	}
}

func BenchmarkTimestamptzNSEncodeText(b *testing.B) {
	buf := make([]byte, 0, 64)
	var v TimestamptzNS
	var arg interface{} = time.Unix(0, 1717200802301350996)
	b.ReportAllocs()
	for i := 0; i < b.N; i++ {
		_ = v.Set(arg)
		sinkBuf, _ = v.EncodeText(nil, buf[:0])
	}
}

// core pgx's timestamptz, the same value as text, for comparison
func BenchmarkCoreTimestamptzDecodeText(b *testing.B) {
	src := []byte("2024-06-01 05:43:22.301351+05:30")
	var v pgtype.Timestamptz
	b.ReportAllocs()
	for i := 0; i < b.N; i++ {
		_ = v.DecodeText(nil, src)
		_ = v.AssignTo(&sinkT)
	}
}

func BenchmarkCoreTimestamptzDecodeBinary(b *testing.B) {
	src := []byte{0x00, 0x02, 0xc1, 0x9a, 0x4f, 0x5c, 0x2e, 0x57}
	var v pgtype.Timestamptz
	b.ReportAllocs()
	for i := 0; i < b.N; i++ {
		_ = v.DecodeBinary(nil, src)
		_ = v.AssignTo(&sinkT)
	}
}
