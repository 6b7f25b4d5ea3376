// crosscheck writes test data computed by the Go reference libraries
// themselves (segmentio/ksuid, segmentio/fasthash, and Go's time package), for
// test/go/crosscheck.sh to compare with fastevent in SQL.
//
//	go run crosscheck.go OUTDIR N SEED
//	go run crosscheck.go -set-vectors >../vectors/ksuid_set.tsv
//
// It writes OUTDIR/ksuid.tsv, OUTDIR/fasthash.tsv and OUTDIR/tsns.tsv with N
// random rows each, and OUTDIR/ksuid_set.tsv with N/20 random sets, drawn
// from a generator seeded with SEED.  With -set-vectors it prints the fixed
// compressed-set vectors of test/vectors/ksuid_set.tsv instead.
package main

import (
	"bufio"
	"encoding/hex"
	"fmt"
	"math/rand"
	"os"
	"path/filepath"
	"strconv"
	"strings"
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

// randomSet returns IDs, shuffled and with repeats, made to use every item
// of the compressed format: timestamp steps of one to four bytes, payload
// steps of one to sixteen bytes, runs of consecutive payloads, and the ends.
func randomSet(r *rand.Rand) []ksuid.KSUID {
	var ids []ksuid.KSUID
	var id ksuid.KSUID
	r.Read(id[:])
	if r.Intn(2) == 0 {
		copy(id[:4], []byte{0, 0, 0, byte(r.Intn(3))})
	}
	for n := r.Intn(60); len(ids) <= n; {
		ids = append(ids, id)
		switch r.Intn(6) {
		case 0: // a later timestamp, a step of 1 to 4 bytes
			t := id.Timestamp() + uint32(r.Int63n(1<<(8*uint(1+r.Intn(4)))))
			if t < id.Timestamp() {
				t = id.Timestamp()
			}
			var next ksuid.KSUID
			r.Read(next[:])
			next[0], next[1], next[2], next[3] = byte(t>>24), byte(t>>16), byte(t>>8), byte(t)
			id = next
		case 1: // the same timestamp, a payload step of 1 to 16 bytes
			w := 1 + r.Intn(16)
			for i := 20 - w; i < 20; i++ {
				id[i] = byte(r.Intn(256))
			}
		case 2, 3: // a run
			for k := r.Intn(300); k > 0; k-- {
				id = id.Next()
				ids = append(ids, id)
			}
		case 4: // a repeat
		case 5:
			r.Read(id[:])
		}
	}
	switch r.Intn(8) {
	case 0:
		ids = append(ids, ksuid.Nil)
	case 1:
		ids = append(ids, ksuid.Max)
	}
	r.Shuffle(len(ids), func(i, j int) { ids[i], ids[j] = ids[j], ids[i] })
	return ids
}

// setVectors prints, for fixed sets and seeded random ones: the compressed
// set in hex, how many IDs CompressedSet.Iter gives, the FNV-1a 64 of their
// bytes one after the other, and the first and last ID.
func setVectors() {
	w := bufio.NewWriter(os.Stdout)
	defer w.Flush()
	fmt.Fprintln(w, "set_hex\tcount\tfnv1a64\tfirst\tlast\tnote")
	put := func(note string, ids []ksuid.KSUID) {
		set := ksuid.Compress(append([]ksuid.KSUID(nil), ids...)...)
		h := fnv1a.Init64
		var first, last ksuid.KSUID
		count := 0
		for it := set.Iter(); it.Next(); count++ {
			if count == 0 {
				first = it.KSUID
			}
			last = it.KSUID
			h = fnv1a.AddBytes64(h, it.KSUID[:])
		}
		fmt.Fprintf(w, "%x\t%d\t%d\t%s\t%s\t%s\n", []byte(set), count, h, first, last, note)
	}
	id := func(hexText string) ksuid.KSUID {
		b, err := hex.DecodeString(hexText)
		if err != nil {
			panic(err)
		}
		k, err := ksuid.FromBytes(b)
		if err != nil {
			panic(err)
		}
		return k
	}
	run := func(from ksuid.KSUID, n int) []ksuid.KSUID {
		ids := []ksuid.KSUID{from}
		for i := 1; i < n; i++ {
			ids = append(ids, ids[i-1].Next())
		}
		return ids
	}
	base := id("0f1e2d3c" + "00112233445566778899aabbccddeeff")
	put("empty", nil)
	put("one", []ksuid.KSUID{base})
	put("nil and max", []ksuid.KSUID{ksuid.Max, ksuid.Nil})
	put("repeats", []ksuid.KSUID{base, base, base})
	put("a run of two", run(base, 2))
	put("a run of 1000", run(base, 1000))
	put("a run with repeats", append(run(base, 5), base.Next(), base.Next().Next()))
	put("a run to the top payload", run(id("0f1e2d3c"+"fffffffffffffffffffffffffffffff0"), 16))
	put("a run across a timestamp", run(id("0f1e2d3c"+"fffffffffffffffffffffffffffffffe"), 4))
	for wd := 1; wd <= 4; wd++ {
		next := base
		next[3] += 1
		for i := 1; i < wd; i++ {
			next[3-i]++
		}
		put(fmt.Sprintf("a timestamp step of %d bytes", wd), []ksuid.KSUID{base, next})
	}
	for wd := 1; wd <= 16; wd++ {
		next := base
		next[20-wd]++
		put(fmt.Sprintf("a payload step of %d bytes", wd), []ksuid.KSUID{base, next})
	}
	r := rand.New(rand.NewSource(20261203))
	for i := 0; i < 40; i++ {
		put("random", randomSet(r))
	}
}

func main() {
	if len(os.Args) == 2 && os.Args[1] == "-set-vectors" {
		setVectors()
		return
	}
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

	// compressed sets: the IDs given, ksuid.Compress of them, and what
	// CompressedSet.Iter gives back (sorted, no repeats)
	f, w = create(dir, "ksuid_set.tsv")
	for i := 0; i < n/20+2; i++ {
		ids := randomSet(r)
		given := make([]string, len(ids))
		for k, id := range ids {
			given[k] = id.String()
		}
		set := ksuid.Compress(append([]ksuid.KSUID(nil), ids...)...)
		var back []string
		for it := set.Iter(); it.Next(); {
			back = append(back, it.KSUID.String())
		}
		fmt.Fprintf(w, "%d\t{%s}\t%x\t{%s}\n", i, strings.Join(given, ","), []byte(set), strings.Join(back, ","))
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
