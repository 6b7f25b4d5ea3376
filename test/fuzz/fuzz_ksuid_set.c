/*
 * fuzz_ksuid_set.c
 *	  libFuzzer target for compressed KSUID sets.
 *
 * Any input is read as a set: the iterator must stop with an ID count or an
 * error and never read past the end; IDs rise within each part a whole KSUID
 * starts; the count function agrees with the iterator, error and offset
 * included, so ksuid_expand() and ksuid_compressed_count() refuse the same
 * sets; what was read, compressed again, reads back the same.  The
 * input is also taken as IDs, 20 bytes each: sorted and compressed, they
 * must read back as themselves without repeats, and the radix sort of the
 * aggregate must sort them as qsort() does.
 */
#include <stdint.h>
#include <stdlib.h>
#include <string.h>

#include "../../src/core/ksuid_set.h"

#define MAX_IDS 4096

int			LLVMFuzzerTestOneInput(const uint8_t *data, size_t size);

static uint8_t ids[(MAX_IDS + 1) * FE_KSUID_BYTES];
static uint8_t again[(MAX_IDS + 1) * FE_KSUID_BYTES];
static uint8_t set[FE_KSUID_SET_ENCODE_ROOM(MAX_IDS + 1)];

static int
cmp_id(const void *a, const void *b)
{
	return memcmp(a, b, FE_KSUID_BYTES);
}

/*
 * read the IDs of the set into out, up to MAX_IDS: the status (an ID if
 * there are more), and the count
 */
static fe_ksuid_set_status
read_set(const uint8_t *s, size_t len, uint8_t *out, size_t *n, size_t *err_off)
{
	fe_ksuid_set_iter it;
	fe_ksuid_set_status st;

	*n = 0;
	fe_ksuid_set_iter_init(&it, s, len);
	while ((st = fe_ksuid_set_next(&it, out + *n * FE_KSUID_BYTES)) == FE_KSUID_SET_ID)
	{
		if (*n == MAX_IDS)
			return FE_KSUID_SET_ID;	/* stopped early */
		/* rising, unless this ID is a whole KSUID that starts a part */
		if (*n > 0 && (*it.item & 0xC0) != 0 &&
			memcmp(out + (*n - 1) * FE_KSUID_BYTES, out + *n * FE_KSUID_BYTES, FE_KSUID_BYTES) >= 0)
			abort();
		if (it.p < s || it.p > s + len)
			abort();
		(*n)++;
	}
	*err_off = fe_ksuid_set_error_offset(&it);
	return st;
}

/*
 * Sort the n IDs in ids (the radix sort of the aggregate, against qsort),
 * compress them: they read back sorted, without repeats.
 */
static void
compress_and_check(size_t n)
{
	static uint64_t scratch[FE_KSUID_SORT_SCRATCH(MAX_IDS + 1) / 8 + 1];
	size_t		len,
				m,
				off,
				k = 0;

	memcpy(again, ids, n * FE_KSUID_BYTES);
	fe_ksuid_sort(ids, n, scratch);
	qsort(again, n, FE_KSUID_BYTES, cmp_id);
	if (memcmp(ids, again, n * FE_KSUID_BYTES) != 0)
		abort();
	len = fe_ksuid_set_encode(ids, n, set);
	if (len == SIZE_MAX || len > FE_KSUID_SET_MAX_BYTES(n))
		abort();
	if (read_set(set, len, again, &m, &off) != FE_KSUID_SET_END)
		abort();
	for (size_t i = 0; i < n; i++)
	{
		if (i > 0 && memcmp(ids + i * FE_KSUID_BYTES, ids + (i - 1) * FE_KSUID_BYTES, FE_KSUID_BYTES) == 0)
			continue;
		if (k >= m || memcmp(ids + i * FE_KSUID_BYTES, again + k * FE_KSUID_BYTES, FE_KSUID_BYTES) != 0)
			abort();
		k++;
	}
	if (k != m)
		abort();
}

int
LLVMFuzzerTestOneInput(const uint8_t *data, size_t size)
{
	size_t		n,
				off = 0,
				coff = 0;
	uint64_t	count = 0;
	fe_ksuid_set_status st,
				cst;

	/* the input as a set */
	st = read_set(data, size, ids, &n, &off);
	cst = fe_ksuid_set_count(data, size, &count, &coff);
	if (st == FE_KSUID_SET_END)
	{
		if (cst != FE_KSUID_SET_END || count != n)
			abort();
	}
	else if (st != FE_KSUID_SET_ID)
	{
		if (cst != st || coff != off)
			abort();
	}
	else if (cst == FE_KSUID_SET_END && count <= MAX_IDS)
		abort();				/* the iterator found more */
	/*
	 * ksuid_expand() reads a set only after the count has accepted it, so
	 * the two SQL functions refuse the same sets: what the count accepts,
	 * the iterator reads without an error, and never more than a bigint.
	 */
	if (cst == FE_KSUID_SET_END &&
		(count > FE_KSUID_SET_MAX_COUNT || (st != FE_KSUID_SET_END && st != FE_KSUID_SET_ID)))
		abort();
	if (cst != FE_KSUID_SET_END && st == FE_KSUID_SET_END)
		abort();
	if (st == FE_KSUID_SET_END || st == FE_KSUID_SET_ID)
		compress_and_check(n);

	/* the input as IDs */
	n = size / FE_KSUID_BYTES;
	if (n > MAX_IDS)
		n = MAX_IDS;
	memcpy(ids, data, n * FE_KSUID_BYTES);
	compress_and_check(n);
	return 0;
}
