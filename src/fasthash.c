/*
 * fasthash.c
 *	  SQL functions equal to segmentio/fasthash: FNV-1 and FNV-1a (32 and 64
 *	  bits) and jody (64 bits).
 *
 * One C function serves the unseeded and the seeded SQL form of each
 * overload (PG_NARGS() tells them apart) and text and bytea alike: both
 * are hashed as their raw bytes, read in place (no detoast copy for short
 * values).  32-bit results are returned as bigint holding the unsigned
 * value; 64-bit results as bigint with the same 64 bits.
 */
#include "fastevent.h"

#include "utils/builtins.h"

#include "core/fasthash_hashes.h"
#include "core/ksuid_codec.h"

/* The 32-bit running state: the seed argument if given, else init */
static inline uint32
state32(FunctionCallInfo fcinfo, uint32 init)
{
	int64		seed;

	if (PG_NARGS() < 2)
		return init;
	seed = PG_GETARG_INT64(1);
	if (unlikely(seed < 0 || seed > (int64) PG_UINT32_MAX))
		ereport(ERROR,
				(errcode(ERRCODE_NUMERIC_VALUE_OUT_OF_RANGE),
				 errmsg("seed %lld is out of range for a 32-bit hash", (long long) seed),
				 errhint("A 32-bit hash state is between 0 and 4294967295.")));
	return (uint32) seed;
}

/* The 64-bit running state: the seed argument's 64 bits if given, else init */
static inline uint64
state64(FunctionCallInfo fcinfo, uint64 init)
{
	return PG_NARGS() < 2 ? init : (uint64) PG_GETARG_INT64(1);
}

/*
 * Each hash in three forms, named in full: of text and bytea (their bytes),
 * of integer or bigint (as the library's HashUint32/HashUint64), and of a
 * ksuid (its 20 bytes).
 */
#define DEFINE_SQL_HASH(varlena_fn, int_fn, ksuid_fn, STATE, init, hash_bytes, hash_int, int_getarg, int_type, RETURN) \
PG_FUNCTION_INFO_V1(varlena_fn); \
Datum \
varlena_fn(PG_FUNCTION_ARGS) \
{ \
	text	   *t = PG_GETARG_TEXT_PP(0); \
	Datum		result; \
\
	result = RETURN(hash_bytes(STATE(fcinfo, init), VARDATA_ANY(t), VARSIZE_ANY_EXHDR(t))); \
	PG_FREE_IF_COPY(t, 0); \
	return result; \
} \
\
PG_FUNCTION_INFO_V1(int_fn); \
Datum \
int_fn(PG_FUNCTION_ARGS) \
{ \
	return RETURN(hash_int(STATE(fcinfo, init), (int_type) int_getarg(0))); \
} \
\
PG_FUNCTION_INFO_V1(ksuid_fn); \
Datum \
ksuid_fn(PG_FUNCTION_ARGS) \
{ \
	return RETURN(hash_bytes(STATE(fcinfo, init), PG_GETARG_POINTER(0), FE_KSUID_BYTES)); \
}

/* both widths return bigint: a 32-bit hash is non-negative, a 64-bit one keeps its bits */
#define RETURN_HASH(h)	Int64GetDatum((int64) (h))

/* fnv1_32 of text or bytea, of integer, and of ksuid */
DEFINE_SQL_HASH(fasthash_fnv1_32_varlena, fasthash_fnv1_32_int, fasthash_fnv1_32_ksuid,
				state32, FE_FNV32_INIT, fe_fnv1_32, fe_fnv1_32_u32, PG_GETARG_INT32, uint32, RETURN_HASH)
/* fnv1a_32 of text or bytea, of integer, and of ksuid */
DEFINE_SQL_HASH(fasthash_fnv1a_32_varlena, fasthash_fnv1a_32_int, fasthash_fnv1a_32_ksuid,
				state32, FE_FNV32_INIT, fe_fnv1a_32, fe_fnv1a_32_u32, PG_GETARG_INT32, uint32, RETURN_HASH)
/* fnv1_64 of text or bytea, of integer or bigint, and of ksuid */
DEFINE_SQL_HASH(fasthash_fnv1_64_varlena, fasthash_fnv1_64_int, fasthash_fnv1_64_ksuid,
				state64, FE_FNV64_INIT, fe_fnv1_64, fe_fnv1_64_u64, PG_GETARG_INT64, uint64, RETURN_HASH)
/* fnv1a_64 of text or bytea, of integer or bigint, and of ksuid */
DEFINE_SQL_HASH(fasthash_fnv1a_64_varlena, fasthash_fnv1a_64_int, fasthash_fnv1a_64_ksuid,
				state64, FE_FNV64_INIT, fe_fnv1a_64, fe_fnv1a_64_u64, PG_GETARG_INT64, uint64, RETURN_HASH)
/* jody_64 of text or bytea, of integer or bigint, and of ksuid */
DEFINE_SQL_HASH(fasthash_jody_64_varlena, fasthash_jody_64_int, fasthash_jody_64_ksuid,
				state64, FE_JODY64_INIT, fe_jody_64, fe_jody_64_u64, PG_GETARG_INT64, uint64, RETURN_HASH)

/* The unsigned value of a 64-bit hash, as Go prints a uint64 */
PG_FUNCTION_INFO_V1(fasthash_u64);
Datum
fasthash_u64(PG_FUNCTION_ARGS)
{
	uint64		v = (uint64) PG_GETARG_INT64(0);
	char		buf[24];
	char	   *p = buf + sizeof(buf);

	*--p = '\0';
	do
	{
		*--p = (char) ('0' + v % 10);
		v /= 10;
	} while (v);
	return DirectFunctionCall3(numeric_in, CStringGetDatum(p),
							   ObjectIdGetDatum(InvalidOid), Int32GetDatum(-1));
}

/* A 64-bit hash as 16 lower-case hex digits, zero-padded */
PG_FUNCTION_INFO_V1(fasthash_hex64);
Datum
fasthash_hex64(PG_FUNCTION_ARGS)
{
	static const char hex[] = "0123456789abcdef";
	uint64		v = (uint64) PG_GETARG_INT64(0);
	char		buf[16];

	for (int i = 15; i >= 0; i--, v >>= 4)
		buf[i] = hex[v & 0xf];
	PG_RETURN_TEXT_P(cstring_to_text_with_len(buf, 16));
}
