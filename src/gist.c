/*
 * gist.c
 *	  GiST operator classes for ksuid and timestamptz_ns, as btree_gist has
 *	  them for uuid and timestamptz: equality and order, so that both types
 *	  work in multi-column GiST indexes and exclusion constraints
 *	  (EXCLUDE USING gist (device WITH =, during WITH &&)).
 *
 * A key is the smallest and the largest value below it, side by side (a
 * leaf's are equal); the storage types ksuid_gist_key (40 bytes) and
 * timestamptz_ns_gist_key (16) hold them.  Values are compared as bytes:
 * a ksuid's own, and a timestamptz_ns as big-endian int64 with the sign
 * bit flipped, so that one code serves both.
 */
#include "fastevent.h"

#include <float.h>

#include "access/gist.h"
#include "access/stratnum.h"
#include "common/int.h"
#include "utils/float.h"
#include "utils/rel.h"

#include "core/fe_bits.h"
#include "core/ksuid_codec.h"
#include "core/tsns_codec.h"

#define MAX_VALUE 20

typedef struct gist_kind
{
	int			size;			/* bytes of one value */
	const char *name;			/* for messages */
} gist_kind;

static const gist_kind ksuid_kind = {FE_KSUID_BYTES, "ksuid"};
static const gist_kind tsns_kind = {8, "timestamptz_ns"};

/* A timestamptz_ns as 8 bytes that compare as the values do */
static void
tsns_to_bytes(int64 v, uint8 *out)
{
	fe_store_be64(out, (uint64) v ^ (UINT64_C(1) << 63));
}

static int64
tsns_from_bytes(const uint8 *p)
{
	return (int64) (fe_load_be64(p) ^ (UINT64_C(1) << 63));
}

/* The bytes of a value Datum of kind k, in buf (tsns) or in place (ksuid) */
static const uint8 *
value_bytes(const gist_kind *k, Datum d, uint8 *buf)
{
	if (k == &tsns_kind)
	{
		tsns_to_bytes(DatumGetInt64(d), buf);
		return buf;
	}
	return (const uint8 *) DatumGetPointer(d);
}

static Datum
value_datum(const gist_kind *k, const uint8 *p)
{
	uint8	   *copy;

	if (k == &tsns_kind)
		return Int64GetDatum(tsns_from_bytes(p));
	copy = palloc(FE_KSUID_BYTES);
	memcpy(copy, p, FE_KSUID_BYTES);
	return PointerGetDatum(copy);
}

#define LOWER(key)		((const uint8 *) (key))
#define UPPER(k, key)	((const uint8 *) (key) + (k)->size)

/* memcmp's order of two values of kind k, as inline big-endian loads */
static inline int
cmp(const gist_kind *k, const uint8 *a, const uint8 *b)
{
	if (k->size == 8)
	{
		uint64		x = fe_load_be64(a),
					y = fe_load_be64(b);

		return (x > y) - (x < y);
	}
	return fe_ksuid_cmp(a, b);
}

/*
 * A value as a double, for penalties: the first 16 bytes as a big-endian
 * number (a ksuid's last 4 make no difference worth a split).
 */
static inline double
approx(const gist_kind *k, const uint8 *p)
{
	/*
	 * Each 8 bytes less 2^63, as a signed integer: the differences are the
	 * same, and a signed conversion is one instruction where an unsigned
	 * one is a dozen.
	 */
	double		hi = (double) (int64) (fe_load_be64(p) ^ (UINT64_C(1) << 63));

	if (k->size == 8)
		return hi;
	return hi * 18446744073709551616.0 + (double) (int64) (fe_load_be64(p + 8) ^ (UINT64_C(1) << 63));
}

static Datum
gist_compress(const gist_kind *k, FunctionCallInfo fcinfo)
{
	GISTENTRY  *entry = (GISTENTRY *) PG_GETARG_POINTER(0);
	GISTENTRY  *retval;
	uint8	   *key;
	uint8		buf[MAX_VALUE];
	const uint8 *v;

	if (!entry->leafkey)
		PG_RETURN_POINTER(entry);
	key = palloc(2 * k->size);
	v = value_bytes(k, entry->key, buf);
	memcpy(key, v, k->size);
	memcpy(key + k->size, v, k->size);
	retval = palloc(sizeof(GISTENTRY));
	gistentryinit(*retval, PointerGetDatum(key), entry->rel, entry->page, entry->offset, false);
	PG_RETURN_POINTER(retval);
}

static Datum
gist_fetch(const gist_kind *k, FunctionCallInfo fcinfo)
{
	GISTENTRY  *entry = (GISTENTRY *) PG_GETARG_POINTER(0);
	GISTENTRY  *retval = palloc(sizeof(GISTENTRY));

	gistentryinit(*retval, value_datum(k, LOWER(DatumGetPointer(entry->key))),
				  entry->rel, entry->page, entry->offset, false);
	PG_RETURN_POINTER(retval);
}

static Datum
gist_consistent(const gist_kind *k, FunctionCallInfo fcinfo)
{
	GISTENTRY  *entry = (GISTENTRY *) PG_GETARG_POINTER(0);
	StrategyNumber strategy = (StrategyNumber) PG_GETARG_UINT16(2);
	bool	   *recheck = (bool *) PG_GETARG_POINTER(4);
	const uint8 *key = (const uint8 *) DatumGetPointer(entry->key);
	uint8		buf[MAX_VALUE];
	const uint8 *q = value_bytes(k, PG_GETARG_DATUM(1), buf);
	int			lo = cmp(k, LOWER(key), q);
	int			hi = cmp(k, UPPER(k, key), q);

	*recheck = false;
	switch (strategy)
	{
		case BTLessStrategyNumber:
			PG_RETURN_BOOL(lo < 0);
		case BTLessEqualStrategyNumber:
			PG_RETURN_BOOL(lo <= 0);
		case BTEqualStrategyNumber:
			PG_RETURN_BOOL(lo <= 0 && hi >= 0);
		case BTGreaterEqualStrategyNumber:
			PG_RETURN_BOOL(hi >= 0);
		case BTGreaterStrategyNumber:
			PG_RETURN_BOOL(hi > 0);
		case 6:					/* <>: anything but a key of q alone */
			PG_RETURN_BOOL(!(lo == 0 && hi == 0));
	}
	elog(ERROR, "unknown strategy %d for a GiST index on %s", strategy, k->name);
	PG_RETURN_BOOL(false);
}

static Datum
gist_union(const gist_kind *k, FunctionCallInfo fcinfo)
{
	GistEntryVector *entryvec = (GistEntryVector *) PG_GETARG_POINTER(0);
	int		   *sizep = (int *) PG_GETARG_POINTER(1);
	uint8	   *out = palloc(2 * k->size);
	const uint8 *first = (const uint8 *) DatumGetPointer(entryvec->vector[0].key);

	memcpy(out, first, 2 * k->size);
	for (int i = 1; i < entryvec->n; i++)
	{
		const uint8 *key = (const uint8 *) DatumGetPointer(entryvec->vector[i].key);

		if (cmp(k, LOWER(key), out) < 0)
			memcpy(out, LOWER(key), k->size);
		if (cmp(k, UPPER(k, key), out + k->size) > 0)
			memcpy(out + k->size, UPPER(k, key), k->size);
	}
	*sizep = 2 * k->size;
	PG_RETURN_POINTER(out);
}

/*
 * How much the key of an existing entry must grow to take a new one, as a
 * share of the grown key, scaled (as btree_gist scales it) so that the
 * first column of a multi-column index decides
 */
static Datum
gist_penalty(const gist_kind *k, FunctionCallInfo fcinfo)
{
	GISTENTRY  *o = (GISTENTRY *) PG_GETARG_POINTER(0);
	GISTENTRY  *n = (GISTENTRY *) PG_GETARG_POINTER(1);
	float	   *result = (float *) PG_GETARG_POINTER(2);
	const uint8 *ok = (const uint8 *) DatumGetPointer(o->key);
	const uint8 *nk = (const uint8 *) DatumGetPointer(n->key);
	double		grow = 0;

	if (cmp(k, LOWER(nk), LOWER(ok)) < 0)
		grow += approx(k, LOWER(ok)) - approx(k, LOWER(nk));
	if (cmp(k, UPPER(k, nk), UPPER(k, ok)) > 0)
		grow += approx(k, UPPER(k, nk)) - approx(k, UPPER(k, ok));
	*result = 0;
	if (grow > 0)
	{
		double		span = approx(k, UPPER(k, ok)) - approx(k, LOWER(ok));

		*result = FLT_MIN + (float) (grow / (grow + span));
		*result *= FLT_MAX / (o->rel->rd_att->natts + 1);
	}
	PG_RETURN_POINTER(result);
}

/* sort context for picksplit */
typedef struct split_item
{
	OffsetNumber off;
	const uint8 *key;
} split_item;

static const gist_kind *sort_kind;

static int
split_cmp(const void *a, const void *b)
{
	const split_item *x = a,
			   *y = b;
	int			c = cmp(sort_kind, LOWER(x->key), LOWER(y->key));

	if (c == 0)
		c = cmp(sort_kind, UPPER(sort_kind, x->key), UPPER(sort_kind, y->key));
	return c;
}

static void
grow_union(const gist_kind *k, uint8 *u, bool *empty, const uint8 *key)
{
	if (*empty)
	{
		memcpy(u, key, 2 * k->size);
		*empty = false;
		return;
	}
	if (cmp(k, LOWER(key), u) < 0)
		memcpy(u, LOWER(key), k->size);
	if (cmp(k, UPPER(k, key), u + k->size) > 0)
		memcpy(u + k->size, UPPER(k, key), k->size);
}

/* Split in order of the keys, the first half left, the rest right */
static Datum
gist_picksplit(const gist_kind *k, FunctionCallInfo fcinfo)
{
	GistEntryVector *entryvec = (GistEntryVector *) PG_GETARG_POINTER(0);
	GIST_SPLITVEC *v = (GIST_SPLITVEC *) PG_GETARG_POINTER(1);
	OffsetNumber maxoff = entryvec->n - 1;
	int			n = maxoff - FirstOffsetNumber + 1;
	split_item *items = palloc(n * sizeof(split_item));
	uint8	   *left = palloc(2 * k->size);
	uint8	   *right = palloc(2 * k->size);
	bool		left_empty = true,
				right_empty = true;

	for (OffsetNumber i = FirstOffsetNumber; i <= maxoff; i = OffsetNumberNext(i))
	{
		items[i - FirstOffsetNumber].off = i;
		items[i - FirstOffsetNumber].key = (const uint8 *) DatumGetPointer(entryvec->vector[i].key);
	}
	sort_kind = k;
	qsort(items, n, sizeof(split_item), split_cmp);

	v->spl_left = palloc(n * sizeof(OffsetNumber));
	v->spl_right = palloc(n * sizeof(OffsetNumber));
	v->spl_nleft = v->spl_nright = 0;
	for (int i = 0; i < n; i++)
	{
		if (i < n / 2)
		{
			v->spl_left[v->spl_nleft++] = items[i].off;
			grow_union(k, left, &left_empty, items[i].key);
		}
		else
		{
			v->spl_right[v->spl_nright++] = items[i].off;
			grow_union(k, right, &right_empty, items[i].key);
		}
	}
	v->spl_ldatum = PointerGetDatum(left);
	v->spl_rdatum = PointerGetDatum(right);
	PG_RETURN_POINTER(v);
}

static Datum
gist_same(const gist_kind *k, FunctionCallInfo fcinfo)
{
	const uint8 *a = (const uint8 *) PG_GETARG_POINTER(0);
	const uint8 *b = (const uint8 *) PG_GETARG_POINTER(1);
	bool	   *result = (bool *) PG_GETARG_POINTER(2);

	*result = memcmp(a, b, 2 * k->size) == 0;
	PG_RETURN_POINTER(result);
}

/*
 * timestamptz_ns <-> timestamptz_ns: how far apart, in seconds, as a
 * float8 (btree_gist's <-> for timestamptz gives an interval, to the
 * microsecond): exact to the nanosecond within 104 days, and ordered as
 * the exact distances are; an infinity is infinitely far from the rest.
 */
static float8
tsns_distance(int64 a, int64 b)
{
	int64		d;

	if (!FE_TSNS_IS_FINITE(a) || !FE_TSNS_IS_FINITE(b))
		return a == b ? 0 : get_float8_infinity();
	if (pg_sub_s64_overflow(a, b, &d))
		return ((float8) a - (float8) b) / 1e9 * (a > b ? 1 : -1);
	return (float8) (d < 0 ? -d : d) / 1e9;
}

/* the <-> operator: how far apart two times are, in seconds (float8) */
PG_FUNCTION_INFO_V1(timestamptz_ns_distance);
Datum
timestamptz_ns_distance(PG_FUNCTION_ARGS)
{
	PG_RETURN_FLOAT8(tsns_distance(PG_GETARG_INT64(0), PG_GETARG_INT64(1)));
}

/*
 * The GiST distance of <->: from the query to the nearest value a key may
 * hold, computed as the operator computes it, so that a leaf's is the
 * operator's value and an inner key's bounds those below it.
 */
PG_FUNCTION_INFO_V1(timestamptz_ns_gist_distance);
Datum
timestamptz_ns_gist_distance(PG_FUNCTION_ARGS)
{
	GISTENTRY  *entry = (GISTENTRY *) PG_GETARG_POINTER(0);
	int64		q = PG_GETARG_INT64(1);
	const uint8 *key = (const uint8 *) DatumGetPointer(entry->key);
	int64		lo = tsns_from_bytes(LOWER(key));
	int64		hi = tsns_from_bytes(UPPER(&tsns_kind, key));

	if (q < lo)
		PG_RETURN_FLOAT8(tsns_distance(lo, q));
	if (q > hi)
		PG_RETURN_FLOAT8(tsns_distance(q, hi));
	PG_RETURN_FLOAT8(0);
}

/* The storage types: never read or written as text */
static void
key_io_error(const char *type)
{
	ereport(ERROR,
			(errcode(ERRCODE_FEATURE_NOT_SUPPORTED),
			 errmsg("%s is the storage of a GiST index and has no text form", type)));
}

/*
 * The support functions of a type's GiST class and the text I/O of its key
 * type (refused), named in full
 */
#define GIST_FUNCS(compress_fn, fetch_fn, consistent_fn, union_fn, penalty_fn, picksplit_fn, \
				   same_fn, key_in_fn, key_out_fn, key_name, kind) \
PG_FUNCTION_INFO_V1(compress_fn); \
Datum compress_fn(PG_FUNCTION_ARGS) { return gist_compress(&kind, fcinfo); } \
PG_FUNCTION_INFO_V1(fetch_fn); \
Datum fetch_fn(PG_FUNCTION_ARGS) { return gist_fetch(&kind, fcinfo); } \
PG_FUNCTION_INFO_V1(consistent_fn); \
Datum consistent_fn(PG_FUNCTION_ARGS) { return gist_consistent(&kind, fcinfo); } \
PG_FUNCTION_INFO_V1(union_fn); \
Datum union_fn(PG_FUNCTION_ARGS) { return gist_union(&kind, fcinfo); } \
PG_FUNCTION_INFO_V1(penalty_fn); \
Datum penalty_fn(PG_FUNCTION_ARGS) { return gist_penalty(&kind, fcinfo); } \
PG_FUNCTION_INFO_V1(picksplit_fn); \
Datum picksplit_fn(PG_FUNCTION_ARGS) { return gist_picksplit(&kind, fcinfo); } \
PG_FUNCTION_INFO_V1(same_fn); \
Datum same_fn(PG_FUNCTION_ARGS) { return gist_same(&kind, fcinfo); } \
PG_FUNCTION_INFO_V1(key_in_fn); \
Datum key_in_fn(PG_FUNCTION_ARGS) { key_io_error(key_name); PG_RETURN_NULL(); } \
PG_FUNCTION_INFO_V1(key_out_fn); \
Datum key_out_fn(PG_FUNCTION_ARGS) { key_io_error(key_name); PG_RETURN_NULL(); }

/* GiST support of ksuid: keys are [lower, upper] pairs of ksuids */
GIST_FUNCS(ksuid_gist_compress, ksuid_gist_fetch, ksuid_gist_consistent, ksuid_gist_union,
		   ksuid_gist_penalty, ksuid_gist_picksplit, ksuid_gist_same,
		   ksuid_gist_key_in, ksuid_gist_key_out, "ksuid_gist_key", ksuid_kind)
/* GiST support of timestamptz_ns: keys are [lower, upper] pairs of times */
GIST_FUNCS(timestamptz_ns_gist_compress, timestamptz_ns_gist_fetch, timestamptz_ns_gist_consistent,
		   timestamptz_ns_gist_union, timestamptz_ns_gist_penalty, timestamptz_ns_gist_picksplit,
		   timestamptz_ns_gist_same, timestamptz_ns_gist_key_in, timestamptz_ns_gist_key_out,
		   "timestamptz_ns_gist_key", tsns_kind)
