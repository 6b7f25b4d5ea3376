/*
 * tsns.c
 *	  The timestamptz_ns type: text, JSON and binary I/O, and the precision
 *	  modifier timestamptz_ns(p).  See tsns.h for the other files.
 */
#include "tsns.h"
#include "tsns_parse.h"
#include "tsns_zone.h"

#include "core/tsns_calc.h"


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
 * timestamptz(p) (core/tsns_calc.c).  Returns false if the rounded value
 * leaves the range.
 */
static inline bool
round_to_typmod(int64 ns, int32 typmod, int64 *result)
{
	if ((uint32) typmod >= 9)
	{
		*result = ns;			/* no modifier, or 9: nothing to round */
		return true;
	}
	return fe_tsns_round(ns, typmod, result) == 0;
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
