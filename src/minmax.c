/*
 * minmax.c
 *	  min() and max() of ksuid and timestamptz_ns, as aggregates that both a
 *	  single server and Citus run in parts.
 *
 * The state is internal (a flag and the value so far), combined by a
 * combine function and carried between processes as bytea.  On one server
 * that makes them parallel aggregates.  Citus, for its part, treats a
 * user-defined aggregate with a combine function over a state it can print
 * (any state but a pseudo-type) as a custom aggregate that it runs on
 * whole shards; one with an internal state it knows by its name, min or
 * max: it sends min(col) to the workers, where each shard's btree index
 * answers it, and takes the min of their answers.  SORTOP lets the planner
 * answer them from an index on one server too.
 *
 * Serves 0.3 on; 0.1 and 0.2 declare these aggregates over
 * ksuid_smaller/larger and timestamptz_ns_smaller/larger.
 */
#include "fastevent.h"

#include "core/ksuid_codec.h"

typedef struct ksuid_minmax
{
	uint8		id[FE_KSUID_BYTES];
} ksuid_minmax;

typedef struct tsns_minmax
{
	int64		ns;
} tsns_minmax;

/* A NULL input (or partial state) leaves the state as it is. */
#define KEEP_STATE_ON_NULL_INPUT() \
	do { \
		if (PG_ARGISNULL(1)) \
		{ \
			if (PG_ARGISNULL(0)) \
				PG_RETURN_NULL(); \
			PG_RETURN_DATUM(PG_GETARG_DATUM(0)); \
		} \
	} while (0)

static MemoryContext
agg_context(FunctionCallInfo fcinfo, const char *fn)
{
	MemoryContext aggcontext;

	if (!AggCheckCallContext(fcinfo, &aggcontext))
		ereport(ERROR,
				(errcode(ERRCODE_FEATURE_NOT_SUPPORTED),
				 errmsg("%s is a step of an aggregate, not a function to call", fn),
				 errhint("Use the aggregate min() or max().")));
	return aggcontext;
}

/*
 * ksuid: keep the smaller (sign -1) or the larger (sign 1) of the state
 * and id; a new state, in the aggregate's context, for the first.
 */
static Datum
ksuid_keep(FunctionCallInfo fcinfo, const uint8 *id, int sign, const char *fn)
{
	ksuid_minmax *st = PG_ARGISNULL(0) ? NULL : (ksuid_minmax *) PG_GETARG_POINTER(0);

	if (st == NULL)
	{
		st = MemoryContextAlloc(agg_context(fcinfo, fn), sizeof(ksuid_minmax));
		memcpy(st->id, id, FE_KSUID_BYTES);
	}
	else if (fe_ksuid_cmp(id, st->id) * sign > 0)
		memcpy(st->id, id, FE_KSUID_BYTES);
	PG_RETURN_POINTER(st);
}

/* min(ksuid): the transition, a NULL input left out */
PG_FUNCTION_INFO_V1(ksuid_min_trans);
Datum
ksuid_min_trans(PG_FUNCTION_ARGS)
{
	KEEP_STATE_ON_NULL_INPUT();
	return ksuid_keep(fcinfo, (const uint8 *) PG_GETARG_POINTER(1), -1, "ksuid_min_trans");
}

/* max(ksuid): the transition, a NULL input left out */
PG_FUNCTION_INFO_V1(ksuid_max_trans);
Datum
ksuid_max_trans(PG_FUNCTION_ARGS)
{
	KEEP_STATE_ON_NULL_INPUT();
	return ksuid_keep(fcinfo, (const uint8 *) PG_GETARG_POINTER(1), 1, "ksuid_max_trans");
}

/* min(ksuid): two partial states into one */
PG_FUNCTION_INFO_V1(ksuid_min_combine);
Datum
ksuid_min_combine(PG_FUNCTION_ARGS)
{
	KEEP_STATE_ON_NULL_INPUT();
	return ksuid_keep(fcinfo, ((ksuid_minmax *) PG_GETARG_POINTER(1))->id, -1,
					  "ksuid_min_combine");
}

/* max(ksuid): two partial states into one */
PG_FUNCTION_INFO_V1(ksuid_max_combine);
Datum
ksuid_max_combine(PG_FUNCTION_ARGS)
{
	KEEP_STATE_ON_NULL_INPUT();
	return ksuid_keep(fcinfo, ((ksuid_minmax *) PG_GETARG_POINTER(1))->id, 1,
					  "ksuid_max_combine");
}

/* min/max(ksuid): the state's 20 bytes, to pass to another process */
PG_FUNCTION_INFO_V1(ksuid_minmax_serial);
Datum
ksuid_minmax_serial(PG_FUNCTION_ARGS)
{
	ksuid_minmax *st = (ksuid_minmax *) PG_GETARG_POINTER(0);
	bytea	   *result = palloc(VARHDRSZ + FE_KSUID_BYTES);

	SET_VARSIZE(result, VARHDRSZ + FE_KSUID_BYTES);
	memcpy(VARDATA(result), st->id, FE_KSUID_BYTES);
	PG_RETURN_BYTEA_P(result);
}

/* min/max(ksuid): a state from its 20 bytes */
PG_FUNCTION_INFO_V1(ksuid_minmax_deserial);
Datum
ksuid_minmax_deserial(PG_FUNCTION_ARGS)
{
	bytea	   *b = PG_GETARG_BYTEA_PP(0);
	ksuid_minmax *st;

	if (VARSIZE_ANY_EXHDR(b) != FE_KSUID_BYTES)
		ereport(ERROR,
				(errcode(ERRCODE_INVALID_BINARY_REPRESENTATION),
				 errmsg("invalid min/max state of ksuid: %zu bytes, not %d",
						(size_t) VARSIZE_ANY_EXHDR(b), FE_KSUID_BYTES)));
	st = palloc(sizeof(ksuid_minmax));
	memcpy(st->id, VARDATA_ANY(b), FE_KSUID_BYTES);
	PG_RETURN_POINTER(st);
}

/* min/max(ksuid): the value kept, NULL for no rows */
PG_FUNCTION_INFO_V1(ksuid_minmax_final);
Datum
ksuid_minmax_final(PG_FUNCTION_ARGS)
{
	uint8	   *result;

	if (PG_ARGISNULL(0))
		PG_RETURN_NULL();
	result = palloc(FE_KSUID_BYTES);
	memcpy(result, ((ksuid_minmax *) PG_GETARG_POINTER(0))->id, FE_KSUID_BYTES);
	PG_RETURN_POINTER(result);
}

/* timestamptz_ns: keep the smaller (sign -1) or larger (sign 1) */
static Datum
tsns_keep(FunctionCallInfo fcinfo, int64 ns, int sign, const char *fn)
{
	tsns_minmax *st = PG_ARGISNULL(0) ? NULL : (tsns_minmax *) PG_GETARG_POINTER(0);

	if (st == NULL)
	{
		st = MemoryContextAlloc(agg_context(fcinfo, fn), sizeof(tsns_minmax));
		st->ns = ns;
	}
	else if (sign < 0 ? ns < st->ns : ns > st->ns)
		st->ns = ns;
	PG_RETURN_POINTER(st);
}

/* min(timestamptz_ns): the transition, a NULL input left out */
PG_FUNCTION_INFO_V1(timestamptz_ns_min_trans);
Datum
timestamptz_ns_min_trans(PG_FUNCTION_ARGS)
{
	KEEP_STATE_ON_NULL_INPUT();
	return tsns_keep(fcinfo, PG_GETARG_INT64(1), -1, "timestamptz_ns_min_trans");
}

/* max(timestamptz_ns): the transition, a NULL input left out */
PG_FUNCTION_INFO_V1(timestamptz_ns_max_trans);
Datum
timestamptz_ns_max_trans(PG_FUNCTION_ARGS)
{
	KEEP_STATE_ON_NULL_INPUT();
	return tsns_keep(fcinfo, PG_GETARG_INT64(1), 1, "timestamptz_ns_max_trans");
}

/* min(timestamptz_ns): two partial states into one */
PG_FUNCTION_INFO_V1(timestamptz_ns_min_combine);
Datum
timestamptz_ns_min_combine(PG_FUNCTION_ARGS)
{
	KEEP_STATE_ON_NULL_INPUT();
	return tsns_keep(fcinfo, ((tsns_minmax *) PG_GETARG_POINTER(1))->ns, -1,
					 "timestamptz_ns_min_combine");
}

/* max(timestamptz_ns): two partial states into one */
PG_FUNCTION_INFO_V1(timestamptz_ns_max_combine);
Datum
timestamptz_ns_max_combine(PG_FUNCTION_ARGS)
{
	KEEP_STATE_ON_NULL_INPUT();
	return tsns_keep(fcinfo, ((tsns_minmax *) PG_GETARG_POINTER(1))->ns, 1,
					 "timestamptz_ns_max_combine");
}

/* min/max(timestamptz_ns): the state as 8 big-endian bytes */
PG_FUNCTION_INFO_V1(timestamptz_ns_minmax_serial);
Datum
timestamptz_ns_minmax_serial(PG_FUNCTION_ARGS)
{
	uint64		v = (uint64) ((tsns_minmax *) PG_GETARG_POINTER(0))->ns;
	bytea	   *result = palloc(VARHDRSZ + 8);
	uint8	   *p = (uint8 *) VARDATA(result);

	SET_VARSIZE(result, VARHDRSZ + 8);
	for (int i = 7; i >= 0; i--, v >>= 8)
		p[i] = (uint8) v;
	PG_RETURN_BYTEA_P(result);
}

/* min/max(timestamptz_ns): a state from its 8 bytes */
PG_FUNCTION_INFO_V1(timestamptz_ns_minmax_deserial);
Datum
timestamptz_ns_minmax_deserial(PG_FUNCTION_ARGS)
{
	bytea	   *b = PG_GETARG_BYTEA_PP(0);
	const uint8 *p = (const uint8 *) VARDATA_ANY(b);
	uint64		v = 0;
	tsns_minmax *st;

	if (VARSIZE_ANY_EXHDR(b) != 8)
		ereport(ERROR,
				(errcode(ERRCODE_INVALID_BINARY_REPRESENTATION),
				 errmsg("invalid min/max state of timestamptz_ns: %zu bytes, not 8",
						(size_t) VARSIZE_ANY_EXHDR(b))));
	for (int i = 0; i < 8; i++)
		v = (v << 8) | p[i];
	st = palloc(sizeof(tsns_minmax));
	st->ns = (int64) v;
	PG_RETURN_POINTER(st);
}

/* min/max(timestamptz_ns): the value kept, NULL for no rows */
PG_FUNCTION_INFO_V1(timestamptz_ns_minmax_final);
Datum
timestamptz_ns_minmax_final(PG_FUNCTION_ARGS)
{
	if (PG_ARGISNULL(0))
		PG_RETURN_NULL();
	PG_RETURN_INT64(((tsns_minmax *) PG_GETARG_POINTER(0))->ns);
}
