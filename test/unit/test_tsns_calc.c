/*
 * test_tsns_calc.c
 *	  Rounding to a precision, date_bin and lost fraction digits
 *	  (core/tsns_calc.c), and the format rewriting of to_char
 *	  (core/tsns_to_char.c).
 */
#include "unit.h"

#include <string.h>

#include "../../src/core/tsns_calc.h"
#include "../../src/core/tsns_to_char.h"

#define E FE_TSNS_PG_EPOCH

static void
test_round(void)
{
	int64_t		r = 0;
	long		wrong = 0;

	/* half away from zero, counted from 2000 */
	CHECK(fe_tsns_round(E + 1500, 6, &r) == 0 && r == E + 2000, "+1.5 us: %lld", (long long) (r - E));
	CHECK(fe_tsns_round(E + 1499, 6, &r) == 0 && r == E + 1000, "+1.499 us");
	CHECK(fe_tsns_round(E - 1500, 6, &r) == 0 && r == E - 2000, "-1.5 us: %lld", (long long) (r - E));
	CHECK(fe_tsns_round(E - 1499, 6, &r) == 0 && r == E - 1000, "-1.499 us");
	CHECK(fe_tsns_round(E + 500000000, 0, &r) == 0 && r == E + 1000000000, "half a second up");
	CHECK(fe_tsns_round(E - 500000000, 0, &r) == 0 && r == E - 1000000000, "half a second down");
	CHECK(fe_tsns_round(E + 15, 8, &r) == 0 && r == E + 20, "p = 8");
	/* p 9 or more, negative, and the infinities: unchanged */
	CHECK(fe_tsns_round(E + 1, 9, &r) == 0 && r == E + 1, "p = 9");
	CHECK(fe_tsns_round(E + 1, -1, &r) == 0 && r == E + 1, "p = -1");
	CHECK(fe_tsns_round(FE_TSNS_NOEND, 0, &r) == 0 && r == FE_TSNS_NOEND, "infinity");
	CHECK(fe_tsns_round(FE_TSNS_NOBEGIN, 0, &r) == 0 && r == FE_TSNS_NOBEGIN, "-infinity");
	/* past the ends of the range: refused */
	CHECK(fe_tsns_round(FE_TSNS_NOEND - 1, 0, &r) == -1, "last finite to the second");
	CHECK(fe_tsns_round(FE_TSNS_NOBEGIN + 1, 0, &r) == -1, "first finite to the second");
	CHECK(fe_tsns_round(FE_TSNS_NOEND - 1, 8, &r) == -1, "last finite to 10 ns: up, out");
	CHECK(fe_tsns_round(FE_TSNS_NOEND - 6, 8, &r) == 0 && r == FE_TSNS_NOEND - 7, "near the last, to 10 ns");

	/* any value: a multiple of the scale from 2000, within half of it */
	for (int i = 0; i < 200000; i++)
	{
		int64_t		ns = (int64_t) (unit_rand() >> 1) - (int64_t) (unit_rand() >> 1);
		int			p = (int) (unit_rand() % 9);
		int64_t		scale = 1;

		for (int k = p; k < 9; k++)
			scale *= 10;
		if (ns == FE_TSNS_NOBEGIN || ns == FE_TSNS_NOEND)
			continue;
		if (fe_tsns_round(ns, p, &r) != 0)
			continue;
		/* |r - ns| and r's distance from 2000, in unsigned arithmetic */
		{
			uint64_t	off = r >= E ? (uint64_t) r - (uint64_t) E : (uint64_t) E - (uint64_t) r;
			uint64_t	moved = r >= ns ? (uint64_t) r - (uint64_t) ns : (uint64_t) ns - (uint64_t) r;
			int			up = r > ns;

			if (off % (uint64_t) scale != 0 || moved > (uint64_t) scale / 2 ||
				(moved == (uint64_t) scale / 2 && moved != 0 && up != (ns >= E)))
				wrong++;
		}
	}
	CHECK(wrong == 0, "%ld of 200000 values rounded otherwise", wrong);
}

static void
test_bin(void)
{
	int64_t		r = 0;
	long		wrong = 0;

	CHECK(fe_tsns_bin(0, 1, E + 400, E, &r) == 0 && r == E, "1 us bins, 400 ns in");
	CHECK(fe_tsns_bin(0, 1, E + 1400, E + 5, &r) == 0 && r == E + 1005, "an origin off the us");
	CHECK(fe_tsns_bin(0, 1000000, E - 1, E, &r) == 0 && r == E - 1000000000, "before the origin: the earlier bin");
	CHECK(fe_tsns_bin(1, 0, E + 86400 * FE_NS_PER_SEC, E, &r) == 0 && r == E + 86400 * FE_NS_PER_SEC, "a day");
	CHECK(fe_tsns_bin(0, 0, E, E, &r) == FE_TSNS_BIN_STRIDE, "a stride of zero");
	CHECK(fe_tsns_bin(-1, 0, E, E, &r) == FE_TSNS_BIN_STRIDE, "a negative stride");
	CHECK(fe_tsns_bin(0, 1000000, FE_TSNS_NOBEGIN + 1, E, &r) == FE_TSNS_BIN_RANGE,
		  "the bin of the first value starts before the range");
#if defined(__SIZEOF_INT128__) && !defined(FE_NO_INT128)
	CHECK(fe_tsns_bin(INT32_MAX, 0, E, FE_TSNS_NOBEGIN + 1, &r) == 0 && r == FE_TSNS_NOBEGIN + 1,
		  "a stride wider than the range");
#endif

	/* any source and origin: result <= source < result + stride, on the grid */
	for (int i = 0; i < 200000; i++)
	{
		int64_t		src = (int64_t) (unit_rand() >> 2) - (int64_t) (unit_rand() >> 2);
		int64_t		org = (int64_t) (unit_rand() >> 2) - (int64_t) (unit_rand() >> 2);
		int32_t		days = (int32_t) (unit_rand() % 3);
		int64_t		us = (int64_t) (unit_rand() % 100000000) + (days == 0);
		int64_t		s = (days * INT64_C(86400000000) + us) * 1000;
		int			st = fe_tsns_bin(days, us, src, org, &r);

		if (st == FE_TSNS_BIN_RANGE)
			continue;
		if (st != 0 || r > src || src - r >= s || ((r - org) % s) != 0)
			wrong++;
	}
	CHECK(wrong == 0, "%ld of 200000 bins wrong", wrong);
}

static void
test_fraction(void)
{
	static const struct
	{
		const char *dot;
		int32_t		lost;
	}			cases[] = {
		{".123456", 0},				/* six digits: none lost */
		{".1234560", 0},
		{".123456789", -211},		/* 123456789 - 123457000 */
		{".1234567894", -211},		/* the tenth digit rounds half up */
		{".1234567895", -210},
		{".000000999", -1},
		{".000000499", 499},
		{".9999999996", 0},			/* a whole second: the parser's too */
		{".5", 0},
	};

	for (size_t i = 0; i < sizeof(cases) / sizeof(cases[0]); i++)
		CHECK(fe_tsns_fraction_lost(cases[i].dot) == cases[i].lost, "%s: %d, want %d",
			  cases[i].dot, fe_tsns_fraction_lost(cases[i].dot), cases[i].lost);
}

static int
ff_is(const char *f, const char *digits, const char *want)
{
	char		out[FE_TOCHAR_MAXLEN(64)];
	size_t		n = fe_tochar_rewrite_ff(f, strlen(f), digits, out);

	if (want == NULL)
		return n == 0;
	return n == strlen(want) && memcmp(out, want, n) == 0;
}

static int
zone_is(const char *f, int32_t gmtoff, int kind, const char *want)
{
	char		out[FE_TOCHAR_MAXLEN(64)];
	size_t		n = 0;
	int			k = fe_tochar_zone(f, strlen(f), gmtoff, out, &n);

	if (k != kind)
		return 0;
	return want == NULL || (n == strlen(want) && memcmp(out, want, n) == 0);
}

static void
test_to_char(void)
{
	CHECK(ff_is("HH24:MI:SS.FF9", NULL, "HH24:MI:SS.FF6\"\1\2\3\""), "FF9, placeholders");
	CHECK(ff_is("SS.FF9", "789", "SS.FF6\"789\""), "FF9, digits");
	CHECK(ff_is("ff7 FF8", "789", "ff6\"7\" FF6\"78\""), "ff7 and FF8");
	CHECK(ff_is("SS.FF6", "789", NULL), "no FF7-FF9");
	CHECK(ff_is("\"FF9\" SS", "789", NULL), "FF9 in quotes is text");
	CHECK(ff_is("\"a\\\"FF9\" SS", "789", NULL), "an escaped quote in quotes");
	CHECK(ff_is("\\\"FF9", "789", "\\\"FF6\"789\""), "a literal quote outside quotes");
	CHECK(ff_is("OFF9", "789", NULL), "the F of OF");

	CHECK(zone_is("YYYY TZH:TZM", -17762, FE_TOCHAR_ZONE_OFFSET, "YYYY \"-04\":\"56\""), "TZH:TZM");
	CHECK(zone_is("OF", 19800, FE_TOCHAR_ZONE_OFFSET, "\"+05:30\""), "OF with minutes");
	CHECK(zone_is("OF", -3600, FE_TOCHAR_ZONE_OFFSET, "\"-01\""), "OF, whole hours");
	CHECK(zone_is("FMOF", 3600, FE_TOCHAR_ZONE_OFFSET, "\"+1\""), "FMOF");
	CHECK(zone_is("HH24 TZ", 0, FE_TOCHAR_ZONE_CORE, NULL), "TZ is core's");
	CHECK(zone_is("tzh", 0, FE_TOCHAR_ZONE_CORE, NULL), "another case is core's");
	CHECK(zone_is("TZHTH", 0, FE_TOCHAR_ZONE_CORE, NULL), "a suffix is core's");
	CHECK(zone_is("HH24:MI", 0, FE_TOCHAR_ZONE_NONE, "HH24:MI"), "no zone field");
	CHECK(zone_is("\"TZH\" HH", 0, FE_TOCHAR_ZONE_NONE, "\"TZH\" HH"), "TZH in quotes is text");
	/* after a backslash bare, as a quote there would be a literal one */
	CHECK(zone_is("\\TZH", -14400, FE_TOCHAR_ZONE_OFFSET, "\\-04"), "a backslash before TZH");
	CHECK(zone_is("FFTZM", 19800, FE_TOCHAR_ZONE_OFFSET, "FF\"30\""), "digits after FF are quoted");
}

void
test_tsns_calc(const char *vectors)
{
	(void) vectors;
	test_round();
	test_bin();
	test_fraction();
	test_to_char();
}
