/*
 * fuzz_tsns_calc.c
 *	  libFuzzer target for the timestamp calculations and the to_char format
 *	  rewriting of the core (core/tsns_calc.c, core/tsns_to_char.c).
 *
 * The input is a to_char format: rewritten, FF7-FF9 leave no FF7-FF9 and
 * the zone fields leave none (every one becomes a quoted literal), within
 * the bound the glue allocates, and placeholders and digits give the same
 * format but for those bytes.  Its first bytes are also numbers: date_bin
 * lands on the grid at or before the source, within one stride; rounding
 * to a precision moves a value at most half a step onto the grid; and the
 * digits of a fraction lose at most half a microsecond.
 */
#include <stdint.h>
#include <stdlib.h>
#include <string.h>

#include "../../src/core/tsns_calc.h"
#include "../../src/core/tsns_to_char.h"

int			LLVMFuzzerTestOneInput(const uint8_t *data, size_t size);

#define MAXF 4096

static char out[FE_TOCHAR_MAXLEN(MAXF)];
static char out2[FE_TOCHAR_MAXLEN(FE_TOCHAR_MAXLEN(MAXF))];
static char zoned[FE_TOCHAR_MAXLEN(MAXF)];

static int64_t
load64(const uint8_t *p)
{
	uint64_t	v = 0;

	for (int i = 0; i < 8; i++)
		v = v << 8 | p[i];
	return (int64_t) v;
}

int
LLVMFuzzerTestOneInput(const uint8_t *data, size_t size)
{
	const char *f = (const char *) data;
	size_t		len = size > MAXF ? MAXF : size;
	size_t		n,
				n2,
				zn = 0;
	int			kind;

	/* FF7-FF9: within the bound, none left; digits as the placeholders */
	n = fe_tochar_rewrite_ff(f, len, NULL, out);
	if (n > FE_TOCHAR_MAXLEN(len))
		abort();
	if (n > 0)
	{
		if (fe_tochar_rewrite_ff(out, n, NULL, out2) != 0)
			abort();
		n2 = fe_tochar_rewrite_ff(f, len, "789", out2);
		if (n2 != n)
			abort();
		for (size_t i = 0; i < n; i++)
			if (out[i] != out2[i] && !(out[i] >= 1 && out[i] <= 3 && out2[i] == "789"[out[i] - 1]))
				abort();
	}

	/* the zone fields: written in, none left */
	kind = fe_tochar_zone(f, len, size > 0 ? (int32_t) (data[0] * 211 - 26000) : 0, zoned, &zn);
	if (kind != FE_TOCHAR_ZONE_CORE)
	{
		if (zn > FE_TOCHAR_MAXLEN(len))
			abort();
		if (fe_tochar_zone(zoned, zn, 0, NULL, NULL) != FE_TOCHAR_ZONE_NONE)
			abort();
		if (kind == FE_TOCHAR_ZONE_NONE && (zn != len || memcmp(zoned, f, len) != 0))
			abort();
	}

	/* numbers */
	if (size >= 28)
	{
		int64_t		src = load64(data),
					org = load64(data + 8),
					us = load64(data + 16) % INT64_C(100000000000),
					r;
		int32_t		days = (int32_t) ((uint32_t) data[24] << 8 | data[25]) % 40000;
		int			p = data[26] % 10;

		if (us < 0)
			us = -us;
		if (src != FE_TSNS_NOBEGIN && src != FE_TSNS_NOEND &&
			org != FE_TSNS_NOBEGIN && org != FE_TSNS_NOEND &&
			fe_tsns_bin(days, us, src, org, &r) == 0)
		{
			/* (products unsigned: see tsns_calc.c) */
			__int128	s = (__int128) ((unsigned __int128) days * (unsigned __int128) INT64_C(86400000000000) +
										(unsigned __int128) us * 1000);

			if (s <= 0 || r > src || (__int128) src - r >= s || ((__int128) r - org) % s != 0)
				abort();
		}
		if (fe_tsns_round(src, p, &r) == 0 && p < 9 &&
			src != FE_TSNS_NOBEGIN && src != FE_TSNS_NOEND)
		{
			__int128	scale,
						d = (__int128) r - src;
			int64_t		sc = 1;

			for (int k = p; k < 9; k++)
				sc *= 10;
			scale = sc;
			if (((__int128) r - FE_TSNS_PG_EPOCH) % scale != 0 || d > scale / 2 || d < -scale / 2)
				abort();
		}
	}

	/* a fraction of up to 40 digits loses at most half a microsecond */
	{
		char		frac[42];
		size_t		k = 0;

		frac[k++] = '.';
		for (size_t i = 0; i < size && k < 41; i++)
			frac[k++] = (char) ('0' + data[i] % 10);
		frac[k] = '\0';
		{
			int32_t		lost = fe_tsns_fraction_lost(frac);

			if (lost < -500 || lost > 500)
				abort();
		}
	}
	return 0;
}
