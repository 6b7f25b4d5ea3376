/*
 * tsns_cmp.c
 *	  Comparison of timestamptz_ns: among themselves (btree, sortsupport,
 *	  min and max), exactly against timestamptz, date and timestamp (in the
 *	  same btree family), and hashing, PostgreSQL's hash of int8.
 */
#include "tsns.h"

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
int
tsns_cmp_usec(int64 ns, TimestampTz us, int32 us_rem)
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
	PG_RETURN_BOOL(tsns_cmp_usec(PG_GETARG_INT64(0), PG_GETARG_TIMESTAMPTZ(1), 0) op 0); \
} \
PG_FUNCTION_INFO_V1(tz_ns_fn); \
Datum \
tz_ns_fn(PG_FUNCTION_ARGS) \
{ \
	PG_RETURN_BOOL(0 op tsns_cmp_usec(PG_GETARG_INT64(1), PG_GETARG_TIMESTAMPTZ(0), 0)); \
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
	PG_RETURN_INT32(tsns_cmp_usec(PG_GETARG_INT64(0), PG_GETARG_TIMESTAMPTZ(1), 0));
}

/* Three-way comparison of a timestamptz with a timestamptz_ns */
PG_FUNCTION_INFO_V1(timestamptz_cmp_timestamptz_ns);
Datum
timestamptz_cmp_timestamptz_ns(PG_FUNCTION_ARGS)
{
	PG_RETURN_INT32(-tsns_cmp_usec(PG_GETARG_INT64(1), PG_GETARG_TIMESTAMPTZ(0), 0));
}

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
	return tsns_cmp_usec(ns, us, 0);
}

static int
cmp_tsns_date(int64 ns, DateADT d)
{
	int			overflow = 0;
	TimestampTz us = tsns_date_to_tstz(d, &overflow);

	return cmp_tsns_overflowed(ns, us, overflow);
}

static int
cmp_tsns_timestamp(int64 ns, Timestamp ts)
{
	int			overflow = 0;
	TimestampTz us = tsns_timestamp_to_tstz(ts, &overflow);

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

