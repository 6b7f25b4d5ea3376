// Package clienttest holds what the drivers' round-trip tests share: the
// values, drawn from CLIENT_SEED, and the ends of both types.
package clienttest

import (
	"math"
	"math/rand"
	"os"
	"strconv"
	"testing"
	"time"

	"github.com/fastevent/fastevent/clients/go/fastevent"
	"github.com/segmentio/ksuid"
)

// Rows is how many values a round trip sends.
const Rows = 10000

// Value is one row: a KSUID and a timestamptz_ns as nanoseconds.
type Value struct {
	ID ksuid.KSUID
	Ns int64
}

// Values gives Rows values: the ends first (nil and max KSUIDs, both range
// ends, the infinities, the epoch), then random ones from CLIENT_SEED.
func Values() []Value {
	seed, _ := strconv.ParseInt(os.Getenv("CLIENT_SEED"), 10, 64)
	r := rand.New(rand.NewSource(seed))
	v := []Value{
		{ksuid.Nil, 0}, {ksuid.Max, fastevent.MinNanos}, {ksuid.Nil, fastevent.MaxNanos},
		{ksuid.Max, math.MinInt64}, {ksuid.Nil, math.MaxInt64}, {ksuid.Max, -1},
	}
	for len(v) < Rows {
		var id ksuid.KSUID
		r.Read(id[:])
		v = append(v, Value{id, int64(r.Uint64()>>1) - int64(r.Uint64()>>1)})
	}
	return v
}

// Finite tells whether ns is a finite timestamptz_ns (a time.Time can hold it).
func Finite(ns int64) bool { return ns != math.MinInt64 && ns != math.MaxInt64 }

// NeedServer is the message for a test run without a server.
const NeedServer = "no server: set PGHOST and the other PG* variables (make test does)"

// Setup is the SQL a round trip starts with.
const Setup = `SET client_min_messages = warning; CREATE EXTENSION IF NOT EXISTS fastevent;
	DROP TABLE IF EXISTS go_rt; CREATE TABLE go_rt (n int, id ksuid, t timestamptz_ns, how text);
	SET TimeZone = 'Asia/Kolkata'`

// Readback is the query that reads the round trip's rows back, with SQL's
// own view of each value.
const Readback = "SELECT n, id, t, t, id::bytea, epoch_ns(t), t IS NULL OR id IS NULL FROM go_rt ORDER BY n"

// CopyRows are the rows a round trip sends by CopyFrom, all but the last
// 200 values: (n, id, t, "copy"), t as int64 nanoseconds, or every other
// finite one as a time.Time in loc (the instant counts, not the Location).
func CopyRows(in []Value, loc *time.Location) [][]interface{} {
	var rows [][]interface{}
	for i, v := range in[:len(in)-200] {
		var at interface{} = v.Ns
		if i%2 == 1 && Finite(v.Ns) {
			at = time.Unix(0, v.Ns).In(loc)
		}
		rows = append(rows, []interface{}{int32(i), v.ID, at, "copy"})
	}
	return rows
}

// Param is value i as a parameter: a time.Time where it is finite
func Param(in []Value, i int) interface{} {
	if Finite(in[i].Ns) {
		return time.Unix(0, in[i].Ns)
	}
	return in[i].Ns
}

// The rows.Scan benchmarks' queries: b.N rows of one column, $1 the count.
const (
	ScanKSUIDQuery = "SELECT ksuid_from_parts(now(), decode(lpad(to_hex(g), 32, '0'), 'hex')) FROM generate_series(1, $1::int) g"
	ScanTimeQuery  = "SELECT to_timestamptz_ns(1717200000000000000 + g) FROM generate_series(1, $1::int) g"
)

// ScanRows is what both pgx versions' query results have.
type ScanRows interface {
	Next() bool
	Scan(dest ...interface{}) error
	Err() error
	Close()
}

// ScanEach times rows.Scan into dst over all of rs, b.N rows: as a program
// reads rows, allocations per value (the query's own spread over b.N).
func ScanEach(b *testing.B, rs ScanRows, dst ...interface{}) {
	defer rs.Close()
	b.ReportAllocs()
	b.ResetTimer()
	n := 0
	for rs.Next() {
		if err := rs.Scan(dst...); err != nil {
			b.Fatal(err)
		}
		n++
	}
	b.StopTimer()
	if rs.Err() != nil || n != b.N {
		b.Fatalf("%d of %d rows: %v", n, b.N, rs.Err())
	}
}
