// Package fastevent reads and writes the fastevent extension's types in Go:
// the text form of timestamptz_ns, and database/sql Scanner and Valuer types
// for ksuid and timestamptz_ns.  It needs no driver; package pgxv4 registers
// both types with pgx v4 on top of it.
package fastevent

import (
	"errors"
	"math"
	"time"
)

// The finite range of timestamptz_ns, as nanoseconds since 1970-01-01 UTC:
// that of Go's time.Time.UnixNano().  math.MinInt64 and math.MaxInt64 are
// -infinity and infinity.
const (
	MinNanos = math.MinInt64 + 1
	MaxNanos = math.MaxInt64 - 1
)

// TypesQuery finds the OIDs of ksuid and timestamptz_ns (name, oid as int8),
// in whatever schema the extension is: what a driver's registration asks.
const TypesQuery = `SELECT t.typname::text, t.oid::int8
	FROM pg_type t
	JOIN pg_depend d ON d.classid = 'pg_type'::regclass AND d.objid = t.oid AND d.deptype = 'e'
	JOIN pg_extension e ON e.oid = d.refobjid
	WHERE e.extname = 'fastevent' AND t.typname IN ('ksuid', 'timestamptz_ns')`

// Rows is what TypeOIDs reads: the rows of TypesQuery, as any driver
// returns them (pgx v4's and v5's pgx.Rows both fit).
type Rows interface {
	Next() bool
	Scan(dest ...interface{}) error
	Err() error
	Close()
}

// TypeOIDs reads the rows of TypesQuery: the OIDs of ksuid and
// timestamptz_ns, or an error if the extension is not installed.
func TypeOIDs(rows Rows) (ksuidOID, tsnsOID uint32, err error) {
	defer rows.Close()
	for rows.Next() {
		var name string
		var oid int64
		if err := rows.Scan(&name, &oid); err != nil {
			return 0, 0, err
		}
		switch name {
		case "ksuid":
			ksuidOID = uint32(oid)
		case "timestamptz_ns":
			tsnsOID = uint32(oid)
		}
	}
	if err := rows.Err(); err != nil {
		return 0, 0, err
	}
	if ksuidOID == 0 || tsnsOID == 0 {
		return 0, 0, errors.New("fastevent: the extension is not installed in this database")
	}
	return ksuidOID, tsnsOID, nil
}

// ErrSyntax is returned for text that is not a timestamptz_ns as the server
// prints it.
var ErrSyntax = errors.New("fastevent: not a timestamptz_ns in its text form")

// ErrRange is returned for a time.Time outside timestamptz_ns's range, which
// UnixNano() would silently wrap.
var ErrRange = errors.New("fastevent: time outside timestamptz_ns's range (1677-09-21 to 2262-04-11)")

// ErrInfinite is returned when an infinity is assigned to a time.Time.
var ErrInfinite = errors.New("fastevent: an infinite timestamptz_ns has no time.Time")

var (
	minTime = time.Unix(0, MinNanos)
	maxTime = time.Unix(0, MaxNanos)
)

// NanosOf returns t's nanoseconds since 1970 UTC, exactly, or ErrRange.
// Its Location does not matter: the instant is kept.
func NanosOf(t time.Time) (int64, error) {
	if t.Before(minTime) || t.After(maxTime) {
		return 0, ErrRange
	}
	return t.UnixNano(), nil
}

// AppendText appends ns in the form the server reads back exactly:
// "2024-06-01 00:13:22.301350996+00", in UTC, or "infinity", "-infinity".
func AppendText(b []byte, ns int64) []byte {
	switch ns {
	case math.MaxInt64:
		return append(b, "infinity"...)
	case math.MinInt64:
		return append(b, "-infinity"...)
	}
	sec := ns / 1e9
	frac := ns % 1e9
	if frac < 0 {
		sec--
		frac += 1e9
	}
	days := sec / 86400
	rem := sec % 86400
	if rem < 0 {
		days--
		rem += 86400
	}
	y, m, d := civilFromDays(days)
	var buf [32]byte
	put := func(p []byte, v int64, n int) {
		for i := n - 1; i >= 0; i-- {
			p[i] = byte('0' + v%10)
			v /= 10
		}
	}
	put(buf[0:4], y, 4)
	buf[4] = '-'
	put(buf[5:7], m, 2)
	buf[7] = '-'
	put(buf[8:10], d, 2)
	buf[10] = ' '
	put(buf[11:13], rem/3600, 2)
	buf[13] = ':'
	put(buf[14:16], rem/60%60, 2)
	buf[16] = ':'
	put(buf[17:19], rem%60, 2)
	buf[19] = '.'
	put(buf[20:29], frac, 9)
	buf[29], buf[30], buf[31] = '+', '0', '0'
	return append(b, buf[:]...)
}

// ParseText reads the text form the server prints (nine fraction digits,
// the session TimeZone's offset as +HH, +HH:MM or +HH:MM:SS) and returns its
// nanoseconds since 1970 UTC; math.MinInt64 and math.MaxInt64 for the
// infinities.  It allocates nothing.
func ParseText(s []byte) (int64, error) {
	switch string(s) {
	case "infinity":
		return math.MaxInt64, nil
	case "-infinity":
		return math.MinInt64, nil
	}
	if len(s) < 32 || s[4] != '-' || s[7] != '-' || s[10] != ' ' || s[13] != ':' ||
		s[16] != ':' || s[19] != '.' {
		return 0, ErrSyntax
	}
	var ok = true
	num := func(p []byte) int64 {
		var v int64
		for _, c := range p {
			if c < '0' || c > '9' {
				ok = false
			}
			v = v*10 + int64(c-'0')
		}
		return v
	}
	y, mo, d := num(s[0:4]), num(s[5:7]), num(s[8:10])
	h, mi, se := num(s[11:13]), num(s[14:16]), num(s[17:19])
	frac := num(s[20:29])
	// the offset: +HH, +HH:MM, +HH:MM:SS
	z := s[29:]
	if z[0] != '+' && z[0] != '-' {
		return 0, ErrSyntax
	}
	off := num(z[1:3]) * 3600
	switch len(z) {
	case 3:
	case 6:
		if z[3] != ':' {
			return 0, ErrSyntax
		}
		off += num(z[4:6]) * 60
	case 9:
		if z[3] != ':' || z[6] != ':' {
			return 0, ErrSyntax
		}
		off += num(z[4:6])*60 + num(z[7:9])
	default:
		return 0, ErrSyntax
	}
	if !ok || mo < 1 || mo > 12 || d < 1 || d > 31 || h > 24 || mi > 59 || se > 60 {
		return 0, ErrSyntax
	}
	if z[0] == '-' {
		off = -off
	}
	sec := daysFromCivil(y, mo, d)*86400 + h*3600 + mi*60 + se - off
	// sec * 1e9 + frac, inside the finite range (its ends are partial seconds)
	const firstSec, firstFrac = -9223372037, 145224193 // MinNanos
	const lastSec, lastFrac = 9223372036, 854775806    // MaxNanos
	if sec < firstSec || sec > lastSec || (sec == firstSec && frac < firstFrac) ||
		(sec == lastSec && frac > lastFrac) {
		return 0, ErrRange
	}
	var ns int64
	if sec < 0 {
		ns = (sec+1)*1e9 + (frac - 1e9)
	} else {
		ns = sec*1e9 + frac
	}
	return ns, nil
}

// days since 1970-01-01 of a proleptic Gregorian date (Hinnant's algorithm)
func daysFromCivil(y, m, d int64) int64 {
	if m <= 2 {
		y--
	}
	era := y / 400
	if y < 0 && y%400 != 0 {
		era--
	}
	yoe := y - era*400
	mp := (m + 9) % 12
	doy := (153*mp+2)/5 + d - 1
	doe := yoe*365 + yoe/4 - yoe/100 + doy
	return era*146097 + doe - 719468
}

func civilFromDays(z int64) (y, m, d int64) {
	z += 719468
	era := z / 146097
	if z < 0 && z%146097 != 0 {
		era--
	}
	doe := z - era*146097
	yoe := (doe - doe/1460 + doe/36524 - doe/146096) / 365
	y = yoe + era*400
	doy := doe - (365*yoe + yoe/4 - yoe/100)
	mp := (5*doy + 2) / 153
	d = doy - (153*mp+2)/5 + 1
	m = mp + 3
	if m > 12 {
		m -= 12
	}
	if m <= 2 {
		y++
	}
	return
}
