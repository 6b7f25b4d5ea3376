/*
 * fe_bits.h
 *	  Byte-order loads and stores and a 64x64->128 multiply, shared by the
 *	  PostgreSQL-free core.  Standard headers only.
 *
 * Loads and stores take any alignment and are correct on any host byte
 * order.
 */
#ifndef FE_BITS_H
#define FE_BITS_H

#include <stdint.h>
#include <string.h>

/*
 * On GCC and Clang, a memcpy and a byte swap: one move each way.  Elsewhere,
 * byte by byte, correct on any host.
 */
#if defined(__GNUC__) && defined(__BYTE_ORDER__) && \
	(__BYTE_ORDER__ == __ORDER_LITTLE_ENDIAN__ || __BYTE_ORDER__ == __ORDER_BIG_ENDIAN__)
#if __BYTE_ORDER__ == __ORDER_LITTLE_ENDIAN__
#define FE_BE32(x) __builtin_bswap32(x)
#define FE_BE64(x) __builtin_bswap64(x)
#define FE_LE64(x) (x)
#else
#define FE_BE32(x) (x)
#define FE_BE64(x) (x)
#define FE_LE64(x) __builtin_bswap64(x)
#endif

static inline uint32_t
fe_load_be32(const uint8_t *p)
{
	uint32_t	v;

	memcpy(&v, p, 4);
	return FE_BE32(v);
}

static inline uint64_t
fe_load_be64(const uint8_t *p)
{
	uint64_t	v;

	memcpy(&v, p, 8);
	return FE_BE64(v);
}

static inline uint64_t
fe_load_le64(const uint8_t *p)
{
	uint64_t	v;

	memcpy(&v, p, 8);
	return FE_LE64(v);
}

static inline void
fe_store_be32(uint8_t *p, uint32_t v)
{
	v = FE_BE32(v);
	memcpy(p, &v, 4);
}

static inline void
fe_store_be64(uint8_t *p, uint64_t v)
{
	v = FE_BE64(v);
	memcpy(p, &v, 8);
}

#else							/* portable */

static inline uint32_t
fe_load_be32(const uint8_t *p)
{
	return ((uint32_t) p[0] << 24) | ((uint32_t) p[1] << 16) |
		((uint32_t) p[2] << 8) | (uint32_t) p[3];
}

static inline uint64_t
fe_load_be64(const uint8_t *p)
{
	return ((uint64_t) fe_load_be32(p) << 32) | fe_load_be32(p + 4);
}

static inline uint64_t
fe_load_le64(const uint8_t *p)
{
	return (uint64_t) p[0] | ((uint64_t) p[1] << 8) |
		((uint64_t) p[2] << 16) | ((uint64_t) p[3] << 24) |
		((uint64_t) p[4] << 32) | ((uint64_t) p[5] << 40) |
		((uint64_t) p[6] << 48) | ((uint64_t) p[7] << 56);
}

static inline void
fe_store_be32(uint8_t *p, uint32_t v)
{
	p[0] = (uint8_t) (v >> 24);
	p[1] = (uint8_t) (v >> 16);
	p[2] = (uint8_t) (v >> 8);
	p[3] = (uint8_t) v;
}

static inline void
fe_store_be64(uint8_t *p, uint64_t v)
{
	fe_store_be32(p, (uint32_t) (v >> 32));
	fe_store_be32(p + 4, (uint32_t) v);
}

#endif

/* Full 128-bit product of two 64-bit values: returns the high half. */
static inline uint64_t
fe_mul64(uint64_t a, uint64_t b, uint64_t *lo)
{
#if defined(__SIZEOF_INT128__) && !defined(FE_NO_INT128)
	unsigned __int128 p = (unsigned __int128) a * b;

	*lo = (uint64_t) p;
	return (uint64_t) (p >> 64);
#else
	uint64_t	al = (uint32_t) a, ah = a >> 32;
	uint64_t	bl = (uint32_t) b, bh = b >> 32;
	uint64_t	ll = al * bl, lh = al * bh, hl = ah * bl, hh = ah * bh;
	uint64_t	mid = (ll >> 32) + (uint32_t) lh + (uint32_t) hl;

	*lo = (mid << 32) | (uint32_t) ll;
	return hh + (lh >> 32) + (hl >> 32) + (mid >> 32);
#endif
}

#endif							/* FE_BITS_H */
