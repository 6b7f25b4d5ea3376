// Package pgxv4 registers the fastevent extension's types with pgx v4, so
// that ksuid columns and parameters are ksuid.KSUID and timestamptz_ns
// columns and parameters are time.Time (every nanosecond kept) or int64
// nanoseconds, in text and binary, in queries, CopyFrom and batches:
//
//	conn, _ := pgx.Connect(ctx, "")
//	if err := pgxv4.Register(ctx, conn); err != nil { ... }
//	var id ksuid.KSUID
//	var at time.Time
//	conn.QueryRow(ctx, "SELECT id, at FROM events LIMIT 1").Scan(&id, &at)
package pgxv4

import (
	"context"
	"database/sql/driver"
	"encoding/binary"
	"errors"
	"fmt"
	"math"
	"time"

	"github.com/fastevent/fastevent/clients/go/fastevent"
	"github.com/jackc/pgtype"
	"github.com/jackc/pgx/v4"
	"github.com/segmentio/ksuid"
)

// Register looks up the OIDs of ksuid and timestamptz_ns in the database
// (in whatever schema the extension is) and registers both types on conn.
func Register(ctx context.Context, conn *pgx.Conn) error {
	rows, err := conn.Query(ctx, fastevent.TypesQuery)
	if err != nil {
		return err
	}
	kOID, tOID, err := fastevent.TypeOIDs(rows)
	if err != nil {
		return err
	}
	ci := conn.ConnInfo()
	ci.RegisterDataType(pgtype.DataType{Value: &scanKSUID{}, Name: "ksuid", OID: kOID})
	ci.RegisterDefaultPgType(ksuid.KSUID{}, "ksuid")
	ci.RegisterDataType(pgtype.DataType{Value: &TimestamptzNS{}, Name: "timestamptz_ns", OID: tOID})
	return nil
}

// KSUID is the pgtype value of a ksuid column.
type KSUID struct {
	KSUID  ksuid.KSUID
	Status pgtype.Status
}

// Set takes a ksuid.KSUID (ksuid.Nil is the nil KSUID, not NULL), its 20
// bytes, its text form, or nil for NULL.
func (dst *KSUID) Set(src interface{}) error {
	switch v := src.(type) {
	case nil:
		*dst = KSUID{Status: pgtype.Null}
	case ksuid.KSUID:
		*dst = KSUID{KSUID: v, Status: pgtype.Present}
	case *ksuid.KSUID:
		if v == nil {
			*dst = KSUID{Status: pgtype.Null}
		} else {
			*dst = KSUID{KSUID: *v, Status: pgtype.Present}
		}
	case fastevent.KSUID:
		*dst = KSUID{KSUID: ksuid.KSUID(v), Status: pgtype.Present}
	case KSUID:
		*dst = v
	case []byte:
		if v == nil {
			*dst = KSUID{Status: pgtype.Null}
			return nil
		}
		k, err := ksuid.FromBytes(v)
		if err != nil {
			return err
		}
		*dst = KSUID{KSUID: k, Status: pgtype.Present}
	case string:
		k, err := ksuid.Parse(v)
		if err != nil {
			return err
		}
		*dst = KSUID{KSUID: k, Status: pgtype.Present}
	default:
		return fmt.Errorf("pgxv4: cannot convert %T to a ksuid", src)
	}
	return nil
}

func (dst KSUID) Get() interface{} {
	switch dst.Status {
	case pgtype.Present:
		return dst.KSUID
	case pgtype.Null:
		return nil
	}
	return dst.Status
}

// AssignTo stores the value in a *ksuid.KSUID, *fastevent.KSUID, *string or
// *[]byte (the 20 bytes); NULL into a pointer to one of them sets it to nil.
func (src *KSUID) AssignTo(dst interface{}) error {
	if src.Status == pgtype.Present {
		switch v := dst.(type) {
		case *ksuid.KSUID:
			*v = src.KSUID
		case *fastevent.KSUID:
			*v = fastevent.KSUID(src.KSUID)
		case *string:
			*v = src.KSUID.String()
		case *[]byte:
			*v = append((*v)[:0], src.KSUID[:]...)
		case **ksuid.KSUID:
			k := src.KSUID
			*v = &k
		default:
			return fmt.Errorf("pgxv4: cannot assign a ksuid to %T", dst)
		}
		return nil
	}
	if src.Status == pgtype.Null {
		switch v := dst.(type) {
		case **ksuid.KSUID:
			*v = nil
			return nil
		case *[]byte:
			*v = nil
			return nil
		}
		return fmt.Errorf("pgxv4: cannot assign NULL to %T", dst)
	}
	return fmt.Errorf("pgxv4: cannot assign an undefined ksuid")
}

func (dst *KSUID) DecodeText(ci *pgtype.ConnInfo, src []byte) error {
	if src == nil {
		*dst = KSUID{Status: pgtype.Null}
		return nil
	}
	if err := dst.KSUID.UnmarshalText(src); err != nil {
		return err
	}
	dst.Status = pgtype.Present
	return nil
}

func (dst *KSUID) DecodeBinary(ci *pgtype.ConnInfo, src []byte) error {
	if src == nil {
		*dst = KSUID{Status: pgtype.Null}
		return nil
	}
	if len(src) != len(dst.KSUID) {
		return fmt.Errorf("pgxv4: a binary ksuid is 20 bytes, not %d", len(src))
	}
	copy(dst.KSUID[:], src)
	dst.Status = pgtype.Present
	return nil
}

func (src KSUID) EncodeText(ci *pgtype.ConnInfo, buf []byte) ([]byte, error) {
	switch src.Status {
	case pgtype.Null:
		return nil, nil
	case pgtype.Undefined:
		return nil, fmt.Errorf("pgxv4: cannot encode an undefined ksuid")
	}
	return src.KSUID.Append(buf), nil
}

func (src KSUID) EncodeBinary(ci *pgtype.ConnInfo, buf []byte) ([]byte, error) {
	switch src.Status {
	case pgtype.Null:
		return nil, nil
	case pgtype.Undefined:
		return nil, fmt.Errorf("pgxv4: cannot encode an undefined ksuid")
	}
	return append(buf, src.KSUID[:]...), nil
}

// scanKSUID is the KSUID that pgx v4 decodes a ksuid column into.  Its
// Value, the 20 bytes, is what pgx hands a sql.Scanner: pgx scans into a
// *ksuid.KSUID (an sql.Scanner) through Value, never through AssignTo, and
// segmentio's Scan copies 20 bytes where it would parse 27 characters of
// text (3 allocations a value, and 80 bytes, down to 1 of 24 bytes: the
// slice in the interface pgx passes on).  Parameters never see it: pgx
// encodes a ksuid parameter from the argument's own type.
type scanKSUID struct {
	KSUID
}

func (src *scanKSUID) Value() (driver.Value, error) {
	switch src.Status {
	case pgtype.Present:
		return src.KSUID.KSUID[:], nil
	case pgtype.Null:
		return nil, nil
	}
	return nil, fmt.Errorf("pgxv4: cannot convert an undefined ksuid")
}

// TimestamptzNS is the pgtype value of a timestamptz_ns column: nanoseconds
// since 1970 UTC, and the infinities.
type TimestamptzNS struct {
	Nanos            int64
	Status           pgtype.Status
	InfinityModifier pgtype.InfinityModifier
}

// Set takes a time.Time (any Location: the instant is kept; outside
// 1677-09-21 .. 2262-04-11 an error, never a wrapped value), int64
// nanoseconds, a pgtype.InfinityModifier, or nil for NULL.
func (dst *TimestamptzNS) Set(src interface{}) error {
	switch v := src.(type) {
	case nil:
		*dst = TimestamptzNS{Status: pgtype.Null}
	case time.Time:
		ns, err := fastevent.NanosOf(v)
		if err != nil {
			return err
		}
		*dst = TimestamptzNS{Nanos: ns, Status: pgtype.Present}
	case *time.Time:
		if v == nil {
			*dst = TimestamptzNS{Status: pgtype.Null}
			return nil
		}
		return dst.Set(*v)
	case int64:
		dst.setNanos(v)
	case fastevent.Nanos:
		dst.setNanos(int64(v))
	case fastevent.Time:
		return dst.Set(v.Time)
	case pgtype.InfinityModifier:
		*dst = TimestamptzNS{Status: pgtype.Present, InfinityModifier: v}
		dst.Nanos = infinityNanos(v)
	case TimestamptzNS:
		*dst = v
	default:
		return fmt.Errorf("pgxv4: cannot convert %T to a timestamptz_ns", src)
	}
	return nil
}

func infinityNanos(m pgtype.InfinityModifier) int64 {
	if m == pgtype.Infinity {
		return math.MaxInt64
	}
	return math.MinInt64
}

func (dst *TimestamptzNS) setNanos(ns int64) {
	*dst = TimestamptzNS{Nanos: ns, Status: pgtype.Present}
	switch ns {
	case math.MaxInt64:
		dst.InfinityModifier = pgtype.Infinity
	case math.MinInt64:
		dst.InfinityModifier = pgtype.NegativeInfinity
	}
}

func (dst TimestamptzNS) Get() interface{} {
	switch dst.Status {
	case pgtype.Present:
		if dst.InfinityModifier != pgtype.None {
			return dst.InfinityModifier
		}
		return time.Unix(0, dst.Nanos)
	case pgtype.Null:
		return nil
	}
	return dst.Status
}

// AssignTo stores the value in a *time.Time (in the local Location, as pgx
// gives a timestamptz; an infinity is an error), *int64 (math.MinInt64 and
// math.MaxInt64 for the infinities), *fastevent.Time or *fastevent.Nanos;
// NULL into a **time.Time or **int64 sets it to nil.
func (src *TimestamptzNS) AssignTo(dst interface{}) error {
	if src.Status == pgtype.Present {
		switch v := dst.(type) {
		case *time.Time:
			if src.InfinityModifier != pgtype.None {
				return fastevent.ErrInfinite
			}
			*v = time.Unix(0, src.Nanos)
		case *int64:
			*v = src.Nanos
		case *fastevent.Nanos:
			*v = fastevent.Nanos(src.Nanos)
		case *fastevent.Time:
			if src.InfinityModifier != pgtype.None {
				return fastevent.ErrInfinite
			}
			v.Time = time.Unix(0, src.Nanos)
		case **time.Time:
			if src.InfinityModifier != pgtype.None {
				return fastevent.ErrInfinite
			}
			t := time.Unix(0, src.Nanos)
			*v = &t
		case **int64:
			n := src.Nanos
			*v = &n
		default:
			return fmt.Errorf("pgxv4: cannot assign a timestamptz_ns to %T", dst)
		}
		return nil
	}
	if src.Status == pgtype.Null {
		switch v := dst.(type) {
		case **time.Time:
			*v = nil
			return nil
		case **int64:
			*v = nil
			return nil
		}
		return fmt.Errorf("pgxv4: cannot assign NULL to %T", dst)
	}
	return fmt.Errorf("pgxv4: cannot assign an undefined timestamptz_ns")
}

func (dst *TimestamptzNS) DecodeText(ci *pgtype.ConnInfo, src []byte) error {
	if src == nil {
		*dst = TimestamptzNS{Status: pgtype.Null}
		return nil
	}
	ns, err := fastevent.ParseText(src)
	if err != nil {
		return err
	}
	dst.setNanos(ns)
	return nil
}

func (dst *TimestamptzNS) DecodeBinary(ci *pgtype.ConnInfo, src []byte) error {
	if src == nil {
		*dst = TimestamptzNS{Status: pgtype.Null}
		return nil
	}
	if len(src) != 8 {
		return fmt.Errorf("pgxv4: a binary timestamptz_ns is 8 bytes, not %d", len(src))
	}
	dst.setNanos(int64(binary.BigEndian.Uint64(src)))
	return nil
}

func (src TimestamptzNS) nanos() int64 {
	if src.InfinityModifier != pgtype.None {
		return infinityNanos(src.InfinityModifier)
	}
	return src.Nanos
}

func (src TimestamptzNS) EncodeText(ci *pgtype.ConnInfo, buf []byte) ([]byte, error) {
	switch src.Status {
	case pgtype.Null:
		return nil, nil
	case pgtype.Undefined:
		return nil, fmt.Errorf("pgxv4: cannot encode an undefined timestamptz_ns")
	}
	return fastevent.AppendText(buf, src.nanos()), nil
}

func (src TimestamptzNS) EncodeBinary(ci *pgtype.ConnInfo, buf []byte) ([]byte, error) {
	switch src.Status {
	case pgtype.Null:
		return nil, nil
	case pgtype.Undefined:
		return nil, fmt.Errorf("pgxv4: cannot encode an undefined timestamptz_ns")
	}
	return binary.BigEndian.AppendUint64(buf, uint64(src.nanos())), nil
}

// ID is a ksuid.KSUID as a query parameter: pass pgxv4.ID(id).  pgx v4 asks
// a parameter's own driver.Valuer for its value before it looks at the
// registered types, and ksuid.KSUID's Value() gives NULL for ksuid.Nil, so
// a plain ksuid.KSUID parameter stores the nil KSUID as NULL without an
// error (and any other KSUID as 27 characters of text).  ID has no Value():
// this package encodes it, the nil KSUID as a value, in binary, on every
// path (Exec, QueryRow, batches, CopyFrom, the simple protocol).
type ID ksuid.KSUID

// EncodeText writes the 27-character text form.
func (src ID) EncodeText(ci *pgtype.ConnInfo, buf []byte) ([]byte, error) {
	return KSUID{KSUID: ksuid.KSUID(src), Status: pgtype.Present}.EncodeText(ci, buf)
}

// EncodeBinary writes the 20 bytes.
func (src ID) EncodeBinary(ci *pgtype.ConnInfo, buf []byte) ([]byte, error) {
	return append(buf, src[:]...), nil
}

// DecodeBinary copies the 20 bytes: rows.Scan((*pgxv4.ID)(&id)) fills a
// ksuid.KSUID without an allocation (scanning into &id itself takes one:
// pgx v4 hands an sql.Scanner the value in an interface).  NULL is an
// error; scan a column that can be NULL into a **ksuid.KSUID.
func (dst *ID) DecodeBinary(ci *pgtype.ConnInfo, src []byte) error {
	if src == nil {
		return errNullID
	}
	if len(src) != len(dst) {
		return fmt.Errorf("pgxv4: a binary ksuid is 20 bytes, not %d", len(src))
	}
	copy(dst[:], src)
	return nil
}

// DecodeText parses the 27-character text form.
func (dst *ID) DecodeText(ci *pgtype.ConnInfo, src []byte) error {
	if src == nil {
		return errNullID
	}
	return (*ksuid.KSUID)(dst).UnmarshalText(src)
}

var errNullID = errors.New("pgxv4: NULL cannot be scanned into a pgxv4.ID; use a **ksuid.KSUID")

// Time is a time.Time as a query parameter: pass pgxv4.Time(t).  With the
// simple protocol (PreferSimpleProtocol, as behind PgBouncer) pgx v4 writes
// a plain time.Time to the microsecond, without an error.  Time is encoded
// by this package on every path: all nine digits, and fastevent.ErrRange
// (not the server's error) outside 1677-09-21 .. 2262-04-11.
type Time time.Time

// EncodeText writes the ISO form with nine fraction digits, in UTC.
func (src Time) EncodeText(ci *pgtype.ConnInfo, buf []byte) ([]byte, error) {
	ns, err := fastevent.NanosOf(time.Time(src))
	if err != nil {
		return nil, err
	}
	return fastevent.AppendText(buf, ns), nil
}

// EncodeBinary writes the big-endian int64 of nanoseconds since 1970.
func (src Time) EncodeBinary(ci *pgtype.ConnInfo, buf []byte) ([]byte, error) {
	ns, err := fastevent.NanosOf(time.Time(src))
	if err != nil {
		return nil, err
	}
	return binary.BigEndian.AppendUint64(buf, uint64(ns)), nil
}
