/*
 * tsns_range.c
 *	  Casts between tstzrange and tstzrange_ns, and from PostgreSQL 14 on
 *	  between their multiranges, bound by bound with the casts of the
 *	  subtypes: to tstzrange_ns exactly (a bound outside timestamptz_ns's
 *	  range is an error), to tstzrange rounded half up to the microsecond.
 *
 * Rounding is monotonic, so the bounds stay in order; bounds that round to
 * the same microsecond make the range empty unless both are inclusive, as
 * they would written out, and a multirange is merged again afterwards.
 */
#include "fastevent.h"

#include "utils/lsyscache.h"
#include "utils/rangetypes.h"
#if PG_VERSION_NUM >= 140000
#include "utils/multirangetypes.h"
#endif

#include "tsns.h"

/* The type caches of a cast's source and result, kept for the call site */
typedef struct range_cast
{
	Oid			from;
	TypeCacheEntry *in;
	TypeCacheEntry *out;
} range_cast;

static range_cast *
cast_cache(FunctionCallInfo fcinfo, Oid from, int flags)
{
	range_cast *rc = (range_cast *) fcinfo->flinfo->fn_extra;

	if (rc == NULL || rc->from != from)
	{
		Oid			to = get_fn_expr_rettype(fcinfo->flinfo);

		if (!OidIsValid(to))
			ereport(ERROR,
					(errcode(ERRCODE_FEATURE_NOT_SUPPORTED),
					 errmsg("could not determine the result type of %s",
							get_func_name(fcinfo->flinfo->fn_oid))));
		if (rc == NULL)
			rc = MemoryContextAlloc(fcinfo->flinfo->fn_mcxt, sizeof(range_cast));
		/* type cache entries live as long as the backend */
		rc->in = lookup_type_cache(from, flags);
		rc->out = lookup_type_cache(to, flags);
		rc->from = from;
		fcinfo->flinfo->fn_extra = rc;
	}
	return rc;
}

static Datum
bound_to_ns(Datum us)
{
	return Int64GetDatum(tsns_from_usec_checked(DatumGetTimestampTz(us), 0));
}

static Datum
bound_to_us(Datum ns)
{
	return TimestampTzGetDatum(tsns_round_to_tstz(DatumGetInt64(ns)));
}

/* r, of in's type, as a range of out's, each finite bound through conv */
static RangeType *
convert_range(TypeCacheEntry *in, TypeCacheEntry *out, const RangeType *r,
			  Datum (*conv) (Datum))
{
	RangeBound	lower,
				upper;
	bool		empty;

	range_deserialize(in, r, &lower, &upper, &empty);
	if (empty)
		return make_empty_range(out);
	if (!lower.infinite)
		lower.val = conv(lower.val);
	if (!upper.infinite)
		upper.val = conv(upper.val);
#if PG_VERSION_NUM >= 160000
	return make_range(out, &lower, &upper, false, NULL);
#else
	return make_range(out, &lower, &upper, false);
#endif
}

static Datum
cast_range(FunctionCallInfo fcinfo, Datum (*conv) (Datum))
{
	RangeType  *r = PG_GETARG_RANGE_P(0);
	range_cast *rc = cast_cache(fcinfo, RangeTypeGetOid(r), TYPECACHE_RANGE_INFO);

	PG_RETURN_RANGE_P(convert_range(rc->in, rc->out, r, conv));
}

/* tstzrange to tstzrange_ns: exact */
PG_FUNCTION_INFO_V1(tstzrange_tstzrange_ns);
Datum
tstzrange_tstzrange_ns(PG_FUNCTION_ARGS)
{
	return cast_range(fcinfo, bound_to_ns);
}

/* tstzrange_ns to tstzrange: each bound rounded half up to the microsecond */
PG_FUNCTION_INFO_V1(tstzrange_ns_tstzrange);
Datum
tstzrange_ns_tstzrange(PG_FUNCTION_ARGS)
{
	return cast_range(fcinfo, bound_to_us);
}

#if PG_VERSION_NUM >= 140000

static Datum
cast_multirange(FunctionCallInfo fcinfo, Datum (*conv) (Datum))
{
	MultirangeType *mr = PG_GETARG_MULTIRANGE_P(0);
	range_cast *rc = cast_cache(fcinfo, MultirangeTypeGetOid(mr), TYPECACHE_MULTIRANGE_INFO);
	int32		n;
	RangeType **ranges;

	multirange_deserialize(rc->in->rngtype, mr, &n, &ranges);
	for (int32 i = 0; i < n; i++)
		ranges[i] = convert_range(rc->in->rngtype, rc->out->rngtype, ranges[i], conv);
	/* sorts and merges again: rounded ranges can touch, or be empty */
	PG_RETURN_MULTIRANGE_P(make_multirange(rc->out->type_id, rc->out->rngtype, n, ranges));
}

/* tstzmultirange to tstzmultirange_ns: exact */
PG_FUNCTION_INFO_V1(tstzmultirange_tstzmultirange_ns);
Datum
tstzmultirange_tstzmultirange_ns(PG_FUNCTION_ARGS)
{
	return cast_multirange(fcinfo, bound_to_ns);
}

/* tstzmultirange_ns to tstzmultirange: bounds rounded to the microsecond */
PG_FUNCTION_INFO_V1(tstzmultirange_ns_tstzmultirange);
Datum
tstzmultirange_ns_tstzmultirange(PG_FUNCTION_ARGS)
{
	return cast_multirange(fcinfo, bound_to_us);
}

#endif
