/*
 * tsns_fields.c
 *	  The fields of a timestamptz_ns, as core's timestamp.c has them for
 *	  timestamptz: date_trunc (with and without a zone), date_part and
 *	  extract (both in pg_catalog, where the grammar looks), with the units
 *	  decoded once per call site and core's errors for a refused unit.
 */
#include "tsns.h"
#include "tsns_zone.h"

#include "callsite.h"

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
 * one it decoded (callsite.h), so a column of values decodes it once.
 */
typedef struct unit_memo
{
	int			unit;
	char		lowunits[NAMEDATALEN];
} unit_memo;

static int
decode_unit(FunctionCallInfo fcinfo, PGFunction core_fn, char **lowunits_out)
{
	text	   *units = PG_GETARG_TEXT_PP(0);
	unit_memo  *memo = callsite_recall(fcinfo, units);
	unit_memo	made;
	char	   *lowunits;
	int			type,
				val;

	if (memo != NULL)
	{
		*lowunits_out = memo->lowunits;
		return memo->unit;
	}

	lowunits = downcase_truncate_identifier(VARDATA_ANY(units), VARSIZE_ANY_EXHDR(units), false);
	*lowunits_out = lowunits;
	if (strcmp(lowunits, "nanosecond") == 0 || strcmp(lowunits, "nanoseconds") == 0 ||
		strcmp(lowunits, "ns") == 0 || strcmp(lowunits, "nsec") == 0 ||
		strcmp(lowunits, "nsecs") == 0)
		made.unit = UNIT_NANOSECOND;
	else
	{
		type = DecodeUnits(0, lowunits, &val);
		if (type == UNKNOWN_FIELD)
			type = DecodeSpecial(0, lowunits, &val);
		if (type == UNITS)
			made.unit = val;
		else if (type == RESERV && val == DTK_EPOCH)
			made.unit = UNIT_EPOCH;
		else
			unit_error(fcinfo, core_fn, lowunits);
	}
	/* (downcase_truncate_identifier keeps it under NAMEDATALEN) */
	snprintf(made.lowunits, sizeof(made.lowunits), "%s", lowunits);
	(void) callsite_remember(fcinfo, units, &made, sizeof(made));
	return made.unit;
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

