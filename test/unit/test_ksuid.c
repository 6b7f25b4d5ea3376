/*
 * test_ksuid.c
 *	  The base62 codec and KSUID arithmetic against segmentio/ksuid's
 *	  vectors and against a slow reference.
 */
#include "unit.h"

#include <stdlib.h>
#include <string.h>

#include "../../src/core/ksuid_codec.h"
#include "../common/ref_ksuid.h"

static int
encodes_to(const uint8_t id[20], const char *want)
{
	char		out[FE_KSUID_CHARS];

	fe_ksuid_encode(id, out);
	return strlen(want) == FE_KSUID_CHARS && memcmp(out, want, FE_KSUID_CHARS) == 0;
}

/* Every row of ksuid.tsv: hex, ksuid, unix_ts, payload_hex, next, prev. */
static void
test_vectors(const char *dir)
{
	FILE	   *f = unit_open_vectors(dir, "ksuid.tsv");
	char		line[1024];
	int			rows = 0;

	if (fgets(line, sizeof(line), f) == NULL)	/* header */
		return;
	while (fgets(line, sizeof(line), f))
	{
		char	   *fld[6];
		uint8_t		id[20],
					got[20],
					payload[16];
		long long	unix_ts;

		if (unit_split_tsv(line, fld, 6) != 6)
		{
			CHECK(0, "malformed vector row %d", rows + 1);
			continue;
		}
		rows++;
		CHECK(unit_unhex(fld[0], id, 20) == 20, "bad hex %s", fld[0]);
		CHECK(encodes_to(id, fld[1]), "encode %s != %s", fld[0], fld[1]);
		CHECK(fe_ksuid_decode(fld[1], strlen(fld[1]), got) == FE_KSUID_OK &&
			  memcmp(got, id, 20) == 0, "decode %s", fld[1]);

		unix_ts = (long long) ((uint32_t) id[0] << 24 | (uint32_t) id[1] << 16 |
							   (uint32_t) id[2] << 8 | id[3]) + FE_KSUID_EPOCH;
		CHECK(unix_ts == atoll(fld[2]), "unix_ts of %s", fld[1]);
		CHECK(unit_unhex(fld[3], payload, 16) == 16 &&
			  memcmp(payload, id + 4, 16) == 0, "payload of %s", fld[1]);

		memcpy(got, id, 20);
		fe_ksuid_next(got);
		CHECK(encodes_to(got, fld[4]), "next of %s", fld[1]);
		memcpy(got, id, 20);
		fe_ksuid_prev(got);
		CHECK(encodes_to(got, fld[5]), "prev of %s", fld[1]);
	}
	fclose(f);
	CHECK(rows == 300, "ksuid.tsv has %d rows, expected 300", rows);
}

/* Random values, and values near the byte boundaries, against the reference. */
static void
test_against_reference(void)
{
	long		mismatches = 0;

	for (int n = 0; n < 1000000; n++)
	{
		uint8_t		id[20],
					back[20];
		char		fast[27],
					slow[27];

		for (int i = 0; i < 20; i += 4)
		{
			uint64_t	r = unit_rand();

			memcpy(id + i, &r, 4);
		}
		/* runs of 0x00 and 0xff exercise carries and short quotients */
		if (n % 4 == 1)
			memset(id, 0, (size_t) (unit_rand() % 21));
		else if (n % 4 == 2)
			memset(id, 0xff, (size_t) (unit_rand() % 21));
		else if (n % 4 == 3)
		{
			size_t		k = (size_t) (unit_rand() % 21);

			memset(id + 20 - k, 0xff, k);
		}
		fe_ksuid_encode(id, fast);
		ref_ksuid_encode(id, slow);
		if (memcmp(fast, slow, 27) != 0 ||
			fe_ksuid_decode(fast, 27, back) != FE_KSUID_OK ||
			memcmp(back, id, 20) != 0)
			mismatches++;
	}
	CHECK(mismatches == 0, "%ld of 1000000 random ids differ from the reference", mismatches);
}

static void
test_bad_input(void)
{
	const char *good = "0ujtsYcgvSTl8PAuAdqWYSMnLOv";
	char		s[40];
	uint8_t		id[20];
	long		wrong = 0;

	CHECK(fe_ksuid_decode(good, 27, id) == FE_KSUID_OK, "good input");
	CHECK(fe_ksuid_decode("", 0, id) == FE_KSUID_BAD_LENGTH, "empty");
	CHECK(fe_ksuid_decode(good, 26, id) == FE_KSUID_BAD_LENGTH, "26 chars");
	memcpy(s, good, 27);
	s[27] = '0';
	CHECK(fe_ksuid_decode(s, 28, id) == FE_KSUID_BAD_LENGTH, "28 chars");

	/* every byte outside the alphabet, at every position */
	for (int pos = 0; pos < 27; pos++)
		for (int c = 0; c < 256; c++)
		{
			fe_ksuid_status st;

			if (c < 256 && strchr(ref_alphabet, c) && c != 0)
				continue;
			memcpy(s, good, 27);
			s[pos] = (char) c;
			st = fe_ksuid_decode(s, 27, id);
			if (st != FE_KSUID_BAD_CHAR)
				wrong++;
		}
	CHECK(wrong == 0, "%ld bad bytes not rejected", wrong);

	CHECK(fe_ksuid_decode("aWgEPTl1tmebfsQzFP4bxwgy80V", 27, id) == FE_KSUID_OK,
		  "maximum accepted");
	CHECK(fe_ksuid_decode("aWgEPTl1tmebfsQzFP4bxwgy80W", 27, id) == FE_KSUID_OVERFLOW,
		  "maximum + 1 rejected");
	CHECK(fe_ksuid_decode("aWgEPTl1tmebfsQzFP4bxwgy810", 27, id) == FE_KSUID_OVERFLOW,
		  "maximum + 5 rejected");
	CHECK(fe_ksuid_decode("b00000000000000000000000000", 27, id) == FE_KSUID_OVERFLOW,
		  "b... rejected");
	CHECK(fe_ksuid_decode("zzzzzzzzzzzzzzzzzzzzzzzzzzz", 27, id) == FE_KSUID_OVERFLOW,
		  "z... rejected");
}

static void
test_add(void)
{
	uint8_t		id[20],
				want[20];

	memset(id, 0, 20);
	id[19] = 1;
	CHECK(fe_ksuid_add(id, UINT64_MAX) == 0 && id[11] == 1 && id[19] == 0,
		  "carry into the second limb");

	memset(id, 0xff, 20);
	memcpy(want, id, 20);
	CHECK(fe_ksuid_add(id, 1) == 1 && memcmp(id, want, 20) == 0,
		  "overflow leaves the value unchanged");

	/* a full payload carries into the timestamp */
	memset(id, 0, 4);
	memset(id + 4, 0xff, 16);
	id[3] = 7;
	CHECK(fe_ksuid_add(id, 1) == 0 && id[3] == 8 && id[4] == 0 && id[19] == 0,
		  "payload carries into the timestamp");
}

/* Random strings near the valid form: accepted exactly when the reference accepts. */
static void
test_decode_against_reference(void)
{
	static const char extra[] = "0zZaA9-_ \x80";
	long		mismatches = 0;

	for (int n = 0; n < 200000; n++)
	{
		char		s[27];
		uint8_t		fast[20],
					slow[20];
		int			ok_fast,
					ok_slow;

		for (int i = 0; i < 27; i++)
			s[i] = ref_alphabet[unit_rand() % 62];
		/* bias the first character towards the overflow boundary */
		s[0] = "0aaaaabZz"[unit_rand() % 9];
		if (n % 3 == 0)
			s[unit_rand() % 27] = extra[unit_rand() % (sizeof(extra) - 1)];
		ok_fast = fe_ksuid_decode(s, 27, fast) == FE_KSUID_OK;
		ok_slow = ref_ksuid_decode(s, 27, slow) == 0;
		if (ok_fast != ok_slow || (ok_fast && memcmp(fast, slow, 20) != 0))
			mismatches++;
	}
	CHECK(mismatches == 0, "%ld of 200000 strings decode unlike the reference", mismatches);
}

/*
 * The comparison agrees with memcmp's sign for pairs that share a prefix
 * of every length 0..20, whichever byte then differs and however.
 */
static void
test_cmp(void)
{
	long		mismatches = 0;

	for (int n = 0; n < 210000; n++)
	{
		uint8_t		a[20],
					b[20];
		size_t		same = (size_t) (n % 21);
		int			want,
					got;

		for (int i = 0; i < 20; i++)
			a[i] = (uint8_t) unit_rand();
		memcpy(b, a, 20);
		if (same < 20)
		{
			/* one differing byte, then random tails, 0x00 and 0xff included */
			b[same] = (uint8_t) (a[same] + 1 + unit_rand() % 255);
			for (size_t i = same + 1; i < 20; i++)
				b[i] = (uint8_t) ((n / 21) % 3 == 0 ? unit_rand() : (n / 21) % 3 == 1 ? 0 : 0xff);
		}
		want = memcmp(a, b, 20);
		want = (want > 0) - (want < 0);
		got = fe_ksuid_cmp(a, b);
		if (got != want || fe_ksuid_cmp(b, a) != -want)
			mismatches++;
	}
	CHECK(mismatches == 0, "%ld of 210000 pairs compare unlike memcmp", mismatches);
}

void
test_ksuid(const char *vectors)
{
	test_cmp();
	test_vectors(vectors);
	test_against_reference();
	test_bad_input();
	test_decode_against_reference();
	test_add();
}
