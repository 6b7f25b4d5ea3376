/*
 * ksuid.c
 *	  The ksuid type: K-Sortable Unique IDs, 20 bytes compared as bytes.
 *
 * The bytes are the KSUID's own (big-endian seconds since 1400000000, then
 * 16 random bytes), so byte order is time order, and the text form is
 * segmentio/ksuid's 27-character base62.  Formatting and parsing live in
 * core/ksuid_codec.c; this file is the fmgr glue.
 */
#include "fastevent.h"

#include <time.h>

#include "common/hashfn.h"
#include "datatype/timestamp.h"
#include "lib/hyperloglog.h"
#include "libpq/pqformat.h"
#include "mb/pg_wchar.h"
#include "miscadmin.h"
#include "port/pg_bswap.h"
#include "utils/guc.h"
#include "utils/sortsupport.h"
#include "utils/timestamp.h"

#include "core/fe_bits.h"
#include "core/ksuid_codec.h"

typedef struct pg_ksuid
{
	uint8		data[FE_KSUID_BYTES];
} pg_ksuid;

#define DatumGetKsuidP(X)		((pg_ksuid *) DatumGetPointer(X))
#define PG_GETARG_KSUID_P(n)	DatumGetKsuidP(PG_GETARG_DATUM(n))
#define PG_RETURN_KSUID_P(X)	PG_RETURN_POINTER(X)

/* Unix time of the first and last second a ksuid can hold */
#define KSUID_MIN_UNIX	FE_KSUID_EPOCH
#define KSUID_MAX_UNIX	(FE_KSUID_EPOCH + (int64) PG_UINT32_MAX)

/* Seconds from the Unix epoch to PostgreSQL's (2000-01-01) */
#define UNIX_TO_PG_SECS ((int64) (POSTGRES_EPOCH_JDATE - UNIX_EPOCH_JDATE) * SECS_PER_DAY)

static pg_ksuid *
ksuid_alloc(void)
{
	return (pg_ksuid *) palloc(sizeof(pg_ksuid));
}

/*
 * I/O
 */

/* Convert the 27-character base62 form to a ksuid */
PG_FUNCTION_INFO_V1(ksuid_in);
Datum
ksuid_in(PG_FUNCTION_ARGS)
{
	const char *str = PG_GETARG_CSTRING(0);
	pg_ksuid   *result = ksuid_alloc();
	fe_ksuid_status status;

	/* strnlen stops one past a valid length: no need to measure further */
	status = fe_ksuid_decode(str, strnlen(str, FE_KSUID_CHARS + 1), result->data);
	if (likely(status == FE_KSUID_OK))
		PG_RETURN_KSUID_P(result);

	/* 27 characters but more bytes: the fault is a non-ASCII character */
	if (status == FE_KSUID_BAD_LENGTH && pg_mbstrlen(str) == FE_KSUID_CHARS)
		status = FE_KSUID_BAD_CHAR;
	fe_input_error(fcinfo,
				   errcode(ERRCODE_INVALID_TEXT_REPRESENTATION),
				   errmsg("invalid input syntax for type %s: \"%s\"", "ksuid", str),
				   status == FE_KSUID_BAD_LENGTH ?
				   errdetail("A ksuid has %d characters, not %d.",
							 FE_KSUID_CHARS, pg_mbstrlen(str)) :
				   status == FE_KSUID_BAD_CHAR ?
				   errdetail("A ksuid has only the characters 0-9, A-Z and a-z.") :
				   errdetail("The largest ksuid is aWgEPTl1tmebfsQzFP4bxwgy80V."));
}

/* Convert a ksuid to its 27-character base62 form */
PG_FUNCTION_INFO_V1(ksuid_out);
Datum
ksuid_out(PG_FUNCTION_ARGS)
{
	pg_ksuid   *id = PG_GETARG_KSUID_P(0);

	/* fixed length, so format straight into the one allocation */
	char	   *result = palloc(FE_KSUID_CHARS + 1);

	fe_ksuid_encode(id->data, result);
	result[FE_KSUID_CHARS] = '\0';
	PG_RETURN_CSTRING(result);
}

/* Read a ksuid from its binary form: exactly the 20 raw bytes */
PG_FUNCTION_INFO_V1(ksuid_recv);
Datum
ksuid_recv(PG_FUNCTION_ARGS)
{
	StringInfo	buf = (StringInfo) PG_GETARG_POINTER(0);
	pg_ksuid   *result;

	if (buf->len - buf->cursor != FE_KSUID_BYTES)
		ereport(ERROR,
				(errcode(ERRCODE_INVALID_BINARY_REPRESENTATION),
				 errmsg("invalid length in external ksuid value"),
				 errdetail("A ksuid has %d bytes, not %d.",
						   FE_KSUID_BYTES, buf->len - buf->cursor)));
	result = ksuid_alloc();
	memcpy(result->data, pq_getmsgbytes(buf, FE_KSUID_BYTES), FE_KSUID_BYTES);
	PG_RETURN_KSUID_P(result);
}

static bytea *
bytes_to_bytea(const uint8 *bytes, int len)
{
	bytea	   *result = (bytea *) palloc(VARHDRSZ + len);

	SET_VARSIZE(result, VARHDRSZ + len);
	memcpy(VARDATA(result), bytes, len);
	return result;
}

/* Write a ksuid in its binary form, the 20 raw bytes (also the cast to bytea) */
PG_FUNCTION_INFO_V1(ksuid_send);
Datum
ksuid_send(PG_FUNCTION_ARGS)
{
	PG_RETURN_BYTEA_P(bytes_to_bytea(PG_GETARG_KSUID_P(0)->data, FE_KSUID_BYTES));
}

/*
 * Casts to and from bytea
 */

/* Cast 20 bytes to a ksuid */
PG_FUNCTION_INFO_V1(ksuid_from_bytea);
Datum
ksuid_from_bytea(PG_FUNCTION_ARGS)
{
	bytea	   *b = PG_GETARG_BYTEA_PP(0);
	pg_ksuid   *result;

	if (VARSIZE_ANY_EXHDR(b) != FE_KSUID_BYTES)
		ereport(ERROR,
				(errcode(ERRCODE_INVALID_BINARY_REPRESENTATION),
				 errmsg("invalid length for type ksuid"),
				 errdetail("A ksuid has %d bytes, not %zu.",
						   FE_KSUID_BYTES, (size_t) VARSIZE_ANY_EXHDR(b))));
	result = ksuid_alloc();
	memcpy(result->data, VARDATA_ANY(b), FE_KSUID_BYTES);
	PG_RETURN_KSUID_P(result);
}

/*
 * Comparison
 */

static inline int
ksuid_cmp_internal(const pg_ksuid *a, const pg_ksuid *b)
{
	return fe_ksuid_cmp(a->data, b->data);
}

#define KSUID_CMP_FUNC(name, op) \
PG_FUNCTION_INFO_V1(name); \
Datum \
name(PG_FUNCTION_ARGS) \
{ \
	PG_RETURN_BOOL(ksuid_cmp_internal(PG_GETARG_KSUID_P(0), \
									  PG_GETARG_KSUID_P(1)) op 0); \
}

KSUID_CMP_FUNC(ksuid_lt, <)
KSUID_CMP_FUNC(ksuid_le, <=)
KSUID_CMP_FUNC(ksuid_eq, ==)
KSUID_CMP_FUNC(ksuid_ne, !=)
KSUID_CMP_FUNC(ksuid_ge, >=)
KSUID_CMP_FUNC(ksuid_gt, >)

/* Three-way comparison for btree */
PG_FUNCTION_INFO_V1(ksuid_cmp);
Datum
ksuid_cmp(PG_FUNCTION_ARGS)
{
	int			c = ksuid_cmp_internal(PG_GETARG_KSUID_P(0), PG_GETARG_KSUID_P(1));

	PG_RETURN_INT32(c < 0 ? -1 : c > 0);
}

/* The larger of two ksuids, for max() */
PG_FUNCTION_INFO_V1(ksuid_larger);
Datum
ksuid_larger(PG_FUNCTION_ARGS)
{
	pg_ksuid   *a = PG_GETARG_KSUID_P(0);
	pg_ksuid   *b = PG_GETARG_KSUID_P(1);

	PG_RETURN_KSUID_P(ksuid_cmp_internal(a, b) >= 0 ? a : b);
}

/* The smaller of two ksuids, for min() */
PG_FUNCTION_INFO_V1(ksuid_smaller);
Datum
ksuid_smaller(PG_FUNCTION_ARGS)
{
	pg_ksuid   *a = PG_GETARG_KSUID_P(0);
	pg_ksuid   *b = PG_GETARG_KSUID_P(1);

	PG_RETURN_KSUID_P(ksuid_cmp_internal(a, b) <= 0 ? a : b);
}

/*
 * Sort support.  The abbreviated key is the first 8 bytes (4 on a 32-bit
 * Datum) as an unsigned integer: the timestamp and the start of the payload,
 * which tells nearly every pair of ksuids apart.  As in core's uuid, a
 * HyperLogLog estimate of their distinct count stops abbreviation when many
 * values share a prefix and it cannot pay.
 */
typedef struct ksuid_sort_state
{
	int64		input_count;	/* rows seen by the converter */
	bool		estimating;		/* still feeding the estimator? */
	hyperLogLogState abbr_card; /* distinct abbreviated keys */
} ksuid_sort_state;

static int
ksuid_fast_cmp(Datum x, Datum y, SortSupport ssup)
{
	return fe_ksuid_cmp(DatumGetKsuidP(x)->data, DatumGetKsuidP(y)->data);
}

#if PG_VERSION_NUM < 150000
static int
ssup_datum_unsigned_cmp(Datum x, Datum y, SortSupport ssup)
{
	return x < y ? -1 : x > y;
}
#endif

static Datum
ksuid_abbrev_convert(Datum original, SortSupport ssup)
{
	ksuid_sort_state *state = (ksuid_sort_state *) ssup->ssup_extra;
	Datum		key;

	memcpy(&key, DatumGetKsuidP(original)->data, sizeof(Datum));
	state->input_count++;
	if (state->estimating)
	{
#if SIZEOF_DATUM == 8
		uint32		folded = (uint32) key ^ (uint32) (key >> 32);
#else
		uint32		folded = (uint32) key;
#endif

		addHyperLogLog(&state->abbr_card, hash_bytes_uint32(folded));
	}
	/* compare the leading bytes as an unsigned integer */
	return DatumBigEndianToNative(key);
}

static bool
ksuid_abbrev_abort(int memtupcount, SortSupport ssup)
{
	ksuid_sort_state *state = (ksuid_sort_state *) ssup->ssup_extra;
	double		distinct;

	if (memtupcount < 10000 || state->input_count < 10000 || !state->estimating)
		return false;

	distinct = estimateHyperLogLog(&state->abbr_card);

	/* clearly distinct enough: keep abbreviating and stop estimating */
	if (distinct > 100000.0)
	{
		state->estimating = false;
		return false;
	}

	/* fewer than one distinct key in 2000 rows: abbreviation cannot pay */
	if (distinct < state->input_count / 2000.0 + 0.5)
	{
#if defined(TRACE_SORT) || PG_VERSION_NUM >= 180000
		if (trace_sort)
			elog(LOG, "ksuid_abbrev: aborted abbreviation at %d rows (%.0f distinct keys)",
				 memtupcount, distinct);
#endif
		return true;
	}
	return false;
}

/* Set up sorting: the IDs in byte order, and abbreviated keys when the sort asks */
PG_FUNCTION_INFO_V1(ksuid_sortsupport);
Datum
ksuid_sortsupport(PG_FUNCTION_ARGS)
{
	SortSupport ssup = (SortSupport) PG_GETARG_POINTER(0);

	ssup->comparator = ksuid_fast_cmp;
	ssup->ssup_extra = NULL;

	if (ssup->abbreviate)
	{
		ksuid_sort_state *state;

		state = MemoryContextAlloc(ssup->ssup_cxt, sizeof(ksuid_sort_state));
		state->input_count = 0;
		state->estimating = true;
		{
			MemoryContext old = MemoryContextSwitchTo(ssup->ssup_cxt);

			initHyperLogLog(&state->abbr_card, 10);
			MemoryContextSwitchTo(old);
		}
		ssup->ssup_extra = state;
		ssup->abbrev_full_comparator = ksuid_fast_cmp;
		ssup->comparator = ssup_datum_unsigned_cmp;
		ssup->abbrev_converter = ksuid_abbrev_convert;
		ssup->abbrev_abort = ksuid_abbrev_abort;
	}
	PG_RETURN_VOID();
}

/*
 * Hashing: PostgreSQL's own hash_any over the 20 bytes, which PostgreSQL keeps
 * stable across versions because hash partitions depend on it.
 */

/* Hash a ksuid for hash indexes and hash joins */
PG_FUNCTION_INFO_V1(ksuid_hash);
Datum
ksuid_hash(PG_FUNCTION_ARGS)
{
	return hash_any(PG_GETARG_KSUID_P(0)->data, FE_KSUID_BYTES);
}

/* Hash a ksuid with a seed, for hash partitioning */
PG_FUNCTION_INFO_V1(ksuid_hash_extended);
Datum
ksuid_hash_extended(PG_FUNCTION_ARGS)
{
	return hash_any_extended(PG_GETARG_KSUID_P(0)->data, FE_KSUID_BYTES,
							 PG_GETARG_INT64(1));
}

/*
 * Time
 */

static FE_NORETURN void
ksuid_range_error(void)
{
	ereport(ERROR,
			(errcode(ERRCODE_DATETIME_VALUE_OUT_OF_RANGE),
			 errmsg("timestamp out of range for type ksuid"),
			 errdetail("A ksuid holds times from 2014-05-13 16:53:20+00 to 2150-06-19 23:21:35+00.")));
	pg_unreachable();
}

/*
 * The KSUID timestamp of the second that holds ts: floor division, so a time
 * before 1970 or a fraction of a second never rounds into the next second.
 */
static uint32
ksuid_seconds_of(TimestampTz ts)
{
	int64		secs;

	if (!TIMESTAMP_NOT_FINITE(ts))
	{
		secs = ts / USECS_PER_SEC - (ts % USECS_PER_SEC < 0) + UNIX_TO_PG_SECS;
		if (secs >= KSUID_MIN_UNIX && secs <= KSUID_MAX_UNIX)
			return (uint32) (secs - KSUID_MIN_UNIX);
	}
	ksuid_range_error();
}

/* The same for a timestamptz_ns, nanoseconds since 1970 */
static uint32
ksuid_seconds_of_ns(int64 ns)
{
	int64		secs = ns / 1000000000 - (ns % 1000000000 < 0);

	/* the infinities (INT64_MIN and INT64_MAX) are far outside the range too */
	if (secs < KSUID_MIN_UNIX || secs > KSUID_MAX_UNIX)
		ksuid_range_error();
	return (uint32) (secs - KSUID_MIN_UNIX);
}

/* The KSUID timestamp of the current wall-clock second */
static uint32
ksuid_seconds_now(void)
{
	int64		now = (int64) time(NULL);

	if (now < KSUID_MIN_UNIX || now > KSUID_MAX_UNIX)
		ereport(ERROR,
				(errcode(ERRCODE_DATETIME_VALUE_OUT_OF_RANGE),
				 errmsg("system clock is out of range for type ksuid")));
	return (uint32) (now - KSUID_MIN_UNIX);
}

static pg_ksuid *
ksuid_random_at(uint32 seconds)
{
	pg_ksuid   *result = ksuid_alloc();

	fe_store_be32(result->data, seconds);
	fe_strong_random(result->data + 4, FE_KSUID_PAYLOAD);
	return result;
}

static uint32
ksuid_seconds_in(const pg_ksuid *id)
{
	return fe_load_be32(id->data);
}

/* A new random ksuid for the current second */
PG_FUNCTION_INFO_V1(gen_ksuid);
Datum
gen_ksuid(PG_FUNCTION_ARGS)
{
	PG_RETURN_KSUID_P(ksuid_random_at(ksuid_seconds_now()));
}

/* A new random ksuid for the second that holds the given time */
PG_FUNCTION_INFO_V1(gen_ksuid_at);
Datum
gen_ksuid_at(PG_FUNCTION_ARGS)
{
	PG_RETURN_KSUID_P(ksuid_random_at(ksuid_seconds_of(PG_GETARG_TIMESTAMPTZ(0))));
}

/* A new random ksuid for the second that holds a timestamptz_ns (ns since 1970) */
PG_FUNCTION_INFO_V1(gen_ksuid_at_ns);
Datum
gen_ksuid_at_ns(PG_FUNCTION_ARGS)
{
	PG_RETURN_KSUID_P(ksuid_random_at(ksuid_seconds_of_ns(PG_GETARG_INT64(0))));
}

/*
 * A ksuid greater than every other this backend made with this function.  A
 * new second starts from a fresh random payload; within the same second (or
 * if the clock steps back) the previous value grows by a random amount in
 * 1 .. 2^63, so the next ID cannot be guessed from the last.  A full payload
 * carries into the timestamp.
 */
PG_FUNCTION_INFO_V1(gen_ksuid_monotonic);
Datum
gen_ksuid_monotonic(PG_FUNCTION_ARGS)
{
	static pg_ksuid last;
	static int	last_owner = 0;
	uint32		now = ksuid_seconds_now();
	pg_ksuid   *result;

	if (last_owner != MyProcPid || now > ksuid_seconds_in(&last))
		result = ksuid_random_at(now);
	else
	{
		uint64		step;

		fe_strong_random(&step, sizeof(step));
		result = ksuid_alloc();
		memcpy(result, &last, sizeof(pg_ksuid));
		if (fe_ksuid_add(result->data, (step >> 1) + 1))
			ereport(ERROR,
					(errcode(ERRCODE_NUMERIC_VALUE_OUT_OF_RANGE),
					 errmsg("ksuid sequence exhausted"),
					 errdetail("The previous value was the largest ksuid.")));
	}
	memcpy(&last, result, sizeof(pg_ksuid));
	last_owner = MyProcPid;
	PG_RETURN_KSUID_P(result);
}


/* A ksuid of the given seconds and a 16-byte payload */
static pg_ksuid *
ksuid_with_payload(uint32 seconds, const bytea *payload)
{
	pg_ksuid   *result;

	if (VARSIZE_ANY_EXHDR(payload) != FE_KSUID_PAYLOAD)
		ereport(ERROR,
				(errcode(ERRCODE_INVALID_PARAMETER_VALUE),
				 errmsg("ksuid payload must be %d bytes, not %zu",
						FE_KSUID_PAYLOAD, (size_t) VARSIZE_ANY_EXHDR(payload))));
	result = ksuid_alloc();
	fe_store_be32(result->data, seconds);
	memcpy(result->data + 4, VARDATA_ANY(payload), FE_KSUID_PAYLOAD);
	return result;
}

/* Build a ksuid from a time and a 16-byte payload */
PG_FUNCTION_INFO_V1(ksuid_from_parts);
Datum
ksuid_from_parts(PG_FUNCTION_ARGS)
{
	PG_RETURN_KSUID_P(ksuid_with_payload(ksuid_seconds_of(PG_GETARG_TIMESTAMPTZ(0)),
										 PG_GETARG_BYTEA_PP(1)));
}

/* The same from a timestamptz_ns's own second */
PG_FUNCTION_INFO_V1(ksuid_from_parts_ns);
Datum
ksuid_from_parts_ns(PG_FUNCTION_ARGS)
{
	PG_RETURN_KSUID_P(ksuid_with_payload(ksuid_seconds_of_ns(PG_GETARG_INT64(0)),
										 PG_GETARG_BYTEA_PP(1)));
}

/* The time of a ksuid, to the second */
PG_FUNCTION_INFO_V1(ksuid_time);
Datum
ksuid_time(PG_FUNCTION_ARGS)
{
	int64		unix_secs = KSUID_MIN_UNIX + ksuid_seconds_in(PG_GETARG_KSUID_P(0));

	PG_RETURN_TIMESTAMPTZ((unix_secs - UNIX_TO_PG_SECS) * USECS_PER_SEC);
}

/* The raw 32-bit timestamp: seconds since 1400000000 */
PG_FUNCTION_INFO_V1(ksuid_timestamp);
Datum
ksuid_timestamp(PG_FUNCTION_ARGS)
{
	PG_RETURN_INT64((int64) ksuid_seconds_in(PG_GETARG_KSUID_P(0)));
}

/* The 16 random bytes */
PG_FUNCTION_INFO_V1(ksuid_payload);
Datum
ksuid_payload(PG_FUNCTION_ARGS)
{
	PG_RETURN_BYTEA_P(bytes_to_bytea(PG_GETARG_KSUID_P(0)->data + 4, FE_KSUID_PAYLOAD));
}

/*
 * Neighbours and bounds
 */

/* The next ksuid: plus one over all 160 bits; the largest wraps to nil */
PG_FUNCTION_INFO_V1(ksuid_next);
Datum
ksuid_next(PG_FUNCTION_ARGS)
{
	pg_ksuid   *result = ksuid_alloc();

	memcpy(result, PG_GETARG_KSUID_P(0), sizeof(pg_ksuid));
	fe_ksuid_next(result->data);
	PG_RETURN_KSUID_P(result);
}

/* The previous ksuid: minus one over all 160 bits; nil wraps to the largest */
PG_FUNCTION_INFO_V1(ksuid_prev);
Datum
ksuid_prev(PG_FUNCTION_ARGS)
{
	pg_ksuid   *result = ksuid_alloc();

	memcpy(result, PG_GETARG_KSUID_P(0), sizeof(pg_ksuid));
	fe_ksuid_prev(result->data);
	PG_RETURN_KSUID_P(result);
}

static pg_ksuid *
ksuid_filled(uint32 seconds, uint8 fill)
{
	pg_ksuid   *result = ksuid_alloc();

	fe_store_be32(result->data, seconds);
	memset(result->data + 4, fill, FE_KSUID_PAYLOAD);
	return result;
}

/* The nil ksuid: all zero bytes */
PG_FUNCTION_INFO_V1(ksuid_nil);
Datum
ksuid_nil(PG_FUNCTION_ARGS)
{
	PG_RETURN_KSUID_P(ksuid_filled(0, 0));
}

/* The largest ksuid: all bytes 0xff */
PG_FUNCTION_INFO_V1(ksuid_max);
Datum
ksuid_max(PG_FUNCTION_ARGS)
{
	PG_RETURN_KSUID_P(ksuid_filled(PG_UINT32_MAX, 0xff));
}

/* The smallest ksuid of the second that holds the given time */
PG_FUNCTION_INFO_V1(ksuid_min_at);
Datum
ksuid_min_at(PG_FUNCTION_ARGS)
{
	PG_RETURN_KSUID_P(ksuid_filled(ksuid_seconds_of(PG_GETARG_TIMESTAMPTZ(0)), 0));
}

/* The largest ksuid of the second that holds the given time */
PG_FUNCTION_INFO_V1(ksuid_max_at);
Datum
ksuid_max_at(PG_FUNCTION_ARGS)
{
	PG_RETURN_KSUID_P(ksuid_filled(ksuid_seconds_of(PG_GETARG_TIMESTAMPTZ(0)), 0xff));
}

/*
 * The same at a timestamptz_ns, from its own second: through timestamptz,
 * 23:59:59.9999996 would round up into the next one
 */
PG_FUNCTION_INFO_V1(ksuid_min_at_ns);
Datum
ksuid_min_at_ns(PG_FUNCTION_ARGS)
{
	PG_RETURN_KSUID_P(ksuid_filled(ksuid_seconds_of_ns(PG_GETARG_INT64(0)), 0));
}

/* ksuid_max_at(timestamptz_ns): the largest ksuid of the second that holds the time */
PG_FUNCTION_INFO_V1(ksuid_max_at_ns);
Datum
ksuid_max_at_ns(PG_FUNCTION_ARGS)
{
	PG_RETURN_KSUID_P(ksuid_filled(ksuid_seconds_of_ns(PG_GETARG_INT64(0)), 0xff));
}
