"""fastevent's types in Python, for psycopg 3.

    import psycopg, fastevent
    with psycopg.connect() as conn:
        fastevent.register(conn)
        id, at = conn.execute("SELECT id, at FROM events LIMIT 1").fetchone()
        # id: fastevent.KSUID; at: fastevent.TimestampNS (every nanosecond)

ksuid is KSUID, a small immutable value (its 20 bytes, its text form, its
time, ordering); timestamptz_ns is TimestampNS, nanoseconds since 1970 UTC,
because a datetime holds only microseconds: the conversion to one is
explicit and refuses to drop digits unless told to.  Both travel in text
and binary, in queries, parameters and COPY (binary COPY included).
"""

import datetime as _dt
import struct as _struct

__all__ = ["KSUID", "TimestampNS", "register"]

_ALPHABET = "0123456789ABCDEFGHIJKLMNOPQRSTUVWXYZabcdefghijklmnopqrstuvwxyz"
_INDEX = {c: i for i, c in enumerate(_ALPHABET)}
_EPOCH = 1400000000  # the KSUID epoch, in Unix seconds
_MAX_INT = (1 << 160) - 1


class KSUID:
    """A K-Sortable Unique ID: 4 bytes of seconds since 2014-05-13, 16 random bytes."""

    __slots__ = ("_b",)

    def __init__(self, value):
        if isinstance(value, KSUID):
            b = value._b
        elif isinstance(value, (bytes, bytearray, memoryview)):
            b = bytes(value)
            if len(b) != 20:
                raise ValueError("a KSUID is 20 bytes, not %d" % len(b))
        elif isinstance(value, str):
            b = KSUID._parse(value)
        else:
            raise TypeError("KSUID from %s" % type(value).__name__)
        object.__setattr__(self, "_b", b)

    @staticmethod
    def _parse(s):
        if len(s) != 27:
            raise ValueError("a KSUID's text is 27 base62 characters: %r" % s)
        n = 0
        for c in s:
            try:
                n = n * 62 + _INDEX[c]
            except KeyError:
                raise ValueError("not a base62 character in %r" % s) from None
        if n > _MAX_INT:
            raise ValueError("out of range for a KSUID: %r" % s)
        return n.to_bytes(20, "big")

    def __setattr__(self, name, value):
        raise AttributeError("KSUID is immutable")

    @property
    def bytes(self):
        return self._b

    @property
    def timestamp(self):
        """Seconds since the Unix epoch, as the KSUID holds them."""
        return int.from_bytes(self._b[:4], "big") + _EPOCH

    @property
    def time(self):
        return _dt.datetime.fromtimestamp(self.timestamp, _dt.timezone.utc)

    @property
    def payload(self):
        return self._b[4:]

    def __str__(self):
        n = int.from_bytes(self._b, "big")
        out = []
        for _ in range(27):
            n, r = divmod(n, 62)
            out.append(_ALPHABET[r])
        return "".join(reversed(out))

    def __repr__(self):
        return "KSUID(%r)" % str(self)

    def __eq__(self, other):
        return isinstance(other, KSUID) and self._b == other._b

    def __lt__(self, other):
        if not isinstance(other, KSUID):
            return NotImplemented
        return self._b < other._b

    def __le__(self, other):
        if not isinstance(other, KSUID):
            return NotImplemented
        return self._b <= other._b

    def __gt__(self, other):
        if not isinstance(other, KSUID):
            return NotImplemented
        return self._b > other._b

    def __ge__(self, other):
        if not isinstance(other, KSUID):
            return NotImplemented
        return self._b >= other._b

    def __hash__(self):
        return hash(self._b)


KSUID.NIL = KSUID(bytes(20))
KSUID.MAX = KSUID(b"\xff" * 20)

_INT64_MIN, _INT64_MAX = -(1 << 63), (1 << 63) - 1


class TimestampNS:
    """An instant to the nanosecond: nanoseconds since 1970-01-01 UTC (Go's
    UnixNano()), from -9223372036854775807 to 9223372036854775806;
    TimestampNS.INFINITY and TimestampNS.NEG_INFINITY are the infinities."""

    __slots__ = ("_ns",)

    def __init__(self, ns):
        if not isinstance(ns, int) or isinstance(ns, bool):
            raise TypeError("TimestampNS takes an int of nanoseconds")
        if not _INT64_MIN <= ns <= _INT64_MAX:
            raise ValueError("outside timestamptz_ns's range: %d" % ns)
        object.__setattr__(self, "_ns", ns)

    def __setattr__(self, name, value):
        raise AttributeError("TimestampNS is immutable")

    @property
    def ns(self):
        return self._ns

    @property
    def is_infinite(self):
        return self._ns in (_INT64_MIN, _INT64_MAX)

    @classmethod
    def from_datetime(cls, value):
        """An aware datetime, exactly (a naive one is refused: which zone?)."""
        if value.tzinfo is None or value.utcoffset() is None:
            raise ValueError("a naive datetime has no instant: give it a tzinfo")
        delta = value - _dt.datetime(1970, 1, 1, tzinfo=_dt.timezone.utc)
        return cls((delta.days * 86400 + delta.seconds) * 1_000_000_000 + delta.microseconds * 1000)

    def to_datetime(self, tz=_dt.timezone.utc, allow_loss=False):
        """The datetime of this instant in tz.  A datetime holds microseconds:
        if the value has digits below them, this raises ValueError unless
        allow_loss=True; then it is rounded to the microsecond half up, as
        the server's cast to timestamptz rounds (.000000500 up, .000000499
        down)."""
        if self.is_infinite:
            raise ValueError("an infinite timestamptz_ns has no datetime")
        us, rem = divmod(self._ns, 1000)
        if rem and not allow_loss:
            raise ValueError("%s has nanoseconds a datetime cannot hold (allow_loss=True rounds them)" % self)
        if rem >= 500:
            us += 1
        t = _dt.datetime(1970, 1, 1, tzinfo=_dt.timezone.utc) + _dt.timedelta(microseconds=us)
        return t.astimezone(tz)

    def __str__(self):
        return _format(self._ns)

    def __repr__(self):
        return "TimestampNS(%d)" % self._ns

    def __eq__(self, other):
        return isinstance(other, TimestampNS) and self._ns == other._ns

    def __lt__(self, other):
        if not isinstance(other, TimestampNS):
            return NotImplemented
        return self._ns < other._ns

    def __le__(self, other):
        if not isinstance(other, TimestampNS):
            return NotImplemented
        return self._ns <= other._ns

    def __gt__(self, other):
        if not isinstance(other, TimestampNS):
            return NotImplemented
        return self._ns > other._ns

    def __ge__(self, other):
        if not isinstance(other, TimestampNS):
            return NotImplemented
        return self._ns >= other._ns

    def __hash__(self):
        return hash(self._ns)


TimestampNS.INFINITY = TimestampNS(_INT64_MAX)
TimestampNS.NEG_INFINITY = TimestampNS(_INT64_MIN)
TimestampNS.MIN = TimestampNS(_INT64_MIN + 1)
TimestampNS.MAX = TimestampNS(_INT64_MAX - 1)

_UNIX_DAY0 = _dt.date(1970, 1, 1).toordinal()


def _format(ns):
    """The text form the server reads back exactly, in UTC."""
    if ns == _INT64_MAX:
        return "infinity"
    if ns == _INT64_MIN:
        return "-infinity"
    sec, frac = divmod(ns, 1_000_000_000)
    days, rem = divmod(sec, 86400)
    d = _dt.date.fromordinal(_UNIX_DAY0 + days)
    return "%04d-%02d-%02d %02d:%02d:%02d.%09d+00" % (
        d.year, d.month, d.day, rem // 3600, rem // 60 % 60, rem % 60, frac)


def _parse(s):
    """The text form the server prints: nine fraction digits and the
    session TimeZone's offset (+HH, +HH:MM, +HH:MM:SS)."""
    if s == "infinity":
        return _INT64_MAX
    if s == "-infinity":
        return _INT64_MIN
    if len(s) < 32 or s[4] != "-" or s[7] != "-" or s[10] != " " or s[19] != ".":
        raise ValueError("not a timestamptz_ns in its text form: %r" % s)
    days = _dt.date(int(s[0:4]), int(s[5:7]), int(s[8:10])).toordinal() - _UNIX_DAY0
    sec = days * 86400 + int(s[11:13]) * 3600 + int(s[14:16]) * 60 + int(s[17:19])
    z = s[29:]
    parts = z[1:].split(":")
    if z[0] not in "+-" or not 1 <= len(parts) <= 3 or any(len(p) != 2 for p in parts):
        raise ValueError("not a timestamptz_ns in its text form: %r" % s)
    off = sum(int(p) * m for p, m in zip(parts, (3600, 60, 1)))
    sec -= off if z[0] == "+" else -off
    return sec * 1_000_000_000 + int(s[20:29])


_TYPES_QUERY = """SELECT t.typname::text, t.oid::int8, t.typarray::int8
    FROM pg_type t
    JOIN pg_depend d ON d.classid = 'pg_type'::regclass AND d.objid = t.oid AND d.deptype = 'e'
    JOIN pg_extension e ON e.oid = d.refobjid
    WHERE e.extname = 'fastevent' AND t.typname IN ('ksuid', 'timestamptz_ns')"""


def register(context):
    """Register both types on a psycopg connection or cursor (looking their
    OIDs up, whatever the schema): loaders and dumpers, text and binary,
    and the type names for COPY's set_types()."""
    from psycopg.adapt import Dumper, Loader
    from psycopg.pq import Format
    from psycopg.types import TypeInfo

    conn = getattr(context, "connection", context)
    oids = {name: (oid, array) for name, oid, array in conn.execute(_TYPES_QUERY).fetchall()}
    if set(oids) != {"ksuid", "timestamptz_ns"}:
        raise RuntimeError("the fastevent extension is not installed in this database")
    adapters = context.adapters
    for name, (oid, array) in oids.items():
        TypeInfo(name, oid, array).register(context)
    k_oid, t_oid = oids["ksuid"][0], oids["timestamptz_ns"][0]
    unpack_q, pack_q = _struct.Struct(">q").unpack, _struct.Struct(">q").pack

    class KSUIDTextLoader(Loader):
        def load(self, data):
            return KSUID(bytes(data).decode("ascii"))

    class KSUIDBinaryLoader(Loader):
        format = Format.BINARY

        def load(self, data):
            return KSUID(bytes(data))

    class KSUIDTextDumper(Dumper):
        oid = k_oid

        def dump(self, obj):
            return str(obj).encode("ascii")

    class KSUIDBinaryDumper(Dumper):
        oid = k_oid
        format = Format.BINARY

        def dump(self, obj):
            return obj.bytes

    class TimestampNSTextLoader(Loader):
        def load(self, data):
            return TimestampNS(_parse(bytes(data).decode("ascii")))

    class TimestampNSBinaryLoader(Loader):
        format = Format.BINARY

        def load(self, data):
            return TimestampNS(unpack_q(data)[0])

    class TimestampNSTextDumper(Dumper):
        oid = t_oid

        def dump(self, obj):
            return _format(obj.ns).encode("ascii")

    class TimestampNSBinaryDumper(Dumper):
        oid = t_oid
        format = Format.BINARY

        def dump(self, obj):
            return pack_q(obj.ns)

    adapters.register_loader(k_oid, KSUIDTextLoader)
    adapters.register_loader(k_oid, KSUIDBinaryLoader)
    adapters.register_loader(t_oid, TimestampNSTextLoader)
    adapters.register_loader(t_oid, TimestampNSBinaryLoader)
    adapters.register_dumper(KSUID, KSUIDTextDumper)
    adapters.register_dumper(KSUID, KSUIDBinaryDumper)
    adapters.register_dumper(TimestampNS, TimestampNSTextDumper)
    adapters.register_dumper(TimestampNS, TimestampNSBinaryDumper)
