/*
 * tsns.h
 *	  What the files of the timestamptz_ns type share: its representation,
 *	  conversions to and from PostgreSQL's microseconds, and range errors.
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
 * tsns_compat.c the C names released scripts call.  This header is what
 * they all share (the representation and its conversions to microseconds);
 * tsns_zone.h, tsns_parse.h and tsns_arith.h declare what one file offers
 * the others, and each file includes those it uses.
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
#if PG_VERSION_NUM >= 190000
#include "nodes/miscnodes.h"
#endif

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
 * with *overflow set to -1 or 1 where that is beyond timestamptz's range;
 * inline, as the comparisons with date and timestamp use them per row.
 * PostgreSQL 19 reports the overflow through a soft error instead; it can
 * only happen at the ends of the range, so the input's sign says which.
 */
#if PG_VERSION_NUM >= 190000
static inline TimestampTz
tsns_date_to_tstz(DateADT d, int *overflow)
{
	ErrorSaveContext escontext = {T_ErrorSaveContext};
	TimestampTz us = date2timestamptz_safe(d, (Node *) &escontext);

	if (escontext.error_occurred)
		*overflow = d < 0 ? -1 : 1;
	return us;
}

static inline TimestampTz
tsns_timestamp_to_tstz(Timestamp ts, int *overflow)
{
	ErrorSaveContext escontext = {T_ErrorSaveContext};
	TimestampTz us = timestamp2timestamptz_safe(ts, (Node *) &escontext);

	if (escontext.error_occurred)
		*overflow = ts < 0 ? -1 : 1;
	return us;
}
#else
#define tsns_date_to_tstz(d, overflow) date2timestamptz_opt_overflow((d), (overflow))
#define tsns_timestamp_to_tstz(ts, overflow) timestamp2timestamptz_opt_overflow((ts), (overflow))
#endif

/* A finite timestamptz_ns rounded half up to timestamptz (tsns_cast.c) */
extern TimestampTz tsns_round_to_tstz(int64 ns);
/* timestamptz microseconds as a timestamptz_ns, or the range error */
extern int64 tsns_from_usec_checked(TimestampTz us, int overflow);

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

#endif							/* FE_TSNS_H */
