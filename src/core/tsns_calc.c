/*
 * tsns_calc.c
 *	  Rounding to a precision, date_bin and lost fraction digits
 *	  (tsns_calc.h).
 */
#include "tsns_calc.h"

#include <math.h>
#include <stdlib.h>

int
fe_tsns_round(int64_t ns, int p, int64_t *result)
{
	static const uint64_t scales[9] = {
		UINT64_C(1000000000), UINT64_C(100000000), UINT64_C(10000000),
		UINT64_C(1000000), UINT64_C(100000), UINT64_C(10000),
		UINT64_C(1000), UINT64_C(100), UINT64_C(10)
	};
	uint64_t	scale,
				mag,
				r;

	*result = ns;
	if (p < 0 || p >= 9 || ns == FE_TSNS_NOBEGIN || ns == FE_TSNS_NOEND)
		return 0;
	scale = scales[p];
	/* in unsigned arithmetic, where the distance from 2000 always fits */
	if (ns >= FE_TSNS_PG_EPOCH)
	{
		mag = (uint64_t) ns - (uint64_t) FE_TSNS_PG_EPOCH;
		r = (mag + scale / 2) / scale * scale;
		if (r > (uint64_t) (FE_TSNS_NOEND - 1) - (uint64_t) FE_TSNS_PG_EPOCH)
			return -1;
		*result = (int64_t) ((uint64_t) FE_TSNS_PG_EPOCH + r);
	}
	else
	{
		mag = (uint64_t) FE_TSNS_PG_EPOCH - (uint64_t) ns;
		r = (mag + scale / 2) / scale * scale;
		if (r > (uint64_t) FE_TSNS_PG_EPOCH - (uint64_t) (FE_TSNS_NOBEGIN + 1))
			return -1;
		*result = (int64_t) ((uint64_t) FE_TSNS_PG_EPOCH - r);
	}
	return 0;
}

#if defined(__SIZEOF_INT128__) && !defined(FE_NO_INT128)

int
fe_tsns_bin(int32_t days, int64_t usecs, int64_t source, int64_t origin, int64_t *result)
{
	/*
	 * The difference of two timestamps and a stride of any days fit 128
	 * bits, and so does q * s (at most |d| + s).  The products are taken
	 * unsigned: the same bits, without the overflow check a sanitizer would
	 * add to a signed one (__muloti4, which not every runtime has).
	 */
	__int128	s = (__int128) ((unsigned __int128) (__int128) days *
								(unsigned __int128) (FE_SECS_PER_DAY * 1000000 * 1000) +
								(unsigned __int128) (__int128) usecs * 1000);
	__int128	d = (__int128) source - origin;
	__int128	q,
				r;

	if (s <= 0)
		return FE_TSNS_BIN_STRIDE;
	q = d / s;
	if (d % s < 0)
		q--;
	r = (__int128) origin + (__int128) ((unsigned __int128) q * (unsigned __int128) s);
	if (r <= FE_TSNS_NOBEGIN || r >= FE_TSNS_NOEND)
		return FE_TSNS_BIN_RANGE;
	*result = (int64_t) r;
	return 0;
}

#else

/* a + b, a - b, a * b into *r; true on overflow */
static int
add_ovf(int64_t a, int64_t b, int64_t *r)
{
	if ((b > 0 && a > INT64_MAX - b) || (b < 0 && a < INT64_MIN - b))
		return 1;
	*r = a + b;
	return 0;
}

static int
sub_ovf(int64_t a, int64_t b, int64_t *r)
{
	if ((b < 0 && a > INT64_MAX + b) || (b > 0 && a < INT64_MIN + b))
		return 1;
	*r = a - b;
	return 0;
}

static int
mul_ovf(int64_t a, int64_t b, int64_t *r)
{
	if (a != 0 && b != 0)
	{
		if ((a == -1 && b == INT64_MIN) || (b == -1 && a == INT64_MIN))
			return 1;
		if ((a > 0 && b > 0 && a > INT64_MAX / b) || (a < 0 && b < 0 && a < INT64_MAX / b) ||
			(a > 0 && b < 0 && b < INT64_MIN / a) || (a < 0 && b > 0 && a < INT64_MIN / b))
			return 1;
	}
	*r = a * b;
	return 0;
}

int
fe_tsns_bin(int32_t days, int64_t usecs, int64_t source, int64_t origin, int64_t *result)
{
	int64_t		s,
				d,
				m,
				r;

	if (mul_ovf(days, FE_SECS_PER_DAY * 1000000, &s) || add_ovf(s, usecs, &s) ||
		mul_ovf(s, 1000, &s))
		return FE_TSNS_BIN_RANGE;
	if (s <= 0)
		return FE_TSNS_BIN_STRIDE;
	if (sub_ovf(source, origin, &d))
		return FE_TSNS_BIN_RANGE;
	m = d % s;
	if (sub_ovf(d, m, &d) || (m < 0 && sub_ovf(d, s, &d)) || add_ovf(origin, d, &r) ||
		r == FE_TSNS_NOBEGIN || r == FE_TSNS_NOEND)
		return FE_TSNS_BIN_RANGE;
	*result = r;
	return 0;
}

#endif

int32_t
fe_tsns_fraction_lost(const char *dot)
{
	int32_t		ns = 0;
	int			k;

	for (k = 1; k <= 6; k++)
		if (dot[k] < '0' || dot[k] > '9')
			break;
	if (k <= 6 || dot[7] < '0' || dot[7] > '9')
		return 0;				/* six digits or fewer: nothing below a microsecond */
	/* the nanoseconds: nine digits, the tenth rounds them half up */
	k = 1;
	for (int n = 0; n < 9; n++)
	{
		ns *= 10;
		if (dot[k] >= '0' && dot[k] <= '9')
			ns += dot[k++] - '0';
	}
	if (dot[k] >= '5' && dot[k] <= '9')
		ns++;
	return ns - (int32_t) rint(strtod(dot, NULL) * 1000000) * 1000;
}
