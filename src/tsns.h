/*
 * tsns.h
 *	  What the files of the timestamptz_ns type share: its representation,
 *	  conversions to and from PostgreSQL's microseconds, range errors, and
 *	  the session time zone's offsets (tsns_zone.c).
 *
 * A value is an int64 count of nanoseconds since 1970-01-01 00:00:00 UTC
 * (Go's UnixNano()), passed by value; INT64_MIN and INT64_MAX are -infinity
 * and infinity.  Parsing and formatting live in core/tsns_codec.c; the files
 * here are the fmgr glue, which hands the microsecond part to PostgreSQL's
 * own timestamptz code wherever core's answer is wanted and carries the
 * nanoseconds below it along unchanged.
 *
 * The files, split as core splits timestamp.c, formatting.c and
 * datetime.c: tsns.c the type (text, JSON and binary I/O, the precision
 * modifier), tsns_cmp.c comparison and hashing, tsns_cast.c the casts,
 * tsns_arith.c interval arithmetic, tsns_parse.c the bridge to PostgreSQL's
 * date/time parser, tsns_zone.c time zones (the session's offsets, zone
 * arguments, AT TIME ZONE), tsns_fields.c date_trunc, date_part and
 * EXTRACT, tsns_to_char.c to_char, tsns_funcs.c the other functions
 * (OVERLAPS, date_bin, age, make_timestamptz_ns, generate_series),
 * tsns_random.c random(), tsns_range.c the range type's casts,
 * tsns_compat.c the C names released scripts call.
 */
#ifndef FE_TSNS_H
#define FE_TSNS_H

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
#include "utils/numeric.h"
#include "utils/fmgrprotos.h"
#include "utils/sortsupport.h"
#include "utils/timestamp.h"

#include "core/fe_bits.h"
#include "core/tsns_codec.h"

#if SIZEOF_DATUM < 8
#error "timestamptz_ns is passed by value: it needs a 64-bit Datum"
#endif

#define TSNS_NAME "timestamptz_ns"

#define TSNS_IS_FINITE(ns)	FE_TSNS_IS_FINITE(ns)

/* From 1970-01-01 (ours) to 2000-01-01 (PostgreSQL's epoch) */
#define PG_EPOCH_SECS	((int64) (POSTGRES_EPOCH_JDATE - UNIX_EPOCH_JDATE) * SECS_PER_DAY)
#define PG_EPOCH_USECS	(PG_EPOCH_SECS * USECS_PER_SEC)

/* Which unit a units argument names: a DTK_* value, or these */
#define UNIT_NANOSECOND	(-1)
#define UNIT_EPOCH		(-2)

/* What every range error says of the range */
#define RANGE_DETAIL \
	errdetail("A %s is from 1677-09-21 00:12:43.145224193+00 to 2262-04-11 23:47:16.854775806+00, or an infinity.", TSNS_NAME)

extern FE_NORETURN void tsns_range_error(void);

/*
 * A date or a timestamp as the timestamptz it is in the session time zone,
 * *overflow -1 or 1 beyond timestamptz's range (tsns_cast.c)
 */
extern TimestampTz tsns_date_to_tstz(DateADT d, int *overflow);
extern TimestampTz tsns_timestamp_to_tstz(Timestamp ts, int *overflow);

/*
 * A timestamptz_ns against the timestamptz us plus us_rem nanoseconds,
 * exactly: -1, 0 or 1 (tsns_cmp.c)
 */
extern int	tsns_cmp_usec(int64 ns, TimestampTz us, int32 us_rem);

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

/* timestamptz microseconds plus rem ns (either sign) as ns; false if out of range */
static inline bool
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

/* The Unix second (floor) that holds timestamptz microseconds us */
static inline int64
usec_unix_second(TimestampTz us)
{
	int64		u = us + PG_EPOCH_USECS;

	return u / USECS_PER_SEC - (u % USECS_PER_SEC < 0);
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
	pg_tz	   *tz;				/* the zone this describes, or NULL */
	bool		fixed;			/* one offset for all time */
	int			n;				/* intervals, sorted by hi */
	int			cap;
	int			last;			/* the interval that answered last */
	zone_interval *iv;			/* in TopMemoryContext for the session zone */
} zone_cache;

extern zone_cache tsns_zone;

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

extern zone_memo *tsns_zone_memo;		/* ZONE_MAP_SIZE entries, in TopMemoryContext */

static inline zone_memo *
zone_memo_of(int64 t)
{
	return &tsns_zone_memo[(t >> ZONE_BUCKET_SHIFT) & (ZONE_MAP_SIZE - 1)];
}

extern int32 tsns_zone_offset_slow(int64 t);
extern void tsns_zone_cache_init(zone_cache *zc, pg_tz *tz, MemoryContext cxt);
extern int32 tsns_zone_cache_offset(zone_cache *zc, MemoryContext cxt, int64 t, int *found);
extern int64 tsns_local_to_utc(const fe_tsns_parsed *p);

/* The session zone's UTC offset (seconds east) at UTC second t */
static inline int32
zone_offset(int64 t)
{
	const zone_interval *iv = &tsns_zone.iv[tsns_zone.last];

	if (likely(tsns_zone.tz == session_timezone))
	{
		const zone_memo *m;

		if (likely(t >= iv->lo && t < iv->hi))
			return iv->gmtoff;
		m = zone_memo_of(t);
		if (m->bucket == (t >> ZONE_BUCKET_SHIFT) && t >= m->iv.lo && t < m->iv.hi)
			return m->iv.gmtoff;
	}
	return tsns_zone_offset_slow(t);
}


/*
 * A parse error: core's SQLSTATE and wording, naming this type where core's
 * message names none (a field or an offset out of range); soft where the
 * server has soft errors (tsns_parse.c)
 */
#if PG_VERSION_NUM >= 160000
extern void tsns_parse_error(int dterr, DateTimeErrorExtra *extra, const char *str,
							 FunctionCallInfo fcinfo);
#define parse_error(dterr, extra, str, fcinfo) tsns_parse_error(dterr, extra, str, fcinfo)
#else
extern void tsns_parse_error(int dterr, void *extra, const char *str, FunctionCallInfo fcinfo);
#define parse_error(dterr, extra, str, fcinfo) tsns_parse_error(dterr, NULL, str, fcinfo)
#endif

/* Every input form timestamptz accepts, through PostgreSQL's parser (tsns_parse.c) */
extern Datum tsns_parse_general(char *str, FunctionCallInfo fcinfo);

/* Shared by the type and its functions (tsns.c) */
extern TimestampTz tsns_round_to_tstz(int64 ns);
extern int64 tsns_from_usec_checked(TimestampTz us, int overflow);
extern int	tsns_interval_sign(const Interval *span);
extern int64 tsns_add_interval(int64 ns, Interval *span, bool subtract);
extern bool tsns_add_interval_in_zone(int64 ns, const Interval *span, bool subtract,
									  pg_tz *zone, int64 *result);
extern pg_tz *tsns_lookup_zone(text *zone);
extern pg_tz *tsns_call_zone(FunctionCallInfo fcinfo, text *zone);

#endif							/* FE_TSNS_H */
