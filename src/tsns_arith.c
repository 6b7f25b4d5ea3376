/*
 * tsns_arith.c
 *	  Arithmetic of timestamptz_ns: + and - of an interval (months and days
 *	  in the session time zone, or a given one, as core's date_add), the
 *	  difference of two, the range type's subtype difference, and in_range
 *	  for window frames.
 */
#include "tsns.h"
#include "tsns_arith.h"
#include "tsns_zone.h"

/*
 * Calendar arithmetic, in the session time zone like timestamptz: the
 * microseconds go through PostgreSQL's timestamptz code, the nanoseconds
 * below them ride along.
 */

int64
tsns_add_interval(int64 ns, Interval *span, bool subtract)
{
	int32		rem;
	TimestampTz us = usec_split(ns, &rem);
	int64		result;

	us = DatumGetTimestampTz(DirectFunctionCall2(subtract ? timestamptz_mi_interval : timestamptz_pl_interval,
												 TimestampTzGetDatum(us),
												 IntervalPGetDatum(span)));
	if (!usec_join(us, rem, &result))
		tsns_range_error();
	return result;
}

/*
 * The same with the calendar of a given zone, as core's date_add and
 * date_subtract with a zone (PostgreSQL 16 on) compute it: months, then
 * days, on the local date in that zone, each resolved back to UTC as a local
 * time is; then the time part, in elapsed microseconds.  Written out here so
 * that every major has it (core's own takes the zone only from 16 on).
 */
static TimestampTz
tstz_pl_interval_in_zone(TimestampTz ts, const Interval *span, pg_tz *zone)
{
	struct pg_tm tt,
			   *tm = &tt;
	fsec_t		fsec;
	int			tz;

#if PG_VERSION_NUM >= 170000
	if (INTERVAL_IS_NOBEGIN(span))
	{
		if (TIMESTAMP_IS_NOEND(ts))
			tsns_range_error();
		return DT_NOBEGIN;
	}
	if (INTERVAL_IS_NOEND(span))
	{
		if (TIMESTAMP_IS_NOBEGIN(ts))
			tsns_range_error();
		return DT_NOEND;
	}
#endif
	if (TIMESTAMP_NOT_FINITE(ts))
		return ts;

	if (span->month != 0)
	{
		int64		months;

		if (timestamp2tm(ts, &tz, tm, &fsec, NULL, zone) != 0)
			tsns_range_error();
		months = (int64) tm->tm_year * MONTHS_PER_YEAR + (tm->tm_mon - 1) + span->month;
		/* far outside the range: the year would not even fit an int */
		if (months < -1000000 * MONTHS_PER_YEAR || months > 1000000 * MONTHS_PER_YEAR)
			tsns_range_error();
		tm->tm_year = (int) (months / MONTHS_PER_YEAR - (months % MONTHS_PER_YEAR < 0));
		tm->tm_mon = (int) (months - (int64) tm->tm_year * MONTHS_PER_YEAR) + 1;
		/* the last day of a shorter month */
		if (tm->tm_mday > day_tab[isleap(tm->tm_year)][tm->tm_mon - 1])
			tm->tm_mday = day_tab[isleap(tm->tm_year)][tm->tm_mon - 1];
		tz = DetermineTimeZoneOffset(tm, zone);
		if (tm2timestamp(tm, fsec, &tz, &ts) != 0)
			tsns_range_error();
	}
	if (span->day != 0)
	{
		int64		julian;

		if (timestamp2tm(ts, &tz, tm, &fsec, NULL, zone) != 0)
			tsns_range_error();
		julian = (int64) date2j(tm->tm_year, tm->tm_mon, tm->tm_mday) + span->day;
		if (julian < 0 || julian > PG_INT32_MAX)
			tsns_range_error();
		j2date((int) julian, &tm->tm_year, &tm->tm_mon, &tm->tm_mday);
		tz = DetermineTimeZoneOffset(tm, zone);
		if (tm2timestamp(tm, fsec, &tz, &ts) != 0)
			tsns_range_error();
	}
	if (pg_add_s64_overflow(ts, span->time, &ts))
		tsns_range_error();
	return ts;
}

/*
 * ns + span (or - span) in zone's calendar, into *result; false if that is
 * outside timestamptz_ns's range
 */
bool
tsns_add_interval_in_zone(int64 ns, const Interval *span, bool subtract, pg_tz *zone,
						  int64 *result)
{
	int32		rem;
	TimestampTz us = usec_split(ns, &rem);
	Interval	neg;

	if (subtract)
	{
#if PG_VERSION_NUM >= 170000
		if (INTERVAL_IS_NOBEGIN(span))
			INTERVAL_NOEND(&neg);
		else if (INTERVAL_IS_NOEND(span))
			INTERVAL_NOBEGIN(&neg);
		else
#endif
		{
			if (span->month == PG_INT32_MIN || span->day == PG_INT32_MIN ||
				span->time == PG_INT64_MIN)
				ereport(ERROR,
						(errcode(ERRCODE_DATETIME_VALUE_OUT_OF_RANGE),
						 errmsg("interval out of range")));
			neg.month = -span->month;
			neg.day = -span->day;
			neg.time = -span->time;
		}
		span = &neg;
	}
	us = tstz_pl_interval_in_zone(us, span, zone);
	return usec_join(us, TIMESTAMP_NOT_FINITE(us) ? 0 : rem, result);
}

static Datum
add_at_zone(FunctionCallInfo fcinfo, bool subtract)
{
	int64		result;

	if (!tsns_add_interval_in_zone(PG_GETARG_INT64(0), PG_GETARG_INTERVAL_P(1), subtract,
								   tsns_call_zone(fcinfo, PG_GETARG_TEXT_PP(2)), &result))
		tsns_range_error();
	PG_RETURN_INT64(result);
}

/* date_add(timestamptz_ns, interval, zone) and date_subtract */
PG_FUNCTION_INFO_V1(timestamptz_ns_pl_interval_at_zone);
Datum
timestamptz_ns_pl_interval_at_zone(PG_FUNCTION_ARGS)
{
	return add_at_zone(fcinfo, false);
}

/* date_subtract(timestamptz_ns, interval, zone): months and days counted in the given zone */
PG_FUNCTION_INFO_V1(timestamptz_ns_mi_interval_at_zone);
Datum
timestamptz_ns_mi_interval_at_zone(PG_FUNCTION_ARGS)
{
	return add_at_zone(fcinfo, true);
}

/* timestamptz_ns + interval */
PG_FUNCTION_INFO_V1(timestamptz_ns_pl_interval);
Datum
timestamptz_ns_pl_interval(PG_FUNCTION_ARGS)
{
	PG_RETURN_INT64(tsns_add_interval(PG_GETARG_INT64(0), PG_GETARG_INTERVAL_P(1), false));
}

/* interval + timestamptz_ns */
PG_FUNCTION_INFO_V1(interval_pl_timestamptz_ns);
Datum
interval_pl_timestamptz_ns(PG_FUNCTION_ARGS)
{
	PG_RETURN_INT64(tsns_add_interval(PG_GETARG_INT64(1), PG_GETARG_INTERVAL_P(0), false));
}

/* timestamptz_ns - interval */
PG_FUNCTION_INFO_V1(timestamptz_ns_mi_interval);
Datum
timestamptz_ns_mi_interval(PG_FUNCTION_ARGS)
{
	PG_RETURN_INT64(tsns_add_interval(PG_GETARG_INT64(0), PG_GETARG_INTERVAL_P(1), true));
}

/*
 * The subtype difference of tstzrange_ns, for GiST: seconds from b to a as
 * a float8, as core's tstzrange_subdiff gives them.  The difference is taken
 * in int64 (a float8 of today's nanoseconds steps by 128), and only where
 * that overflows, far apart or an infinity, in float8.
 */
PG_FUNCTION_INFO_V1(tstzrange_ns_subdiff);
Datum
tstzrange_ns_subdiff(PG_FUNCTION_ARGS)
{
	int64		a = PG_GETARG_INT64(0);
	int64		b = PG_GETARG_INT64(1);
	int64		d;

	if (pg_sub_s64_overflow(a, b, &d))
		PG_RETURN_FLOAT8(((float8) a - (float8) b) / 1e9);
	PG_RETURN_FLOAT8((float8) d / 1e9);
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
int
tsns_interval_sign(const Interval *span)
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

	if (tsns_interval_sign(offset) < 0)
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
	c = tsns_cmp_usec(val, sum, TIMESTAMP_NOT_FINITE(sum) ? 0 : rem);
	PG_RETURN_BOOL(less ? c <= 0 : c >= 0);
}

