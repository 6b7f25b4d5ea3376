/*
 * test_fasthash.c
 *	  The fasthash functions against segmentio/fasthash's vectors and
 *	  against the byte-at-a-time reference.
 */
#include "unit.h"

#include <inttypes.h>
#include <stdlib.h>
#include <string.h>

#include "../../src/core/fasthash_hashes.h"
#include "../common/ref_fasthash.h"

/* The result of one vector row's Go function, or -1 if the name is unknown. */
static int
run_row(const char *function, const char *kind, const uint8_t *bytes, int nbytes,
		uint64_t intval, int seeded, uint64_t seed, uint64_t *out)
{
	char		algo[16];
	const char *dot = strchr(function, '.');
	const char *op;
	int			width,
				is_int;

	if (dot == NULL || dot - function >= (long) sizeof(algo))
		return -1;
	memcpy(algo, function, dot - function);
	algo[dot - function] = '\0';
	op = dot + 1;
	width = strstr(op, "32") ? 32 : 64;
	is_int = strcmp(kind, "uint32") == 0 || strcmp(kind, "uint64") == 0;
	if (seeded != (strncmp(op, "Add", 3) == 0))
		return -1;

	if (strcmp(algo, "fnv1") == 0 && width == 32)
	{
		uint32_t	h = seeded ? (uint32_t) seed : FE_FNV32_INIT;

		*out = is_int ? fe_fnv1_32_u32(h, (uint32_t) intval) : fe_fnv1_32(h, bytes, nbytes);
	}
	else if (strcmp(algo, "fnv1a") == 0 && width == 32)
	{
		uint32_t	h = seeded ? (uint32_t) seed : FE_FNV32_INIT;

		*out = is_int ? fe_fnv1a_32_u32(h, (uint32_t) intval) : fe_fnv1a_32(h, bytes, nbytes);
	}
	else if (strcmp(algo, "fnv1") == 0)
	{
		uint64_t	h = seeded ? seed : FE_FNV64_INIT;

		*out = is_int ? fe_fnv1_64_u64(h, intval) : fe_fnv1_64(h, bytes, nbytes);
	}
	else if (strcmp(algo, "fnv1a") == 0)
	{
		uint64_t	h = seeded ? seed : FE_FNV64_INIT;

		*out = is_int ? fe_fnv1a_64_u64(h, intval) : fe_fnv1a_64(h, bytes, nbytes);
	}
	else if (strcmp(algo, "jody") == 0 && width == 64)
	{
		uint64_t	h = seeded ? seed : FE_JODY64_INIT;

		*out = is_int ? fe_jody_64_u64(h, intval) : fe_jody_64(h, bytes, nbytes);
	}
	else
		return -1;
	return 0;
}

/* Every row of fasthash.tsv: function, kind, input, seed, output */
static void
test_vectors(const char *dir)
{
	FILE	   *f = unit_open_vectors(dir, "fasthash.tsv");
	static char line[1 << 18];
	static uint8_t bytes[1 << 17];
	int			rows = 0;

	if (fgets(line, sizeof(line), f) == NULL)
		return;
	while (fgets(line, sizeof(line), f))
	{
		char	   *fld[5];
		int			n = 0;
		uint64_t	intval = 0,
					seed = 0,
					got;

		if (unit_split_tsv(line, fld, 5) != 5)
		{
			CHECK(0, "malformed fasthash row %d", rows + 1);
			continue;
		}
		rows++;
		if (strcmp(fld[1], "uint32") == 0 || strcmp(fld[1], "uint64") == 0)
			intval = strtoull(fld[2], NULL, 10);
		else
			n = unit_unhex(fld[2], bytes, sizeof(bytes));
		if (strcmp(fld[3], "-") != 0)
			seed = strtoull(fld[3], NULL, 10);
		CHECK(n >= 0, "bad hex in row %d", rows);
		CHECK(run_row(fld[0], fld[1], bytes, n, intval, strcmp(fld[3], "-") != 0, seed, &got) == 0 &&
			  got == strtoull(fld[4], NULL, 10),
			  "%s(%s, seed %s) = %" PRIu64 ", want %s", fld[0], fld[2], fld[3], got, fld[4]);
	}
	fclose(f);
	CHECK(rows == 411, "fasthash.tsv has %d rows, expected 411", rows);
}

/* Every length 0..300 at every alignment 0..7, seeded at random, against the reference */
static void
test_against_reference(void)
{
	static uint8_t buf[400];
	long		wrong = 0;

	for (size_t i = 0; i < sizeof(buf); i++)
		buf[i] = (uint8_t) unit_rand();
	for (size_t off = 0; off < 8; off++)
		for (size_t len = 0; len <= 300; len++)
		{
			const uint8_t *p = buf + off;
			uint64_t	s = unit_rand();

			wrong += fe_fnv1_32((uint32_t) s, p, len) != ref_fnv1_32((uint32_t) s, p, len);
			wrong += fe_fnv1a_32((uint32_t) s, p, len) != ref_fnv1a_32((uint32_t) s, p, len);
			wrong += fe_fnv1_64(s, p, len) != ref_fnv1_64(s, p, len);
			wrong += fe_fnv1a_64(s, p, len) != ref_fnv1a_64(s, p, len);
			wrong += fe_jody_64(s, p, len) != ref_jody_64(s, p, len);
		}
	CHECK(wrong == 0, "%ld hashes differ from the reference", wrong);
}

/* Integers hash as their big-endian bytes (FNV) or one little-endian word (jody) */
static void
test_integers(void)
{
	long		wrong = 0;

	for (int i = 0; i < 100000; i++)
	{
		uint64_t	v = unit_rand(),
					s = unit_rand();
		uint8_t		be[8],
					le[8];

		for (int k = 0; k < 8; k++)
		{
			be[k] = (uint8_t) (v >> (56 - 8 * k));
			le[k] = (uint8_t) (v >> (8 * k));
		}
		wrong += fe_fnv1_64_u64(s, v) != ref_fnv1_64(s, be, 8);
		wrong += fe_fnv1a_64_u64(s, v) != ref_fnv1a_64(s, be, 8);
		wrong += fe_jody_64_u64(s, v) != ref_jody_64(s, le, 8);
		wrong += fe_fnv1_32_u32((uint32_t) s, (uint32_t) v) != ref_fnv1_32((uint32_t) s, be + 4, 4);
		wrong += fe_fnv1a_32_u32((uint32_t) s, (uint32_t) v) != ref_fnv1a_32((uint32_t) s, be + 4, 4);
	}
	CHECK(wrong == 0, "%ld integer hashes differ from their byte forms", wrong);
}

/* Hashing a then b from h equals hashing a||b (jody: a's length a multiple of 8) */
static void
test_chaining(void)
{
	static uint8_t buf[256];
	long		wrong = 0;

	for (size_t i = 0; i < sizeof(buf); i++)
		buf[i] = (uint8_t) unit_rand();
	for (size_t a = 0; a <= 64; a++)
		for (size_t b = 0; b <= 64; b++)
		{
			wrong += fe_fnv1a_64(fe_fnv1a_64(FE_FNV64_INIT, buf, a), buf + a, b) !=
				fe_fnv1a_64(FE_FNV64_INIT, buf, a + b);
			wrong += fe_fnv1_32(fe_fnv1_32(FE_FNV32_INIT, buf, a), buf + a, b) !=
				fe_fnv1_32(FE_FNV32_INIT, buf, a + b);
			if (a % 8 == 0)
				wrong += fe_jody_64(fe_jody_64(0, buf, a), buf + a, b) !=
					fe_jody_64(0, buf, a + b);
		}
	CHECK(wrong == 0, "%ld chained hashes differ", wrong);
}

void
test_fasthash(const char *vectors)
{
	test_vectors(vectors);
	test_against_reference();
	test_integers();
	test_chaining();
}
