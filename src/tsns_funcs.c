/*
 * tsns_funcs.c
 *	  The functions of timestamptz_ns that make or compare whole instants,
 *	  as core's timestamp.c has them for timestamptz: OVERLAPS, date_bin,
 *	  isfinite, age, make_timestamptz_ns, generate_series, and the
 *	  conversions from and to Unix nanoseconds.  The fields (date_trunc,
 *	  date_part, EXTRACT) are in tsns_fields.c, to_char in tsns_to_char.c,
 *	  AT TIME ZONE with the zones in tsns_zone.c.
 */
#include "tsns.h"
#include "tsns_arith.h"
#include "tsns_zone.h"

#include "core/tsns_calc.h"

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

/* epoch_ns(timestamptz_ns): nanoseconds since 1970, Go's UnixNano() */
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
		tsns_range_error();
	PG_RETURN_INT64(result);
}

/*
 * (start1, end1) OVERLAPS (start2, end2), to the nanosecond, with the SQL
 * standard's rules for NULL ends, as core's overlaps(): not strict.  An end
 * can be given as an interval from its start.
 */
static Datum
overlaps_common(FunctionCallInfo fcinfo, bool span1, bool span2)
{
	bool		null[4];
	int64		t[4];

	for (int i = 0; i < 4; i++)
	{
		null[i] = PG_ARGISNULL(i);
		if (!null[i] && !((i == 1 && span1) || (i == 3 && span2)))
			t[i] = PG_GETARG_INT64(i);
	}
	/* an end given as an interval: NULL if either part is */
	if (span1 && !(null[1] = null[1] || null[0]))
		t[1] = tsns_add_interval(t[0], PG_GETARG_INTERVAL_P(1), false);
	if (span2 && !(null[3] = null[3] || null[2]))
		t[3] = tsns_add_interval(t[2], PG_GETARG_INTERVAL_P(3), false);

	/* each period as (start, end) with start the lesser, or the one known */
	for (int i = 0; i < 4; i += 2)
	{
		if (null[i])
		{
			if (null[i + 1])
				PG_RETURN_NULL();
			t[i] = t[i + 1];
			null[i] = false;
			null[i + 1] = true;
		}
		else if (!null[i + 1] && t[i] > t[i + 1])
		{
			int64		swap = t[i];

			t[i] = t[i + 1];
			t[i + 1] = swap;
		}
	}

	/*
	 * The later start must lie before the end of the period that starts
	 * first; equal starts overlap if both ends are known.
	 */
	if (t[0] != t[2])
	{
		int			first = t[0] < t[2] ? 0 : 2;
		int			later = 2 - first;

		if (null[first + 1])
			PG_RETURN_NULL();
		if (t[later] < t[first + 1])
			PG_RETURN_BOOL(true);
		if (null[later + 1])
			PG_RETURN_NULL();
		PG_RETURN_BOOL(false);
	}
	if (null[1] || null[3])
		PG_RETURN_NULL();
	PG_RETURN_BOOL(true);
}

/* (a, b) OVERLAPS (c, d), all four times */
PG_FUNCTION_INFO_V1(timestamptz_ns_overlaps);
Datum
timestamptz_ns_overlaps(PG_FUNCTION_ARGS)
{
	return overlaps_common(fcinfo, false, false);
}

/* (a, interval) OVERLAPS (c, interval) */
PG_FUNCTION_INFO_V1(timestamptz_ns_overlaps_interval);
Datum
timestamptz_ns_overlaps_interval(PG_FUNCTION_ARGS)
{
	return overlaps_common(fcinfo, true, true);
}

/* (a, interval) OVERLAPS (c, d) */
PG_FUNCTION_INFO_V1(timestamptz_ns_overlaps_interval_end);
Datum
timestamptz_ns_overlaps_interval_end(PG_FUNCTION_ARGS)
{
	return overlaps_common(fcinfo, true, false);
}

/* (a, b) OVERLAPS (c, interval) */
PG_FUNCTION_INFO_V1(timestamptz_ns_overlaps_end_interval);
Datum
timestamptz_ns_overlaps_end_interval(PG_FUNCTION_ARGS)
{
	return overlaps_common(fcinfo, false, true);
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

/* origin + floor((source - origin) / stride) * stride (core/tsns_calc.c) */
static int64
bin_exact(const Interval *stride, int64 source, int64 origin)
{
	int64		result;

	switch (fe_tsns_bin(stride->day, stride->time, source, origin, &result))
	{
		case 0:
			return result;
		case FE_TSNS_BIN_STRIDE:
			stride_error();
		default:
			tsns_range_error();
	}
}

/* date_bin(stride, source, origin): the start of source's bin, exact */
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
							   TimestampTzGetDatum(tsns_round_to_tstz(PG_GETARG_INT64(0))),
							   TimestampTzGetDatum(tsns_round_to_tstz(PG_GETARG_INT64(1))));
}

/* age(a): from midnight of the current date in the session time zone */
PG_FUNCTION_INFO_V1(timestamptz_ns_age_today);
Datum
timestamptz_ns_age_today(PG_FUNCTION_ARGS)
{
	Datum		today = DirectFunctionCall1(date_timestamptz, DateADTGetDatum(GetSQLCurrentDate()));

	return DirectFunctionCall2(timestamptz_age, today,
							   TimestampTzGetDatum(tsns_round_to_tstz(PG_GETARG_INT64(0))));
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

	/*
	 * core's own call, for its checks and errors on the fields as given, and
	 * the value when the seconds hold no more than microseconds
	 */
	InitFunctionCallInfoData(*core, NULL, n, InvalidOid, NULL, NULL);
	for (int i = 0; i < n; i++)
	{
		core->args[i].value = PG_GETARG_DATUM(i);
		core->args[i].isnull = false;
	}
	us = DatumGetTimestampTz(n == 7 ? make_timestamptz_at_timezone(core) : make_timestamptz(core));
	if (isnan(sec) || isinf(sec))
		tsns_range_error();

	/* seconds below the microsecond: a second call, on the seconds cut */
	if (usec_floor_ != sec * 1000000)
	{
		core->args[5].value = Float8GetDatum(usec_floor_ / 1000000);
		core->isnull = false;
		us = DatumGetTimestampTz(n == 7 ? make_timestamptz_at_timezone(core) : make_timestamptz(core));
	}
	if (!usec_join(us, (int32) (llround(sec * 1e9) - (int64) usec_floor_ * 1000), &result))
		tsns_range_error();
	PG_RETURN_INT64(result);
}

/* make_timestamptz_ns(y, m, d, h, mi, s): a local time in the session time zone */
PG_FUNCTION_INFO_V1(make_timestamptz_ns);
Datum
make_timestamptz_ns(PG_FUNCTION_ARGS)
{
	return make_common(fcinfo);
}

/* make_timestamptz_ns(y, m, d, h, mi, s, zone): a local time in the given zone */
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
	pg_tz	   *zone;			/* NULL: the session time zone */
} series_state;

/* with_zone: the fourth argument names the zone whose calendar steps count in */
static Datum
series_common(FunctionCallInfo fcinfo, bool with_zone)
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
		st->step_sign = tsns_interval_sign(&st->step);
		st->done = false;
		st->zone = with_zone ? tsns_lookup_zone(PG_GETARG_TEXT_PP(3)) : NULL;
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
		if (st->zone)
		{
			if (!tsns_add_interval_in_zone(result, &st->step, false, st->zone, &st->current) ||
				st->current == result)
				st->done = true;
		}
		else
		{
			us = DatumGetTimestampTz(DirectFunctionCall2(timestamptz_pl_interval,
														 TimestampTzGetDatum(us),
														 IntervalPGetDatum(&st->step)));
			if (!usec_join(us, rem, &st->current) || st->current == result)
				st->done = true;
		}
		SRF_RETURN_NEXT(funcctx, Int64GetDatum(result));
	}
	SRF_RETURN_DONE(funcctx);
}

/* generate_series(start, stop, step): steps in the session time zone's calendar */
PG_FUNCTION_INFO_V1(generate_series_timestamptz_ns);
Datum
generate_series_timestamptz_ns(PG_FUNCTION_ARGS)
{
	return series_common(fcinfo, false);
}

/* generate_series(start, stop, step, zone): steps in the zone's calendar */
PG_FUNCTION_INFO_V1(generate_series_timestamptz_ns_at_zone);
Datum
generate_series_timestamptz_ns_at_zone(PG_FUNCTION_ARGS)
{
	return series_common(fcinfo, true);
}

