/*
 * tsns_cast.c
 *	  Casts of timestamptz_ns: exactly from timestamptz, timestamp and date
 *	  (a local time in the session time zone), and to them, to time and to
 *	  timetz, rounded half up to the microsecond.
 */
#include "tsns.h"
#include "tsns_zone.h"

/*
 * Casts
 */

/* A timestamptz that core computed with an overflow flag, as a timestamptz_ns */
int64
tsns_from_usec_checked(TimestampTz us, int overflow)
{
	int64		result;

	if (overflow || !usec_join(us, 0, &result))
		tsns_range_error();
	return result;
}

/* timestamptz to timestamptz_ns: exact */
PG_FUNCTION_INFO_V1(timestamptz_timestamptz_ns);
Datum
timestamptz_timestamptz_ns(PG_FUNCTION_ARGS)
{
	PG_RETURN_INT64(tsns_from_usec_checked(PG_GETARG_TIMESTAMPTZ(0), 0));
}

TimestampTz
tsns_round_to_tstz(int64 ns)
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
	PG_RETURN_TIMESTAMPTZ(tsns_round_to_tstz(PG_GETARG_INT64(0)));
}

/*
 * timestamptz_ns to time and to timetz: the time of day in the session time
 * zone, as core's casts from timestamptz, on the value rounded half up to the
 * microsecond (all a time holds); NULL for an infinity, as core
 */
static Datum
time_of_day(FunctionCallInfo fcinfo, PGFunction core_cast)
{
	int64		ns = PG_GETARG_INT64(0);

	if (!TSNS_IS_FINITE(ns))
		PG_RETURN_NULL();
	return DirectFunctionCall1(core_cast, TimestampTzGetDatum(tsns_round_to_tstz(ns)));
}

/* timestamptz_ns to time: the time of day in the session time zone, to the microsecond */
PG_FUNCTION_INFO_V1(timestamptz_ns_time);
Datum
timestamptz_ns_time(PG_FUNCTION_ARGS)
{
	return time_of_day(fcinfo, timestamptz_time);
}

/* timestamptz_ns to timetz: the time of day and offset in the session time zone */
PG_FUNCTION_INFO_V1(timestamptz_ns_timetz);
Datum
timestamptz_ns_timetz(PG_FUNCTION_ARGS)
{
	return time_of_day(fcinfo, timestamptz_timetz);
}

/* timestamp to timestamptz_ns: a local time in the session time zone */
PG_FUNCTION_INFO_V1(timestamp_timestamptz_ns);
Datum
timestamp_timestamptz_ns(PG_FUNCTION_ARGS)
{
	int			overflow = 0;
	TimestampTz us = tsns_timestamp_to_tstz(PG_GETARG_TIMESTAMP(0), &overflow);

	PG_RETURN_INT64(tsns_from_usec_checked(us, overflow));
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
		int64		sec = usec_unix_second(us);

		PG_RETURN_TIMESTAMP(us + (int64) zone_offset(sec) * USECS_PER_SEC);
	}
}

/* date to timestamptz_ns: its midnight in the session time zone */
PG_FUNCTION_INFO_V1(date_timestamptz_ns);
Datum
date_timestamptz_ns(PG_FUNCTION_ARGS)
{
	int			overflow = 0;
	TimestampTz us = tsns_date_to_tstz(PG_GETARG_DATEADT(0), &overflow);

	PG_RETURN_INT64(tsns_from_usec_checked(us, overflow));
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
