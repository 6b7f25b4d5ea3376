/*
 * tsns.c
 *	  The timestamptz_ns type: I/O, comparison, hashing, casts, calendar
 *	  arithmetic and the precision modifier.  See tsns.h for the files.
 */
#include "tsns.h"

#if PG_VERSION_NUM >= 190000
#include "nodes/miscnodes.h"
#endif

void
tsns_range_error(void)
{
	ereport(ERROR,
			(errcode(ERRCODE_DATETIME_VALUE_OUT_OF_RANGE),
			 errmsg("%s out of range", TSNS_NAME),
			 RANGE_DETAIL));
}

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

/*
 * Text input.  The usual form (ISO 8601 with an offset or in the session
 * zone, in range, no precision to round to) is answered in the function
 * itself; everything else (other forms, errors, a typmod) goes to
 * tsns_in_full(), which parses again: kept apart, its error paths cost the
 * common case nothing.
 */
static pg_noinline Datum tsns_in_full(FunctionCallInfo fcinfo, char *str);

/* Read a timestamptz_ns from text: RFC 3339 / ISO at once, anything else through core's parser */
PG_FUNCTION_INFO_V1(timestamptz_ns_in);
Datum
timestamptz_ns_in(PG_FUNCTION_ARGS)
{
	char	   *str = PG_GETARG_CSTRING(0);
	fe_tsns_parsed p;
	int64		result;

	if (likely(fe_tsns_parse_iso(str, strlen(str), &p) == FE_TSNS_OK &&
			   (uint32) CALL_TYPMOD(fcinfo) >= 9 &&
			   fe_tsns_from_sec_fast(p.has_offset ? p.local_sec - p.gmtoff : tsns_local_to_utc(&p),
									 p.nsec, &result) == 0))
		PG_RETURN_INT64(result);
	return tsns_in_full(fcinfo, str);
}

static Datum
tsns_in_full(FunctionCallInfo fcinfo, char *str)
{
	fe_tsns_parsed p;
	int64		utc,
				result;
	int			dterr;

	switch (fe_tsns_parse_iso(str, strlen(str), &p))
	{
		case FE_TSNS_OK:
			utc = p.has_offset ? p.local_sec - p.gmtoff : tsns_local_to_utc(&p);
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
				Datum		d = tsns_parse_general(str, fcinfo);

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
		tsns_range_error();
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

/* <, <=, =, <>, >=, > of two timestamptz_ns: their int64s */
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

/* An operator against timestamptz, in both orders, each function named in full */
#define TSNS_TSTZ_CMP_FUNC(ns_tz_fn, tz_ns_fn, op) \
PG_FUNCTION_INFO_V1(ns_tz_fn); \
Datum \
ns_tz_fn(PG_FUNCTION_ARGS) \
{ \
	PG_RETURN_BOOL(cmp_tsns_usec(PG_GETARG_INT64(0), PG_GETARG_TIMESTAMPTZ(1), 0) op 0); \
} \
PG_FUNCTION_INFO_V1(tz_ns_fn); \
Datum \
tz_ns_fn(PG_FUNCTION_ARGS) \
{ \
	PG_RETURN_BOOL(0 op cmp_tsns_usec(PG_GETARG_INT64(1), PG_GETARG_TIMESTAMPTZ(0), 0)); \
}

/* <, <=, =, <>, >=, > of a timestamptz_ns and a timestamptz, exact */
TSNS_TSTZ_CMP_FUNC(timestamptz_ns_lt_timestamptz, timestamptz_lt_timestamptz_ns, <)
TSNS_TSTZ_CMP_FUNC(timestamptz_ns_le_timestamptz, timestamptz_le_timestamptz_ns, <=)
TSNS_TSTZ_CMP_FUNC(timestamptz_ns_eq_timestamptz, timestamptz_eq_timestamptz_ns, ==)
TSNS_TSTZ_CMP_FUNC(timestamptz_ns_ne_timestamptz, timestamptz_ne_timestamptz_ns, !=)
TSNS_TSTZ_CMP_FUNC(timestamptz_ns_ge_timestamptz, timestamptz_ge_timestamptz_ns, >=)
TSNS_TSTZ_CMP_FUNC(timestamptz_ns_gt_timestamptz, timestamptz_gt_timestamptz_ns, >)

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
 * A date or a timestamp as the timestamptz it is in the session time zone,
 * with *overflow set to -1 or 1 where that is beyond timestamptz's range.
 * PostgreSQL 19 reports the overflow through a soft error instead; it can
 * only happen at the ends of the range, so the input's sign says which.
 */
#if PG_VERSION_NUM >= 190000
static TimestampTz
date_to_tstz(DateADT d, int *overflow)
{
	ErrorSaveContext escontext = {T_ErrorSaveContext};
	TimestampTz us = date2timestamptz_safe(d, (Node *) &escontext);

	if (escontext.error_occurred)
		*overflow = d < 0 ? -1 : 1;
	return us;
}

static TimestampTz
timestamp_to_tstz(Timestamp ts, int *overflow)
{
	ErrorSaveContext escontext = {T_ErrorSaveContext};
	TimestampTz us = timestamp2timestamptz_safe(ts, (Node *) &escontext);

	if (escontext.error_occurred)
		*overflow = ts < 0 ? -1 : 1;
	return us;
}
#else
#define date_to_tstz(d, overflow) date2timestamptz_opt_overflow((d), (overflow))
#define timestamp_to_tstz(ts, overflow) timestamp2timestamptz_opt_overflow((ts), (overflow))
#endif

/*
 * Against date and timestamp, exactly: the other value as the timestamptz it
 * is in the session time zone (a date at its midnight), as core compares
 * timestamptz with them; one beyond timestamptz's range sorts before or
 * after every finite value.
 */
static int
cmp_tsns_overflowed(int64 ns, TimestampTz us, int overflow)
{
	if (overflow)
		return overflow < 0 ? 1 : -1;
	return cmp_tsns_usec(ns, us, 0);
}

static int
cmp_tsns_date(int64 ns, DateADT d)
{
	int			overflow = 0;
	TimestampTz us = date_to_tstz(d, &overflow);

	return cmp_tsns_overflowed(ns, us, overflow);
}

static int
cmp_tsns_timestamp(int64 ns, Timestamp ts)
{
	int			overflow = 0;
	TimestampTz us = timestamp_to_tstz(ts, &overflow);

	return cmp_tsns_overflowed(ns, us, overflow);
}

/*
 * An operator against date or timestamp (through cmp, one of the two
 * above), in both orders, each function named in full
 */
#define TSNS_CROSS_CMP_FUNC(ns_other_fn, other_ns_fn, cmp, getarg, op) \
PG_FUNCTION_INFO_V1(ns_other_fn); \
Datum \
ns_other_fn(PG_FUNCTION_ARGS) \
{ \
	PG_RETURN_BOOL(cmp(PG_GETARG_INT64(0), getarg(1)) op 0); \
} \
PG_FUNCTION_INFO_V1(other_ns_fn); \
Datum \
other_ns_fn(PG_FUNCTION_ARGS) \
{ \
	PG_RETURN_BOOL(0 op cmp(PG_GETARG_INT64(1), getarg(0))); \
}

/* The three-way comparison against date or timestamp, in both orders */
#define TSNS_CROSS_CMP3_FUNC(ns_other_fn, other_ns_fn, cmp, getarg) \
PG_FUNCTION_INFO_V1(ns_other_fn); \
Datum \
ns_other_fn(PG_FUNCTION_ARGS) \
{ \
	PG_RETURN_INT32(cmp(PG_GETARG_INT64(0), getarg(1))); \
} \
PG_FUNCTION_INFO_V1(other_ns_fn); \
Datum \
other_ns_fn(PG_FUNCTION_ARGS) \
{ \
	PG_RETURN_INT32(-cmp(PG_GETARG_INT64(1), getarg(0))); \
}

/* <, <=, =, <>, >=, > and btree's comparison of a timestamptz_ns and a date, exact */
TSNS_CROSS_CMP_FUNC(timestamptz_ns_lt_date, date_lt_timestamptz_ns, cmp_tsns_date, PG_GETARG_DATEADT, <)
TSNS_CROSS_CMP_FUNC(timestamptz_ns_le_date, date_le_timestamptz_ns, cmp_tsns_date, PG_GETARG_DATEADT, <=)
TSNS_CROSS_CMP_FUNC(timestamptz_ns_eq_date, date_eq_timestamptz_ns, cmp_tsns_date, PG_GETARG_DATEADT, ==)
TSNS_CROSS_CMP_FUNC(timestamptz_ns_ne_date, date_ne_timestamptz_ns, cmp_tsns_date, PG_GETARG_DATEADT, !=)
TSNS_CROSS_CMP_FUNC(timestamptz_ns_ge_date, date_ge_timestamptz_ns, cmp_tsns_date, PG_GETARG_DATEADT, >=)
TSNS_CROSS_CMP_FUNC(timestamptz_ns_gt_date, date_gt_timestamptz_ns, cmp_tsns_date, PG_GETARG_DATEADT, >)
TSNS_CROSS_CMP3_FUNC(timestamptz_ns_cmp_date, date_cmp_timestamptz_ns, cmp_tsns_date, PG_GETARG_DATEADT)

/* <, <=, =, <>, >=, > and btree's comparison of a timestamptz_ns and a timestamp, exact */
TSNS_CROSS_CMP_FUNC(timestamptz_ns_lt_timestamp, timestamp_lt_timestamptz_ns, cmp_tsns_timestamp, PG_GETARG_TIMESTAMP, <)
TSNS_CROSS_CMP_FUNC(timestamptz_ns_le_timestamp, timestamp_le_timestamptz_ns, cmp_tsns_timestamp, PG_GETARG_TIMESTAMP, <=)
TSNS_CROSS_CMP_FUNC(timestamptz_ns_eq_timestamp, timestamp_eq_timestamptz_ns, cmp_tsns_timestamp, PG_GETARG_TIMESTAMP, ==)
TSNS_CROSS_CMP_FUNC(timestamptz_ns_ne_timestamp, timestamp_ne_timestamptz_ns, cmp_tsns_timestamp, PG_GETARG_TIMESTAMP, !=)
TSNS_CROSS_CMP_FUNC(timestamptz_ns_ge_timestamp, timestamp_ge_timestamptz_ns, cmp_tsns_timestamp, PG_GETARG_TIMESTAMP, >=)
TSNS_CROSS_CMP_FUNC(timestamptz_ns_gt_timestamp, timestamp_gt_timestamptz_ns, cmp_tsns_timestamp, PG_GETARG_TIMESTAMP, >)
TSNS_CROSS_CMP3_FUNC(timestamptz_ns_cmp_timestamp, timestamp_cmp_timestamptz_ns, cmp_tsns_timestamp, PG_GETARG_TIMESTAMP)

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

/*
 * The zone argument of a call site, looked up once: the site remembers the
 * text it was last given and its zone (fn_extra), with the session zone of
 * then, on which the meaning of an abbreviation can depend.
 */
typedef struct call_zone
{
	const pg_tz *session;
	pg_tz	   *zone;
	int			len;
	char		given[TZ_STRLEN_MAX + 1];
} call_zone;

pg_tz *
tsns_call_zone(FunctionCallInfo fcinfo, text *zone)
{
	int			len = VARSIZE_ANY_EXHDR(zone);
	call_zone  *cz = fcinfo->flinfo ? (call_zone *) fcinfo->flinfo->fn_extra : NULL;

	if (cz != NULL && cz->session == session_timezone && cz->len == len &&
		memcmp(cz->given, VARDATA_ANY(zone), len) == 0)
		return cz->zone;
	if (fcinfo->flinfo == NULL || len > TZ_STRLEN_MAX)
		return tsns_lookup_zone(zone);
	if (cz == NULL)
		fcinfo->flinfo->fn_extra = cz =
			MemoryContextAlloc(fcinfo->flinfo->fn_mcxt, sizeof(call_zone));
	cz->len = -1;				/* until the lookup has succeeded */
	cz->zone = tsns_lookup_zone(zone);
	cz->session = session_timezone;
	memcpy(cz->given, VARDATA_ANY(zone), len);
	cz->len = len;
	return cz->zone;
}

/*
 * A zone argument as core's date_add reads it: a zone name, a POSIX offset,
 * or an abbreviation (fixed offset, or the zone of a dynamic one)
 */
pg_tz *
tsns_lookup_zone(text *zone)
{
	char		tzname[TZ_STRLEN_MAX + 1];

	text_to_cstring_buffer(zone, tzname, sizeof(tzname));
#if PG_VERSION_NUM >= 160000
	return DecodeTimezoneNameToTz(tzname);
#else
	{
		char	   *lowzone = downcase_truncate_identifier(tzname, strlen(tzname), false);
		int			val;
		pg_tz	   *tzp = NULL;
		int			type = DecodeTimezoneAbbrev(0, lowzone, &val, &tzp);

		if (type == TZ || type == DTZ)
			return pg_tzset_offset(-val);
		if (type == DYNTZ)
			return tzp;
		tzp = pg_tzset(tzname);
		if (tzp == NULL)
			ereport(ERROR,
					(errcode(ERRCODE_INVALID_PARAMETER_VALUE),
					 errmsg("time zone \"%s\" not recognized", tzname)));
		return tzp;
	}
#endif
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
	c = cmp_tsns_usec(val, sum, TIMESTAMP_NOT_FINITE(sum) ? 0 : rem);
	PG_RETURN_BOOL(less ? c <= 0 : c >= 0);
}

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
	TimestampTz us = timestamp_to_tstz(PG_GETARG_TIMESTAMP(0), &overflow);

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
	TimestampTz us = date_to_tstz(PG_GETARG_DATEADT(0), &overflow);

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

/* The precision modifier as text: "(p)" */
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
		tsns_range_error();
	PG_RETURN_INT64(result);
}
