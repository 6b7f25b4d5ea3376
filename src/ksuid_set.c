/*
 * ksuid_set.c
 *	  Compressed KSUID sets in SQL: bytea in segmentio/ksuid's CompressedSet
 *	  format (core/ksuid_set.c), made by the aggregate ksuid_compress(ksuid)
 *	  or the function ksuid_compress(ksuid[]), read back by ksuid_expand()
 *	  and counted by ksuid_compressed_count().
 */
#include "fastevent.h"

#include "fmgr.h"
#include "funcapi.h"
#include "utils/array.h"
#include "utils/memutils.h"

#include "core/ksuid_set.h"
#include "ksuid_set.h"

/* The aggregate's state: the IDs so far, and whether they came in order. */
typedef struct ksuid_agg_state
{
	uint8	   *ids;
	Size		n;
	Size		cap;
	bool		sorted;
} ksuid_agg_state;

FE_NORETURN static void
set_error(fe_ksuid_set_status st, size_t offset)
{
	if (st == FE_KSUID_SET_TOO_MANY)
		ereport(ERROR,
				(errcode(ERRCODE_NUMERIC_VALUE_OUT_OF_RANGE),
				 errmsg("compressed KSUID set holds more than %lld IDs",
						(long long) FE_KSUID_SET_MAX_COUNT),
				 errdetail("At byte %zu: %s.", offset, fe_ksuid_set_strerror(st))));
	ereport(ERROR,
			(errcode(ERRCODE_INVALID_BINARY_REPRESENTATION),
			 errmsg("invalid compressed KSUID set"),
			 errdetail("At byte %zu: %s.", offset, fe_ksuid_set_strerror(st))));
}

/*
 * How many IDs a set holds, every item checked: the one check that both
 * ksuid_compressed_count() and ksuid_expand() make, so that they refuse the
 * same sets with the same error.
 */
uint64_t
ksuid_set_checked_count(const bytea *set)
{
	uint64_t	count;
	size_t		offset;
	fe_ksuid_set_status st;

	st = fe_ksuid_set_count((const uint8_t *) VARDATA_ANY(set), VARSIZE_ANY_EXHDR(set),
							&count, &offset);
	if (st != FE_KSUID_SET_END)
		set_error(st, offset);
	return count;
}

/*
 * The set of n IDs, in ascending order, as a bytea in the current memory
 * context.  The buffer is the largest the encoding can need; the bytea's
 * length is what it used.
 */
bytea *
ksuid_set_encode_sorted(const uint8 *ids, Size n)
{
	Size		bound = FE_KSUID_SET_ENCODE_ROOM(n);
	bytea	   *result;
	size_t		len;

	if (bound > MaxAllocHugeSize - VARHDRSZ)
		ereport(ERROR,
				(errcode(ERRCODE_PROGRAM_LIMIT_EXCEEDED),
				 errmsg("too many KSUIDs for one compressed set: %zu", (size_t) n)));
	result = (bytea *) MemoryContextAllocHuge(CurrentMemoryContext, VARHDRSZ + bound);
	len = fe_ksuid_set_encode(ids, n, (uint8_t *) VARDATA(result));
	Assert(len != SIZE_MAX);
	if (len > MaxAllocSize - VARHDRSZ)
		ereport(ERROR,
				(errcode(ERRCODE_PROGRAM_LIMIT_EXCEEDED),
				 errmsg("compressed KSUID set exceeds the maximum size of a bytea"),
				 errdetail("%zu KSUIDs compress to %zu bytes.", (size_t) n, len)));
	SET_VARSIZE(result, VARHDRSZ + len);
	return result;
}

/* The set of n IDs (sorted, or sorted here in place) as a bytea. */
static bytea *
compress(uint8 *ids, Size n, bool sorted)
{
	if (!sorted)
	{
		/* a radix sort: a third of the time of qsort() on a million IDs */
		void	   *scratch = MemoryContextAllocHuge(CurrentMemoryContext, FE_KSUID_SORT_SCRATCH(n));

		fe_ksuid_sort(ids, n, scratch);
		pfree(scratch);
	}
	return ksuid_set_encode_sorted(ids, n);
}

/*
 * ksuid_compress(ksuid) aggregate of 0.1 and 0.2: collect the IDs; NULLs are
 * left out.  0.3 declares it over ksuid_set_trans (ksuid_set_agg.c).
 */
PG_FUNCTION_INFO_V1(ksuid_compress_trans);
Datum
ksuid_compress_trans(PG_FUNCTION_ARGS)
{
	MemoryContext aggcontext;
	ksuid_agg_state *state;

	if (!AggCheckCallContext(fcinfo, &aggcontext))
		elog(ERROR, "ksuid_compress_trans called in non-aggregate context");
	state = PG_ARGISNULL(0) ? NULL : (ksuid_agg_state *) PG_GETARG_POINTER(0);
	if (state == NULL)
	{
		state = MemoryContextAlloc(aggcontext, sizeof(ksuid_agg_state));
		state->cap = 64;
		state->ids = MemoryContextAllocHuge(aggcontext, state->cap * FE_KSUID_BYTES);
		state->n = 0;
		state->sorted = true;
	}
	if (!PG_ARGISNULL(1))
	{
		const uint8 *id = (const uint8 *) PG_GETARG_POINTER(1);
		uint8	   *slot;

		if (state->n == state->cap)
		{
			state->cap *= 2;
			state->ids = repalloc_huge(state->ids, state->cap * FE_KSUID_BYTES);
		}
		slot = state->ids + state->n * FE_KSUID_BYTES;
		memcpy(slot, id, FE_KSUID_BYTES);
		if (state->sorted && state->n > 0 && fe_ksuid_cmp(slot - FE_KSUID_BYTES, slot) > 0)
			state->sorted = false;
		state->n++;
	}
	PG_RETURN_POINTER(state);
}

/*
 * The set of the IDs so far: NULL if there were none.  Sorting the state in
 * place leaves the same IDs, so a later call (a window) sees what it would.
 */
PG_FUNCTION_INFO_V1(ksuid_compress_final);
Datum
ksuid_compress_final(PG_FUNCTION_ARGS)
{
	ksuid_agg_state *state;
	bool		sorted;

	if (PG_ARGISNULL(0))
		PG_RETURN_NULL();
	state = (ksuid_agg_state *) PG_GETARG_POINTER(0);
	if (state->n == 0)
		PG_RETURN_NULL();
	sorted = state->sorted;
	state->sorted = true;
	PG_RETURN_BYTEA_P(compress(state->ids, state->n, sorted));
}

/* ksuid_compress(ksuid[]): the set of an array's IDs, NULLs left out */
PG_FUNCTION_INFO_V1(ksuid_compress_array);
Datum
ksuid_compress_array(PG_FUNCTION_ARGS)
{
	ArrayType  *arr = PG_GETARG_ARRAYTYPE_P(0);
	Size		nitems = ArrayGetNItems(ARR_NDIM(arr), ARR_DIMS(arr));
	/* ARR_DATA_PTR, with the types spelled out (18's macro mixes signedness) */
	Size		offset = ARR_HASNULL(arr) ? (Size) arr->dataoffset :
		(Size) ARR_OVERHEAD_NONULLS(ARR_NDIM(arr));
	const uint8 *data = (const uint8 *) arr + offset;
	uint8	   *nulls = ARR_NULLBITMAP(arr);
	uint8	   *ids;
	Size		n = 0;
	bool		sorted = true;

	if (nitems == 0)
		PG_RETURN_NULL();
	/* ksuid is 20 bytes aligned as char: the elements lie end to end */
	ids = palloc_extended(nitems * FE_KSUID_BYTES, MCXT_ALLOC_HUGE);
	for (Size i = 0; i < nitems; i++)
	{
		if (nulls != NULL && !(nulls[i / 8] & (1 << (i % 8))))
			continue;
		memcpy(ids + n * FE_KSUID_BYTES, data, FE_KSUID_BYTES);
		if (sorted && n > 0 && fe_ksuid_cmp(ids + (n - 1) * FE_KSUID_BYTES, data) > 0)
			sorted = false;
		data += FE_KSUID_BYTES;
		n++;
	}
	if (n == 0)
		PG_RETURN_NULL();
	PG_RETURN_BYTEA_P(compress(ids, n, sorted));
}

/* ksuid_expand(bytea): the set's IDs in order, as CompressedSet.Iter */
PG_FUNCTION_INFO_V1(ksuid_expand);
Datum
ksuid_expand(PG_FUNCTION_ARGS)
{
	FuncCallContext *funcctx;
	fe_ksuid_set_iter *it;
	uint8	   *id;
	fe_ksuid_set_status st;

	if (SRF_IS_FIRSTCALL())
	{
		MemoryContext old;
		bytea	   *set;

		funcctx = SRF_FIRSTCALL_INIT();
		old = MemoryContextSwitchTo(funcctx->multi_call_memory_ctx);
		/* detoasted here, so that it lives as long as the iterator */
		set = PG_GETARG_BYTEA_PP(0);
		/* the whole set checked before the first ID (no rows, then an error) */
		(void) ksuid_set_checked_count(set);
		it = palloc(sizeof(fe_ksuid_set_iter));
		fe_ksuid_set_iter_init(it, (const uint8_t *) VARDATA_ANY(set), VARSIZE_ANY_EXHDR(set));
		funcctx->user_fctx = it;
		MemoryContextSwitchTo(old);
	}
	funcctx = SRF_PERCALL_SETUP();
	it = (fe_ksuid_set_iter *) funcctx->user_fctx;
	id = palloc(FE_KSUID_BYTES);
	st = fe_ksuid_set_next(it, id);
	if (st == FE_KSUID_SET_ID)
		SRF_RETURN_NEXT(funcctx, PointerGetDatum(id));
	if (st != FE_KSUID_SET_END)
		set_error(st, fe_ksuid_set_error_offset(it));
	pfree(id);
	SRF_RETURN_DONE(funcctx);
}

/* ksuid_compressed_count(bytea): how many IDs, checking the whole set */
PG_FUNCTION_INFO_V1(ksuid_compressed_count);
Datum
ksuid_compressed_count(PG_FUNCTION_ARGS)
{
	PG_RETURN_INT64((int64) ksuid_set_checked_count(PG_GETARG_BYTEA_PP(0)));
}
