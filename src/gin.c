/*
 * gin.c
 *	  GIN operator classes for ksuid and timestamptz_ns, as btree_gin has
 *	  them for uuid and timestamptz: each value is its own key, found by =
 *	  exactly and by < <= >= > as a partial match over the ordered keys,
 *	  so that both types work in multi-column GIN indexes beside jsonb or
 *	  arrays.
 */
#include "fastevent.h"

#include "access/gin.h"
#include "access/stratnum.h"

#include "core/ksuid_codec.h"
#include "core/tsns_codec.h"

typedef int (*cmp_fn) (Datum a, Datum b);

static int
cmp_ksuid(Datum a, Datum b)
{
	return fe_ksuid_cmp((const uint8 *) DatumGetPointer(a), (const uint8 *) DatumGetPointer(b));
}

static int
cmp_tsns(Datum a, Datum b)
{
	int64		x = DatumGetInt64(a),
				y = DatumGetInt64(b);

	return (x > y) - (x < y);
}

static const uint8 ksuid_nil_bytes[FE_KSUID_BYTES];

/* the value itself is the one key */
static Datum
gin_extract_value(FunctionCallInfo fcinfo)
{
	int32	   *nkeys = (int32 *) PG_GETARG_POINTER(1);
	Datum	   *keys = palloc(sizeof(Datum));

	keys[0] = PG_GETARG_DATUM(0);
	*nkeys = 1;
	PG_RETURN_POINTER(keys);
}

/*
 * = looks the query up; the others scan from the first key (< and <=:
 * the smallest value there is) or from the query (>= and >) and let
 * compare_prefix say where the matches end.  The query goes along in
 * extra_data.
 */
static Datum
gin_extract_query(FunctionCallInfo fcinfo, Datum smallest)
{
	Datum		query = PG_GETARG_DATUM(0);
	int32	   *nkeys = (int32 *) PG_GETARG_POINTER(1);
	StrategyNumber strategy = PG_GETARG_UINT16(2);
	bool	  **partial = (bool **) PG_GETARG_POINTER(3);
	Pointer   **extra = (Pointer **) PG_GETARG_POINTER(4);
	Datum	   *keys = palloc(sizeof(Datum));
	Datum	   *saved;

	*nkeys = 1;
	*partial = palloc(sizeof(bool));
	switch (strategy)
	{
		case BTEqualStrategyNumber:
			keys[0] = query;
			(*partial)[0] = false;
			PG_RETURN_POINTER(keys);
		case BTLessStrategyNumber:
		case BTLessEqualStrategyNumber:
			keys[0] = smallest;
			break;
		case BTGreaterEqualStrategyNumber:
		case BTGreaterStrategyNumber:
			keys[0] = query;
			break;
		default:
			elog(ERROR, "unknown strategy %d for a GIN index", strategy);
	}
	(*partial)[0] = true;
	saved = palloc(sizeof(Datum));
	*saved = query;				/* a ksuid's bytes live as long as the scan */
	*extra = palloc(sizeof(Pointer));
	(*extra)[0] = (Pointer) saved;
	PG_RETURN_POINTER(keys);
}

/* <0: not a match, go on; 0: a match; >0: no more matches */
static Datum
gin_compare_prefix(FunctionCallInfo fcinfo, cmp_fn cmp)
{
	Datum		key = PG_GETARG_DATUM(1);
	StrategyNumber strategy = PG_GETARG_UINT16(2);
	Datum		query = *(Datum *) PG_GETARG_POINTER(3);
	int			c = cmp(key, query);

	switch (strategy)
	{
		case BTLessStrategyNumber:
			PG_RETURN_INT32(c < 0 ? 0 : 1);
		case BTLessEqualStrategyNumber:
			PG_RETURN_INT32(c <= 0 ? 0 : 1);
		case BTGreaterEqualStrategyNumber:
			PG_RETURN_INT32(c >= 0 ? 0 : -1);
		case BTGreaterStrategyNumber:
			PG_RETURN_INT32(c > 0 ? 0 : -1);
	}
	elog(ERROR, "unknown strategy %d for a GIN index", strategy);
	PG_RETURN_INT32(1);
}

/* one key per value and per query: its match is the answer, exactly */
static Datum
gin_consistent(FunctionCallInfo fcinfo)
{
	bool	   *check = (bool *) PG_GETARG_POINTER(0);
	bool	   *recheck = (bool *) PG_GETARG_POINTER(5);

	*recheck = false;
	PG_RETURN_BOOL(check[0]);
}

/* The four support functions of a type's GIN class, named in full */
#define GIN_FUNCS(extract_value_fn, extract_query_fn, compare_prefix_fn, consistent_fn, smallest, cmp) \
PG_FUNCTION_INFO_V1(extract_value_fn); \
Datum extract_value_fn(PG_FUNCTION_ARGS) { return gin_extract_value(fcinfo); } \
PG_FUNCTION_INFO_V1(extract_query_fn); \
Datum extract_query_fn(PG_FUNCTION_ARGS) { return gin_extract_query(fcinfo, smallest); } \
PG_FUNCTION_INFO_V1(compare_prefix_fn); \
Datum compare_prefix_fn(PG_FUNCTION_ARGS) { return gin_compare_prefix(fcinfo, cmp); } \
PG_FUNCTION_INFO_V1(consistent_fn); \
Datum consistent_fn(PG_FUNCTION_ARGS) { return gin_consistent(fcinfo); }

/* GIN support of ksuid: its keys are the values, the nil ksuid the smallest */
GIN_FUNCS(ksuid_gin_extract_value, ksuid_gin_extract_query, ksuid_gin_compare_prefix,
		  ksuid_gin_consistent, PointerGetDatum(ksuid_nil_bytes), cmp_ksuid)
/* GIN support of timestamptz_ns: its keys are the values, -infinity the smallest */
GIN_FUNCS(timestamptz_ns_gin_extract_value, timestamptz_ns_gin_extract_query,
		  timestamptz_ns_gin_compare_prefix, timestamptz_ns_gin_consistent,
		  Int64GetDatum(FE_TSNS_NOBEGIN), cmp_tsns)
