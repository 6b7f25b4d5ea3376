/*
 * ref_fasthash.h
 *	  Byte-at-a-time reference versions of the fasthash functions, written
 *	  from the algorithms' definitions, for tests and fuzz targets.
 */
#ifndef REF_FASTHASH_H
#define REF_FASTHASH_H

#include <stddef.h>
#include <stdint.h>

static inline uint32_t
ref_fnv1_32(uint32_t h, const uint8_t *p, size_t n)
{
	for (size_t i = 0; i < n; i++)
		h = (h * UINT32_C(16777619)) ^ p[i];
	return h;
}

static inline uint32_t
ref_fnv1a_32(uint32_t h, const uint8_t *p, size_t n)
{
	for (size_t i = 0; i < n; i++)
		h = (h ^ p[i]) * UINT32_C(16777619);
	return h;
}

static inline uint64_t
ref_fnv1_64(uint64_t h, const uint8_t *p, size_t n)
{
	for (size_t i = 0; i < n; i++)
		h = (h * UINT64_C(1099511628211)) ^ p[i];
	return h;
}

static inline uint64_t
ref_fnv1a_64(uint64_t h, const uint8_t *p, size_t n)
{
	for (size_t i = 0; i < n; i++)
		h = (h ^ p[i]) * UINT64_C(1099511628211);
	return h;
}

/* jody over a word assembled byte by byte, with the salt masked to its length */
static inline uint64_t
ref_jody_word(uint64_t h, const uint8_t *p, size_t k)
{
	uint64_t	v = 0,
				c = 0x1f3d5b79;

	for (size_t i = 0; i < k; i++)
		v += (uint64_t) p[i] << (8 * i);
	if (k < 8)
		c &= (UINT64_C(1) << (8 * k)) - 1;
	h += v + c;
	h = ((h << 11) | (h >> 53)) ^ v;
	h = (((h << 11) | (h >> 53)) ^ c) + v;
	return h;
}

static inline uint64_t
ref_jody_64(uint64_t h, const uint8_t *p, size_t n)
{
	size_t		i = 0;

	for (; i + 8 <= n; i += 8)
		h = ref_jody_word(h, p + i, 8);
	if (i < n)
		h = ref_jody_word(h, p + i, n - i);
	return h;
}

#endif
