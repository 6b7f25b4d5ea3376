package pgxv5

import (
	"bytes"
	"context"
	"os"
	"testing"
	"time"

	"github.com/fastevent/fastevent/clients/go/fastevent"
	"github.com/fastevent/fastevent/clients/go/internal/clienttest"
	"github.com/jackc/pgx/v5"
	"github.com/jackc/pgx/v5/pgtype"
	"github.com/jackc/pgx/v5/stdlib"
	"github.com/segmentio/ksuid"
)

// The round trip of package pgxv4's test, through pgx v5.

func connect(t testing.TB) *pgx.Conn {
	if os.Getenv("PGHOST") == "" {
		t.Fatal(clienttest.NeedServer)
	}
	ctx := context.Background()
	conn, err := pgx.Connect(ctx, "")
	if err != nil {
		t.Fatal(err)
	}
	if _, err := conn.Exec(ctx, clienttest.Setup); err != nil {
		t.Fatal(err)
	}
	if err := Register(ctx, conn); err != nil {
		t.Fatal(err)
	}
	return conn
}

func TestRoundTrip(t *testing.T) {
	ctx := context.Background()
	conn := connect(t)
	defer conn.Close(ctx)
	in := clienttest.Values()
	rows := len(in)
	ny, _ := time.LoadLocation("America/New_York")

	if _, err := conn.CopyFrom(ctx, pgx.Identifier{"go_rt"}, []string{"n", "id", "t", "how"},
		pgx.CopyFromRows(clienttest.CopyRows(in, ny))); err != nil {
		t.Fatal(err)
	}
	for i := rows - 200; i < rows-100; i++ {
		if _, err := conn.Exec(ctx, "INSERT INTO go_rt VALUES ($1, $2, $3, 'param')", i, in[i].ID, clienttest.Param(in, i)); err != nil {
			t.Fatal(err)
		}
	}
	b := &pgx.Batch{}
	for i := rows - 100; i < rows; i++ {
		b.Queue("INSERT INTO go_rt VALUES ($1, $2, $3, 'batch')", i, in[i].ID, in[i].Ns)
	}
	if err := conn.SendBatch(ctx, b).Close(); err != nil {
		t.Fatal(err)
	}

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
			var nanos fastevent.Nanos
			var raw []byte
			var null bool
			if err := rs.Scan(&n, &id, &ns, &nanos, &raw, &sqlNs, &null); err != nil {
				t.Fatalf("format %d: %v", format, err)
			}
			want := in[n]
			if null || id != want.ID || !bytes.Equal(raw, want.ID[:]) || ns != want.Ns || int64(nanos) != want.Ns || sqlNs != want.Ns {
				t.Fatalf("format %d, row %d: %v %d %d (SQL %x %d, null %v), want %v %d", format, n, id, ns, nanos, raw, sqlNs, null, want.ID, want.Ns)
			}
			count++
		}
		if err := rs.Err(); err != nil || count != rows {
			t.Fatalf("format %d: %d rows, %v", format, count, err)
		}
		// into time.Time, the finite ones
		rs, err = conn.Query(ctx, "SELECT n, t FROM go_rt WHERE isfinite(t) ORDER BY n", pgx.QueryResultFormats{format, format})
		if err != nil {
			t.Fatal(err)
		}
		for rs.Next() {
			var n int
			var at time.Time
			if err := rs.Scan(&n, &at); err != nil || at.UnixNano() != in[n].Ns {
				t.Fatalf("format %d, row %d: %v (%v), want %d", format, n, at, err, in[n].Ns)
			}
		}
		if err := rs.Err(); err != nil {
			t.Fatal(err)
		}
	}

	var nils int
	if err := conn.QueryRow(ctx, "SELECT count(*) FROM go_rt WHERE id = ksuid_nil()").Scan(&nils); err != nil || nils < 3 {
		t.Fatalf("nil KSUIDs stored: %d, %v", nils, err)
	}
	if _, err := conn.Exec(ctx, "INSERT INTO go_rt (t) VALUES ($1)", time.Date(2300, 1, 1, 0, 0, 0, 0, time.UTC)); err == nil {
		t.Fatal("a time.Time in 2300 was accepted")
	}
	var at time.Time
	if err := conn.QueryRow(ctx, "SELECT 'infinity'::timestamptz_ns").Scan(&at); err == nil {
		t.Fatal("an infinity went into a time.Time")
	}
	var pid *ksuid.KSUID
	var pt *time.Time
	if err := conn.QueryRow(ctx, "SELECT NULL::ksuid, NULL::timestamptz_ns").Scan(&pid, &pt); err != nil || pid != nil || pt != nil {
		t.Fatalf("NULLs: %v %v %v", pid, pt, err)
	}
	if _, err := conn.Exec(ctx, "DROP TABLE go_rt"); err != nil {
		t.Fatal(err)
	}
	t.Logf("%d values, in by CopyFrom, parameters and batch, out in binary and text (pgx v5)", rows)
}

// database/sql through pgx v5's stdlib driver, with fastevent's types
func TestDatabaseSQL(t *testing.T) {
	ctx := context.Background()
	connect(t).Close(ctx)
	cfg, err := pgx.ParseConfig("")
	if err != nil {
		t.Fatal(err)
	}
	db := stdlib.OpenDB(*cfg)
	defer db.Close()
	in := clienttest.Values()[:1000]
	for i, v := range in {
		var at any = fastevent.Nanos(v.Ns)
		if i%2 == 0 && clienttest.Finite(v.Ns) {
			at = fastevent.Time{Time: time.Unix(0, v.Ns)}
		}
		if _, err := db.Exec("INSERT INTO go_rt VALUES ($1, $2, $3, 'sql')", i, fastevent.KSUID(v.ID), at); err != nil {
			t.Fatal(err)
		}
	}
	rs, err := db.Query("SELECT n, id, t, epoch_ns(t) FROM go_rt ORDER BY n")
	if err != nil {
		t.Fatal(err)
	}
	count := 0
	for rs.Next() {
		var n int
		var id fastevent.KSUID
		var ns fastevent.Nanos
		var sqlNs int64
		if err := rs.Scan(&n, &id, &ns, &sqlNs); err != nil {
			t.Fatal(err)
		}
		if ksuid.KSUID(id) != in[n].ID || int64(ns) != in[n].Ns || sqlNs != in[n].Ns {
			t.Fatalf("row %d: %v %d (SQL %d), want %v %d", n, ksuid.KSUID(id), ns, sqlNs, in[n].ID, in[n].Ns)
		}
		count++
	}
	if count != len(in) {
		t.Fatalf("%d rows", count)
	}
}

var (
	sinkBuf []byte
	sinkID  ksuid.KSUID
	sinkT   time.Time
)

// One value of each type, through the codec's plans as pgx v5 calls them
func BenchmarkKSUIDScanBinary(b *testing.B) {
	plan := KSUIDCodec{}.PlanScan(nil, 0, pgx.BinaryFormatCode, &sinkID)
	src := ksuid.Max[:]
	b.ReportAllocs()
	for i := 0; i < b.N; i++ {
		_ = plan.Scan(src, &sinkID)
	}
}

func BenchmarkKSUIDScanText(b *testing.B) {
	plan := KSUIDCodec{}.PlanScan(nil, 0, pgx.TextFormatCode, &sinkID)
	src := []byte("0ujtsYcgvSTl8PAuAdqWYSMnLOv")
	b.ReportAllocs()
	for i := 0; i < b.N; i++ {
		_ = plan.Scan(src, &sinkID)
	}
}

func BenchmarkKSUIDEncodeBinary(b *testing.B) {
	var arg any = ksuid.Max
	plan := KSUIDCodec{}.PlanEncode(nil, 0, pgx.BinaryFormatCode, arg)
	buf := make([]byte, 0, 64)
	b.ReportAllocs()
	for i := 0; i < b.N; i++ {
		sinkBuf, _ = plan.Encode(arg, buf[:0])
	}
}

func BenchmarkKSUIDEncodeText(b *testing.B) {
	var arg any = ksuid.Max
	plan := KSUIDCodec{}.PlanEncode(nil, 0, pgx.TextFormatCode, arg)
	buf := make([]byte, 0, 64)
	b.ReportAllocs()
	for i := 0; i < b.N; i++ {
		sinkBuf, _ = plan.Encode(arg, buf[:0])
	}
}

func BenchmarkTimestamptzNSScanBinary(b *testing.B) {
	plan := TimestamptzNSCodec{}.PlanScan(nil, 0, pgx.BinaryFormatCode, &sinkT)
	src := []byte{0x17, 0xd4, 0x5b, 0x2f, 0x2c, 0x3d, 0x27, 0x54}
	b.ReportAllocs()
	for i := 0; i < b.N; i++ {
		_ = plan.Scan(src, &sinkT)
	}
}

func BenchmarkTimestamptzNSScanText(b *testing.B) {
	plan := TimestamptzNSCodec{}.PlanScan(nil, 0, pgx.TextFormatCode, &sinkT)
	src := []byte("2024-06-01 05:43:22.301350996+05:30")
	b.ReportAllocs()
	for i := 0; i < b.N; i++ {
		_ = plan.Scan(src, &sinkT)
	}
}

func BenchmarkTimestamptzNSEncodeBinary(b *testing.B) {
	var arg any = time.Unix(0, 1717200802301350996)
	plan := TimestamptzNSCodec{}.PlanEncode(nil, 0, pgx.BinaryFormatCode, arg)
	buf := make([]byte, 0, 64)
	b.ReportAllocs()
	for i := 0; i < b.N; i++ {
		sinkBuf, _ = plan.Encode(arg, buf[:0])
	}
}

func BenchmarkTimestamptzNSEncodeText(b *testing.B) {
	var arg any = time.Unix(0, 1717200802301350996)
	plan := TimestamptzNSCodec{}.PlanEncode(nil, 0, pgx.TextFormatCode, arg)
	buf := make([]byte, 0, 64)
	b.ReportAllocs()
	for i := 0; i < b.N; i++ {
		sinkBuf, _ = plan.Encode(arg, buf[:0])
	}
}

// core pgx v5's timestamptz, the same value as text, for comparison
func BenchmarkCoreTimestamptzScanText(b *testing.B) {
	plan := pgtype.NewMap().PlanScan(pgtype.TimestamptzOID, pgx.TextFormatCode, &sinkT)
	src := []byte("2024-06-01 05:43:22.301351+05:30")
	b.ReportAllocs()
	for i := 0; i < b.N; i++ {
		_ = plan.Scan(src, &sinkT)
	}
}

// Through rows.Scan, as a program reads rows (clienttest.ScanEach).
func benchRowsScan(b *testing.B, query string, dst ...any) {
	conn := connect(b)
	defer conn.Close(context.Background())
	rs, err := conn.Query(context.Background(), query, b.N)
	if err != nil {
		b.Fatal(err)
	}
	clienttest.ScanEach(b, rs, dst...)
}

func BenchmarkRowsScanKSUID(b *testing.B) {
	var id ksuid.KSUID
	benchRowsScan(b, clienttest.ScanKSUIDQuery, &id)
}

func BenchmarkRowsScanTime(b *testing.B) {
	var at time.Time
	benchRowsScan(b, clienttest.ScanTimeQuery, &at)
}
