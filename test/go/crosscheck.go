// crosscheck writes test data computed by the Go reference libraries
// themselves (segmentio/ksuid, segmentio/fasthash, and Go's time package), for
// test/go/crosscheck.sh to compare with fastevent in SQL.
//
//	go run crosscheck.go OUTDIR N SEED
//
// It writes OUTDIR/ksuid.tsv, OUTDIR/fasthash.tsv and OUTDIR/tsns.tsv with N
// random rows each, drawn from a generator seeded with SEED.
package main

import (
	"bufio"
	"encoding/hex"
	"fmt"
	"math/rand"
	"os"
	"path/filepath"
	"strconv"
	"time"

	"github.com/segmentio/fasthash/fnv1"
	"github.com/segmentio/fasthash/fnv1a"
	"github.com/segmentio/fasthash/jody"
	"github.com/segmentio/ksuid"
)

func create(dir, name string) (*os.File, *bufio.Writer) {
	f, err := os.Create(filepath.Join(dir, name))
	if err != nil {
		fmt.Fprintln(os.Stderr, err)
		os.Exit(1)
	}
	return f, bufio.NewWriter(f)
}

// randomBytes returns n random bytes, often with long runs of 0x00 or 0xff.
func randomBytes(r *rand.Rand, n int) []byte {
	b := make([]byte, n)
	r.Read(b)
	switch r.Intn(4) {
	case 0:
		for i := 0; i < r.Intn(n+1); i++ {
			b[i] = 0
		}
	case 1:
		for i := n - r.Intn(n+1); i < n; i++ {
			b[i] = 0xff
		}
	}
	return b
}

// pgOffset prints a UTC offset the way PostgreSQL prints timestamptz in DateStyle ISO.
func pgOffset(seconds int) string {
	sign := "+"
	if seconds < 0 {
		sign = "-"
		seconds = -seconds
	}
	s := fmt.Sprintf("%s%02d", sign, seconds/3600)
	if seconds%3600 != 0 {
		s += fmt.Sprintf(":%02d", seconds/60%60)
		if seconds%60 != 0 {
			s += fmt.Sprintf(":%02d", seconds%60)
		}
	}
	return s
}

func pgTime(t time.Time) string {
	_, off := t.Zone()
	return t.Format("2006-01-02 15:04:05.000000000") + pgOffset(off)
}

func main() {
	if len(os.Args) != 4 {
		fmt.Fprintln(os.Stderr, "usage: crosscheck OUTDIR N SEED")
		os.Exit(2)
	}
	dir := os.Args[1]
	n, _ := strconv.Atoi(os.Args[2])
	seed, _ := strconv.ParseInt(os.Args[3], 10, 64)
	r := rand.New(rand.NewSource(seed))

	// ksuid: hex, string, next, prev, parsed back from the string
	f, w := create(dir, "ksuid.tsv")
	for i := 0; i < n; i++ {
		id, err := ksuid.FromBytes(randomBytes(r, 20))
		if err != nil {
			panic(err)
		}
		back, err := ksuid.Parse(id.String())
		if err != nil || back != id {
			panic("ksuid does not round-trip in Go")
		}
		fmt.Fprintf(w, "%x\t%s\t%s\t%s\t%d\n", id[:], id.String(), id.Next().String(),
			id.Prev().String(), id.Time().Unix())
	}
	w.Flush()
	f.Close()

	// fasthash: input hex, seeds, then every function, unsigned as Go prints them
	f, w = create(dir, "fasthash.tsv")
	for i := 0; i < n; i++ {
		b := randomBytes(r, r.Intn(100))
		s32 := r.Uint32()
		s64 := r.Uint64()
		u64 := r.Uint64()
		u32 := uint32(u64)
		fmt.Fprintf(w, "%s\t%d\t%d\t%d\t%d\t%d\t%d\t%d\t%d\t%d\t%d\t%d\t%d\t%d\t%d\t%d\t%d\t%d\t%d\t%d\t%d\n",
			hex.EncodeToString(b), s32, s64, u32, u64,
			fnv1.HashBytes32(b), fnv1a.HashBytes32(b),
			fnv1.HashBytes64(b), fnv1a.HashBytes64(b), jody.HashBytes64(b),
			fnv1.AddBytes32(s32, b), fnv1a.AddBytes32(s32, b),
			fnv1.AddBytes64(s64, b), fnv1a.AddBytes64(s64, b), jody.AddBytes64(s64, b),
			fnv1.HashUint32(u32), fnv1a.HashUint32(u32),
			fnv1.HashUint64(u64), fnv1a.HashUint64(u64), jody.HashUint64(u64),
			fnv1a.AddUint64(s64, u64))
	}
	w.Flush()
	f.Close()

	// time: UnixNano, printed in UTC and New York, and RFC 3339 in a random offset
	ny, err := time.LoadLocation("America/New_York")
	if err != nil {
		panic(err)
	}
	f, w = create(dir, "tsns.tsv")
	for i := 0; i < n; i++ {
		var ns int64
		if i%2 == 0 {
			ns = int64(r.Uint64())
			if ns == -1<<63 || ns == 1<<63-1 {
				ns = 0
			}
		} else {
			ns = 1500000000e9 + r.Int63n(1000000000e9) // 2017 .. 2048
		}
		t := time.Unix(0, ns)
		zone := time.FixedZone("", (r.Intn(57599*2+1)-57599)/60*60)
		fmt.Fprintf(w, "%d\t%s\t%s\t%s\n", ns, pgTime(t.UTC()), pgTime(t.In(ny)),
			t.In(zone).Format(time.RFC3339Nano))
	}
	w.Flush()
	f.Close()
}
