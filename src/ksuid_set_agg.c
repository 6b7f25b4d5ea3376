/*
 * ksuid_set_agg.c
 *	  The aggregates ksuid_compress(ksuid) and ksuid_compress(bytea) (the
 *	  union of compressed sets), with a combine step: parallel on one
 *	  server, and run on the workers by Citus.
 *
 * The state's type is bytea.  In memory it is an expanded object
 * (utils/expandeddatum.h): segments of IDs, appended to in place, each
 * either 20-byte IDs (sorted or not) or a compressed set kept as it came.
 * Its flat form, what a parallel worker sends its leader and what Citus
 * prints of a worker's partial state, is one of two:
 *   - a compressed set, where the state holds just one;
 *   - otherwise the IDs sorted and without repeats, 20 bytes each, after
 *     one byte 0xFF (a tag no compressed set starts with: a run of 63
 *     bytes).  A leader then merges what its workers sorted, without
 *     decoding it; so the final step costs a merge, not a sort.
 * The combine step (also the transition of ksuid_compress(bytea)) takes
 * either form, checked: a set as ksuid_expand checks it, sorted IDs for
 * their order.  The final step merges every segment into the encoder.
 *
 * Serves 0.3 on.  0.1 and 0.2 declare ksuid_compress(ksuid) with an
 * internal state (ksuid_compress_trans/final in ksuid_set.c): no combine
 * step, so neither a parallel aggregate nor one Citus runs on the workers.
 */
#include "fastevent.h"

#include "fmgr.h"
#include "miscadmin.h"
#include "utils/expandeddatum.h"
#include "utils/memutils.h"

#include "core/fe_bits.h"
#include "core/ksuid_set.h"
#include "ksuid_set.h"

/* The first byte of the sorted-IDs form of a flat state. */
#define SORTED_IDS_TAG 0xFF

/*
 * A segment: IDs of the state's array (from ksuid_set_trans), sorted or
 * not; or a flat state kept as it came (from ksuid_set_union), checked: a
 * compressed set, or sorted IDs.
 */
typedef struct set_segment
{
	Size		start;			/* array: index of the first ID */
	Size		n;				/* IDs (a set's count) */
	bool		sorted;			/* array: in ascending order */
	bool		is_set;			/* flat: a compressed set, not sorted IDs */
	bytea	   *flat;			/* flat: a copy; NULL for an array segment */
} set_segment;

typedef struct set_state
{
	ExpandedObjectHeader hdr;
	uint8	   *ids;			/* n IDs of 20 bytes, room for cap */
	Size		n;
	Size		cap;
	uint64		count;			/* IDs in all segments, repeats counted */
	set_segment *segs;			/* nsegs segments, room for segcap */
	int			nsegs;
	int			segcap;
	bytea	   *flat;			/* the encoded set, while nothing is added */
} set_state;

static Size set_get_flat_size(ExpandedObjectHeader *eohptr);
static void set_flatten_into(ExpandedObjectHeader *eohptr, void *result, Size allocated_size);

static const ExpandedObjectMethods set_methods = {
	set_get_flat_size,
	set_flatten_into
};

/* A new, empty state in a context of its own under the aggregate's. */
static set_state *
set_new(MemoryContext aggcontext)
{
	MemoryContext cxt = AllocSetContextCreate(aggcontext, "ksuid_compress state",
											  ALLOCSET_DEFAULT_SIZES);
	set_state  *st = MemoryContextAllocZero(cxt, sizeof(set_state));

	EOH_init_header(&st->hdr, &set_methods, cxt);
	st->segcap = 4;
	st->segs = MemoryContextAlloc(cxt, st->segcap * sizeof(set_segment));
	return st;
}

/* What is encoded no longer holds once something is added. */
static void
set_changed(set_state *st)
{
	if (st->flat != NULL)
	{
		pfree(st->flat);
		st->flat = NULL;
	}
}

static set_segment *
set_add_segment(set_state *st)
{
	set_segment *seg;

	if (st->nsegs == st->segcap)
	{
		st->segcap *= 2;
		st->segs = repalloc(st->segs, st->segcap * sizeof(set_segment));
	}
	seg = &st->segs[st->nsegs++];
	memset(seg, 0, sizeof(*seg));
	seg->start = st->n;
	seg->sorted = true;
	return seg;
}

/* One ID, into the last segment if it takes IDs, else a new one. */
static void
set_add_id(set_state *st, const uint8 *id)
{
	set_segment *seg = st->nsegs > 0 ? &st->segs[st->nsegs - 1] : NULL;
	uint8	   *slot;

	set_changed(st);
	if (seg == NULL || seg->flat != NULL)
		seg = set_add_segment(st);
	if (st->n == st->cap)
	{
		Size		cap = st->cap == 0 ? 64 : st->cap * 2;

		if (cap > MaxAllocHugeSize / FE_KSUID_BYTES)
			ereport(ERROR,
					(errcode(ERRCODE_PROGRAM_LIMIT_EXCEEDED),
					 errmsg("too many KSUIDs for one compressed set")));
		st->ids = st->ids == NULL ?
			MemoryContextAllocHuge(st->hdr.eoh_context, cap * FE_KSUID_BYTES) :
			repalloc_huge(st->ids, cap * FE_KSUID_BYTES);
		st->cap = cap;
	}
	slot = st->ids + st->n * FE_KSUID_BYTES;
	memcpy(slot, id, FE_KSUID_BYTES);
	if (seg->sorted && seg->n > 0 && fe_ksuid_cmp(slot - FE_KSUID_BYTES, slot) > 0)
		seg->sorted = false;
	seg->n++;
	st->n++;
	st->count++;
}

FE_NORETURN static void
bad_sorted_ids(const char *why)
{
	ereport(ERROR,
			(errcode(ERRCODE_INVALID_BINARY_REPRESENTATION),
			 errmsg("invalid ksuid_compress state"),
			 errdetail("Sorted IDs (first byte 0xFF) %s.", why)));
}

/*
 * A flat state, kept as it is (a copy): a compressed set, checked whole, or
 * sorted IDs, checked for their length and order.
 */
static void
set_add_set(set_state *st, const bytea *set)
{
	const uint8 *p = (const uint8 *) VARDATA_ANY(set);
	Size		len = VARSIZE_ANY_EXHDR(set);
	set_segment *seg;
	uint64		count;
	bool		is_set = len == 0 || p[0] != SORTED_IDS_TAG;

	if (is_set)
		count = ksuid_set_checked_count(set);
	else
	{
		if ((len - 1) % FE_KSUID_BYTES != 0)
			bad_sorted_ids("do not fill whole 20-byte IDs");
		count = (len - 1) / FE_KSUID_BYTES;
		for (Size i = 1; i < count; i++)
			if (fe_ksuid_cmp(p + 1 + (i - 1) * FE_KSUID_BYTES, p + 1 + i * FE_KSUID_BYTES) >= 0)
				bad_sorted_ids("are not in ascending order");
	}
	if (count == 0)
		return;
	set_changed(st);
	seg = set_add_segment(st);
	seg->n = (Size) count;
	seg->is_set = is_set;
	seg->flat = MemoryContextAllocHuge(st->hdr.eoh_context, VARHDRSZ + len);
	SET_VARSIZE(seg->flat, VARHDRSZ + len);
	memcpy(VARDATA(seg->flat), p, len);
	st->count += count;
}

/* A source of the merge: an array segment, or a set's iterator. */
typedef struct merge_src
{
	const uint8 *next;			/* array: the ID after head */
	const uint8 *end;
	fe_ksuid_set_iter it;
	bool		is_set;
	uint64		key;			/* head's first 8 bytes, big-endian */
	uint8		head[FE_KSUID_BYTES];
} merge_src;

/* The source's next ID into head; false when it has none. */
static inline bool
src_advance(merge_src *s)
{
	if (s->is_set)
	{
		if (fe_ksuid_set_next(&s->it, s->head) != FE_KSUID_SET_ID)
			return false;
	}
	else
	{
		if (s->next == s->end)
			return false;
		memcpy(s->head, s->next, FE_KSUID_BYTES);
		s->next += FE_KSUID_BYTES;
	}
	s->key = fe_load_be64(s->head);
	return true;
}

/* a's head before b's: the first 8 bytes decide nearly always */
static inline bool
src_less(const merge_src *a, const merge_src *b)
{
	if (a->key != b->key)
		return a->key < b->key;
	return fe_ksuid_cmp(a->head, b->head) < 0;
}

/* heap of source indexes, the smallest head on top */
static inline void
heap_down(merge_src *src, int *heap, int n, int i)
{
	int			x = heap[i];

	for (;;)
	{
		int			c = 2 * i + 1;

		if (c >= n)
			break;
		if (c + 1 < n && src_less(&src[heap[c + 1]], &src[heap[c]]))
			c++;
		if (!src_less(&src[heap[c]], &src[x]))
			break;
		heap[i] = heap[c];
		i = c;
	}
	heap[i] = x;
}

/*
 * All segments merged, each unsorted array segment sorted in place first,
 * through a heap of their next IDs: into the encoder (a compressed set) or,
 * for a flat state, as sorted IDs without repeats; the result in outcxt.
 */
static bytea *
set_merge(set_state *st, bool compressed, MemoryContext outcxt)
{
	MemoryContext cxt = st->hdr.eoh_context;
	merge_src  *src;
	int		   *heap;
	int			k = 0;
	fe_ksuid_set_writer w;
	Size		cap;
	Size		len;
	bytea	   *out;
	uint8	   *o = NULL;
	uint64		i = 0;

	src = MemoryContextAlloc(cxt, Max(st->nsegs, 1) * sizeof(merge_src));
	heap = MemoryContextAlloc(cxt, Max(st->nsegs, 1) * sizeof(int));
	/* a compressed set: room for the sets' bytes and 21 a sorted ID, grown as needed */
	cap = VARHDRSZ + FE_KSUID_SET_WRITER_SLACK;
	for (int j = 0; j < st->nsegs; j++)
	{
		set_segment *seg = &st->segs[j];
		merge_src  *s = &src[k];

		memset(s, 0, sizeof(*s));
		if (seg->flat != NULL && seg->is_set)
		{
			s->is_set = true;
			fe_ksuid_set_iter_init(&s->it, (const uint8_t *) VARDATA(seg->flat),
								   VARSIZE(seg->flat) - VARHDRSZ);
			cap += VARSIZE(seg->flat);
		}
		else
		{
			uint8	   *ids = seg->flat != NULL ? (uint8 *) VARDATA(seg->flat) + 1 :
				st->ids + seg->start * FE_KSUID_BYTES;

			if (!seg->sorted)
			{
				/* a radix sort: a third of the time of qsort() on a million IDs */
				void	   *scratch = MemoryContextAllocHuge(cxt, FE_KSUID_SORT_SCRATCH(seg->n));

				fe_ksuid_sort(ids, seg->n, scratch);
				pfree(scratch);
				seg->sorted = true;
			}
			s->next = ids;
			s->end = ids + seg->n * FE_KSUID_BYTES;
			cap += FE_KSUID_SET_MAX_BYTES(seg->n);
		}
		if (src_advance(s))
			heap[k] = k, k++;
	}
	for (int j = k / 2; j-- > 0;)
		heap_down(src, heap, k, j);
	if (!compressed)
	{
		/* sorted IDs: at most all of them */
		if (st->count > (MaxAllocSize - VARHDRSZ - 1) / FE_KSUID_BYTES)
			ereport(ERROR,
					(errcode(ERRCODE_PROGRAM_LIMIT_EXCEEDED),
					 errmsg("too many KSUIDs to pass on as one ksuid_compress state: " UINT64_FORMAT,
							st->count)));
		cap = VARHDRSZ + 1 + (Size) st->count * FE_KSUID_BYTES;
	}
	cap = Min(cap, MaxAllocSize);
	out = MemoryContextAllocHuge(outcxt, cap);
	if (compressed)
		fe_ksuid_set_writer_init(&w, (uint8_t *) VARDATA(out));
	else
	{
		o = (uint8 *) VARDATA(out);
		*o++ = SORTED_IDS_TAG;
	}
	while (k > 0)
	{
		merge_src  *top = &src[heap[0]];

		if (compressed)
		{
			if (VARHDRSZ + w.len + FE_KSUID_SET_WRITER_SLACK > cap)
			{
				if (cap >= MaxAllocSize)
					ereport(ERROR,
							(errcode(ERRCODE_PROGRAM_LIMIT_EXCEEDED),
							 errmsg("compressed KSUID set exceeds the maximum size of a bytea")));
				cap = Min(cap * 2, MaxAllocSize);
				out = repalloc_huge(out, cap);
				w.buf = (uint8_t *) VARDATA(out);
			}
			(void) fe_ksuid_set_writer_add(&w, top->head);
		}
		else if (o == (uint8 *) VARDATA(out) + 1 ||
				 memcmp(o - FE_KSUID_BYTES, top->head, FE_KSUID_BYTES) != 0)
		{
			memcpy(o, top->head, FE_KSUID_BYTES);
			o += FE_KSUID_BYTES;
		}
		if (!src_advance(top))
			heap[0] = heap[--k];
		heap_down(src, heap, k, 0);
		if ((++i & 0xffff) == 0)
			CHECK_FOR_INTERRUPTS();
	}
	len = compressed ? fe_ksuid_set_writer_finish(&w) : (Size) (o - (uint8 *) VARDATA(out));
	if (VARHDRSZ + len > MaxAllocSize)
		ereport(ERROR,
				(errcode(ERRCODE_PROGRAM_LIMIT_EXCEEDED),
				 errmsg("compressed KSUID set exceeds the maximum size of a bytea")));
	SET_VARSIZE(out, VARHDRSZ + len);
	pfree(src);
	pfree(heap);
	return out;
}

/*
 * The flat form, made once until more IDs come: a state of one flat
 * segment is that segment; any other, its sorted IDs.
 */
static bytea *
set_flat(set_state *st)
{
	if (st->flat == NULL)
	{
		if (st->nsegs == 1 && st->segs[0].flat != NULL)
		{
			bytea	   *f = st->segs[0].flat;

			st->flat = MemoryContextAllocHuge(st->hdr.eoh_context, VARSIZE(f));
			memcpy(st->flat, f, VARSIZE(f));
		}
		else
			st->flat = set_merge(st, false, st->hdr.eoh_context);
	}
	return st->flat;
}

static Size
set_get_flat_size(ExpandedObjectHeader *eohptr)
{
	return VARSIZE(set_flat((set_state *) eohptr));
}

static void
set_flatten_into(ExpandedObjectHeader *eohptr, void *result, Size allocated_size)
{
	bytea	   *flat = set_flat((set_state *) eohptr);

	Assert(allocated_size == VARSIZE(flat));
	memcpy(result, flat, allocated_size);
}

/* Our state, if d is one: read-write, or read-only when rw is false. */
static inline set_state *
our_state(Datum d, bool rw)
{
	Pointer		p = DatumGetPointer(d);
	varatt_expanded ptr;

	if (rw ? !VARATT_IS_EXTERNAL_EXPANDED_RW(p) : !VARATT_IS_EXTERNAL_EXPANDED(p))
		return NULL;
	/* DatumGetEOHP, inline: the transition's fast path */
	memcpy(&ptr, VARDATA_EXTERNAL(p), sizeof(ptr));
	if (ptr.eohptr->eoh_methods != &set_methods)
		return NULL;
	return (set_state *) ptr.eohptr;
}

/*
 * The state to add to: argument 0 itself where it is our read-write state,
 * else a new one holding what it holds (none for NULL; a flat set, as a
 * strict or copying caller may pass, decoded).
 */
static set_state *
state_arg(FunctionCallInfo fcinfo, const char *fn)
{
	MemoryContext aggcontext;
	set_state  *st;

	if (!AggCheckCallContext(fcinfo, &aggcontext))
		ereport(ERROR,
				(errcode(ERRCODE_FEATURE_NOT_SUPPORTED),
				 errmsg("%s is a step of an aggregate, not a function to call", fn),
				 errhint("Use the aggregate ksuid_compress().")));
	if (!PG_ARGISNULL(0) && (st = our_state(PG_GETARG_DATUM(0), true)) != NULL)
		return st;
	st = set_new(aggcontext);
	if (!PG_ARGISNULL(0))
		set_add_set(st, PG_GETARG_BYTEA_PP(0));
	return st;
}

/* ksuid_compress(ksuid): the transition, NULLs left out */
PG_FUNCTION_INFO_V1(ksuid_set_trans);
Datum
ksuid_set_trans(PG_FUNCTION_ARGS)
{
	set_state  *st;

	/* the fast path: one more ID into our state */
	if (!PG_ARGISNULL(0) && (st = our_state(PG_GETARG_DATUM(0), true)) != NULL)
	{
		if (!PG_ARGISNULL(1))
			set_add_id(st, (const uint8 *) PG_GETARG_POINTER(1));
		PG_RETURN_DATUM(PG_GETARG_DATUM(0));
	}
	if (PG_ARGISNULL(1) && PG_ARGISNULL(0))
		PG_RETURN_NULL();
	st = state_arg(fcinfo, "ksuid_set_trans");
	if (!PG_ARGISNULL(1))
		set_add_id(st, (const uint8 *) PG_GETARG_POINTER(1));
	PG_RETURN_DATUM(EOHPGetRWDatum(&st->hdr));
}

/*
 * The union of the state and a compressed set: the combine step of both
 * aggregates and the transition of ksuid_compress(bytea).  A NULL set is
 * left out; an invalid one is refused, as ksuid_expand refuses it.
 */
PG_FUNCTION_INFO_V1(ksuid_set_union);
Datum
ksuid_set_union(PG_FUNCTION_ARGS)
{
	set_state  *st;

	if (PG_ARGISNULL(1))
	{
		if (PG_ARGISNULL(0))
			PG_RETURN_NULL();
		PG_RETURN_DATUM(EOHPGetRWDatum(&state_arg(fcinfo, "ksuid_set_union")->hdr));
	}
	st = state_arg(fcinfo, "ksuid_set_union");
	set_add_set(st, PG_GETARG_BYTEA_PP(1));
	PG_RETURN_DATUM(EOHPGetRWDatum(&st->hdr));
}

/*
 * Both aggregates' result: the compressed set, NULL for no IDs.  The state
 * keeps its IDs (sorted now), for a window's next row.
 */
PG_FUNCTION_INFO_V1(ksuid_set_final);
Datum
ksuid_set_final(PG_FUNCTION_ARGS)
{
	set_state  *st;
	bytea	   *set;
	bytea	   *result;

	if (PG_ARGISNULL(0))
		PG_RETURN_NULL();
	st = our_state(PG_GETARG_DATUM(0), false);
	if (st == NULL)
	{
		/* a flat state, from a caller that copied it */
		st = set_new(CurrentMemoryContext);
		set_add_set(st, PG_GETARG_BYTEA_PP(0));
	}
	if (st->count == 0)
		PG_RETURN_NULL();
	if (st->nsegs == 1 && st->segs[0].flat != NULL && st->segs[0].is_set)
	{
		/* the one set it holds: a copy, as the state keeps its own */
		set = st->segs[0].flat;
		result = palloc(VARSIZE(set));
		memcpy(result, set, VARSIZE(set));
		PG_RETURN_BYTEA_P(result);
	}
	/* encoded straight into the caller's context: no copy of the result */
	PG_RETURN_BYTEA_P(set_merge(st, true, CurrentMemoryContext));
}
