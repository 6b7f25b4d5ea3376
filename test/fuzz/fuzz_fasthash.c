/*
 * fuzz_fasthash.c
 *	  libFuzzer target: the word-at-a-time hash loops against the
 *	  byte-at-a-time reference, on any bytes at any alignment and length,
 *	  with a seed taken from the input, and the chaining identity.
 */
#include <stdint.h>
#include <stdlib.h>
#include <string.h>

#include "../../src/core/fasthash_hashes.h"
#include "../common/ref_fasthash.h"

int			LLVMFuzzerTestOneInput(const uint8_t *data, size_t size);

int
LLVMFuzzerTestOneInput(const uint8_t *data, size_t size)
{
	uint64_t	seed = 0;
	size_t		split;

	if (size >= 8)
	{
		memcpy(&seed, data, 8);
		data += 8;
		size -= 8;
	}

	if (fe_fnv1_32((uint32_t) seed, data, size) != ref_fnv1_32((uint32_t) seed, data, size) ||
		fe_fnv1a_32((uint32_t) seed, data, size) != ref_fnv1a_32((uint32_t) seed, data, size) ||
		fe_fnv1_64(seed, data, size) != ref_fnv1_64(seed, data, size) ||
		fe_fnv1a_64(seed, data, size) != ref_fnv1a_64(seed, data, size) ||
		fe_jody_64(seed, data, size) != ref_jody_64(seed, data, size))
		abort();

	/* hashing in two parts gives the hash of the whole */
	split = size ? (size_t) (seed % (size + 1)) : 0;
	if (fe_fnv1a_64(fe_fnv1a_64(seed, data, split), data + split, size - split) !=
		fe_fnv1a_64(seed, data, size))
		abort();
	split &= ~(size_t) 7;
	if (fe_jody_64(fe_jody_64(seed, data, split), data + split, size - split) !=
		fe_jody_64(seed, data, size))
		abort();
	return 0;
}
