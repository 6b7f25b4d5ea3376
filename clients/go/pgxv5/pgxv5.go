// Package pgxv5 registers the fastevent extension's types with pgx v5, as
// package pgxv4 does with pgx v4: ksuid <-> ksuid.KSUID, and timestamptz_ns
// <-> time.Time (every nanosecond kept) and int64 nanoseconds, in text and
// binary, in queries, parameters, CopyFrom and batches.
//
//	conn, _ := pgx.Connect(ctx, "")
//	if err := pgxv5.Register(ctx, conn); err != nil { ... }
package pgxv5

import (
	"context"
	"database/sql/driver"
	"encoding/binary"
	"fmt"
	"math"
	"time"

	"github.com/fastevent/fastevent/clients/go/fastevent"
	"github.com/jackc/pgx/v5"
	"github.com/jackc/pgx/v5/pgtype"
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
	m := conn.TypeMap()
	m.RegisterType(&pgtype.Type{Name: "ksuid", OID: kOID, Codec: KSUIDCodec{}})
	m.RegisterDefaultPgType(ksuid.KSUID{}, "ksuid")
	m.RegisterType(&pgtype.Type{Name: "timestamptz_ns", OID: tOID, Codec: TimestamptzNSCodec{}})
	return nil
}

func formatSupported(format int16) bool {
	return format == pgtype.TextFormatCode || format == pgtype.BinaryFormatCode
}

// KSUIDCodec is the pgx v5 codec of ksuid: ksuid.KSUID and fastevent.KSUID
// (ksuid.Nil is the nil KSUID, not NULL), and *string for the text form.
type KSUIDCodec struct{}

func (KSUIDCodec) FormatSupported(format int16) bool { return formatSupported(format) }
func (KSUIDCodec) PreferredFormat() int16            { return pgtype.BinaryFormatCode }

func (KSUIDCodec) PlanEncode(m *pgtype.Map, oid uint32, format int16, value any) pgtype.EncodePlan {
	switch value.(type) {
	case ksuid.KSUID, fastevent.KSUID:
		return ksuidEncode{format}
	}
	return nil
}

type ksuidEncode struct{ format int16 }

func (p ksuidEncode) Encode(value any, buf []byte) ([]byte, error) {
	var k ksuid.KSUID
	switch v := value.(type) {
	case ksuid.KSUID:
		k = v
	case fastevent.KSUID:
		k = ksuid.KSUID(v)
	}
	if p.format == pgtype.BinaryFormatCode {
		return append(buf, k[:]...), nil
	}
	return k.Append(buf), nil
}

func (KSUIDCodec) PlanScan(m *pgtype.Map, oid uint32, format int16, target any) pgtype.ScanPlan {
	switch target.(type) {
	case *ksuid.KSUID, *fastevent.KSUID, *string:
		return ksuidScan{format}
	}
	return nil
}

type ksuidScan struct{ format int16 }

func (p ksuidScan) Scan(src []byte, target any) error {
	if src == nil {
		return fmt.Errorf("pgxv5: NULL into %T (scan into a pointer to it)", target)
	}
	var k ksuid.KSUID
	if p.format == pgtype.BinaryFormatCode {
		if len(src) != len(k) {
			return fmt.Errorf("pgxv5: a binary ksuid is 20 bytes, not %d", len(src))
		}
		copy(k[:], src)
	} else if err := k.UnmarshalText(src); err != nil {
		return err
	}
	switch t := target.(type) {
	case *ksuid.KSUID:
		*t = k
	case *fastevent.KSUID:
		*t = fastevent.KSUID(k)
	case *string:
		*t = k.String()
	}
	return nil
}

func (c KSUIDCodec) DecodeDatabaseSQLValue(m *pgtype.Map, oid uint32, format int16, src []byte) (driver.Value, error) {
	if src == nil {
		return nil, nil
	}
	var s string
	err := ksuidScan{format}.Scan(src, &s)
	return s, err
}

func (c KSUIDCodec) DecodeValue(m *pgtype.Map, oid uint32, format int16, src []byte) (any, error) {
	if src == nil {
		return nil, nil
	}
	var k ksuid.KSUID
	err := ksuidScan{format}.Scan(src, &k)
	return k, err
}

// TimestamptzNSCodec is the pgx v5 codec of timestamptz_ns: time.Time (any
// Location: the instant is kept; outside 1677-09-21 .. 2262-04-11 an error,
// never a wrapped value; an infinity refused), int64 nanoseconds
// (math.MinInt64 and math.MaxInt64 for the infinities), fastevent.Time and
// fastevent.Nanos.
type TimestamptzNSCodec struct{}

func (TimestamptzNSCodec) FormatSupported(format int16) bool { return formatSupported(format) }
func (TimestamptzNSCodec) PreferredFormat() int16            { return pgtype.BinaryFormatCode }

func (TimestamptzNSCodec) PlanEncode(m *pgtype.Map, oid uint32, format int16, value any) pgtype.EncodePlan {
	switch value.(type) {
	case time.Time, int64, fastevent.Nanos, fastevent.Time:
		return tsnsEncode{format}
	}
	return nil
}

type tsnsEncode struct{ format int16 }

func (p tsnsEncode) Encode(value any, buf []byte) ([]byte, error) {
	var ns int64
	var err error
	switch v := value.(type) {
	case time.Time:
		ns, err = fastevent.NanosOf(v)
	case fastevent.Time:
		ns, err = fastevent.NanosOf(v.Time)
	case int64:
		ns = v
	case fastevent.Nanos:
		ns = int64(v)
	}
	if err != nil {
		return nil, err
	}
	if p.format == pgtype.BinaryFormatCode {
		return binary.BigEndian.AppendUint64(buf, uint64(ns)), nil
	}
	return fastevent.AppendText(buf, ns), nil
}

func (TimestamptzNSCodec) PlanScan(m *pgtype.Map, oid uint32, format int16, target any) pgtype.ScanPlan {
	switch target.(type) {
	case *time.Time, *int64, *fastevent.Nanos, *fastevent.Time:
		return tsnsScan{format}
	}
	return nil
}

type tsnsScan struct{ format int16 }

func (p tsnsScan) nanos(src []byte) (int64, error) {
	if p.format == pgtype.BinaryFormatCode {
		if len(src) != 8 {
			return 0, fmt.Errorf("pgxv5: a binary timestamptz_ns is 8 bytes, not %d", len(src))
		}
		return int64(binary.BigEndian.Uint64(src)), nil
	}
	return fastevent.ParseText(src)
}

func (p tsnsScan) Scan(src []byte, target any) error {
	if src == nil {
		return fmt.Errorf("pgxv5: NULL into %T (scan into a pointer to it)", target)
	}
	ns, err := p.nanos(src)
	if err != nil {
		return err
	}
	infinite := ns == math.MinInt64 || ns == math.MaxInt64
	switch t := target.(type) {
	case *int64:
		*t = ns
	case *fastevent.Nanos:
		*t = fastevent.Nanos(ns)
	case *time.Time:
		if infinite {
			return fastevent.ErrInfinite
		}
		*t = time.Unix(0, ns)
	case *fastevent.Time:
		if infinite {
			return fastevent.ErrInfinite
		}
		t.Time = time.Unix(0, ns)
	}
	return nil
}

func (c TimestamptzNSCodec) DecodeDatabaseSQLValue(m *pgtype.Map, oid uint32, format int16, src []byte) (driver.Value, error) {
	if src == nil {
		return nil, nil
	}
	ns, err := tsnsScan{format}.nanos(src)
	if err != nil {
		return nil, err
	}
	return string(fastevent.AppendText(nil, ns)), nil
}

func (c TimestamptzNSCodec) DecodeValue(m *pgtype.Map, oid uint32, format int16, src []byte) (any, error) {
	if src == nil {
		return nil, nil
	}
	ns, err := tsnsScan{format}.nanos(src)
	if err != nil {
		return nil, err
	}
	switch ns {
	case math.MaxInt64:
		return pgtype.Infinity, nil
	case math.MinInt64:
		return pgtype.NegativeInfinity, nil
	}
	return time.Unix(0, ns), nil
}
