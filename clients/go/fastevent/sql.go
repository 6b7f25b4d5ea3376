package fastevent

import (
	"database/sql/driver"
	"fmt"
	"math"
	"time"

	"github.com/segmentio/ksuid"
)

// KSUID is a ksuid.KSUID for database/sql.  Unlike ksuid.KSUID's own
// Value(), which gives NULL for ksuid.Nil, it always writes the KSUID:
// the nil KSUID is a value like any other.  Scan reads the text form and the
// 20 bytes of the binary form.
type KSUID ksuid.KSUID

// Value writes the 27-character text form.
func (k KSUID) Value() (driver.Value, error) {
	return ksuid.KSUID(k).String(), nil
}

// Scan reads a ksuid column; NULL is an error (use NullKSUID).
func (k *KSUID) Scan(src interface{}) error {
	switch v := src.(type) {
	case string:
		return (*ksuid.KSUID)(k).UnmarshalText([]byte(v))
	case []byte:
		if len(v) == 20 {
			copy(k[:], v)
			return nil
		}
		return (*ksuid.KSUID)(k).UnmarshalText(v)
	case nil:
		return fmt.Errorf("fastevent: NULL into a KSUID (use NullKSUID)")
	}
	return fmt.Errorf("fastevent: cannot scan %T into a KSUID", src)
}

// NullKSUID is a KSUID that may be NULL.
type NullKSUID struct {
	KSUID ksuid.KSUID
	Valid bool
}

func (n NullKSUID) Value() (driver.Value, error) {
	if !n.Valid {
		return nil, nil
	}
	return KSUID(n.KSUID).Value()
}

func (n *NullKSUID) Scan(src interface{}) error {
	if src == nil {
		n.Valid = false
		return nil
	}
	n.Valid = true
	return (*KSUID)(&n.KSUID).Scan(src)
}

// Time is a time.Time for a timestamptz_ns column through database/sql,
// with every nanosecond (a time.Time parameter, written as a timestamptz,
// loses the last three digits).  Scan gives the instant in UTC.  An infinity
// is an error: use Nanos for those.
type Time struct {
	time.Time
}

// Value writes the text form the server reads back exactly.
func (t Time) Value() (driver.Value, error) {
	ns, err := NanosOf(t.Time)
	if err != nil {
		return nil, err
	}
	return string(AppendText(nil, ns)), nil
}

func (t *Time) Scan(src interface{}) error {
	var n Nanos
	if err := n.Scan(src); err != nil {
		return err
	}
	if n == math.MinInt64 || n == math.MaxInt64 {
		return ErrInfinite
	}
	t.Time = time.Unix(0, int64(n)).UTC()
	return nil
}

// Nanos is a timestamptz_ns as nanoseconds since 1970 UTC (Go's UnixNano()),
// with math.MinInt64 and math.MaxInt64 for -infinity and infinity.
type Nanos int64

func (n Nanos) Value() (driver.Value, error) {
	return string(AppendText(nil, int64(n))), nil
}

func (n *Nanos) Scan(src interface{}) error {
	var b []byte
	switch v := src.(type) {
	case string:
		b = []byte(v)
	case []byte:
		b = v
	case time.Time:
		// a driver that parsed the text itself: only as exact as it was
		ns, err := NanosOf(v)
		*n = Nanos(ns)
		return err
	case nil:
		return fmt.Errorf("fastevent: NULL into a timestamptz_ns (use a pointer)")
	default:
		return fmt.Errorf("fastevent: cannot scan %T into a timestamptz_ns", src)
	}
	ns, err := ParseText(b)
	*n = Nanos(ns)
	return err
}

// NullTime is a Time that may be NULL, as sql.NullTime is for a timestamptz:
// Valid is false for NULL.  An infinity is an error, as for Time.
type NullTime struct {
	Time  time.Time
	Valid bool
}

// Value writes NULL, or the text form the server reads back exactly.
func (n NullTime) Value() (driver.Value, error) {
	if !n.Valid {
		return nil, nil
	}
	return Time{n.Time}.Value()
}

func (n *NullTime) Scan(src interface{}) error {
	if src == nil {
		n.Time, n.Valid = time.Time{}, false
		return nil
	}
	var t Time
	if err := t.Scan(src); err != nil {
		return err
	}
	n.Time, n.Valid = t.Time, true
	return nil
}
