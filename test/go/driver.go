// driver checks fastevent's binary I/O through a real client driver, pgx v4
// (Debian's golang-github-jackc-pgx-v4-dev), against the Go reference types:
// ksuid values travel as their 20 bytes and timestamptz_ns values as the
// big-endian int64 of time.Time.UnixNano(), in both directions.
//
//	go run driver.go N SEED    (connects with the PG* environment variables)
package main

import (
	"bytes"
	"context"
	"encoding/binary"
	"encoding/json"
	"fmt"
	"math/rand"
	"os"
	"strconv"
	"time"

	"github.com/jackc/pgconn"
	"github.com/jackc/pgx/v4"
	"github.com/segmentio/ksuid"
)

const (
	textFormat   = 0
	binaryFormat = 1
)

var failed int

func check(ok bool, format string, args ...interface{}) {
	if !ok {
		failed++
		if failed <= 20 {
			fmt.Fprintf(os.Stderr, "driver: "+format+"\n", args...)
		}
	}
}

func must(err error) {
	if err != nil {
		fmt.Fprintln(os.Stderr, "driver:", err)
		os.Exit(1)
	}
}

func main() {
	n, _ := strconv.Atoi(os.Args[1])
	seed, _ := strconv.ParseInt(os.Args[2], 10, 64)
	r := rand.New(rand.NewSource(seed))
	ctx := context.Background()

	conn, err := pgx.Connect(ctx, "")
	must(err)
	defer conn.Close(ctx)
	pg := conn.PgConn()

	_, err = conn.Exec(ctx, `SET client_min_messages = warning;
		CREATE EXTENSION IF NOT EXISTS fastevent;
		DROP TABLE IF EXISTS driver_check;
		CREATE TABLE driver_check (n int, id ksuid, t timestamptz_ns);
		SET TimeZone = 'UTC'`)
	must(err)
	var ksuidOID, tsnsOID uint32
	must(conn.QueryRow(ctx, "SELECT 'ksuid'::regtype::oid, 'timestamptz_ns'::regtype::oid").
		Scan(&ksuidOID, &tsnsOID))

	ids := make([]ksuid.KSUID, n)
	times := make([]time.Time, n)
	for i := range ids {
		var raw [20]byte
		r.Read(raw[:])
		ids[i], err = ksuid.FromBytes(raw[:])
		must(err)
		times[i] = time.Unix(0, int64(r.Uint64()>>1)-int64(r.Uint64()>>1))
	}

	// in: binary parameters, as a driver sends them
	for i := range ids {
		var ns [8]byte
		binary.BigEndian.PutUint64(ns[:], uint64(times[i].UnixNano()))
		res := pg.ExecParams(ctx, "INSERT INTO driver_check VALUES ($1, $2, $3)",
			[][]byte{[]byte(strconv.Itoa(i)), ids[i][:], ns[:]},
			[]uint32{23, ksuidOID, tsnsOID},
			[]int16{textFormat, binaryFormat, binaryFormat}, nil).Read()
		must(res.Err)
	}

	// out, as text: Go's own String() and UnixNano()
	rows, err := conn.Query(ctx, "SELECT n, id::text, epoch_ns(t) FROM driver_check ORDER BY n")
	must(err)
	count := 0
	for rows.Next() {
		var i int
		var s string
		var ns int64
		must(rows.Scan(&i, &s, &ns))
		check(s == ids[i].String(), "row %d: text %s, Go %s", i, s, ids[i].String())
		check(ns == times[i].UnixNano(), "row %d: UnixNano %d, Go %d", i, ns, times[i].UnixNano())
		count++
	}
	must(rows.Err())
	check(count == n, "%d rows back, not %d", count, n)

	// out, binary: the same bytes and the same int64
	res := pg.ExecParams(ctx, "SELECT n, id, t FROM driver_check ORDER BY n", nil, nil, nil,
		[]int16{textFormat, binaryFormat, binaryFormat}).Read()
	must(res.Err)
	for _, row := range res.Rows {
		i, _ := strconv.Atoi(string(row[0]))
		check(bytes.Equal(row[1], ids[i][:]), "row %d: binary ksuid %x, Go %x", i, row[1], ids[i][:])
		check(len(row[2]) == 8 && int64(binary.BigEndian.Uint64(row[2])) == times[i].UnixNano(),
			"row %d: binary timestamptz_ns %x, Go %d", i, row[2], times[i].UnixNano())
	}

	// out, as JSON: every to_json value is RFC 3339 that time.Parse reads
	// back to the same instant, in zones whose offsets had seconds before
	// their standard time (written in UTC then)
	jsonChecks := 0
	for _, zone := range []string{"UTC", "America/New_York", "Asia/Kolkata", "Australia/Lord_Howe"} {
		_, err = conn.Exec(ctx, "SET TimeZone = '"+zone+"'")
		must(err)
		rows, err := conn.Query(ctx, "SELECT n, to_json(t)::text, to_jsonb(t)::text FROM driver_check ORDER BY n")
		must(err)
		for rows.Next() {
			var i int
			var js, jsb, s string
			must(rows.Scan(&i, &js, &jsb))
			err := json.Unmarshal([]byte(js), &s)
			got, perr := time.Parse(time.RFC3339Nano, s)
			check(err == nil && perr == nil && got.UnixNano() == times[i].UnixNano() && jsb == js,
				"row %d in %s: JSON %s (jsonb %s) gives %v (%v, %v), Go %d", i, zone, js, jsb, got, err, perr,
				times[i].UnixNano())
			jsonChecks++
		}
		must(rows.Err())
	}
	_, err = conn.Exec(ctx, "SET TimeZone = 'UTC'")
	must(err)

	// a binary ksuid of any other length is refused with 22P03
	for _, size := range []int{0, 19, 21} {
		res := pg.ExecParams(ctx, "SELECT $1::ksuid", [][]byte{make([]byte, size)},
			[]uint32{ksuidOID}, []int16{binaryFormat}, nil).Read()
		pgErr, ok := res.Err.(*pgconn.PgError)
		check(ok && pgErr.Code == "22P03", "binary ksuid of %d bytes: %v", size, res.Err)
	}

	_, err = conn.Exec(ctx, "DROP TABLE driver_check")
	must(err)
	checks := 3*n + 3 + jsonChecks
	fmt.Printf("driver: %d passed, %d failed (pgx v4, %d rows, seed %d)\n", checks-failed, failed, n, seed)
	if failed > 0 {
		os.Exit(1)
	}
}
