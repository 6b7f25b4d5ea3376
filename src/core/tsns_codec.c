/*
 * tsns_codec.c
 *	  Civil dates, parsing and formatting for nanosecond timestamps.
 *
 * Days to and from year/month/day use Howard Hinnant's era arithmetic
 * (400-year cycles, a March-based year), which has no loops and no tables.
 * The parser reads fixed positions without strtol; the formatter writes
 * digits two at a time from a table.
 */
#include "tsns_codec.h"

#include <stdlib.h>
#include <string.h>

#include "fe_bits.h"

static const char digit_pairs[201] =
	"00010203040506070809101112131415161718192021222324252627282930313233343536373839"
	"40414243444546474849505152535455565758596061626364656667686970717273747576777879"
	"8081828384858687888990919293949596979899";

static inline void
put2(char *p, uint32_t v)
{
	memcpy(p, digit_pairs + 2 * v, 2);
}

/*
 * Days between 0000-03-01 and 1970-01-01.  Counting from March puts the
 * leap day at the end of the year, which makes the month lengths a linear
 * function of the month.
 */
#define MARCH0_TO_UNIX	INT64_C(719468)

int64_t
fe_days_from_civil(int64_t year, int month, int day)
{
	int			jan_feb = month <= 2;
	int64_t		y = year - jan_feb;	/* the year from March */
	uint32_t	m = (uint32_t) (jan_feb ? month + 12 : month);	/* 3 .. 14 */
	/* days from March 1 to the first of month m: (979m - 2919) / 32 */
	uint32_t	days_before_month = (979 * m - 2919) / 32;

	if (y >= 0 && y < 1000000)
	{
		/* Neri and Schneider: only multiplications and shifts */
		uint32_t	yy = (uint32_t) y;
		uint32_t	c = yy / 100;
		uint32_t	days_before_year = 1461 * yy / 4 - c + c / 4;

		return (int64_t) days_before_year + days_before_month + day - 1 - MARCH0_TO_UNIX;
	}
	else
	{
		int64_t		era = (y >= 0 ? y : y - 399) / 400;
		int64_t		yoe = y - era * 400;	/* 0 .. 399 */

		return era * 146097 + yoe * 365 + yoe / 4 - yoe / 100 +
			days_before_month + day - 1 - MARCH0_TO_UNIX;
	}
}

void
fe_civil_from_days(int64_t days, int64_t *year, int *month, int *day)
{
	int64_t		z = days + MARCH0_TO_UNIX;	/* days since 0000-03-01 */
	int64_t		century_base = 0;
	uint32_t	n,
				n1,
				century,
				n_c,
				n2,
				yoc,
				doy,
				n3,
				m,
				d;
	uint64_t	p2;
	int			jan_feb;

	/* the arithmetic below wants 0 <= z < 2^30: move other days by 400-year eras */
	if (z < 0 || z >= (INT64_C(1) << 30))
	{
		int64_t		era = (z >= 0 ? z : z - 146096) / 146097;

		z -= era * 146097;
		century_base = era * 400;
	}
	n = (uint32_t) z;

	/* Neri and Schneider's Euclidean affine functions */
	n1 = 4 * n + 3;
	century = n1 / 146097;
	n_c = n1 % 146097 / 4;		/* day of the century */
	n2 = 4 * n_c + 3;
	p2 = (uint64_t) 2939745 * n2;
	yoc = (uint32_t) (p2 >> 32);	/* year of the century: n2 / 1461 */
	doy = (uint32_t) p2 / 2939745 / 4;	/* day of the year from March 1 */
	n3 = 2141 * doy + 197913;
	m = n3 >> 16;				/* 3 .. 14 */
	d = (n3 & 0xFFFF) / 2141;	/* 0 .. 30 */
	jan_feb = doy >= 306;

	*year = century_base + 100 * (int64_t) century + yoc + jan_feb;
	*month = (int) (jan_feb ? m - 12 : m);
	*day = (int) d + 1;
}

static inline int
days_in_month(int64_t year, int month)
{
	static const int8_t days[13] = {0, 31, 28, 31, 30, 31, 30, 31, 31, 30, 31, 30, 31};

	if (month == 2 && year % 4 == 0 && (year % 100 != 0 || year % 400 == 0))
		return 29;
	return days[month];
}

int
fe_days_in_month(int64_t year, int month)
{
	return days_in_month(year, month);
}

/* The first and last second that hold finite timestamps, and how far into them */
#define MIN_SEC			INT64_C(-9223372037)
#define MIN_SEC_NSEC	INT64_C(145224193)	/* INT64_MIN + 1 = MIN_SEC s + this */
#define MAX_SEC			INT64_C(9223372036)
#define MAX_SEC_NSEC	INT64_C(854775806)	/* INT64_MAX - 1 = MAX_SEC s + this */

int
fe_tsns_from_sec(int64_t sec, int64_t nsec, int64_t *ns)
{
	int64_t		carry = nsec / FE_NS_PER_SEC;
	int64_t		r = nsec % FE_NS_PER_SEC;

	if (r < 0)
	{
		carry--;
		r += FE_NS_PER_SEC;
	}
	if (carry > 0 ? sec > INT64_MAX - carry : sec < INT64_MIN - carry)
		return -1;
	sec += carry;
	if (sec < MIN_SEC || sec > MAX_SEC ||
		(sec == MIN_SEC && r < MIN_SEC_NSEC) ||
		(sec == MAX_SEC && r > MAX_SEC_NSEC))
		return -1;
	/* (sec + 1) * 10^9 does not overflow at MIN_SEC, sec * 10^9 does */
	if (sec < 0)
		*ns = (sec + 1) * FE_NS_PER_SEC + (r - FE_NS_PER_SEC);
	else
		*ns = sec * FE_NS_PER_SEC + r;
	return 0;
}

/* Added to UTC seconds to make every finite value's day number positive */
#define DAY_BIAS	INT64_C(110000)

size_t
fe_tsns_format(int64_t ns, int32_t gmtoff, char *buf)
{
	int64_t		sec;
	int32_t		nsec;

	fe_tsns_split(ns, &sec, &nsec);
	return fe_tsns_format_split(sec, nsec, gmtoff, buf);
}

size_t
fe_tsns_format_split(int64_t sec, int32_t nsec, int32_t gmtoff, char *buf)
{
	int64_t		year;
	int			month,
				day;
	uint64_t	biased;
	uint32_t	sod,
				h,
				m,
				r,
				off;
	char	   *p = buf;

	/* floor division by 86400 as unsigned: sec + gmtoff is above -DAY_BIAS days */
	biased = (uint64_t) (sec + gmtoff + DAY_BIAS * FE_SECS_PER_DAY);
	sod = (uint32_t) (biased % FE_SECS_PER_DAY);
	fe_civil_from_days((int64_t) (biased / FE_SECS_PER_DAY) - DAY_BIAS, &year, &month, &day);

	put2(p, (unsigned) year / 100);
	put2(p + 2, (unsigned) year % 100);
	p[4] = '-';
	put2(p + 5, (unsigned) month);
	p[7] = '-';
	put2(p + 8, (unsigned) day);
	p[10] = ' ';
	h = sod / 3600;
	r = sod - h * 3600;
	m = r / 60;
	put2(p + 11, h);
	p[13] = ':';
	put2(p + 14, m);
	p[16] = ':';
	put2(p + 17, r - m * 60);
	p[19] = '.';
	{
		uint32_t	n = (uint32_t) nsec;
		uint32_t	a = n / 10000000;	/* digits 1-2 */
		uint32_t	b = n - a * 10000000;
		uint32_t	c = b / 100000;	/* digits 3-4 */
		uint32_t	d = b - c * 100000;
		uint32_t	e = d / 1000;	/* digits 5-6 */
		uint32_t	f = d - e * 1000;
		uint32_t	g = f / 10;	/* digits 7-8 */

		put2(p + 20, a);
		put2(p + 22, c);
		put2(p + 24, e);
		put2(p + 26, g);
		p[28] = (char) ('0' + (f - g * 10));
	}
	p += 29;

	/* the offset: +HH, then :MM and :SS only when not zero */
	*p++ = gmtoff < 0 ? '-' : '+';
	off = (uint32_t) (gmtoff < 0 ? -(int64_t) gmtoff : gmtoff);
	h = off / 3600;
	r = off - h * 3600;
	put2(p, h);
	p += 2;
	if (r)
	{
		m = r / 60;
		*p = ':';
		put2(p + 1, m);
		p += 3;
		if (r - m * 60)
		{
			*p = ':';
			put2(p + 1, r - m * 60);
			p += 3;
		}
	}
	return (size_t) (p - buf);
}

/* Digit value of the byte at s[k]; above 9 if it is not a digit */
#define DIG(s, k)	((uint32_t) (unsigned char) (s)[k] - '0')

/*
 * CK(s, k) is at most 15 when s[k] is a digit and has a higher bit set
 * otherwise (also for the bytes just below '0', whose DIG wraps to near
 * 2^32 and would wrap back to 0..5 after adding 6 alone); OR them together
 * and test once.
 */
#define CK(s, k)		(DIG(s, k) | (DIG(s, k) + 6))
#define NOT_DIGITS(x)	((x) & ~UINT32_C(15))

static const uint32_t pow10[10] = {
	1, 10, 100, 1000, 10000, 100000, 1000000, 10000000, 100000000, 1000000000
};

/*
 * The UTC offset at s[0..len): +HH, +HHMM, +HH:MM, +HH:MM:SS (s[0] is the
 * sign).  Returns FE_TSNS_OK with *gmtoff, NOT_ISO or BAD_OFFSET.
 */
static fe_tsns_parse_status
parse_offset(const char *s, size_t len, int32_t *gmtoff)
{
	uint32_t	h,
				m = 0,
				sec = 0,
				chk;
	int32_t		off;

	if (len < 3)
		return FE_TSNS_NOT_ISO;
	h = DIG(s, 1) * 10 + DIG(s, 2);
	chk = CK(s, 1) | CK(s, 2);
	if (len == 3)
		;
	else if (len == 5)
	{
		m = DIG(s, 3) * 10 + DIG(s, 4);
		chk |= CK(s, 3) | CK(s, 4);
	}
	else if ((len == 6 || len == 9) && s[3] == ':')
	{
		m = DIG(s, 4) * 10 + DIG(s, 5);
		chk |= CK(s, 4) | CK(s, 5);
		if (len == 9)
		{
			if (s[6] != ':')
				return FE_TSNS_NOT_ISO;
			sec = DIG(s, 7) * 10 + DIG(s, 8);
			chk |= CK(s, 7) | CK(s, 8);
		}
	}
	else
		return FE_TSNS_NOT_ISO;
	if (NOT_DIGITS(chk))
		return FE_TSNS_NOT_ISO;

	/* PostgreSQL's limits: under 16 hours, minutes and seconds under 60 */
	if (h > 15 || m > 59 || sec > 59)
		return FE_TSNS_BAD_OFFSET;
	off = (int32_t) (h * 3600 + m * 60 + sec);
	*gmtoff = s[0] == '-' ? -off : off;
	return FE_TSNS_OK;
}

size_t
fe_tsns_format_rfc3339(int64_t sec, int32_t nsec, int32_t gmtoff, char *buf)
{
	size_t		n,
				off_len,
				frac_end = 29;

	/* RFC 3339 offsets are whole minutes: UTC for local mean time */
	if (gmtoff % 60 != 0)
	{
		n = fe_tsns_format_rfc3339(sec, nsec, 0, buf) - 6;	/* less "+00:00" */
		buf[n++] = 'Z';
		return n;
	}
	/* the ISO form in place: date, time, '.' at 19, nine digits, offset at 29 */
	n = fe_tsns_format_split(sec, nsec, gmtoff, buf);
	off_len = n - 29;

	buf[10] = 'T';
	while (frac_end > 20 && buf[frac_end - 1] == '0')
		frac_end--;
	if (frac_end == 20)
		frac_end = 19;			/* no fraction, no point */
	/* the offset, +HH, +HH:MM or +HH:MM:SS, after the kept digits */
	memmove(buf + frac_end, buf + 29, off_len);
	n = frac_end + off_len;
	if (off_len == 3)
	{
		memcpy(buf + n, ":00", 3);
		n += 3;
	}
	return n;
}

/*
 * Whether core would round the fraction digits fs[0..n) to 0 microseconds:
 * it reads ".digits" with strtod and rounds that times 10^6 to the nearest
 * integer, ties to even, so the question is whether that product is at most
 * one half.  Only times past 23:59:59 ask it.
 */
static int
fraction_below_half_usec(const char *fs, int n)
{
	char		buf[66];

	if (n <= 0)
		return 1;
	if (n > 64)
		n = 64;				/* digits past the 64th cannot move a double */
	buf[0] = '.';
	memcpy(buf + 1, fs, (size_t) n);
	buf[n + 1] = '\0';
	return strtod(buf, NULL) * 1000000 <= 0.5;
}

/*
 * What both parsers share once the date, time and fraction are read: the
 * zone at s[i..len), field validation, and the result.
 */
#if defined(__GNUC__) || defined(__clang__)
#define ALWAYS_INLINE inline __attribute__((always_inline))
#else
#define ALWAYS_INLINE inline
#endif

static ALWAYS_INLINE fe_tsns_parse_status
finish(const char *s, size_t len, size_t i, uint32_t year, uint32_t mon, uint32_t day,
	   uint32_t hour, uint32_t min, uint32_t sec, uint32_t frac,
	   const char *fs, int frac_digits, fe_tsns_parsed *out)
{
	/* zone: none, Z, or a numeric offset */
	out->has_offset = 0;
	out->gmtoff = 0;
	if (i < len)
	{
		if ((s[i] == 'Z' || s[i] == 'z') && i + 1 == len)
			out->has_offset = 1;
		else if (len - i == 6 && (s[i] == '+' || s[i] == '-') && s[i + 3] == ':')
		{
			/* +HH:MM, the RFC 3339 form, without the general parser's branches */
			const char *z = s + i;
			uint32_t	h = DIG(z, 1) * 10 + DIG(z, 2);
			uint32_t	m = DIG(z, 4) * 10 + DIG(z, 5);
			int32_t		off;

			if (NOT_DIGITS(CK(z, 1) | CK(z, 2) | CK(z, 4) | CK(z, 5)))
				return FE_TSNS_NOT_ISO;
			if (h > 15 || m > 59)
				return FE_TSNS_BAD_OFFSET;
			off = (int32_t) (h * 3600 + m * 60);
			out->gmtoff = z[0] == '-' ? -off : off;
			out->has_offset = 1;
		}
		else if (s[i] == '+' || s[i] == '-')
		{
			fe_tsns_parse_status st = parse_offset(s + i, len - i, &out->gmtoff);

			if (st != FE_TSNS_OK)
				return st;
			out->has_offset = 1;
		}
		else
			return FE_TSNS_NOT_ISO;
	}

	if (year == 0)				/* ISO year 0 is 1 BC: leave it to the slow path */
		return FE_TSNS_NOT_ISO;
	/* every month has 28 days: only a later day asks for its month's length */
	if (mon - 1 > 11 || day - 1 > 30 ||
		(day > 28 && day > (uint32_t) days_in_month(year, (int) mon)) ||
		min > 59 || sec > 60 || hour > 24)
		return FE_TSNS_BAD_FIELD;
	if (hour == 24 || sec == 60)
	{
		/*
		 * Past 23:59:59 (24:00:00 is the next midnight, a 60th second the
		 * next minute): core takes the time of day if, its fraction rounded
		 * to the microsecond as core rounds it, it is at most 24:00:00.  The
		 * value is then the exact one, so '24:00:00.0000004' is the next
		 * day's 00:00:00.0000004, and '23:59:60.5' is refused.
		 */
		uint32_t	whole = hour * 3600 + min * 60 + sec;

		if (whole > FE_SECS_PER_DAY ||
			(whole == FE_SECS_PER_DAY && !fraction_below_half_usec(fs, frac_digits)))
			return FE_TSNS_BAD_FIELD;
	}

	if (!out->has_offset)
	{
		/* the caller resolves the local time in a zone: it may want the fields */
		out->year = (int) year;
		out->month = (int) mon;
		out->day = (int) day;
		out->hour = (int) hour;
		out->minute = (int) min;
		out->second = (int) sec;
	}
	{
		/* fe_days_from_civil for years 1 .. 9999, inline */
		uint32_t	jan_feb = mon <= 2;
		uint32_t	y = year - jan_feb;
		uint32_t	m = jan_feb ? mon + 12 : mon;
		uint32_t	c = y / 100;
		int64_t		days = (int64_t) (1461 * y / 4 - c + c / 4 + (979 * m - 2919) / 32 + day - 1) -
			MARCH0_TO_UNIX;

		out->local_sec = days * FE_SECS_PER_DAY + hour * 3600 + min * 60 + sec;
	}
	out->nsec = frac;
	return FE_TSNS_OK;
}

fe_tsns_parse_status
fe_tsns_parse_iso_scalar(const char *s, size_t len, fe_tsns_parsed *out)
{
	uint32_t	year,
				mon,
				day,
				hour = 0,
				min = 0,
				sec = 0,
				frac = 0,
				chk;
	int			frac_digits = 0;
	const char *fs = NULL;
	size_t		i;

	/* YYYY-MM-DD, at fixed positions */
	if (len < 10 || s[4] != '-' || s[7] != '-')
		return FE_TSNS_NOT_ISO;
	year = DIG(s, 0) * 1000 + DIG(s, 1) * 100 + DIG(s, 2) * 10 + DIG(s, 3);
	mon = DIG(s, 5) * 10 + DIG(s, 6);
	day = DIG(s, 8) * 10 + DIG(s, 9);
	chk = CK(s, 0) | CK(s, 1) | CK(s, 2) | CK(s, 3) |
		CK(s, 5) | CK(s, 6) | CK(s, 8) | CK(s, 9);
	i = 10;

	/* [ T]HH:MM[:SS[.fraction]] */
	if (i < len)
	{
		if ((s[10] != ' ' && s[10] != 'T' && s[10] != 't') || len < 16 || s[13] != ':')
			return FE_TSNS_NOT_ISO;
		hour = DIG(s, 11) * 10 + DIG(s, 12);
		min = DIG(s, 14) * 10 + DIG(s, 15);
		chk |= CK(s, 11) | CK(s, 12) | CK(s, 14) | CK(s, 15);
		i = 16;
		if (i < len && s[i] == ':')
		{
			if (len < 19)
				return FE_TSNS_NOT_ISO;
			sec = DIG(s, 17) * 10 + DIG(s, 18);
			chk |= CK(s, 17) | CK(s, 18);
			i = 19;
			if (i < len && s[i] == '.')
			{
				fs = s + ++i;
				while (i < len && DIG(s, i) <= 9)
					i++;
				frac_digits = (int) (i - (size_t) (fs - s));
				if (frac_digits == 0)
					return FE_TSNS_NOT_ISO;
				for (int k = 0; k < frac_digits && k < 9; k++)
					frac = frac * 10 + DIG(fs, k);
				if (frac_digits < 9)
					frac *= pow10[9 - frac_digits];
				else if (frac_digits > 9 && fs[9] >= '5')
					frac++;		/* round half up on the tenth digit */
			}
		}
	}
	if (NOT_DIGITS(chk))
		return FE_TSNS_NOT_ISO;

	return finish(s, len, i, year, mon, day, hour, min, sec, frac, fs, frac_digits, out);
}

/* Digits in the bytes of w that mask selects (0xFF per byte)? */
static inline int
swar_digits(uint64_t w, uint64_t mask)
{
	const uint64_t hi = UINT64_C(0xF0F0F0F0F0F0F0F0) & mask;
	const uint64_t zeros = UINT64_C(0x3030303030303030) & mask;

	/* '0'..'9' are 0x30..0x39: high nibble 3, and still 3 after adding 6 */
	return (w & hi) == zeros && ((w + UINT64_C(0x0606060606060606)) & hi) == zeros;
}

/*
 * Each byte k of the result is 10 * digit k + digit k+1, for the digit
 * bytes of w that mask selects (the others count as zero).
 */
static inline uint64_t
swar_pairs(uint64_t w, uint64_t mask)
{
	uint64_t	d = ((w & mask) | (UINT64_C(0x3030303030303030) & ~mask)) -
		UINT64_C(0x3030303030303030);

	return d * 10 + (d >> 8);
}

/* The value of 8 digit bytes, the first the most significant */
static inline uint32_t
swar_value8(uint64_t w)
{
	uint64_t	p = swar_pairs(w, ~UINT64_C(0)) & UINT64_C(0x00FF00FF00FF00FF);
	uint64_t	q = (p * 100 + (p >> 16)) & UINT64_C(0x0000FFFF0000FFFF);

	return (uint32_t) (q & 0xFFFF) * 10000 + (uint32_t) (q >> 32);
}

/*
 * The common full form "YYYY-MM-DD?HH:MM:SS" is read 8 bytes at a time,
 * and a fraction of 8 or more digits likewise; any other form goes to the
 * scalar parser, which gives the same results.
 */
fe_tsns_parse_status
fe_tsns_parse_iso(const char *s, size_t len, fe_tsns_parsed *out)
{
	/* digit bytes of "YYYY-MM-" and of "DD?HH:MM", lowest byte first */
	const uint64_t m1 = UINT64_C(0x00FFFF00FFFFFFFF);
	const uint64_t m2 = UINT64_C(0xFFFF00FFFF00FFFF);
	uint64_t	w1,
				w2,
				t1,
				t2;
	uint32_t	sep,
				sec,
				frac = 0;
	const char *fs = NULL;
	int			frac_digits = 0;
	size_t		i = 19;

	if (len < 19)
		return fe_tsns_parse_iso_scalar(s, len, out);
	w1 = fe_load_le64((const uint8_t *) s);
	w2 = fe_load_le64((const uint8_t *) s + 8);
	sep = (uint32_t) (w2 >> 16) & 0xFF;
	if (!swar_digits(w1, m1) || !swar_digits(w2, m2) ||
		(w1 & ~m1) != ((uint64_t) '-' << 32 | (uint64_t) '-' << 56) ||
		((w2 >> 40) & 0xFF) != ':' || ((sep | 0x20) != 't' && sep != ' ') ||
		s[16] != ':' || DIG(s, 17) > 9 || DIG(s, 18) > 9)
		return fe_tsns_parse_iso_scalar(s, len, out);
	t1 = swar_pairs(w1, m1);
	t2 = swar_pairs(w2, m2);
	sec = DIG(s, 17) * 10 + DIG(s, 18);

	if (i < len && s[i] == '.')
	{
		fs = s + ++i;
		if (len - i >= 8 && swar_digits(fe_load_le64((const uint8_t *) fs), ~UINT64_C(0)))
		{
			/* eight digits at once, then the ninth */
			frac = swar_value8(fe_load_le64((const uint8_t *) fs)) * 10;
			i += 8;
			if (i < len && DIG(s, i) <= 9)
			{
				frac += DIG(s, i);
				i++;
				if (i < len && DIG(s, i) <= 9)
				{
					if (s[i] >= '5')
						frac++;	/* round half up on the tenth digit */
					while (i < len && DIG(s, i) <= 9)
						i++;
				}
			}
			frac_digits = (int) (i - (size_t) (fs - s));
		}
		else
		{
			while (i < len && DIG(s, i) <= 9)
				i++;
			frac_digits = (int) (i - (size_t) (fs - s));	/* 0 .. 7 */
			if (frac_digits == 0)
				return FE_TSNS_NOT_ISO;
			for (int k = 0; k < frac_digits; k++)
				frac = frac * 10 + DIG(fs, k);
			frac *= pow10[9 - frac_digits];
		}
	}

	return finish(s, len, i,
				  (uint32_t) (t1 & 0xFF) * 100 + (uint32_t) ((t1 >> 16) & 0xFF),
				  (uint32_t) (t1 >> 40) & 0xFF,
				  (uint32_t) t2 & 0xFF,
				  (uint32_t) (t2 >> 24) & 0xFF,
				  (uint32_t) (t2 >> 48) & 0xFF,
				  sec, frac, fs, frac_digits, out);
}
