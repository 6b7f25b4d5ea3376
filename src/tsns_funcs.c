/*
 * tsns_funcs.c
 *	  The functions of timestamptz_ns, as core has them for timestamptz:
 *	  date_trunc, date_part, date_bin, to_char, isfinite, age,
 *	  make_timestamptz_ns, generate_series, and the conversions from and to
 *	  Unix nanoseconds.
 */
#include "tsns.h"

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
 * The unit a date_trunc/date_part/extract argument names: UNIT_NANOSECOND,
 * UNIT_EPOCH, or a DTK_* unit; for any other, core_fn's error.  The units
 * argument is nearly always a constant: the call site remembers the last
 * one it decoded (fn_extra), so a column of values decodes it once.
 */
#define UNIT_CACHE_MAX 32

typedef struct unit_cache
{
	int			unit;
	int			len;			/* of the argument as given */
	char		given[UNIT_CACHE_MAX];
	char		lowunits[UNIT_CACHE_MAX + 1];
} unit_cache;

static int
decode_unit(FunctionCallInfo fcinfo, PGFunction core_fn, char **lowunits_out)
{
	text	   *units = PG_GETARG_TEXT_PP(0);
	int			len = VARSIZE_ANY_EXHDR(units);
	unit_cache *cache = fcinfo->flinfo ? (unit_cache *) fcinfo->flinfo->fn_extra : NULL;
	char	   *lowunits;
	int			type,
				val,
				unit;

	if (cache != NULL && cache->len == len && memcmp(cache->given, VARDATA_ANY(units), len) == 0)
	{
		*lowunits_out = cache->lowunits;
		return cache->unit;
	}

	lowunits = downcase_truncate_identifier(VARDATA_ANY(units), len, false);
	*lowunits_out = lowunits;
	if (strcmp(lowunits, "nanosecond") == 0 || strcmp(lowunits, "nanoseconds") == 0 ||
		strcmp(lowunits, "ns") == 0 || strcmp(lowunits, "nsec") == 0 ||
		strcmp(lowunits, "nsecs") == 0)
		unit = UNIT_NANOSECOND;
	else
	{
		type = DecodeUnits(0, lowunits, &val);
		if (type == UNKNOWN_FIELD)
			type = DecodeSpecial(0, lowunits, &val);
		if (type == UNITS)
			unit = val;
		else if (type == RESERV && val == DTK_EPOCH)
			unit = UNIT_EPOCH;
		else
			unit_error(fcinfo, core_fn, lowunits);
	}

	if (fcinfo->flinfo && len <= UNIT_CACHE_MAX && strlen(lowunits) <= UNIT_CACHE_MAX)
	{
		if (cache == NULL)
			fcinfo->flinfo->fn_extra = cache =
				MemoryContextAlloc(fcinfo->flinfo->fn_mcxt, sizeof(unit_cache));
		cache->unit = unit;
		cache->len = len;
		memcpy(cache->given, VARDATA_ANY(units), len);
		strcpy(cache->lowunits, lowunits);
	}
	return unit;
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
		tsns_range_error();
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
 * extract() is the same with a numeric result, exact for those fields.
 * Both are in pg_catalog: the grammar turns EXTRACT(field FROM x) into a
 * call of pg_catalog.extract() (pg_catalog.date_part() before 14).
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
		/*
		 * As core computes it: the whole units plus the fraction divided, so
		 * that a value to the microsecond gives core's double exactly; the
		 * epoch of such a value as microseconds divided once.  (The int64
		 * of nanoseconds does not fit a double exactly.)
		 */
		int64		whole = scaled / (int64) scale[decimals];
		int64		frac = scaled % (int64) scale[decimals];

		if (unit == UNIT_EPOCH && ns % 1000 == 0)
			PG_RETURN_FLOAT8((double) (ns / 1000) / 1000000.0);
		if (unit == DTK_MILLISEC)	/* core: seconds * 1000 + fraction / 1000 */
			PG_RETURN_FLOAT8((double) (scaled / FE_NS_PER_SEC) * 1000.0 +
							 (double) (scaled % FE_NS_PER_SEC) / 1e6);
		PG_RETURN_FLOAT8((double) whole + (double) frac / scale[decimals]);
	}
	return DirectFunctionCall2(timestamptz_part, PointerGetDatum(units),
							   TimestampTzGetDatum(usec_floor(ns, &rem)));
}

/* scaled / 10^decimals as a numeric, exactly */
static Datum
scaled_numeric(int64 scaled, int decimals)
{
#if PG_VERSION_NUM >= 140000
	return NumericGetDatum(int64_div_fast_to_numeric(scaled, decimals));
#else
	char		buf[32];
	uint64		mag = scaled < 0 ? -(uint64) scaled : (uint64) scaled;
	uint64		div = 1;

	for (int i = 0; i < decimals; i++)
		div *= 10;
	if (decimals > 0)
		snprintf(buf, sizeof(buf), "%s%llu.%0*llu", scaled < 0 ? "-" : "",
				 (unsigned long long) (mag / div), decimals,
				 (unsigned long long) (mag % div));
	else
		snprintf(buf, sizeof(buf), "%s%llu", scaled < 0 ? "-" : "",
				 (unsigned long long) mag);
	return DirectFunctionCall3(numeric_in, CStringGetDatum(buf),
							   ObjectIdGetDatum(InvalidOid), Int32GetDatum(-1));
#endif
}

/*
 * core's extract on timestamptz; before 14, which has none, its date_part
 * as a numeric
 */
static Datum
core_extract(PG_FUNCTION_ARGS)
{
#if PG_VERSION_NUM >= 140000
	return extract_timestamptz(fcinfo);
#else
	char		buf[32];
	Datum		d = timestamptz_part(fcinfo);

	if (fcinfo->isnull)
		return (Datum) 0;
	/* 17 digits, which give back the same double (float8_numeric keeps 15) */
	snprintf(buf, sizeof(buf), "%.17g", DatumGetFloat8(d));
	return DirectFunctionCall3(numeric_in, CStringGetDatum(buf),
							   ObjectIdGetDatum(InvalidOid), Int32GetDatum(-1));
#endif
}

/* extract(field, timestamptz_ns): numeric */
PG_FUNCTION_INFO_V1(timestamptz_ns_extract);
Datum
timestamptz_ns_extract(PG_FUNCTION_ARGS)
{
	text	   *units = PG_GETARG_TEXT_PP(0);
	int64		ns = PG_GETARG_INT64(1);
	char	   *lowunits;
	int			unit = decode_unit(fcinfo, core_extract, &lowunits);
	int64		scaled;
	int			decimals;
	int32		rem;

	if (!TSNS_IS_FINITE(ns) && unit == UNIT_NANOSECOND)
		PG_RETURN_NULL();
	if (TSNS_IS_FINITE(ns) && part_scaled(unit, ns, &scaled, &decimals))
		PG_RETURN_DATUM(scaled_numeric(scaled, decimals));
	/* every other field, and the infinities, as core has them */
	{
		LOCAL_FCINFO(core, 2);
		Datum		d;

		InitFunctionCallInfoData(*core, NULL, 2, InvalidOid, NULL, NULL);
		core->args[0].value = PointerGetDatum(units);
		core->args[0].isnull = false;
		core->args[1].value = TimestampTzGetDatum(usec_split(ns, &rem));
		core->args[1].isnull = false;
		d = core_extract(core);
		if (core->isnull)
			PG_RETURN_NULL();
		PG_RETURN_DATUM(d);
	}
}

/*
 * AT TIME ZONE: timezone(zone, timestamptz_ns) and timezone(interval,
 * timestamptz_ns), the local time in that zone as a timestamp, which holds
 * microseconds: core's on the value rounded half up to the microsecond, as
 * the cast to timestamptz rounds.  (timezone(timestamptz_ns), AT LOCAL, is
 * the cast to timestamp.)
 */
/*
 * The call site remembers the zone it was given last (fn_extra): a fixed
 * offset (an abbreviation such as PST, learned from core's answer), or a
 * zone name with its own table of intervals (tsns_zone.c), so that a column
 * of values costs a lookup each, not a pg_localtime() each.  Anything else
 * (a dynamic abbreviation, an error) is core's for every value.
 */
#define ZONE_ARG_CORE	0
#define ZONE_ARG_FIXED	1
#define ZONE_ARG_NAMED	2

typedef struct zone_arg
{
	const pg_tz *session;		/* the session zone then: abbreviations can depend on it */
	int			kind;
	int64		east_usec;		/* ZONE_ARG_FIXED: the offset */
	zone_cache	zc;				/* ZONE_ARG_NAMED: its intervals, in fn_mcxt */
	int			len;
	char		given[TZ_STRLEN_MAX + 1];
} zone_arg;

/* What a zone argument is: ZONE_ARG_*, and the zone of a name */
static int
zone_arg_kind(const char *tzname, pg_tz **tzp)
{
	int			offset;

	*tzp = NULL;
#if PG_VERSION_NUM >= 160000
	switch (DecodeTimezoneName(tzname, &offset, tzp))
	{
		case TZNAME_FIXED_OFFSET:
			return ZONE_ARG_FIXED;
		case TZNAME_ZONE:
			return ZONE_ARG_NAMED;
		default:
			return ZONE_ARG_CORE;
	}
#else
	{
		char	   *lowzone = downcase_truncate_identifier(tzname, strlen(tzname), false);
		int			type = DecodeTimezoneAbbrev(0, lowzone, &offset, tzp);

		if (type == TZ || type == DTZ)
			return ZONE_ARG_FIXED;
		if (type == DYNTZ)
			return ZONE_ARG_CORE;
		*tzp = pg_tzset(tzname);
		return *tzp ? ZONE_ARG_NAMED : ZONE_ARG_CORE;
	}
#endif
}

/* x AT TIME ZONE zone: the local time in the named zone, as a timestamp */
PG_FUNCTION_INFO_V1(timestamptz_ns_zone);
Datum
timestamptz_ns_zone(PG_FUNCTION_ARGS)
{
	text	   *zone = PG_GETARG_TEXT_PP(0);
	int64		ns = PG_GETARG_INT64(1);
	TimestampTz us = tsns_round_to_tstz(ns);
	int			len = VARSIZE_ANY_EXHDR(zone);
	zone_arg   *za = fcinfo->flinfo ? (zone_arg *) fcinfo->flinfo->fn_extra : NULL;

	if (!TSNS_IS_FINITE(ns) || fcinfo->flinfo == NULL || len > TZ_STRLEN_MAX)
		return DirectFunctionCall2(timestamptz_zone, PointerGetDatum(zone), TimestampTzGetDatum(us));

	if (za == NULL || za->session != session_timezone || za->len != len ||
		memcmp(za->given, VARDATA_ANY(zone), len) != 0)
	{
		pg_tz	   *tz;
		Datum		local;

		/* core's answer first: its errors, and the offset of an abbreviation */
		local = DirectFunctionCall2(timestamptz_zone, PointerGetDatum(zone), TimestampTzGetDatum(us));
		if (za == NULL)
			fcinfo->flinfo->fn_extra = za =
				MemoryContextAllocZero(fcinfo->flinfo->fn_mcxt, sizeof(zone_arg));
		memcpy(za->given, VARDATA_ANY(zone), len);
		za->given[len] = '\0';
		za->len = len;
		za->session = session_timezone;
		za->kind = zone_arg_kind(za->given, &tz);
		if (za->kind == ZONE_ARG_FIXED)
			za->east_usec = DatumGetTimestamp(local) - us;
		else if (za->kind == ZONE_ARG_NAMED)
			tsns_zone_cache_init(&za->zc, tz, fcinfo->flinfo->fn_mcxt);
		return local;
	}

	if (za->kind == ZONE_ARG_FIXED)
		PG_RETURN_TIMESTAMP(us + za->east_usec);
	if (za->kind == ZONE_ARG_NAMED)
	{
		/* the offset at the rounded instant, as core takes it */
		int64		sec = usec_unix_second(us);
		const zone_interval *iv = &za->zc.iv[za->zc.last];
		int32		gmtoff;
		int			found;

		if (likely(za->zc.n > 0 && sec >= iv->lo && sec < iv->hi))
			gmtoff = iv->gmtoff;
		else
			gmtoff = tsns_zone_cache_offset(&za->zc, fcinfo->flinfo->fn_mcxt, sec, &found);
		PG_RETURN_TIMESTAMP(us + (int64) gmtoff * USECS_PER_SEC);
	}
	return DirectFunctionCall2(timestamptz_zone, PointerGetDatum(zone), TimestampTzGetDatum(us));
}

/* x AT TIME ZONE interval: the local time at a fixed offset, as a timestamp */
PG_FUNCTION_INFO_V1(timestamptz_ns_izone);
Datum
timestamptz_ns_izone(PG_FUNCTION_ARGS)
{
	return DirectFunctionCall2(timestamptz_izone, PG_GETARG_DATUM(0),
							   TimestampTzGetDatum(tsns_round_to_tstz(PG_GETARG_INT64(1))));
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
		tsns_range_error();
	return (int64) r;
#else
	int64		s,
				d,
				m,
				r;

	if (pg_mul_s64_overflow(stride->day, USECS_PER_DAY, &s) ||
		pg_add_s64_overflow(s, stride->time, &s) ||
		pg_mul_s64_overflow(s, 1000, &s))
		tsns_range_error();
	if (s <= 0)
		stride_error();
	if (pg_sub_s64_overflow(source, origin, &d))
		tsns_range_error();
	m = d % s;
	if (pg_sub_s64_overflow(d, m, &d) ||
		(m < 0 && pg_sub_s64_overflow(d, s, &d)) ||
		pg_add_s64_overflow(origin, d, &r) || !TSNS_IS_FINITE(r))
		tsns_range_error();
	return r;
#endif
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

/*
 * to_char(timestamptz_ns, format): core's to_char on the value's microsecond
 * (floor, so every field is the value's own), with FF7, FF8 and FF9 (seven
 * to nine fraction digits, which core does not have) written as FF6 and,
 * in double quotes, placeholder bytes 1, 2, 3 that become the 7th to 9th
 * digits in core's result.  So the rewritten format is the same for every
 * value: it is kept for the call site (fn_extra), and core's cache of parsed
 * formats keeps working.  A format that holds such bytes itself gets the
 * digits written into it instead, value by value.  The format is scanned as
 * core scans it: text in double quotes is literal (a backslash escapes the
 * next character there), and \" outside them is a literal quote.  The "F"
 * of OF (the UTC offset) does not start an FF.
 */
#define ZONE_FIELDS_NONE	0	/* the format prints no zone: formatted as local time */
#define ZONE_FIELDS_OFFSET	1	/* only TZH, TZM, OF: written in, per offset */
#define ZONE_FIELDS_CORE	2	/* TZ or tz (or unsure): core's to_char on timestamptz */
#define ZONE_FORMATS		4	/* offsets remembered per call site */

typedef struct to_char_format
{
	int			zone_fields;	/* ZONE_FIELDS_* */
	int			nzoned;
	struct
	{
		int32		gmtoff;
		text	   *format;		/* with the offset written in, and FF7-FF9 rewritten */
	}			zoned[ZONE_FORMATS];
	text	   *rewritten;		/* NULL: the format has no FF7-FF9 */
	int			len;			/* of the format as given */
	char		given[FLEXIBLE_ARRAY_MEMBER];
} to_char_format;

/* The format with FF7-FF9 rewritten (digits: the 7th to 9th, or NULL for placeholders) */
static text *
rewrite_ff(const char *f, int len, const char *digits)
{
	StringInfoData buf;
	bool		inquote = false;
	int			copied = 0;

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
			if (buf.data == NULL)
				initStringInfo(&buf);
			appendBinaryStringInfo(&buf, f + copied, i - copied);
			appendBinaryStringInfo(&buf, f + i, 2);		/* FF or ff, as written */
			appendStringInfo(&buf, "6\"%.*s\"", f[i + 2] - '6', digits ? digits : "\1\2\3");
			i += 2;
			copied = i + 1;
		}
	}
	if (buf.data == NULL)
		return NULL;
	appendBinaryStringInfo(&buf, f + copied, len - copied);
	return cstring_to_text_with_len(buf.data, buf.len);
}

/*
 * The zone fields of a format.  Core prints TZH, TZM and OF from the UTC
 * offset alone, so for a given offset they can be written into the format
 * as literals; the value is then formatted as core formats a timestamp (the
 * local time), which spares core's pg_localtime() for every value: the
 * offset comes from the session zone's table (tsns_zone.c).  The
 * abbreviation (TZ, tz) needs the zone itself: such a format, or one with
 * anything that looks like a zone field but is not one of those (another
 * case, a suffix after it), stays with core's to_char on timestamptz.
 * Scanned as rewrite_ff() scans.  Returns ZONE_FIELDS_*; with out, appends
 * the format with the fields for gmtoff written in.
 */
static int
rewrite_zone(const char *f, int len, int32 gmtoff, StringInfo out)
{
	bool		inquote = false;
	bool		any = false;
	char		sign = gmtoff >= 0 ? '+' : '-';
	int			a = gmtoff >= 0 ? gmtoff : -gmtoff;

	for (int i = 0; i < len; i++)
	{
		char		c = f[i];
		int			klen = 0;
		bool		fm = false;

		if (inquote)
		{
			if (c == '\\' && i + 1 < len)
			{
				if (out)
					appendStringInfoChar(out, c);
				c = f[++i];
			}
			else if (c == '"')
				inquote = false;
		}
		else if (c == '\\' && i + 1 < len && f[i + 1] == '"')
		{
			if (out)
				appendStringInfoChar(out, c);
			c = f[++i];
		}
		else if (c == '"')
			inquote = true;
		else if (len - i >= 4 && memcmp(f + i, "FMOF", 4) == 0)
			klen = 4, fm = true;
		else if (len - i >= 3 && (memcmp(f + i, "TZH", 3) == 0 || memcmp(f + i, "TZM", 3) == 0))
			klen = 3;
		else if (len - i >= 2 && memcmp(f + i, "OF", 2) == 0)
			klen = 2;
		else if (i + 1 < len && (((c | 0x20) == 't' && (f[i + 1] | 0x20) == 'z') ||
								 ((c | 0x20) == 'o' && (f[i + 1] | 0x20) == 'f')))
			return ZONE_FIELDS_CORE;

		if (klen == 0)
		{
			if (out)
				appendStringInfoChar(out, c);
			continue;
		}
		/* a suffix after the field (TH, th, SP): core's business */
		if (len - (i + klen) >= 2 &&
			(memcmp(f + i + klen, "TH", 2) == 0 || memcmp(f + i + klen, "th", 2) == 0 ||
			 memcmp(f + i + klen, "SP", 2) == 0 || memcmp(f + i + klen, "sp", 2) == 0))
			return ZONE_FIELDS_CORE;
		any = true;
		if (out)
		{
			/* as core prints them (seconds of an offset are not printed) */
			if (f[i + klen - 1] == 'H')
				appendStringInfo(out, "\"%c%02d\"", sign, a / SECS_PER_HOUR);
			else if (f[i + klen - 1] == 'M')
				appendStringInfo(out, "\"%02d\"", (a % SECS_PER_HOUR) / SECS_PER_MINUTE);
			else
			{
				appendStringInfo(out, "\"%c%0*d", sign, fm ? 0 : 2, a / SECS_PER_HOUR);
				if (a % SECS_PER_HOUR != 0)
					appendStringInfo(out, ":%02d", (a % SECS_PER_HOUR) / SECS_PER_MINUTE);
				appendStringInfoChar(out, '"');
			}
		}
		i += klen - 1;
	}
	return any ? ZONE_FIELDS_OFFSET : ZONE_FIELDS_NONE;
}

/* The call site's format for offset gmtoff, made and remembered if need be */
static text *
zoned_format(to_char_format *cache, int32 gmtoff, MemoryContext cxt)
{
	StringInfoData buf;
	MemoryContext old;
	text	   *t;
	int			k;

	for (k = 0; k < cache->nzoned; k++)
		if (cache->zoned[k].gmtoff == gmtoff)
			return cache->zoned[k].format;

	old = MemoryContextSwitchTo(cxt);
	initStringInfo(&buf);
	(void) rewrite_zone(cache->given, cache->len, gmtoff, &buf);
	t = rewrite_ff(buf.data, buf.len, NULL);
	if (t == NULL)
		t = cstring_to_text_with_len(buf.data, buf.len);
	pfree(buf.data);
	MemoryContextSwitchTo(old);

	/* a zone has few offsets; past four, the oldest makes way */
	if (cache->nzoned < ZONE_FORMATS)
		k = cache->nzoned++;
	else
	{
		pfree(cache->zoned[0].format);
		memmove(&cache->zoned[0], &cache->zoned[1], (ZONE_FORMATS - 1) * sizeof(cache->zoned[0]));
		k = ZONE_FORMATS - 1;
	}
	cache->zoned[k].gmtoff = gmtoff;
	cache->zoned[k].format = t;
	return t;
}

/* to_char(timestamptz_ns, format): core's patterns, plus FF7 to FF9 */
PG_FUNCTION_INFO_V1(timestamptz_ns_to_char);
Datum
timestamptz_ns_to_char(PG_FUNCTION_ARGS)
{
	int64		ns = PG_GETARG_INT64(0);
	text	   *fmt = PG_GETARG_TEXT_PP(1);
	const char *f = VARDATA_ANY(fmt);
	int			len = VARSIZE_ANY_EXHDR(fmt);
	to_char_format *cache = (to_char_format *) fcinfo->flinfo->fn_extra;
	text	   *rewritten;
	bool		placeholders = true;
	int			zone_fields = ZONE_FIELDS_CORE;
	int32		rem;
	TimestampTz us;
	Datum		result;
	char		digits[3];
	LOCAL_FCINFO(core, 2);

	if (!TSNS_IS_FINITE(ns))
		PG_RETURN_NULL();		/* as core: no text for an infinity */
	us = usec_floor(ns, &rem);
	digits[0] = (char) ('0' + rem / 100);
	digits[1] = (char) ('0' + rem / 10 % 10);
	digits[2] = (char) ('0' + rem % 10);

	if (cache != NULL && cache->len == len && memcmp(cache->given, f, len) == 0)
	{
		rewritten = cache->rewritten;
		zone_fields = cache->zone_fields;
	}
	else if (memchr(f, '\1', len) || memchr(f, '\2', len) || memchr(f, '\3', len))
	{
		rewritten = rewrite_ff(f, len, digits);
		placeholders = false;
	}
	else
	{
		MemoryContext old = MemoryContextSwitchTo(fcinfo->flinfo->fn_mcxt);

		if (cache != NULL)
		{
			if (cache->rewritten)
				pfree(cache->rewritten);
			for (int k = 0; k < cache->nzoned; k++)
				pfree(cache->zoned[k].format);
			pfree(cache);
		}
		cache = palloc(offsetof(to_char_format, given) + len);
		cache->len = len;
		memcpy(cache->given, f, len);
		cache->rewritten = rewrite_ff(f, len, NULL);
		cache->zone_fields = rewrite_zone(f, len, 0, NULL);
		cache->nzoned = 0;
		fcinfo->flinfo->fn_extra = cache;
		MemoryContextSwitchTo(old);
		rewritten = cache->rewritten;
		zone_fields = cache->zone_fields;
	}

	InitFunctionCallInfoData(*core, NULL, 2, PG_GET_COLLATION(), NULL, NULL);
	core->args[1].value = PointerGetDatum(rewritten ? rewritten : fmt);
	core->args[1].isnull = false;
	core->args[0].isnull = false;
	if (zone_fields == ZONE_FIELDS_CORE)
	{
		core->args[0].value = TimestampTzGetDatum(us);
		result = timestamptz_to_char(core);
	}
	else
	{
		/* the local time, with the offset at the value's second, as core's */
		int64		sec = usec_unix_second(us);
		int32		gmtoff = zone_offset(sec);

		if (zone_fields == ZONE_FIELDS_OFFSET)
			core->args[1].value = PointerGetDatum(zoned_format(cache, gmtoff, fcinfo->flinfo->fn_mcxt));
		core->args[0].value = TimestampGetDatum(us + (int64) gmtoff * USECS_PER_SEC);
		result = timestamp_to_char(core);
	}
	if (core->isnull)
		PG_RETURN_NULL();
	if (rewritten != NULL && placeholders)
	{
		/* the placeholders become the digits, in core's fresh result */
		text	   *t = DatumGetTextPP(result);
		char	   *p = VARDATA_ANY(t);

		for (size_t i = 0; i < VARSIZE_ANY_EXHDR(t); i++)
			if (p[i] >= 1 && p[i] <= 3)
				p[i] = digits[p[i] - 1];
	}
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

