package fastevent

import (
	"math"
	"math/rand"
	"testing"
	"time"
)

// AppendText writes what Go's own formatting writes, and ParseText reads it
// back, over random instants of the whole range and its ends
func TestTextRoundTrip(t *testing.T) {
	r := rand.New(rand.NewSource(1))
	values := []int64{0, -1, 1, MinNanos, MaxNanos, 951782400e9, -2208988800e9}
	for i := 0; i < 100000; i++ {
		values = append(values, int64(r.Uint64()>>1)-int64(r.Uint64()>>1))
	}
	for _, ns := range values {
		text := string(AppendText(nil, ns))
		want := time.Unix(0, ns).UTC().Format("2006-01-02 15:04:05.000000000") + "+00"
		if text != want {
			t.Fatalf("%d: %q, Go %q", ns, text, want)
		}
		back, err := ParseText([]byte(text))
		if err != nil || back != ns {
			t.Fatalf("%q: %d (%v), want %d", text, back, err, ns)
		}
	}
}

// the offsets the server prints, which Go would write otherwise
func TestParseOffsets(t *testing.T) {
	for _, c := range []struct {
		text string
		ns   int64
	}{
		{"2024-06-01 05:43:22.301350996+05:30", 1717200802301350996},
		{"2024-05-31 20:13:22.301350996-04", 1717200802301350996},
		{"1850-01-01 00:00:00.000000000-04:56:02", -3786825600e9 + 17762e9},
		{"1677-09-21 00:12:43.145224193+00", MinNanos},
		{"2262-04-11 23:47:16.854775806+00", MaxNanos},
		{"infinity", math.MaxInt64},
		{"-infinity", math.MinInt64},
	} {
		ns, err := ParseText([]byte(c.text))
		if err != nil || ns != c.ns {
			t.Errorf("%q: %d (%v), want %d", c.text, ns, err, c.ns)
		}
	}
	for _, bad := range []string{"", "2024-06-01", "2024-06-01 00:00:00+00", "2024-13-01 00:00:00.000000000+00",
		"1677-09-21 00:12:43.145224192+00", "2262-04-11 23:47:16.854775807+00", "2024-06-01 00:00:00.00000000x+00",
		"2024-06-01 00:00:00.000000000+0530"} {
		if ns, err := ParseText([]byte(bad)); err == nil {
			t.Errorf("%q: accepted as %d", bad, ns)
		}
	}
	if _, err := NanosOf(time.Unix(0, MinNanos).Add(-1)); err != ErrRange {
		t.Errorf("a time before the range: %v", err)
	}
	if _, err := NanosOf(time.Date(2262, 4, 12, 0, 0, 0, 0, time.UTC)); err != ErrRange {
		t.Errorf("a time after the range: %v", err)
	}
}

func BenchmarkParseText(b *testing.B) {
	s := []byte("2024-06-01 05:43:22.301350996+05:30")
	b.ReportAllocs()
	for i := 0; i < b.N; i++ {
		if _, err := ParseText(s); err != nil {
			b.Fatal(err)
		}
	}
}

func BenchmarkAppendText(b *testing.B) {
	buf := make([]byte, 0, 64)
	b.ReportAllocs()
	for i := 0; i < b.N; i++ {
		buf = AppendText(buf[:0], 1717200802301350996)
	}
}
