/*
 * tsns.c
 *	  The timestamptz_ns type: an instant with nanosecond precision.
 *
 * A value is an int64 count of nanoseconds since 1970-01-01 00:00:00 UTC
 * (Go's UnixNano()), passed by value; INT64_MIN and INT64_MAX are -infinity
 * and infinity.  Parsing and formatting live in core/tsns_core.c; this file
 * is the fmgr glue, the session time zone, and calendar arithmetic, for
 * which it hands the microsecond part to PostgreSQL's own timestamptz code
 * and carries the nanoseconds below it along unchanged.
 */
#include "fastevent.h"

#include <math.h>
#include <time.h>

#include "common/hashfn.h"
#include "common/int.h"
#include "datatype/timestamp.h"
#include "funcapi.h"
#include "libpq/pqformat.h"
#include "parser/scansup.h"
#include "pgtime.h"
#include "utils/array.h"
#include "utils/builtins.h"
#include "utils/date.h"
#include "utils/datetime.h"
#include "utils/float.h"
#include "utils/fmgrprotos.h"
#include "utils/sortsupport.h"
#include "utils/timestamp.h"

#include "core/fe_bits.h"
#include "core/tsns_core.h"

#if SIZEOF_DATUM < 8
#error "timestamptz_ns is passed by value: it needs a 64-bit Datum"
#endif

#define TSNS_NAME "timestamptz_ns"

#define TSNS_IS_FINITE(ns)	((ns) != FE_TSNS_NOBEGIN && (ns) != FE_TSNS_NOEND)

/* From 1970-01-01 (ours) to 2000-01-01 (PostgreSQL's epoch) */
#define PG_EPOCH_SECS	((int64) (POSTGRES_EPOCH_JDATE - UNIX_EPOCH_JDATE) * SECS_PER_DAY)
#define PG_EPOCH_USECS	(PG_EPOCH_SECS * USECS_PER_SEC)

/* Which unit a units argument names: a DTK_* value, or these */
#define UNIT_NANOSECOND	(-1)
#define UNIT_EPOCH		(-2)

/* What every range error says of the range */
#define RANGE_DETAIL \
	errdetail("A %s is from 1677-09-21 00:12:43.145224193+00 to 2262-04-11 23:47:16.854775806+00, or an infinity.", TSNS_NAME)

static FE_NORETURN void
range_error(void)
{
	ereport(ERROR,
			(errcode(ERRCODE_DATETIME_VALUE_OUT_OF_RANGE),
			 errmsg("%s out of range", TSNS_NAME),
			 RANGE_DETAIL));
}

/*
 * Conversions between nanoseconds and PostgreSQL's microseconds
 */

/* Split a finite ns into timestamptz microseconds (floor) and 0..999 ns */
static inline TimestampTz
usec_floor(int64 ns, int32 *rem)
{
	int64		us = ns / 1000;
	int64		r = ns % 1000;

	if (r < 0)
	{
		us--;
		r += 1000;
	}
	*rem = (int32) r;
	return us - PG_EPOCH_USECS;
}

/* Any ns as timestamptz microseconds (floor) and the rest; infinities kept */
static inline TimestampTz
usec_split(int64 ns, int32 *rem)
{
	*rem = 0;
	if (ns == FE_TSNS_NOBEGIN)
		return DT_NOBEGIN;
	if (ns == FE_TSNS_NOEND)
		return DT_NOEND;
	return usec_floor(ns, rem);
}

/* timestamptz microseconds plus 0..1000 ns as ns; false if out of range */
static bool
usec_join(TimestampTz us, int32 rem, int64 *ns)
{
	int64		sec,
				usec;

	if (us == DT_NOBEGIN)
		*ns = FE_TSNS_NOBEGIN;
	else if (us == DT_NOEND)
		*ns = FE_TSNS_NOEND;
	else
	{
		/* whole seconds first: the microseconds times 1000 can overflow */
		sec = us / USECS_PER_SEC;
		usec = us % USECS_PER_SEC;
		if (usec < 0)
		{
			sec--;
			usec += USECS_PER_SEC;
		}
		return fe_tsns_from_sec(sec + PG_EPOCH_SECS, usec * 1000 + rem, ns) == 0;
	}
	return true;
}

/* A finite ns rounded to timestamptz microseconds, half up */
static inline TimestampTz
usec_round(int64 ns)
{
	int32		rem;
	TimestampTz us = usec_floor(ns, &rem);

	return rem >= 500 ? us + 1 : us;
}

/*
 * The session time zone.
 *
 * timestamptz calls pg_localtime() for every value it prints.  Instead,
 * remember the intervals [lo, hi) of UTC seconds in which the session zone's
 * offset does not change, as values meet them: hi is the zone's next
 * transition, lo the earliest time looked up in that interval so far.  They
 * are disjoint and kept sorted, so a value finds its interval by binary
 * search (a few comparisons for 25 years of a zone with daylight saving, 50
 * intervals), and first in the one that answered last (a batch of events
 * in time order).  Only a value earlier than every other seen in its
 * interval asks pg_next_dst_boundary().  A change of TimeZone is seen as a
 * different pg_tz and starts afresh.
 */
typedef struct zone_interval
{
	int64		lo;				/* offset holds on [lo, hi) */
	int64		hi;
	int32		gmtoff;			/* seconds east of UTC */
} zone_interval;

typedef struct zone_cache
{
	const pg_tz *tz;			/* the zone this describes, or NULL */
	bool		fixed;			/* one offset for all time */
	int			n;				/* intervals, sorted by hi */
	int			cap;
	int			last;			/* the interval that answered last */
	zone_interval *iv;			/* in TopMemoryContext */
} zone_cache;

static zone_interval zone_none = {1, 0, 0};	/* empty: no time is in it */
static zone_cache zc = {NULL, false, 0, 0, 0, &zone_none};

/*
 * In front of the search, a direct-mapped memo of 2^ZONE_MAP_BITS buckets of
 * 2^ZONE_BUCKET_SHIFT seconds (12 days; 1,024 of them span 34 years): each
 * holds a copy of the interval that last answered for a time in its bucket.
 * A copy can only be narrower than the interval it came from (intervals
 * only grow), so it is never wrong, at worst a miss.
 */
#define ZONE_BUCKET_SHIFT 20
#define ZONE_MAP_BITS 10
#define ZONE_MAP_SIZE (1 << ZONE_MAP_BITS)

typedef struct zone_memo
{
	int64		bucket;			/* t >> ZONE_BUCKET_SHIFT of the entry */
	zone_interval iv;
} zone_memo;

static zone_memo *zmap;			/* ZONE_MAP_SIZE entries, in TopMemoryContext */

static inline zone_memo *
zone_memo_of(int64 t)
{
	return &zmap[(t >> ZONE_BUCKET_SHIFT) & (ZONE_MAP_SIZE - 1)];
}

/*
 * Room for one more interval.  A zone has at most a few transitions a year,
 * so the table stays small: 1,200 intervals (29 kB) cover the whole range.
 */
static void
zone_make_room(void)
{
	if (zc.n < zc.cap)
		return;
	if (zc.cap == 0)
	{
		zc.cap = 64;
		zc.iv = MemoryContextAlloc(TopMemoryContext, zc.cap * sizeof(zone_interval));
	}
	else
	{
		zc.cap *= 2;
		zc.iv = repalloc(zc.iv, zc.cap * sizeof(zone_interval));
	}
}

static int32
zone_offset_slow(int64 t)
{
	pg_tz	   *tz = session_timezone;
	pg_time_t	pt = (pg_time_t) t;
	long int	before,
				after;
	int			before_dst,
				after_dst;
	pg_time_t	boundary;
	int			r,
				lo,
				hi_i;
	int64		hi;

	if (zc.tz != tz)
	{
		long int	fixed;

		zc.tz = tz;
		zc.n = 0;
		zc.last = 0;
		zone_make_room();
		if (zmap == NULL)
			zmap = MemoryContextAlloc(TopMemoryContext, ZONE_MAP_SIZE * sizeof(zone_memo));
		for (int k = 0; k < ZONE_MAP_SIZE; k++)
			zmap[k].bucket = PG_INT64_MIN;	/* no t has this bucket */
		zc.fixed = pg_get_timezone_offset(tz, &fixed);
		if (zc.fixed)
		{
			zc.iv[0].lo = PG_INT64_MIN;
			zc.iv[0].hi = PG_INT64_MAX;
			zc.iv[0].gmtoff = (int32) fixed;
			zc.n = 1;
			return zc.iv[0].gmtoff;
		}
	}

	/* the first interval that ends after t */
	lo = 0;
	hi_i = zc.n;
	while (lo < hi_i)
	{
		int			mid = (lo + hi_i) / 2;

		if (zc.iv[mid].hi <= t)
			lo = mid + 1;
		else
			hi_i = mid;
	}
	if (lo < zc.n && zc.iv[lo].lo <= t)
	{
		zc.last = lo;
		goto found;
	}

	r = pg_next_dst_boundary(&pt, &before, &before_dst, &boundary, &after, &after_dst, tz);
	if (r < 0)
	{
		/* no interval to remember: ask for this instant alone */
		struct pg_tm *tm = pg_localtime(&pt, tz);

		if (tm == NULL)
			range_error();
		return (int32) tm->tm_gmtoff;
	}
	hi = r == 1 ? (int64) boundary : PG_INT64_MAX;

	if (lo < zc.n && zc.iv[lo].hi == hi)
	{
		/* the interval that ends at the same transition, reaching back to t */
		zc.iv[lo].lo = t;
		zc.iv[lo].gmtoff = (int32) before;
	}
	else
	{
		/* a new interval, before the first that ends after hi */
		zone_make_room();
		memmove(&zc.iv[lo + 1], &zc.iv[lo], (zc.n - lo) * sizeof(zone_interval));
		zc.iv[lo].lo = t;
		zc.iv[lo].hi = hi;
		zc.iv[lo].gmtoff = (int32) before;
		zc.n++;
	}
	zc.last = lo;

found:
	{
		zone_memo  *m = zone_memo_of(t);

		m->bucket = t >> ZONE_BUCKET_SHIFT;
		m->iv = zc.iv[lo];
	}
	return zc.iv[lo].gmtoff;
}

/* The session zone's UTC offset (seconds east) at UTC second t */
static inline int32
zone_offset(int64 t)
{
	const zone_interval *iv = &zc.iv[zc.last];

	if (likely(zc.tz == session_timezone))
	{
		const zone_memo *m;

		if (likely(t >= iv->lo && t < iv->hi))
			return iv->gmtoff;
		m = zone_memo_of(t);
		if (m->bucket == (t >> ZONE_BUCKET_SHIFT) && t >= m->iv.lo && t < m->iv.hi)
			return m->iv.gmtoff;
	}
	return zone_offset_slow(t);
}

/*
 * UTC seconds of a local time in the session zone.  Inside the interval
 * that answered last, and two days (more than any offset change) from its ends, the
 * local time has exactly one meaning; elsewhere PostgreSQL's own rules
 * decide, as for timestamptz (a time skipped or repeated by a transition).
 */
static int64
session_local_to_utc(const fe_tsns_parsed *p)
{
	struct pg_tm tm;
	int64		u;

	if (zc.tz == session_timezone)
	{
		const zone_interval *iv = &zc.iv[zc.last];

		u = p->local_sec - iv->gmtoff;
		if (zc.fixed ||
			(iv->lo < iv->hi && u - 2 * SECS_PER_DAY >= iv->lo && u + 2 * SECS_PER_DAY < iv->hi))
			return u;
	}

	memset(&tm, 0, sizeof(tm));
	tm.tm_year = p->year;
	tm.tm_mon = p->month;
	tm.tm_mday = p->day;
	tm.tm_hour = p->hour;
	tm.tm_min = p->minute;
	tm.tm_sec = p->second;
	u = p->local_sec + DetermineTimeZoneOffset(&tm, session_timezone);
	(void) zone_offset(u);		/* remember this interval for the next value */
	return u;
}

/*
 * Text I/O
 */

/* Is str an integer and nothing else? */
static bool
is_bare_integer(const char *str)
{
	const char *p = str;

	while (isspace((unsigned char) *p))
		p++;
	if (*p == '+' || *p == '-')
		p++;
	if (!isdigit((unsigned char) *p))
		return false;
	while (isdigit((unsigned char) *p))
		p++;
	while (isspace((unsigned char) *p))
		p++;
	return *p == '\0';
}

/*
 * What PostgreSQL's parser loses of a time's fraction of a second: it reads
 * the fraction as a double and rounds it to microseconds, and so it also
 * decides, as core does, whether a time past 23:59:59 is accepted.  Return
 * the fraction in nanoseconds (nine digits, the tenth rounding half up) less
 * the microseconds the parser keeps of it, for the caller to add back; the
 * fields are left as they are.  Julian days (J2451187.25) are fractions of a
 * day, not of a second, and are left to the parser whole.
 */
static int32
fraction_nanoseconds(char **field, int *ftype, int nf)
{
	for (int i = 0; i < nf; i++)
	{
		char	   *dot;
		int32		ns = 0;
		int			k;

		if ((dot = strchr(field[i], '.')) == NULL)
			continue;
		/*
		 * A time (10:00:00.123456789), or a number with a point, which core
		 * takes for a fraction of a second in every form it accepts
		 * (hhmmss.f, hhmm.f, the labelled s00.f), except after a Julian day
		 * label
		 */
		if (ftype[i] != DTK_TIME &&
			!(ftype[i] == DTK_NUMBER &&
			  strspn(field[i], "0123456789") == (size_t) (dot - field[i]) &&
			  !(i > 0 && (strcmp(field[i - 1], "j") == 0 || strcmp(field[i - 1], "jd") == 0 ||
						  strcmp(field[i - 1], "julian") == 0))))
			continue;
		for (k = 1; k <= 6; k++)
			if (!isdigit((unsigned char) dot[k]))
				break;
		if (k <= 6 || !isdigit((unsigned char) dot[7]))
			continue;			/* six digits or fewer: nothing below a microsecond */

		/* the nanoseconds: nine digits, the tenth rounds them half up */
		k = 1;
		for (int n = 0; n < 9; n++)
		{
			ns *= 10;
			if (isdigit((unsigned char) dot[k]))
				ns += dot[k++] - '0';
		}
		if (isdigit((unsigned char) dot[k]) && dot[k] >= '5')
			ns++;
		/* less the microseconds the parser takes: rint(strtod(".f") * 10^6) */
		return ns - (int32) rint(strtod(dot, NULL) * 1000000) * 1000;
	}
	return 0;
}

#if PG_VERSION_NUM >= 160000
#define parse_error(dterr, extra, str, fcinfo) \
	DateTimeParseError(dterr, extra, str, TSNS_NAME, (fcinfo)->context)
#else
#define parse_error(dterr, extra, str, fcinfo) \
	DateTimeParseError(dterr, str, TSNS_NAME)
#endif

/* Every input form timestamptz accepts, through PostgreSQL's parser */
static Datum
tsns_in_general(char *str, FunctionCallInfo fcinfo)
{
	char		workbuf[MAXDATELEN + MAXDATEFIELDS];
	char	   *field[MAXDATEFIELDS];
	int			ftype[MAXDATEFIELDS];
	int			nf,
				dtype,
				tz,
				dterr;
	struct pg_tm tt;
	fsec_t		fsec;
	int32		extra_ns = 0;
	TimestampTz us;
	int64		result;
#if PG_VERSION_NUM >= 160000
	DateTimeErrorExtra extra;
#endif

	dterr = ParseDateTime(str, workbuf, sizeof(workbuf), field, ftype, MAXDATEFIELDS, &nf);
	if (dterr == 0)
	{
		extra_ns = fraction_nanoseconds(field, ftype, nf);
#if PG_VERSION_NUM >= 160000
		dterr = DecodeDateTime(field, ftype, nf, &dtype, &tt, &fsec, &tz, &extra);
#else
		dterr = DecodeDateTime(field, ftype, nf, &dtype, &tt, &fsec, &tz);
#endif
	}
	if (dterr != 0)
	{
		/*
		 * A bare integer is input core reads as a date when it can
		 * (20240101); when it cannot, it is likely a count since 1970: the
		 * error is core's, the hint says what to use
		 */
		if (is_bare_integer(str))
			fe_input_error(fcinfo,
						   errcode(dterr == DTERR_BAD_FORMAT ? ERRCODE_INVALID_DATETIME_FORMAT :
								   ERRCODE_DATETIME_VALUE_OUT_OF_RANGE),
						   dterr == DTERR_BAD_FORMAT ?
						   errmsg("invalid input syntax for type %s: \"%s\"", TSNS_NAME, str) :
						   errmsg("date/time field value out of range: \"%s\"", str),
						   errhint("Use to_timestamptz_ns() for a number of nanoseconds since 1970."));
		parse_error(dterr, &extra, str, fcinfo);
		PG_RETURN_NULL();		/* soft error reported */
	}

	switch (dtype)
	{
		case DTK_DATE:
			if (tm2timestamp(&tt, fsec, &tz, &us) != 0 ||
				!usec_join(us, extra_ns, &result))
				fe_input_error(fcinfo,
							   errcode(ERRCODE_DATETIME_VALUE_OUT_OF_RANGE),
							   errmsg("%s out of range: \"%s\"", TSNS_NAME, str),
							   RANGE_DETAIL);
			break;
		case DTK_EPOCH:
			result = 0;
			break;
		case DTK_LATE:
			result = FE_TSNS_NOEND;
			break;
		case DTK_EARLY:
			result = FE_TSNS_NOBEGIN;
			break;
		default:
			elog(ERROR, "unexpected dtype %d while parsing %s \"%s\"", dtype, TSNS_NAME, str);
			result = 0;			/* keep compiler quiet */
	}
	PG_RETURN_INT64(result);
}

/* Convert the text form to a timestamptz_ns, in the session time zone if none is given */
/*
 * Precision p = 0..9 of timestamptz_ns(p): round to 10^-p s as core rounds
 * timestamptz(p), half away from zero counted from 2000-01-01 (core's
 * epoch), so that to the microsecond the two agree.  Returns false if the
 * rounded value leaves the range.  In unsigned arithmetic, where the
 * distance from 2000 always fits.
 */
#define PG_EPOCH_NS		(INT64CONST(946684800) * FE_NS_PER_SEC)

static bool
round_to_typmod(int64 ns, int32 typmod, int64 *result)
{
	static const uint64 scales[9] = {
		UINT64CONST(1000000000), UINT64CONST(100000000), UINT64CONST(10000000),
		UINT64CONST(1000000), UINT64CONST(100000), UINT64CONST(10000),
		UINT64CONST(1000), UINT64CONST(100), UINT64CONST(10)
	};
	uint64		scale,
				mag,
				r;

	*result = ns;
	if (typmod < 0 || typmod >= 9 || !TSNS_IS_FINITE(ns))
		return true;
	scale = scales[typmod];
	if (ns >= PG_EPOCH_NS)
	{
		mag = (uint64) ns - (uint64) PG_EPOCH_NS;
		r = (mag + scale / 2) / scale * scale;
		if (r > (uint64) (FE_TSNS_NOEND - 1) - (uint64) PG_EPOCH_NS)
			return false;
		*result = (int64) ((uint64) PG_EPOCH_NS + r);
	}
	else
	{
		mag = (uint64) PG_EPOCH_NS - (uint64) ns;
		r = (mag + scale / 2) / scale * scale;
		if (r > (uint64) PG_EPOCH_NS - (uint64) (FE_TSNS_NOBEGIN + 1))
			return false;
		*result = (int64) ((uint64) PG_EPOCH_NS - r);
	}
	return true;
}

/* The typmod an input or receive function was called with, or -1 */
#define CALL_TYPMOD(fcinfo) (PG_NARGS() >= 3 ? PG_GETARG_INT32(2) : -1)

PG_FUNCTION_INFO_V1(timestamptz_ns_in);
Datum
timestamptz_ns_in(PG_FUNCTION_ARGS)
{
	char	   *str = PG_GETARG_CSTRING(0);
	fe_tsns_parsed p;
	int64		utc,
				result;
	int			dterr;

	switch (fe_tsns_parse_iso(str, strlen(str), &p))
	{
		case FE_TSNS_OK:
			utc = p.has_offset ? p.local_sec - p.gmtoff : session_local_to_utc(&p);
			if (unlikely(fe_tsns_from_sec_fast(utc, p.nsec, &result) != 0 ||
						 ((uint32) CALL_TYPMOD(fcinfo) < 9 &&
						  !round_to_typmod(result, CALL_TYPMOD(fcinfo), &result))))
				fe_input_error(fcinfo,
							   errcode(ERRCODE_DATETIME_VALUE_OUT_OF_RANGE),
							   errmsg("%s out of range: \"%s\"", TSNS_NAME, str),
							   RANGE_DETAIL);
			PG_RETURN_INT64(result);
		case FE_TSNS_BAD_FIELD:
			dterr = DTERR_FIELD_OVERFLOW;
			break;
		case FE_TSNS_BAD_OFFSET:
			dterr = DTERR_TZDISP_OVERFLOW;
			break;
		default:
			{
				Datum		d = tsns_in_general(str, fcinfo);

#if PG_VERSION_NUM >= 160000
				if (SOFT_ERROR_OCCURRED(fcinfo->context))
					return d;
#endif
				if (!round_to_typmod(DatumGetInt64(d), CALL_TYPMOD(fcinfo), &result))
					fe_input_error(fcinfo,
								   errcode(ERRCODE_DATETIME_VALUE_OUT_OF_RANGE),
								   errmsg("%s out of range: \"%s\"", TSNS_NAME, str),
							   RANGE_DETAIL);
				PG_RETURN_INT64(result);
			}
	}
	{
#if PG_VERSION_NUM >= 160000
		DateTimeErrorExtra extra = {0};
#endif

		parse_error(dterr, &extra, str, fcinfo);
		PG_RETURN_NULL();
	}
}

/* Convert a timestamptz_ns to text: ISO with nine fractional digits, in the session time zone */
PG_FUNCTION_INFO_V1(timestamptz_ns_out);
Datum
timestamptz_ns_out(PG_FUNCTION_ARGS)
{
	int64		ns = PG_GETARG_INT64(0);
	int64		sec;
	int32		nsec;
	char	   *result;
	size_t		len;

	if (unlikely(!TSNS_IS_FINITE(ns)))
		PG_RETURN_CSTRING(pstrdup(ns == FE_TSNS_NOEND ? LATE : EARLY));

	/* fixed maximum length, so format straight into the one allocation */
	result = palloc(FE_TSNS_MAXLEN + 1);
	fe_tsns_split(ns, &sec, &nsec);
	len = fe_tsns_format_split(sec, nsec, zone_offset(sec), result);
	result[len] = '\0';
	PG_RETURN_CSTRING(result);
}

/*
 * The cast to json, which to_json, to_jsonb and the json builders use: a
 * JSON string in RFC 3339 in the session time zone, as core writes a
 * timestamptz ("2024-06-01T00:13:22.301350996+00:00"), with up to nine
 * fraction digits, so Go's time.Time and core's timestamptz read it back
 * exactly; the infinities as core writes them.
 */
PG_FUNCTION_INFO_V1(timestamptz_ns_json);
Datum
timestamptz_ns_json(PG_FUNCTION_ARGS)
{
	int64		ns = PG_GETARG_INT64(0);
	char		buf[FE_TSNS_RFC3339_MAXLEN + 2];
	size_t		len;

	if (unlikely(!TSNS_IS_FINITE(ns)))
		PG_RETURN_TEXT_P(cstring_to_text(ns == FE_TSNS_NOEND ? "\"" LATE "\"" : "\"" EARLY "\""));
	{
		int64		sec;
		int32		nsec;

		fe_tsns_split(ns, &sec, &nsec);
		buf[0] = '"';
		len = 1 + fe_tsns_format_rfc3339(sec, nsec, zone_offset(sec), buf + 1);
		buf[len++] = '"';
	}
	PG_RETURN_TEXT_P(cstring_to_text_with_len(buf, (int) len));
}

/* Read a timestamptz_ns from its binary form: int64 nanoseconds, big-endian */
PG_FUNCTION_INFO_V1(timestamptz_ns_recv);
Datum
timestamptz_ns_recv(PG_FUNCTION_ARGS)
{
	StringInfo	buf = (StringInfo) PG_GETARG_POINTER(0);

	/* every int64 is a value: INT64_MIN and INT64_MAX are the infinities */
	int64		result;

	if (!round_to_typmod(pq_getmsgint64(buf), CALL_TYPMOD(fcinfo), &result))
		range_error();
	PG_RETURN_INT64(result);
}

/* Write a timestamptz_ns in its binary form */
PG_FUNCTION_INFO_V1(timestamptz_ns_send);
Datum
timestamptz_ns_send(PG_FUNCTION_ARGS)
{
	bytea	   *result = (bytea *) palloc(VARHDRSZ + sizeof(int64));

	/* the one allocation, of the exact size (pq_begintypsend would take 1 kB) */
	SET_VARSIZE(result, VARHDRSZ + sizeof(int64));
	fe_store_be64((uint8 *) VARDATA(result), (uint64) PG_GETARG_INT64(0));
	PG_RETURN_BYTEA_P(result);
}

/*
 * Comparison
 */

#define TSNS_CMP_FUNC(name, op) \
PG_FUNCTION_INFO_V1(name); \
Datum \
name(PG_FUNCTION_ARGS) \
{ \
	PG_RETURN_BOOL(PG_GETARG_INT64(0) op PG_GETARG_INT64(1)); \
}

TSNS_CMP_FUNC(timestamptz_ns_lt, <)
TSNS_CMP_FUNC(timestamptz_ns_le, <=)
TSNS_CMP_FUNC(timestamptz_ns_eq, ==)
TSNS_CMP_FUNC(timestamptz_ns_ne, !=)
TSNS_CMP_FUNC(timestamptz_ns_ge, >=)
TSNS_CMP_FUNC(timestamptz_ns_gt, >)

/* Three-way comparison for btree */
PG_FUNCTION_INFO_V1(timestamptz_ns_cmp);
Datum
timestamptz_ns_cmp(PG_FUNCTION_ARGS)
{
	int64		a = PG_GETARG_INT64(0);
	int64		b = PG_GETARG_INT64(1);

	PG_RETURN_INT32(a < b ? -1 : a > b);
}

#if PG_VERSION_NUM < 150000
static int
ssup_datum_signed_cmp(Datum x, Datum y, SortSupport ssup)
{
	int64		a = DatumGetInt64(x);
	int64		b = DatumGetInt64(y);

	return a < b ? -1 : a > b;
}
#endif

/* Sort support: compare the values themselves, no calls through fmgr */
PG_FUNCTION_INFO_V1(timestamptz_ns_sortsupport);
Datum
timestamptz_ns_sortsupport(PG_FUNCTION_ARGS)
{
	SortSupport ssup = (SortSupport) PG_GETARG_POINTER(0);

	ssup->comparator = ssup_datum_signed_cmp;
	PG_RETURN_VOID();
}

/* The later of two values, for max() */
PG_FUNCTION_INFO_V1(timestamptz_ns_larger);
Datum
timestamptz_ns_larger(PG_FUNCTION_ARGS)
{
	PG_RETURN_INT64(Max(PG_GETARG_INT64(0), PG_GETARG_INT64(1)));
}

/* The earlier of two values, for min() */
PG_FUNCTION_INFO_V1(timestamptz_ns_smaller);
Datum
timestamptz_ns_smaller(PG_FUNCTION_ARGS)
{
	PG_RETURN_INT64(Min(PG_GETARG_INT64(0), PG_GETARG_INT64(1)));
}

/*
 * Against timestamptz: exactly, without rounding either side.  A
 * timestamptz beyond timestamptz_ns's finite range sorts between its
 * finite values and its infinities, as it should.
 */
static int
cmp_tsns_usec(int64 ns, TimestampTz us, int32 us_rem)
{
	int32		rem;
	TimestampTz nus;

	if (us == DT_NOBEGIN)
		return ns == FE_TSNS_NOBEGIN ? 0 : 1;
	if (us == DT_NOEND)
		return ns == FE_TSNS_NOEND ? 0 : -1;
	if (ns == FE_TSNS_NOBEGIN)
		return -1;
	if (ns == FE_TSNS_NOEND)
		return 1;
	nus = usec_floor(ns, &rem);
	if (nus != us)
		return nus < us ? -1 : 1;
	return rem < us_rem ? -1 : rem > us_rem;
}

#define TSNS_TSTZ_CMP_FUNC(opname, op) \
PG_FUNCTION_INFO_V1(timestamptz_ns_##opname##_timestamptz); \
Datum \
timestamptz_ns_##opname##_timestamptz(PG_FUNCTION_ARGS) \
{ \
	PG_RETURN_BOOL(cmp_tsns_usec(PG_GETARG_INT64(0), PG_GETARG_TIMESTAMPTZ(1), 0) op 0); \
} \
PG_FUNCTION_INFO_V1(timestamptz_##opname##_timestamptz_ns); \
Datum \
timestamptz_##opname##_timestamptz_ns(PG_FUNCTION_ARGS) \
{ \
	PG_RETURN_BOOL(0 op cmp_tsns_usec(PG_GETARG_INT64(1), PG_GETARG_TIMESTAMPTZ(0), 0)); \
}

TSNS_TSTZ_CMP_FUNC(lt, <)
TSNS_TSTZ_CMP_FUNC(le, <=)
TSNS_TSTZ_CMP_FUNC(eq, ==)
TSNS_TSTZ_CMP_FUNC(ne, !=)
TSNS_TSTZ_CMP_FUNC(ge, >=)
TSNS_TSTZ_CMP_FUNC(gt, >)

/* Three-way comparison of a timestamptz_ns with a timestamptz */
PG_FUNCTION_INFO_V1(timestamptz_ns_cmp_timestamptz);
Datum
timestamptz_ns_cmp_timestamptz(PG_FUNCTION_ARGS)
{
	PG_RETURN_INT32(cmp_tsns_usec(PG_GETARG_INT64(0), PG_GETARG_TIMESTAMPTZ(1), 0));
}

/* Three-way comparison of a timestamptz with a timestamptz_ns */
PG_FUNCTION_INFO_V1(timestamptz_cmp_timestamptz_ns);
Datum
timestamptz_cmp_timestamptz_ns(PG_FUNCTION_ARGS)
{
	PG_RETURN_INT32(-cmp_tsns_usec(PG_GETARG_INT64(1), PG_GETARG_TIMESTAMPTZ(0), 0));
}

/*
 * Hashing: the hash of int8 over the same 64 bits, PostgreSQL's own.
 */

static inline uint32
fold64(int64 v)
{
	uint32		lo = (uint32) v;
	uint32		hi = (uint32) ((uint64) v >> 32);

	return lo ^ (v >= 0 ? hi : ~hi);
}

/* Hash a timestamptz_ns for hash indexes and hash joins */
PG_FUNCTION_INFO_V1(timestamptz_ns_hash);
Datum
timestamptz_ns_hash(PG_FUNCTION_ARGS)
{
	return hash_uint32(fold64(PG_GETARG_INT64(0)));
}

/* Hash a timestamptz_ns with a seed, for hash partitioning */
PG_FUNCTION_INFO_V1(timestamptz_ns_hash_extended);
Datum
timestamptz_ns_hash_extended(PG_FUNCTION_ARGS)
{
	return hash_uint32_extended(fold64(PG_GETARG_INT64(0)), PG_GETARG_INT64(1));
}

/*
 * Calendar arithmetic, in the session time zone like timestamptz: the
 * microseconds go through PostgreSQL's timestamptz code, the nanoseconds
 * below them ride along.
 */

static int64
add_interval(int64 ns, Interval *span, bool subtract)
{
	int32		rem;
	TimestampTz us = usec_split(ns, &rem);
	int64		result;

	us = DatumGetTimestampTz(DirectFunctionCall2(subtract ? timestamptz_mi_interval : timestamptz_pl_interval,
												 TimestampTzGetDatum(us),
												 IntervalPGetDatum(span)));
	if (!usec_join(us, rem, &result))
		range_error();
	return result;
}

/* timestamptz_ns + interval */
PG_FUNCTION_INFO_V1(timestamptz_ns_pl_interval);
Datum
timestamptz_ns_pl_interval(PG_FUNCTION_ARGS)
{
	PG_RETURN_INT64(add_interval(PG_GETARG_INT64(0), PG_GETARG_INTERVAL_P(1), false));
}

/* interval + timestamptz_ns */
PG_FUNCTION_INFO_V1(interval_pl_timestamptz_ns);
Datum
interval_pl_timestamptz_ns(PG_FUNCTION_ARGS)
{
	PG_RETURN_INT64(add_interval(PG_GETARG_INT64(1), PG_GETARG_INTERVAL_P(0), false));
}

/* timestamptz_ns - interval */
PG_FUNCTION_INFO_V1(timestamptz_ns_mi_interval);
Datum
timestamptz_ns_mi_interval(PG_FUNCTION_ARGS)
{
	PG_RETURN_INT64(add_interval(PG_GETARG_INT64(0), PG_GETARG_INTERVAL_P(1), true));
}

/*
 * timestamptz_ns - timestamptz_ns: an interval, so rounded (half up) to the
 * microsecond, with whole days split off as timestamptz does.
 */
PG_FUNCTION_INFO_V1(timestamptz_ns_mi);
Datum
timestamptz_ns_mi(PG_FUNCTION_ARGS)
{
	int64		a = PG_GETARG_INT64(0);
	int64		b = PG_GETARG_INT64(1);
	int32		arem,
				brem;
	int64		diff;
	Interval   *result;

	if (!TSNS_IS_FINITE(a) || !TSNS_IS_FINITE(b))
		return DirectFunctionCall2(timestamp_mi,
								   TimestampTzGetDatum(usec_split(a, &arem)),
								   TimestampTzGetDatum(usec_split(b, &brem)));

	diff = usec_floor(a, &arem) - usec_floor(b, &brem);
	if (arem - brem >= 500)
		diff++;
	else if (arem - brem < -500)
		diff--;

	result = (Interval *) palloc(sizeof(Interval));
	result->month = 0;
	result->day = (int32) (diff / USECS_PER_DAY);
	result->time = diff - result->day * USECS_PER_DAY;
	PG_RETURN_INTERVAL_P(result);
}

/* Sign of an interval, comparing as PostgreSQL does (a month is 30 days) */
static int
interval_sign(const Interval *span)
{
#ifdef HAVE_INT128
	int128		v = (int128) span->month * (30 * USECS_PER_DAY) +
		(int128) span->day * USECS_PER_DAY + span->time;
#else
	double		v = (double) span->month * (30.0 * USECS_PER_DAY) +
		(double) span->day * USECS_PER_DAY + (double) span->time;
#endif

	return v < 0 ? -1 : v > 0;
}

/*
 * in_range support for RANGE BETWEEN ... PRECEDING/FOLLOWING window frames:
 * is val <= base +/- offset (or >=)?  The sum is computed in timestamptz's
 * wider range, so it cannot overflow ours.
 */
PG_FUNCTION_INFO_V1(in_range_timestamptz_ns_interval);
Datum
in_range_timestamptz_ns_interval(PG_FUNCTION_ARGS)
{
	int64		val = PG_GETARG_INT64(0);
	int64		base = PG_GETARG_INT64(1);
	Interval   *offset = PG_GETARG_INTERVAL_P(2);
	bool		sub = PG_GETARG_BOOL(3);
	bool		less = PG_GETARG_BOOL(4);
	int32		rem;
	TimestampTz sum;
	int			c;

	if (interval_sign(offset) < 0)
		ereport(ERROR,
				(errcode(ERRCODE_INVALID_PRECEDING_OR_FOLLOWING_SIZE),
				 errmsg("invalid preceding or following size in window function")));
#if PG_VERSION_NUM >= 170000
	/* as core from 17: every value lies within an infinite offset of an infinity */
	if (INTERVAL_IS_NOEND(offset) && (sub ? base == FE_TSNS_NOEND : base == FE_TSNS_NOBEGIN))
		PG_RETURN_BOOL(true);
#endif

	sum = DatumGetTimestampTz(DirectFunctionCall2(sub ? timestamptz_mi_interval : timestamptz_pl_interval,
												  TimestampTzGetDatum(usec_split(base, &rem)),
												  IntervalPGetDatum(offset)));
	c = cmp_tsns_usec(val, sum, TIMESTAMP_NOT_FINITE(sum) ? 0 : rem);
	PG_RETURN_BOOL(less ? c <= 0 : c >= 0);
}

/*
 * Casts
 */

/* A timestamptz that core computed with an overflow flag, as a timestamptz_ns */
static int64
from_usec_checked(TimestampTz us, int overflow)
{
	int64		result;

	if (overflow || !usec_join(us, 0, &result))
		range_error();
	return result;
}

/* timestamptz to timestamptz_ns: exact */
PG_FUNCTION_INFO_V1(timestamptz_timestamptz_ns);
Datum
timestamptz_timestamptz_ns(PG_FUNCTION_ARGS)
{
	PG_RETURN_INT64(from_usec_checked(PG_GETARG_TIMESTAMPTZ(0), 0));
}

static TimestampTz
to_timestamptz(int64 ns)
{
	if (ns == FE_TSNS_NOBEGIN)
		return DT_NOBEGIN;
	if (ns == FE_TSNS_NOEND)
		return DT_NOEND;
	return usec_round(ns);
}

/* timestamptz_ns to timestamptz: rounded half up to the microsecond */
PG_FUNCTION_INFO_V1(timestamptz_ns_timestamptz);
Datum
timestamptz_ns_timestamptz(PG_FUNCTION_ARGS)
{
	PG_RETURN_TIMESTAMPTZ(to_timestamptz(PG_GETARG_INT64(0)));
}

/* timestamp to timestamptz_ns: a local time in the session time zone */
PG_FUNCTION_INFO_V1(timestamp_timestamptz_ns);
Datum
timestamp_timestamptz_ns(PG_FUNCTION_ARGS)
{
	int			overflow = 0;
	TimestampTz us = timestamp2timestamptz_opt_overflow(PG_GETARG_TIMESTAMP(0), &overflow);

	PG_RETURN_INT64(from_usec_checked(us, overflow));
}

/* timestamptz_ns to timestamp: the local time in the session time zone, to the microsecond */
PG_FUNCTION_INFO_V1(timestamptz_ns_timestamp);
Datum
timestamptz_ns_timestamp(PG_FUNCTION_ARGS)
{
	int64		ns = PG_GETARG_INT64(0);
	TimestampTz us;

	if (!TSNS_IS_FINITE(ns))
		PG_RETURN_TIMESTAMP(ns == FE_TSNS_NOEND ? DT_NOEND : DT_NOBEGIN);
	us = usec_round(ns);
	/* the offset at the rounded instant, as timestamptz would take it */
	{
		int64		sec = (us + PG_EPOCH_USECS) / USECS_PER_SEC -
			((us + PG_EPOCH_USECS) % USECS_PER_SEC < 0);

		PG_RETURN_TIMESTAMP(us + (int64) zone_offset(sec) * USECS_PER_SEC);
	}
}

/* date to timestamptz_ns: its midnight in the session time zone */
PG_FUNCTION_INFO_V1(date_timestamptz_ns);
Datum
date_timestamptz_ns(PG_FUNCTION_ARGS)
{
	int			overflow = 0;
	TimestampTz us = date2timestamptz_opt_overflow(PG_GETARG_DATEADT(0), &overflow);

	PG_RETURN_INT64(from_usec_checked(us, overflow));
}

/* timestamptz_ns to date: the local date in the session time zone */
PG_FUNCTION_INFO_V1(timestamptz_ns_date);
Datum
timestamptz_ns_date(PG_FUNCTION_ARGS)
{
	int64		ns = PG_GETARG_INT64(0);
	int64		sec,
				local,
				days;
	int32		nsec;
	DateADT		result;

	if (ns == FE_TSNS_NOBEGIN)
		DATE_NOBEGIN(result);
	else if (ns == FE_TSNS_NOEND)
		DATE_NOEND(result);
	else
	{
		fe_tsns_split(ns, &sec, &nsec);
		local = sec + zone_offset(sec);
		days = local / SECS_PER_DAY - (local % SECS_PER_DAY < 0);
		result = (DateADT) (days - (POSTGRES_EPOCH_JDATE - UNIX_EPOCH_JDATE));
	}
	PG_RETURN_DATEADT(result);
}

/*
 * Functions
 */

/* The wall clock, to the nanosecond */
PG_FUNCTION_INFO_V1(clock_timestamp_ns);
Datum
clock_timestamp_ns(PG_FUNCTION_ARGS)
{
	struct timespec ts;

	if (clock_gettime(CLOCK_REALTIME, &ts) != 0)
		elog(ERROR, "could not read the system clock: %m");
	PG_RETURN_INT64((int64) ts.tv_sec * FE_NS_PER_SEC + ts.tv_nsec);
}

/*
 * to_timestamptz_ns(bigint) and epoch_ns(timestamptz_ns): the value is the
 * integer, Go's UnixNano(), so both are the identity (INT64_MIN and
 * INT64_MAX being the infinities).
 */
PG_FUNCTION_INFO_V1(to_timestamptz_ns);
Datum
to_timestamptz_ns(PG_FUNCTION_ARGS)
{
	PG_RETURN_INT64(PG_GETARG_INT64(0));
}

PG_FUNCTION_INFO_V1(epoch_ns);
Datum
epoch_ns(PG_FUNCTION_ARGS)
{
	PG_RETURN_INT64(PG_GETARG_INT64(0));
}

/* Seconds and nanoseconds since 1970, normalised like Go's time.Unix(sec, nsec) */
PG_FUNCTION_INFO_V1(to_timestamptz_ns_sec);
Datum
to_timestamptz_ns_sec(PG_FUNCTION_ARGS)
{
	int64		result;

	if (fe_tsns_from_sec(PG_GETARG_INT64(0), PG_GETARG_INT64(1), &result) != 0)
		range_error();
	PG_RETURN_INT64(result);
}

/* msg with core's name of timestamptz replaced by this type's, in a palloc'd copy */
static char *
replace_type_name(const char *msg)
{
	static const char core_name[] = "timestamp with time zone";
	StringInfoData buf;
	const char *p = msg,
			   *hit;

	initStringInfo(&buf);
	while ((hit = strstr(p, core_name)) != NULL)
	{
		appendBinaryStringInfo(&buf, p, (int) (hit - p));
		appendStringInfoString(&buf, TSNS_NAME);
		p = hit + sizeof(core_name) - 1;
	}
	appendStringInfoString(&buf, p);
	return buf.data;
}

/*
 * A units argument that this type's function refuses: the error core's
 * function for timestamptz raises for the same call, SQLSTATE, message and
 * hint, naming this type.  Core's own classification decides, so the
 * SQLSTATE is core's on every major (they differ between units and between
 * majors).  core_fn is called on a finite timestamptz with the same other
 * arguments; if it takes the unit, the unit is one this type lacks.
 */
static FE_NORETURN void
unit_error(FunctionCallInfo fcinfo, PGFunction core_fn, const char *lowunits)
{
	MemoryContext oldcontext = CurrentMemoryContext;
	ErrorData  *volatile edata = NULL;

	PG_TRY();
	{
		if (PG_NARGS() == 3)
			(void) DirectFunctionCall3(core_fn, PG_GETARG_DATUM(0), TimestampTzGetDatum(0),
									   PG_GETARG_DATUM(2));
		else
			(void) DirectFunctionCall2(core_fn, PG_GETARG_DATUM(0), TimestampTzGetDatum(0));
	}
	PG_CATCH();
	{
		MemoryContextSwitchTo(oldcontext);
		edata = CopyErrorData();
		FlushErrorState();
	}
	PG_END_TRY();

	if (edata == NULL)
		ereport(ERROR,
				(errcode(ERRCODE_FEATURE_NOT_SUPPORTED),
				 errmsg("unit \"%s\" not supported for type %s", lowunits, TSNS_NAME)));
	ereport(ERROR,
			(errcode(edata->sqlerrcode),
			 errmsg_internal("%s", replace_type_name(edata->message)),
			 edata->detail ? errdetail_internal("%s", replace_type_name(edata->detail)) : 0,
			 edata->hint ? errhint("%s", edata->hint) : 0));
	pg_unreachable();
}

/*
 * The unit a date_trunc/date_part argument names: UNIT_NANOSECOND,
 * UNIT_EPOCH, or a DTK_* unit; for any other, core_fn's error.
 */
static int
decode_unit(FunctionCallInfo fcinfo, PGFunction core_fn, char **lowunits_out)
{
	text	   *units = PG_GETARG_TEXT_PP(0);
	char	   *lowunits = downcase_truncate_identifier(VARDATA_ANY(units),
														VARSIZE_ANY_EXHDR(units),
														false);
	int			type,
				val;

	*lowunits_out = lowunits;
	if (strcmp(lowunits, "nanosecond") == 0 || strcmp(lowunits, "nanoseconds") == 0 ||
		strcmp(lowunits, "ns") == 0 || strcmp(lowunits, "nsec") == 0 ||
		strcmp(lowunits, "nsecs") == 0)
		return UNIT_NANOSECOND;
	type = DecodeUnits(0, lowunits, &val);
	if (type == UNKNOWN_FIELD)
		type = DecodeSpecial(0, lowunits, &val);
	if (type == UNITS)
		return val;
	if (type == RESERV && val == DTK_EPOCH)
		return UNIT_EPOCH;
	unit_error(fcinfo, core_fn, lowunits);
}

/* Whether date_trunc supports a unit (down to microsecond: timestamptz does the work) */
static bool
trunc_unit_ok(int unit)
{
	switch (unit)
	{
		case DTK_MILLENNIUM:
		case DTK_CENTURY:
		case DTK_DECADE:
		case DTK_YEAR:
		case DTK_QUARTER:
		case DTK_MONTH:
		case DTK_WEEK:
		case DTK_DAY:
		case DTK_HOUR:
		case DTK_MINUTE:
		case DTK_SECOND:
		case DTK_MILLISEC:
		case DTK_MICROSEC:
			return true;
		default:
			return false;
	}
}

/*
 * date_trunc(units, value [, zone]).  Every unit from microsecond up starts
 * on a whole microsecond, so the value's microseconds (floor) go to
 * timestamptz's date_trunc and the nanoseconds below are dropped.
 */
static Datum
trunc_common(FunctionCallInfo fcinfo, bool with_zone)
{
	text	   *units = PG_GETARG_TEXT_PP(0);
	int64		ns = PG_GETARG_INT64(1);
	PGFunction	core_fn = with_zone ? timestamptz_trunc_zone : timestamptz_trunc;
	char	   *lowunits;
	int			unit = decode_unit(fcinfo, core_fn, &lowunits);
	int32		rem;
	TimestampTz us;
	int64		result;

	if (unit == UNIT_NANOSECOND)
		PG_RETURN_INT64(ns);
	if (unit < 0 || !trunc_unit_ok(unit))
		unit_error(fcinfo, core_fn, lowunits);
	if (!TSNS_IS_FINITE(ns))
		PG_RETURN_INT64(ns);

	us = usec_floor(ns, &rem);
	if (with_zone)
		us = DatumGetTimestampTz(DirectFunctionCall3(timestamptz_trunc_zone,
													 PointerGetDatum(units),
													 TimestampTzGetDatum(us),
													 PG_GETARG_DATUM(2)));
	else
		us = DatumGetTimestampTz(DirectFunctionCall2(timestamptz_trunc,
													 PointerGetDatum(units),
													 TimestampTzGetDatum(us)));
	if (!usec_join(us, 0, &result))
		range_error();
	PG_RETURN_INT64(result);
}

/* date_trunc(units, timestamptz_ns): in the session time zone */
PG_FUNCTION_INFO_V1(timestamptz_ns_trunc);
Datum
timestamptz_ns_trunc(PG_FUNCTION_ARGS)
{
	return trunc_common(fcinfo, false);
}

/* date_trunc(units, timestamptz_ns, zone) */
PG_FUNCTION_INFO_V1(timestamptz_ns_trunc_zone);
Datum
timestamptz_ns_trunc_zone(PG_FUNCTION_ARGS)
{
	return trunc_common(fcinfo, true);
}

/*
 * date_part.  The fields that see below the microsecond (the seconds
 * fields, epoch, and "nanosecond") come from the nanoseconds, as a scaled
 * integer; every other field from timestamptz's date_part on the
 * microseconds.
 *
 * There is no extract(): EXTRACT(field FROM x) becomes a call of
 * pg_catalog.extract(), which a relocatable extension cannot add to.
 */

/* Whether a unit grows without bound, so that it is infinite at infinity */
static bool
unit_is_monotonic(int unit)
{
	switch (unit)
	{
		case UNIT_EPOCH:
		case DTK_YEAR:
		case DTK_DECADE:
		case DTK_CENTURY:
		case DTK_MILLENNIUM:
		case DTK_JULIAN:
		case DTK_ISOYEAR:
			return true;
		default:
			return false;
	}
}

/*
 * For the fields read to the nanosecond: the value as *scaled / 10^*decimals.
 * Returns false for every other field.
 */
static bool
part_scaled(int unit, int64 ns, int64 *scaled, int *decimals)
{
	int64		sec,
				local_sec;
	int32		nsec;

	if (unit == UNIT_EPOCH)
	{
		*scaled = ns;
		*decimals = 9;
		return true;
	}
	if (unit != UNIT_NANOSECOND && unit != DTK_SECOND && unit != DTK_MILLISEC &&
		unit != DTK_MICROSEC)
		return false;

	/* the second of the minute, in local time: some zones' offsets have seconds */
	fe_tsns_split(ns, &sec, &nsec);
	local_sec = (sec + zone_offset(sec)) % 60;
	if (local_sec < 0)
		local_sec += 60;
	*scaled = local_sec * FE_NS_PER_SEC + nsec;
	*decimals = unit == UNIT_NANOSECOND ? 0 : unit == DTK_MICROSEC ? 3 :
		unit == DTK_MILLISEC ? 6 : 9;
	return true;
}

/* date_part(field, timestamptz_ns): double precision */
PG_FUNCTION_INFO_V1(timestamptz_ns_part);
Datum
timestamptz_ns_part(PG_FUNCTION_ARGS)
{
	static const double scale[10] = {1, 1e1, 1e2, 1e3, 1e4, 1e5, 1e6, 1e7, 1e8, 1e9};
	text	   *units = PG_GETARG_TEXT_PP(0);
	int64		ns = PG_GETARG_INT64(1);
	char	   *lowunits;
	int			unit = decode_unit(fcinfo, timestamptz_part, &lowunits);
	int64		scaled;
	int			decimals;
	int32		rem;

	if (!TSNS_IS_FINITE(ns))
	{
		/* as timestamptz: units that only grow are infinite, the rest NULL */
		if (unit_is_monotonic(unit))
			PG_RETURN_FLOAT8(ns == FE_TSNS_NOEND ? get_float8_infinity() : -get_float8_infinity());
		PG_RETURN_NULL();
	}
	if (part_scaled(unit, ns, &scaled, &decimals))
	{
		/* split first: the whole int64 does not fit a double exactly */
		int64		whole = scaled / (int64) scale[decimals];
		int64		frac = scaled % (int64) scale[decimals];

		PG_RETURN_FLOAT8((double) whole + (double) frac / scale[decimals]);
	}
	return DirectFunctionCall2(timestamptz_part, PointerGetDatum(units),
							   TimestampTzGetDatum(usec_floor(ns, &rem)));
}

/*
 * date_bin(stride, source, origin): the start of the stride-wide bin, counted
 * from origin, that holds source.  Exact to the nanosecond; no time zone.
 */
/* as core's date_bin says it, with its SQLSTATE */
static FE_NORETURN void
stride_error(void)
{
	ereport(ERROR,
			(errcode(ERRCODE_DATETIME_VALUE_OUT_OF_RANGE),
			 errmsg("stride must be greater than zero")));
}

/*
 * origin + floor((source - origin) / stride) * stride, exact whenever the
 * result is in range and a range error otherwise: the difference of two
 * timestamptz_ns and a stride of any interval fit 128 bits.  Without 128-bit
 * integers each step is overflow-checked, and a step that overflows is a
 * range error (a few calls near the ends of the range are refused then).
 */
static int64
bin_exact(const Interval *stride, int64 source, int64 origin)
{
#ifdef HAVE_INT128
	int128		s = (int128) stride->day * (USECS_PER_DAY * 1000) + (int128) stride->time * 1000;
	int128		d = (int128) source - origin;
	int128		q,
				r;

	if (s <= 0)
		stride_error();
	q = d / s;
	if (d % s < 0)
		q--;
	r = (int128) origin + q * s;
	if (r <= FE_TSNS_NOBEGIN || r >= FE_TSNS_NOEND)
		range_error();
	return (int64) r;
#else
	int64		s,
				d,
				m,
				r;

	if (pg_mul_s64_overflow(stride->day, USECS_PER_DAY, &s) ||
		pg_add_s64_overflow(s, stride->time, &s) ||
		pg_mul_s64_overflow(s, 1000, &s))
		range_error();
	if (s <= 0)
		stride_error();
	if (pg_sub_s64_overflow(source, origin, &d))
		range_error();
	m = d % s;
	if (pg_sub_s64_overflow(d, m, &d) ||
		(m < 0 && pg_sub_s64_overflow(d, s, &d)) ||
		pg_add_s64_overflow(origin, d, &r) || !TSNS_IS_FINITE(r))
		range_error();
	return r;
#endif
}

PG_FUNCTION_INFO_V1(timestamptz_ns_bin);
Datum
timestamptz_ns_bin(PG_FUNCTION_ARGS)
{
	Interval   *stride = PG_GETARG_INTERVAL_P(0);
	int64		source = PG_GETARG_INT64(1);
	int64		origin = PG_GETARG_INT64(2);

	if (!TSNS_IS_FINITE(source))
		PG_RETURN_INT64(source);
	if (!TSNS_IS_FINITE(origin))
		ereport(ERROR,
				(errcode(ERRCODE_DATETIME_VALUE_OUT_OF_RANGE),
				 errmsg("origin out of range")));
#if PG_VERSION_NUM >= 170000
	if (INTERVAL_NOT_FINITE(stride))
		ereport(ERROR,
				(errcode(ERRCODE_FEATURE_NOT_SUPPORTED),
				 errmsg("timestamps cannot be binned into infinite intervals")));
#endif
	if (stride->month != 0)
		ereport(ERROR,
				(errcode(ERRCODE_FEATURE_NOT_SUPPORTED),
				 errmsg("timestamps cannot be binned into intervals containing months or years")));
	PG_RETURN_INT64(bin_exact(stride, source, origin));
}

/* timestamptz_ns(p): p from 0 to 9, more reduced to 9 with a warning, as core does */
PG_FUNCTION_INFO_V1(timestamptz_ns_typmod_in);
Datum
timestamptz_ns_typmod_in(PG_FUNCTION_ARGS)
{
	ArrayType  *ta = PG_GETARG_ARRAYTYPE_P(0);
	int32	   *tl;
	int			n;

	tl = ArrayGetIntegerTypmods(ta, &n);
	if (n != 1)
		ereport(ERROR,
				(errcode(ERRCODE_INVALID_PARAMETER_VALUE),
				 errmsg("invalid type modifier")));
	if (*tl < 0)
		ereport(ERROR,
				(errcode(ERRCODE_INVALID_PARAMETER_VALUE),
				 errmsg("%s(%d) precision must not be negative", TSNS_NAME, *tl)));
	if (*tl > 9)
	{
		ereport(WARNING,
				(errcode(ERRCODE_INVALID_PARAMETER_VALUE),
				 errmsg("%s(%d) precision reduced to maximum allowed, %d", TSNS_NAME, *tl, 9)));
		PG_RETURN_INT32(9);
	}
	PG_RETURN_INT32(*tl);
}

PG_FUNCTION_INFO_V1(timestamptz_ns_typmod_out);
Datum
timestamptz_ns_typmod_out(PG_FUNCTION_ARGS)
{
	int32		typmod = PG_GETARG_INT32(0);

	PG_RETURN_CSTRING(typmod >= 0 ? psprintf("(%d)", typmod) : pstrdup(""));
}

/* timestamptz_ns(value, p): the cast to timestamptz_ns(p), on assignment and by casts */
PG_FUNCTION_INFO_V1(timestamptz_ns_scale);
Datum
timestamptz_ns_scale(PG_FUNCTION_ARGS)
{
	int64		result;

	if (!round_to_typmod(PG_GETARG_INT64(0), PG_GETARG_INT32(1), &result))
		range_error();
	PG_RETURN_INT64(result);
}

/*
 * to_char(timestamptz_ns, format): core's to_char on the value's microsecond
 * (floor, so every field is the value's own), with FF7, FF8 and FF9 (seven
 * to nine fraction digits, which core does not have) written as FF6 and the
 * digits below the microsecond in double quotes.  The format is scanned as
 * core scans it: text in double quotes is literal (a backslash escapes the
 * next character there), and \" outside them is a literal quote.  The "F"
 * of OF (the UTC offset) does not start an FF.
 */
PG_FUNCTION_INFO_V1(timestamptz_ns_to_char);
Datum
timestamptz_ns_to_char(PG_FUNCTION_ARGS)
{
	int64		ns = PG_GETARG_INT64(0);
	text	   *fmt = PG_GETARG_TEXT_PP(1);
	const char *f = VARDATA_ANY(fmt);
	int			len = VARSIZE_ANY_EXHDR(fmt);
	int32		rem;
	TimestampTz us;
	StringInfoData buf;
	bool		inquote = false;
	int			copied = 0;
	Datum		result;
	LOCAL_FCINFO(core, 2);

	if (!TSNS_IS_FINITE(ns))
		PG_RETURN_NULL();		/* as core: no text for an infinity */
	us = usec_floor(ns, &rem);

	buf.data = NULL;
	for (int i = 0; i < len; i++)
	{
		char		c = f[i];

		if (inquote)
		{
			if (c == '\\' && i + 1 < len)
				i++;
			else if (c == '"')
				inquote = false;
			continue;
		}
		if (c == '\\' && i + 1 < len && f[i + 1] == '"')
		{
			i++;
			continue;
		}
		if (c == '"')
		{
			inquote = true;
			continue;
		}
		if ((c == 'F' || c == 'f') && i + 2 < len && (f[i + 1] == 'F' || f[i + 1] == 'f') &&
			f[i + 2] >= '7' && f[i + 2] <= '9' &&
			!(i > 0 && (f[i - 1] == 'O' || f[i - 1] == 'o')))
		{
			int			digits = f[i + 2] - '6';
			char		sub[4];

			if (buf.data == NULL)
				initStringInfo(&buf);
			appendBinaryStringInfo(&buf, f + copied, i - copied);
			appendBinaryStringInfo(&buf, f + i, 2);		/* FF or ff, as written */
			sub[0] = (char) ('0' + rem / 100);
			sub[1] = (char) ('0' + rem / 10 % 10);
			sub[2] = (char) ('0' + rem % 10);
			appendStringInfo(&buf, "6\"%.*s\"", digits, sub);
			i += 2;
			copied = i + 1;
		}
	}
	if (buf.data != NULL)
	{
		appendBinaryStringInfo(&buf, f + copied, len - copied);
		fmt = cstring_to_text_with_len(buf.data, buf.len);
	}

	InitFunctionCallInfoData(*core, NULL, 2, PG_GET_COLLATION(), NULL, NULL);
	core->args[0].value = TimestampTzGetDatum(us);
	core->args[0].isnull = false;
	core->args[1].value = PointerGetDatum(fmt);
	core->args[1].isnull = false;
	result = timestamptz_to_char(core);
	if (core->isnull)
		PG_RETURN_NULL();
	PG_RETURN_DATUM(result);
}

/* isfinite(timestamptz_ns): neither infinity */
PG_FUNCTION_INFO_V1(timestamptz_ns_isfinite);
Datum
timestamptz_ns_isfinite(PG_FUNCTION_ARGS)
{
	PG_RETURN_BOOL(TSNS_IS_FINITE(PG_GETARG_INT64(0)));
}

/*
 * age(a, b) and age(a): an interval of years, months and days, as core's age
 * on the values rounded half up to the microsecond, which an interval holds
 */
PG_FUNCTION_INFO_V1(timestamptz_ns_age);
Datum
timestamptz_ns_age(PG_FUNCTION_ARGS)
{
	return DirectFunctionCall2(timestamptz_age,
							   TimestampTzGetDatum(to_timestamptz(PG_GETARG_INT64(0))),
							   TimestampTzGetDatum(to_timestamptz(PG_GETARG_INT64(1))));
}

/* age(a): from midnight of the current date in the session time zone */
PG_FUNCTION_INFO_V1(timestamptz_ns_age_today);
Datum
timestamptz_ns_age_today(PG_FUNCTION_ARGS)
{
	Datum		today = DirectFunctionCall1(date_timestamptz, DateADTGetDatum(GetSQLCurrentDate()));

	return DirectFunctionCall2(timestamptz_age, today,
							   TimestampTzGetDatum(to_timestamptz(PG_GETARG_INT64(0))));
}

/*
 * make_timestamptz_ns(year, month, mday, hour, min, sec [, zone]): as core's
 * make_timestamptz, which also validates the fields and raises its errors,
 * with sec read to the nanosecond.  Core is given the seconds cut to the
 * microsecond, so that it resolves the local time in the zone on the right
 * side of any change of offset, and the nanoseconds below are added after.
 */
static Datum
make_common(FunctionCallInfo fcinfo)
{
	float8		sec = PG_GETARG_FLOAT8(5);
	float8		usec_floor_ = floor(sec * 1000000);
	int64		result;
	TimestampTz us;
	LOCAL_FCINFO(core, 7);
	int			n = PG_NARGS();

	/* first core's own call, for its checks and errors on the fields as given */
	InitFunctionCallInfoData(*core, NULL, n, InvalidOid, NULL, NULL);
	for (int i = 0; i < n; i++)
	{
		core->args[i].value = PG_GETARG_DATUM(i);
		core->args[i].isnull = false;
	}
	(void) (n == 7 ? make_timestamptz_at_timezone(core) : make_timestamptz(core));
	if (isnan(sec) || isinf(sec))
		range_error();

	core->args[5].value = Float8GetDatum(usec_floor_ / 1000000);
	core->isnull = false;
	us = DatumGetTimestampTz(n == 7 ? make_timestamptz_at_timezone(core) : make_timestamptz(core));
	if (!usec_join(us, (int32) (llround(sec * 1e9) - (int64) usec_floor_ * 1000), &result))
		range_error();
	PG_RETURN_INT64(result);
}

PG_FUNCTION_INFO_V1(make_timestamptz_ns);
Datum
make_timestamptz_ns(PG_FUNCTION_ARGS)
{
	return make_common(fcinfo);
}

PG_FUNCTION_INFO_V1(make_timestamptz_ns_at_timezone);
Datum
make_timestamptz_ns_at_timezone(PG_FUNCTION_ARGS)
{
	return make_common(fcinfo);
}

/*
 * generate_series(start, stop, step)
 */
typedef struct series_state
{
	int64		current;
	int64		finish;
	Interval	step;
	int			step_sign;
	bool		done;
} series_state;

PG_FUNCTION_INFO_V1(generate_series_timestamptz_ns);
Datum
generate_series_timestamptz_ns(PG_FUNCTION_ARGS)
{
	FuncCallContext *funcctx;
	series_state *st;

	if (SRF_IS_FIRSTCALL())
	{
		MemoryContext oldcontext;

		funcctx = SRF_FIRSTCALL_INIT();
		oldcontext = MemoryContextSwitchTo(funcctx->multi_call_memory_ctx);
		st = (series_state *) palloc(sizeof(series_state));
		st->current = PG_GETARG_INT64(0);
		st->finish = PG_GETARG_INT64(1);
		st->step = *PG_GETARG_INTERVAL_P(2);
		st->step_sign = interval_sign(&st->step);
		st->done = false;
		if (st->step_sign == 0)
			ereport(ERROR,
					(errcode(ERRCODE_INVALID_PARAMETER_VALUE),
					 errmsg("step size cannot equal zero")));
#if PG_VERSION_NUM >= 170000
		/* infinite intervals exist from 17 on; core refuses them as steps */
		if (INTERVAL_NOT_FINITE(&st->step))
			ereport(ERROR,
					(errcode(ERRCODE_INVALID_PARAMETER_VALUE),
					 errmsg("step size cannot be infinite")));
#endif
		funcctx->user_fctx = st;
		MemoryContextSwitchTo(oldcontext);
	}

	funcctx = SRF_PERCALL_SETUP();
	st = (series_state *) funcctx->user_fctx;
	if (!st->done &&
		(st->step_sign > 0 ? st->current <= st->finish : st->current >= st->finish))
	{
		int64		result = st->current;
		int32		rem;
		TimestampTz us = usec_split(result, &rem);

		/* the next value; past the end of the range, the series is over */
		us = DatumGetTimestampTz(DirectFunctionCall2(timestamptz_pl_interval,
													 TimestampTzGetDatum(us),
													 IntervalPGetDatum(&st->step)));
		if (!usec_join(us, rem, &st->current) || st->current == result)
			st->done = true;
		SRF_RETURN_NEXT(funcctx, Int64GetDatum(result));
	}
	SRF_RETURN_DONE(funcctx);
}
