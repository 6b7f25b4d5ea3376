/*
 * fasthash_hashes.c
 *	  FNV-1, FNV-1a and jody, as segmentio/fasthash computes them.
 *
 * FNV is a chain of one multiplication per byte, so its speed is the
 * multiplier's latency; the loops below read 8 bytes with one load and feed
 * them from a register, which keeps loads and loop overhead off that chain.
 * jody mixes one little-endian 64-bit word per step.
 */
#include "fasthash_hashes.h"

#include "fe_bits.h"

#define FNV32_PRIME		UINT32_C(16777619)
#define FNV64_PRIME		UINT64_C(1099511628211)

#define JODY_SHIFT		11
#define JODY_CONSTANT	UINT64_C(0x1f3d5b79)

/*
 * One generator per FNV variant and width: STEP(h, b) folds the byte b
 * into h.
 */
#define FNV1_STEP(h, b, prime)	((h) = ((h) * (prime)) ^ (b))
#define FNV1A_STEP(h, b, prime)	((h) = ((h) ^ (b)) * (prime))

#define DEFINE_FNV(name, type, STEP, prime) \
type \
name(type h, const void *data, size_t len) \
{ \
	const uint8_t *p = (const uint8_t *) data; \
	const uint8_t *end8 = p + (len & ~(size_t) 7); \
	const uint8_t *end = p + len; \
\
	for (; p < end8; p += 8) \
	{ \
		uint64_t	w = fe_load_le64(p); \
\
		STEP(h, (type) (w & 0xff), prime); \
		STEP(h, (type) ((w >> 8) & 0xff), prime); \
		STEP(h, (type) ((w >> 16) & 0xff), prime); \
		STEP(h, (type) ((w >> 24) & 0xff), prime); \
		STEP(h, (type) ((w >> 32) & 0xff), prime); \
		STEP(h, (type) ((w >> 40) & 0xff), prime); \
		STEP(h, (type) ((w >> 48) & 0xff), prime); \
		STEP(h, (type) (w >> 56), prime); \
	} \
	for (; p < end; p++) \
		STEP(h, (type) *p, prime); \
	return h; \
}

DEFINE_FNV(fe_fnv1_32, uint32_t, FNV1_STEP, FNV32_PRIME)
DEFINE_FNV(fe_fnv1a_32, uint32_t, FNV1A_STEP, FNV32_PRIME)
DEFINE_FNV(fe_fnv1_64, uint64_t, FNV1_STEP, FNV64_PRIME)
DEFINE_FNV(fe_fnv1a_64, uint64_t, FNV1A_STEP, FNV64_PRIME)

/* Integers: the bytes from the most significant down */
#define DEFINE_FNV_INT(name, type, vtype, nbytes, STEP, prime) \
type \
name(type h, vtype v) \
{ \
	for (int shift = 8 * ((nbytes) - 1); shift >= 0; shift -= 8) \
		STEP(h, (type) ((v >> shift) & 0xff), prime); \
	return h; \
}

DEFINE_FNV_INT(fe_fnv1_32_u32, uint32_t, uint32_t, 4, FNV1_STEP, FNV32_PRIME)
DEFINE_FNV_INT(fe_fnv1a_32_u32, uint32_t, uint32_t, 4, FNV1A_STEP, FNV32_PRIME)
DEFINE_FNV_INT(fe_fnv1_64_u64, uint64_t, uint64_t, 8, FNV1_STEP, FNV64_PRIME)
DEFINE_FNV_INT(fe_fnv1a_64_u64, uint64_t, uint64_t, 8, FNV1A_STEP, FNV64_PRIME)

static inline uint64_t
rotl64(uint64_t x, int r)
{
	return (x << r) | (x >> (64 - r));
}

/* One jody step: the word v with the salt c */
static inline uint64_t
jody_mix(uint64_t h, uint64_t v, uint64_t c)
{
	h = h + v + c;
	h = rotl64(h, JODY_SHIFT) ^ v;
	return (rotl64(h, JODY_SHIFT) ^ c) + v;
}

uint64_t
fe_jody_64_u64(uint64_t h, uint64_t v)
{
	return jody_mix(h, v, JODY_CONSTANT);
}

uint64_t
fe_jody_64(uint64_t h, const void *data, size_t len)
{
	const uint8_t *p = (const uint8_t *) data;
	size_t		tail = len & 7;

	for (size_t n = len / 8; n > 0; n--, p += 8)
		h = jody_mix(h, fe_load_le64(p), JODY_CONSTANT);

	if (tail)
	{
		/* the last 1-7 bytes as a little-endian word, salt cut to match */
		uint64_t	mask = (UINT64_C(1) << (8 * tail)) - 1;
		uint64_t	v = 0;

		for (size_t i = 0; i < tail; i++)
			v |= (uint64_t) p[i] << (8 * i);
		h = jody_mix(h, v, JODY_CONSTANT & mask);
	}
	return h;
}
