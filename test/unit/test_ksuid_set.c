/*
 * test_ksuid_set.c
 *	  Compressed KSUID sets against test/vectors/ksuid_set.tsv (made by
 *	  segmentio/ksuid's Compress and CompressedSet.Iter: see
 *	  test/go/crosscheck.go -set-vectors), then broken sets.
 */
#include "unit.h"

#include <stdlib.h>
#include <string.h>

#include "../../src/core/fasthash_hashes.h"
#include "../../src/core/ksuid_set.h"

#define MAX_SET 65536
#define MAX_IDS 4096

static uint8_t set_buf[MAX_SET];
static uint8_t ids_buf[MAX_IDS * FE_KSUID_BYTES];
static uint8_t out_buf[FE_KSUID_SET_ENCODE_ROOM(MAX_IDS)];

/* expand the set into ids_buf; returns the count, or -1 - the error */
static long
expand(const uint8_t *set, size_t len, fe_ksuid_set_status *err)
{
	fe_ksuid_set_iter it;
	fe_ksuid_set_status st;
	long		n = 0;

	fe_ksuid_set_iter_init(&it, set, len);
	while ((st = fe_ksuid_set_next(&it, ids_buf + n * FE_KSUID_BYTES)) == FE_KSUID_SET_ID)
		if (++n == MAX_IDS)
			break;
	*err = st;
	return n;
}

static void
test_vectors(const char *vectors)
{
	FILE	   *f = unit_open_vectors(vectors, "ksuid_set.tsv");
	static char line[2 * MAX_SET + 1024];
	long		rows = 0;

	if (fgets(line, sizeof(line), f) == NULL)	/* header */
		abort();
	while (fgets(line, sizeof(line), f) != NULL)
	{
		char	   *fld[6];
		int			len;
		long		n;
		fe_ksuid_set_status st;
		uint64_t	count = 0;
		size_t		off = 0;
		char		first[FE_KSUID_CHARS],
					last[FE_KSUID_CHARS];

		if (unit_split_tsv(line, fld, 6) != 6)
			abort();
		len = unit_unhex(fld[0], set_buf, sizeof(set_buf));
		CHECK(len >= 0, "bad hex in %s", fld[5]);
		n = expand(set_buf, (size_t) len, &st);
		CHECK(st == FE_KSUID_SET_END && n == atol(fld[1]), "%s: %ld IDs, status %d", fld[5], n, st);
		CHECK(fe_fnv1a_64(UINT64_C(14695981039346656037), ids_buf, (size_t) n * FE_KSUID_BYTES) ==
			  strtoull(fld[2], NULL, 10), "%s: not the IDs Iter gives", fld[5]);
		if (n > 0)
		{
			fe_ksuid_encode(ids_buf, first);
			fe_ksuid_encode(ids_buf + (n - 1) * FE_KSUID_BYTES, last);
			CHECK(memcmp(first, fld[3], FE_KSUID_CHARS) == 0 && memcmp(last, fld[4], FE_KSUID_CHARS) == 0,
				  "%s: first or last ID", fld[5]);
		}
		CHECK(fe_ksuid_set_count(set_buf, (size_t) len, &count, &off) == FE_KSUID_SET_END &&
			  count == (uint64_t) n, "%s: count", fld[5]);
		/* what Iter gave, compressed again, is the same set */
		CHECK(fe_ksuid_set_encode(ids_buf, (size_t) n, out_buf) == (size_t) len &&
			  memcmp(out_buf, set_buf, (size_t) len) == 0, "%s: encodes unlike Compress", fld[5]);

		/* every prefix: a shorter set at an item's end, else truncated */
		for (int cut = 0; cut < len; cut++)
		{
			fe_ksuid_set_iter it;
			uint8_t		id[FE_KSUID_BYTES];
			long		k = 0;

			fe_ksuid_set_iter_init(&it, set_buf, (size_t) cut);
			while ((st = fe_ksuid_set_next(&it, id)) == FE_KSUID_SET_ID)
			{
				CHECK(k < n && memcmp(id, ids_buf + k * FE_KSUID_BYTES, FE_KSUID_BYTES) == 0,
					  "%s cut at %d: ID %ld", fld[5], cut, k);
				k++;
			}
			CHECK(st == FE_KSUID_SET_END || st == FE_KSUID_SET_TRUNCATED, "%s cut at %d: %d", fld[5], cut, st);
		}
		rows++;
	}
	fclose(f);
	CHECK(rows >= 60, "only %ld set vectors", rows);
}

/* the status of the whole set, and the ID count before it */
static fe_ksuid_set_status
status_of(const char *hex, long *n)
{
	fe_ksuid_set_status st;
	int			len = unit_unhex(hex, set_buf, sizeof(set_buf));

	if (len < 0)
		abort();
	*n = expand(set_buf, (size_t) len, &st);
	return st;
}

static void
test_broken(void)
{
	static const struct
	{
		const char *hex;
		fe_ksuid_set_status st;
		long		ids;
	}			cases[] = {
		{"", FE_KSUID_SET_END, 0},
		{"00", FE_KSUID_SET_TRUNCATED, 0},
		{"000f1e2d3c00112233445566778899aabbccddee", FE_KSUID_SET_TRUNCATED, 0},
		{"40", FE_KSUID_SET_NO_START, 0},
		{"8101", FE_KSUID_SET_NO_START, 0},
		{"c101", FE_KSUID_SET_NO_START, 0},
		/* a whole KSUID with a byte count */
		{"010f1e2d3c00112233445566778899aabbccddeeff", FE_KSUID_SET_BAD_WIDTH, 0},
#define BASE "000f1e2d3c00112233445566778899aabbccddeeff"
		{BASE, FE_KSUID_SET_END, 1},
		{BASE "40", FE_KSUID_SET_BAD_WIDTH, 1},
		{BASE "45", FE_KSUID_SET_BAD_WIDTH, 1},
		{BASE "4101", FE_KSUID_SET_TRUNCATED, 1},
		{BASE "4100" "00112233445566778899aabbccddeeff", FE_KSUID_SET_NOT_ASCENDING, 1},
		{BASE "41ff" "00112233445566778899aabbccddeeff", FE_KSUID_SET_END, 2},
		/* past the largest timestamp */
		{BASE "44f0e1d2c4" "00112233445566778899aabbccddeeff", FE_KSUID_SET_NOT_ASCENDING, 1},
		{BASE "44f0e1d2c3" "00112233445566778899aabbccddeeff", FE_KSUID_SET_END, 2},
		{BASE "80", FE_KSUID_SET_BAD_WIDTH, 1},
		{BASE "91" "0000000000000000000000000000000001", FE_KSUID_SET_BAD_WIDTH, 1},
		{BASE "8100", FE_KSUID_SET_NOT_ASCENDING, 1},
		{BASE "81", FE_KSUID_SET_TRUNCATED, 1},
		{BASE "8105", FE_KSUID_SET_END, 2},
		/* a payload step past the largest payload */
		{BASE "90" "ffeeddccbbaa99887766554433221101", FE_KSUID_SET_NOT_ASCENDING, 1},
		{BASE "90" "ffeeddccbbaa99887766554433221100", FE_KSUID_SET_END, 2},
		{BASE "c0", FE_KSUID_SET_BAD_WIDTH, 1},
		{BASE "c9" "000000000000000001", FE_KSUID_SET_BAD_WIDTH, 1},
		{BASE "c100", FE_KSUID_SET_EMPTY_RUN, 1},
		{BASE "c103", FE_KSUID_SET_END, 4},
		{BASE "c2", FE_KSUID_SET_TRUNCATED, 1},
		/* runs that end at, and past, the largest payload */
		{"000f1e2d3cfffffffffffffffffffffffffffffff0" "c10f", FE_KSUID_SET_END, 16},
		{"000f1e2d3cfffffffffffffffffffffffffffffff0" "c110", FE_KSUID_SET_NOT_ASCENDING, 1},
		/* appended sets: a whole KSUID starts again, lower is fine */
		{BASE "8105" "00" "00000000000000000000000000000000000001", FE_KSUID_SET_TRUNCATED, 2},
		{BASE "8105" "00" "0000000000000000000000000000000000000001", FE_KSUID_SET_END, 3},
	};

	for (size_t i = 0; i < sizeof(cases) / sizeof(cases[0]); i++)
	{
		long		n;
		fe_ksuid_set_status st = status_of(cases[i].hex, &n);

		CHECK(st == cases[i].st && n == cases[i].ids, "set %s: status %d after %ld IDs, want %d after %ld",
			  cases[i].hex, st, n, cases[i].st, cases[i].ids);
	}

	/*
	 * The count of a long run is computed, not walked; a set holds at most
	 * 2^63 - 1 IDs (SQL's bigint), and one past that is refused at the run
	 * that passes it, however it passes.
	 */
	{
		uint64_t	count = 0;
		size_t		off = 99;
		int			len = unit_unhex("000f1e2d3c00112233445566778899aabbccddeeff" "c87ffffffffffffffd"
									 "c101" "c101", set_buf, sizeof(set_buf));

		CHECK(fe_ksuid_set_count(set_buf, 30, &count, &off) == FE_KSUID_SET_END &&
			  count == UINT64_C(0x7ffffffffffffffe), "count of a long run: %llu", (unsigned long long) count);
		/* one more ID (a run of one) is the most a set holds */
		CHECK(fe_ksuid_set_count(set_buf, 30 + 2, &count, &off) == FE_KSUID_SET_END &&
			  count == INT64_MAX, "count of INT64_MAX: %llu", (unsigned long long) count);
		CHECK(fe_ksuid_set_count(set_buf, (size_t) len, &count, &off) == FE_KSUID_SET_TOO_MANY &&
			  off == 32, "count past 2^63 - 1 by a run: offset %zu", off);
		len = unit_unhex("000f1e2d3c00112233445566778899aabbccddeeff" "c8fffffffffffffffe",
						 set_buf, sizeof(set_buf));
		CHECK(fe_ksuid_set_count(set_buf, (size_t) len, &count, &off) == FE_KSUID_SET_TOO_MANY &&
			  off == 21, "a run of 2^64 - 2: offset %zu", off);
		len = unit_unhex("000f1e2d3c00112233445566778899aabbccddeeff" "c8ffffffffffffffff",
						 set_buf, sizeof(set_buf));
		CHECK(fe_ksuid_set_count(set_buf, (size_t) len, &count, &off) == FE_KSUID_SET_TOO_MANY &&
			  off == 21, "a run of 2^64 - 1: offset %zu", off);
	}

	/* out of order input is refused by the encoder */
	{
		uint8_t		two[2 * FE_KSUID_BYTES];

		memset(two, 0, sizeof(two));
		two[0] = 1;
		CHECK(fe_ksuid_set_encode(two, 2, out_buf) == SIZE_MAX, "unsorted input encoded");
		CHECK(fe_ksuid_set_encode(two, 0, out_buf) == 0, "empty input");
	}
}

/* random sorted lists, runs among them: decode(encode(x)) is x without repeats */
static void
test_random(void)
{
	long		bad = 0;

	for (int round = 0; round < 2000; round++)
	{
		size_t		n = 1 + unit_rand() % 300,
					len,
					u = 0;
		long		k;
		fe_ksuid_set_status st;
		static uint8_t sorted[300 * FE_KSUID_BYTES];

		for (size_t i = 0; i < n; i++)
		{
			uint8_t    *id = sorted + i * FE_KSUID_BYTES;

			if (i == 0 || unit_rand() % 4 == 0)
			{
				for (int b = 0; b < FE_KSUID_BYTES; b++)
					id[b] = (uint8_t) unit_rand();
				if (i > 0 && memcmp(id, id - FE_KSUID_BYTES, FE_KSUID_BYTES) < 0)
				{
					memcpy(id, id - FE_KSUID_BYTES, FE_KSUID_BYTES);
					id[4 + unit_rand() % 16] |= (uint8_t) unit_rand();
					if (memcmp(id, id - FE_KSUID_BYTES, FE_KSUID_BYTES) < 0)
						memcpy(id, id - FE_KSUID_BYTES, FE_KSUID_BYTES);
				}
			}
			else
			{
				memcpy(id, id - FE_KSUID_BYTES, FE_KSUID_BYTES);
				if (unit_rand() % 8 != 0 && !(id[0] == 0xff && id[1] == 0xff && id[2] == 0xff && id[3] == 0xff))
					fe_ksuid_next(id);	/* else a repeat */
			}
			/* the unique list */
			if (u == 0 || memcmp(id, ids_buf + (u - 1) * FE_KSUID_BYTES, FE_KSUID_BYTES) != 0)
				memcpy(ids_buf + u++ * FE_KSUID_BYTES, id, FE_KSUID_BYTES);
		}
		len = fe_ksuid_set_encode(sorted, n, out_buf);
		if (len == SIZE_MAX)
		{
			bad++;
			continue;
		}
		memcpy(set_buf, out_buf, len);
		memcpy(sorted, ids_buf, u * FE_KSUID_BYTES);
		k = expand(set_buf, len, &st);
		if (st != FE_KSUID_SET_END || (size_t) k != u || memcmp(ids_buf, sorted, u * FE_KSUID_BYTES) != 0)
			bad++;
	}
	CHECK(bad == 0, "%ld of 2000 random sets do not round-trip", bad);
}

static int
cmp_id(const void *a, const void *b)
{
	return memcmp(a, b, FE_KSUID_BYTES);
}

/* the radix sort against qsort(): shared prefixes, repeats, both ends */
static void
test_sort(void)
{
	static uint8_t a[3000 * FE_KSUID_BYTES],
				b[3000 * FE_KSUID_BYTES];
	static uint64_t scratch[FE_KSUID_SORT_SCRATCH(3000) / 8 + 1];
	long		bad = 0;

	for (int round = 0; round < 300; round++)
	{
		size_t		n = unit_rand() % 3000;
		int			shared = (int) (unit_rand() % 12);	/* leading bytes alike */

		for (size_t i = 0; i < n; i++)
		{
			uint8_t    *id = a + i * FE_KSUID_BYTES;

			for (int k = 0; k < FE_KSUID_BYTES; k++)
				id[k] = k < shared ? (uint8_t) (0xa5 ^ k) : (uint8_t) unit_rand();
			if (i > 0 && unit_rand() % 5 == 0)
				memcpy(id, a + (unit_rand() % i) * FE_KSUID_BYTES, FE_KSUID_BYTES);
			if (unit_rand() % 50 == 0)
				memset(id, unit_rand() % 2 ? 0xff : 0, FE_KSUID_BYTES);
		}
		memcpy(b, a, n * FE_KSUID_BYTES);
		fe_ksuid_sort(a, n, scratch);
		qsort(b, n, FE_KSUID_BYTES, cmp_id);
		if (memcmp(a, b, n * FE_KSUID_BYTES) != 0)
			bad++;
	}
	CHECK(bad == 0, "%ld of 300 lists sort unlike qsort", bad);
}

void
test_ksuid_set(const char *vectors)
{
	test_vectors(vectors);
	test_broken();
	test_random();
	test_sort();
}
