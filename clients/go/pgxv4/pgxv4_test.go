package pgxv4

import (
	"bytes"
	"context"
	"database/sql"
	"encoding/json"
	"errors"
	"fmt"
	"os"
	"strings"
	"testing"
	"time"

	"github.com/fastevent/fastevent/clients/go/fastevent"
	"github.com/fastevent/fastevent/clients/go/internal/clienttest"
	"github.com/jackc/pgconn"
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

// to_json of every finite value is RFC 3339 that time.Parse reads back to
// the same instant, in zones whose offsets had seconds before their
// standard time (fastevent writes those instants in UTC), and to_jsonb
// gives the same text
func TestJSON(t *testing.T) {
	ctx := context.Background()
	conn := connect(t)
	defer conn.Close(ctx)
	in := values()
	ns := make([]int64, 0, len(in))
	for _, v := range in {
		if finite(v.Ns) {
			ns = append(ns, v.Ns)
		}
	}
	checked := 0
	for _, zone := range []string{"UTC", "America/New_York", "Asia/Kolkata", "Australia/Lord_Howe"} {
		if _, err := conn.Exec(ctx, "SET TimeZone = '"+zone+"'"); err != nil {
			t.Fatal(err)
		}
		rs, err := conn.Query(ctx, `SELECT n, to_json(to_timestamptz_ns(v))::text, to_jsonb(to_timestamptz_ns(v))::text
			FROM unnest($1::bigint[]) WITH ORDINALITY u(v, n)`, ns)
		if err != nil {
			t.Fatal(err)
		}
		for rs.Next() {
			var n int
			var js, jsb, str string
			if err := rs.Scan(&n, &js, &jsb); err != nil {
				t.Fatal(err)
			}
			err := json.Unmarshal([]byte(js), &str)
			got, perr := time.Parse(time.RFC3339Nano, str)
			if err != nil || perr != nil || got.UnixNano() != ns[n-1] || jsb != js {
				t.Fatalf("in %s: JSON %s (jsonb %s) gives %v (%v, %v), want %d", zone, js, jsb, got, err, perr, ns[n-1])
			}
			checked++
		}
		if err := rs.Err(); err != nil {
			t.Fatal(err)
		}
	}
	t.Logf("%d JSON values parsed back exactly by time.Parse(time.RFC3339Nano)", checked)
}

// Parameters wrapped in ID and Time are stored exactly on every write
// path: Exec, QueryRow, a batch, CopyFrom and the simple protocol; nil is
// NULL; outside the range is fastevent.ErrRange on each path.  And the
// pitfalls the README names, as pgx v4 has them: a plain ksuid.Nil
// parameter is stored as NULL, a plain time.Time through the simple
// protocol loses its last three digits.
func TestParameterPaths(t *testing.T) {
	ctx := context.Background()
	conn := connect(t)
	defer conn.Close(ctx)
	if _, err := conn.Exec(ctx, "CREATE TEMP TABLE go_param (path text, k int, id ksuid, t timestamptz_ns)"); err != nil {
		t.Fatal(err)
	}
	ids := []ksuid.KSUID{ksuid.Nil, ksuid.Max, ksuid.New()}
	times := []time.Time{time.Unix(0, fastevent.MinNanos), time.Unix(0, fastevent.MaxNanos),
		time.Date(2024, 6, 1, 0, 0, 0, 123456789, time.FixedZone("", -4*3600))}
	insert := "INSERT INTO go_param VALUES ($1, $2, $3, $4)"
	simple := pgx.QuerySimpleProtocol(true)
	for k := range ids {
		if _, err := conn.Exec(ctx, insert, "exec", k, ID(ids[k]), Time(times[k])); err != nil {
			t.Fatal(err)
		}
		if _, err := conn.Exec(ctx, insert, simple, "simple", k, ID(ids[k]), Time(times[k])); err != nil {
			t.Fatal(err)
		}
		var hex string
		var ns int64
		if err := conn.QueryRow(ctx, "SELECT encode($1::ksuid::bytea, 'hex'), epoch_ns($2::timestamptz_ns)",
			ID(ids[k]), Time(times[k])).Scan(&hex, &ns); err != nil || hex != fmt.Sprintf("%x", ids[k][:]) || ns != times[k].UnixNano() {
			t.Fatalf("QueryRow %d: %s %d (%v), want %x %d", k, hex, ns, err, ids[k][:], times[k].UnixNano())
		}
	}
	b := &pgx.Batch{}
	rows := [][]interface{}{}
	for k := range ids {
		b.Queue(insert, "batch", k, ID(ids[k]), Time(times[k]))
		rows = append(rows, []interface{}{"copy", k, ID(ids[k]), Time(times[k])})
	}
	if err := conn.SendBatch(ctx, b).Close(); err != nil {
		t.Fatal(err)
	}
	if _, err := conn.CopyFrom(ctx, pgx.Identifier{"go_param"}, []string{"path", "k", "id", "t"}, pgx.CopyFromRows(rows)); err != nil {
		t.Fatal(err)
	}
	// NULL is nil, on the extended and the simple protocol
	if _, err := conn.Exec(ctx, insert, "exec", 9, nil, nil); err != nil {
		t.Fatal(err)
	}
	if _, err := conn.Exec(ctx, insert, simple, "simple", 9, nil, nil); err != nil {
		t.Fatal(err)
	}
	rs, err := conn.Query(ctx, "SELECT path, k, encode(id::bytea, 'hex'), epoch_ns(t) FROM go_param ORDER BY path, k")
	if err != nil {
		t.Fatal(err)
	}
	count := 0
	for rs.Next() {
		var path string
		var k int
		var hex *string
		var ns *int64
		if err := rs.Scan(&path, &k, &hex, &ns); err != nil {
			t.Fatal(err)
		}
		if k == 9 {
			if hex != nil || ns != nil {
				t.Fatalf("%s: nil stored as %v %v", path, hex, ns)
			}
		} else if hex == nil || *hex != fmt.Sprintf("%x", ids[k][:]) || ns == nil || *ns != times[k].UnixNano() {
			t.Fatalf("%s %d: stored %v %v, want %x %d", path, k, hex, ns, ids[k][:], times[k].UnixNano())
		}
		count++
	}
	if err := rs.Err(); err != nil || count != 4*len(ids)+2 {
		t.Fatalf("%d rows (%v)", count, err)
	}
	// outside the range: fastevent.ErrRange on each path, nothing stored
	late := Time(time.Date(2300, 1, 1, 0, 0, 0, 0, time.UTC))
	if _, err := conn.Exec(ctx, insert, "late", 0, nil, late); !errors.Is(err, fastevent.ErrRange) {
		t.Fatalf("Exec of 2300: %v", err)
	}
	if _, err := conn.Exec(ctx, insert, simple, "late", 0, nil, late); !errors.Is(err, fastevent.ErrRange) {
		t.Fatalf("simple Exec of 2300: %v", err)
	}
	// (pgx v4 ends a COPY whose row fails to encode with the server's
	// 57014 "COPY from stdin failed", which carries the error's text)
	if _, err := conn.CopyFrom(ctx, pgx.Identifier{"go_param"}, []string{"path", "t"},
		pgx.CopyFromRows([][]interface{}{{"late", late}})); err == nil || !strings.Contains(err.Error(), fastevent.ErrRange.Error()) {
		t.Fatalf("CopyFrom of 2300: %v", err)
	}
	var late0 int
	if err := conn.QueryRow(ctx, "SELECT count(*) FROM go_param WHERE path = 'late'").Scan(&late0); err != nil || late0 != 0 {
		t.Fatalf("rows of 2300 stored: %d (%v)", late0, err)
	}

	// the pitfalls of plain values, as the README says
	if _, err := conn.Exec(ctx, "TRUNCATE go_param"); err != nil {
		t.Fatal(err)
	}
	if _, err := conn.Exec(ctx, insert, "plain", 0, ksuid.Nil, times[2]); err != nil {
		t.Fatal(err)
	}
	if _, err := conn.Exec(ctx, insert, simple, "plain simple", 1, ID(ids[2]), times[2]); err != nil {
		t.Fatal(err)
	}
	var nilIsNull bool
	var cut int64
	if err := conn.QueryRow(ctx, `SELECT (SELECT id IS NULL FROM go_param WHERE k = 0),
		(SELECT epoch_ns(t) FROM go_param WHERE k = 1)`).Scan(&nilIsNull, &cut); err != nil {
		t.Fatal(err)
	}
	if !nilIsNull || cut != times[2].UnixNano()/1000*1000 {
		t.Fatalf("pitfalls changed: plain ksuid.Nil stored as NULL: %v; plain time.Time by the simple protocol: %d (of %d)",
			nilIsNull, cut, times[2].UnixNano())
	}
}

// a binary ksuid of any length but 20 is refused with 22P03
func TestBinaryKSUIDLength(t *testing.T) {
	ctx := context.Background()
	conn := connect(t)
	defer conn.Close(ctx)
	var oid uint32
	if err := conn.QueryRow(ctx, "SELECT 'ksuid'::regtype::oid").Scan(&oid); err != nil {
		t.Fatal(err)
	}
	for _, size := range []int{0, 19, 21} {
		res := conn.PgConn().ExecParams(ctx, "SELECT $1::ksuid", [][]byte{make([]byte, size)},
			[]uint32{oid}, []int16{pgx.BinaryFormatCode}, nil).Read()
		if pgErr, ok := res.Err.(*pgconn.PgError); !ok || pgErr.Code != "22P03" {
			t.Fatalf("binary ksuid of %d bytes: %v", size, res.Err)
		}
	}
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
	// NullTime: NULL, and a value with all nine digits, both ways
	var nt fastevent.NullTime
	if err := db.QueryRow("SELECT NULL::timestamptz_ns").Scan(&nt); err != nil || nt.Valid {
		t.Fatalf("NULL timestamptz_ns: %+v %v", nt, err)
	}
	nv := fastevent.NullTime{Time: time.Unix(0, 1717200802301350996), Valid: true}
	var ns int64
	if err := db.QueryRow("SELECT epoch_ns($1::timestamptz_ns)", nv).Scan(&ns); err != nil || ns != 1717200802301350996 {
		t.Fatalf("NullTime parameter: %d %v", ns, err)
	}
	if err := db.QueryRow("SELECT $1::timestamptz_ns", nv).Scan(&nt); err != nil || !nt.Valid || nt.Time.UnixNano() != 1717200802301350996 {
		t.Fatalf("NullTime round trip: %+v %v", nt, err)
	}
	var isNull bool
	if err := db.QueryRow("SELECT $1::timestamptz_ns IS NULL", fastevent.NullTime{}).Scan(&isNull); err != nil || !isNull {
		t.Fatalf("NullTime{} parameter: %v %v", isNull, err)
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

// Through rows.Scan, as a program reads rows (clienttest.ScanEach).
func benchScan(b *testing.B, query string, dst ...interface{}) {
	conn := connect(b)
	defer conn.Close(context.Background())
	rs, err := conn.Query(context.Background(), query, b.N)
	if err != nil {
		b.Fatal(err)
	}
	clienttest.ScanEach(b, rs, dst...)
}

// Scanning into (*ID)(&id) fills a ksuid.KSUID; NULL is an error there.
func TestScanID(t *testing.T) {
	conn := connect(t)
	defer conn.Close(context.Background())
	for _, want := range []ksuid.KSUID{ksuid.Nil, ksuid.Max, ksuid.New()} {
		var got ksuid.KSUID
		for _, text := range []bool{false, true} {
			q := "SELECT $1::ksuid"
			args := []interface{}{ID(want)}
			if text {
				args = append([]interface{}{pgx.QueryResultFormats{pgx.TextFormatCode}}, args...)
			}
			if err := conn.QueryRow(context.Background(), q, args...).Scan((*ID)(&got)); err != nil || got != want {
				t.Fatalf("%v (text %v): got %v, %v", want, text, got, err)
			}
		}
	}
	var got ksuid.KSUID
	if err := conn.QueryRow(context.Background(), "SELECT NULL::ksuid").Scan((*ID)(&got)); err == nil {
		t.Fatal("NULL into an ID: no error")
	}
}

func BenchmarkScanKSUID(b *testing.B) {
	var id ksuid.KSUID
	benchScan(b, clienttest.ScanKSUIDQuery, &id)
}

func BenchmarkScanKSUIDAsID(b *testing.B) {
	var id ksuid.KSUID
	benchScan(b, clienttest.ScanKSUIDQuery, (*ID)(&id))
}

func BenchmarkScanKSUIDPointer(b *testing.B) {
	var id *ksuid.KSUID
	benchScan(b, clienttest.ScanKSUIDQuery, &id)
}

func BenchmarkScanTime(b *testing.B) {
	var at time.Time
	benchScan(b, clienttest.ScanTimeQuery, &at)
}

// the built-ins, for scale: uuid into [16]byte, timestamptz into time.Time
func BenchmarkScanCoreUUID(b *testing.B) {
	var u [16]byte
	benchScan(b, "SELECT gen_random_uuid() FROM generate_series(1, $1) g", &u)
}

func BenchmarkScanCoreTimestamptz(b *testing.B) {
	var at time.Time
	benchScan(b, "SELECT now() + g * interval '1 us' FROM generate_series(1, $1) g", &at)
}
