/*
 * tsns_core.c
 *	  Civil dates, parsing and formatting for nanosecond timestamps.
 *
 * Days to and from year/month/day use Howard Hinnant's era arithmetic
 * (400-year cycles, a March-based year), which has no loops and no tables.
 * The parser reads fixed positions without strtol; the formatter writes
 * digits two at a time from a table.
 */
#include "tsns_core.h"

#include <string.h>

static const char digit_pairs[201] =
	"00010203040506070809101112131415161718192021222324252627282930313233343536373839"
	"40414243444546474849505152535455565758596061626364656667686970717273747576777879"
	"8081828384858687888990919293949596979899";

static inline void
put2(char *p, unsigned v)
{
	memcpy(p, digit_pairs + 2 * v, 2);
}

int64_t
fe_days_from_civil(int64_t year, int month, int day)
{
	int64_t		y = year - (month <= 2);
	int64_t		era = (y >= 0 ? y : y - 399) / 400;
	int64_t		yoe = y - era * 400;	/* 0 .. 399 */
	int64_t		doy = (153 * (month > 2 ? month - 3 : month + 9) + 2) / 5 + day - 1;
	int64_t		doe = yoe * 365 + yoe / 4 - yoe / 100 + doy;	/* 0 .. 146096 */

	return era * 146097 + doe - 719468;
}

void
fe_civil_from_days(int64_t days, int64_t *year, int *month, int *day)
{
	int64_t		z = days + 719468;
	int64_t		era = (z >= 0 ? z : z - 146096) / 146097;
	int64_t		doe = z - era * 146097;	/* 0 .. 146096 */
	int64_t		yoe = (doe - doe / 1460 + doe / 36524 - doe / 146096) / 365;
	int64_t		doy = doe - (365 * yoe + yoe / 4 - yoe / 100);	/* 0 .. 365 */
	int64_t		mp = (5 * doy + 2) / 153;	/* 0 .. 11, from March */
	int			m = (int) (mp < 10 ? mp + 3 : mp - 9);

	*day = (int) (doy - (153 * mp + 2) / 5 + 1);
	*month = m;
	*year = yoe + era * 400 + (m <= 2);
}

int
fe_days_in_month(int64_t year, int month)
{
	static const int8_t days[13] = {0, 31, 28, 31, 30, 31, 30, 31, 31, 30, 31, 30, 31};

	if (month == 2 && year % 4 == 0 && (year % 100 != 0 || year % 400 == 0))
		return 29;
	return days[month];
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

size_t
fe_tsns_format(int64_t ns, int32_t gmtoff, char *buf)
{
	int64_t		sec,
				days,
				year;
	int32_t		nsec;
	int			month,
				day,
				sod;
	char	   *p = buf;
	uint32_t	off;

	fe_tsns_split(ns, &sec, &nsec);
	sec += gmtoff;
	days = sec / FE_SECS_PER_DAY;
	sod = (int) (sec % FE_SECS_PER_DAY);
	if (sod < 0)
	{
		days--;
		sod += FE_SECS_PER_DAY;
	}
	fe_civil_from_days(days, &year, &month, &day);

	put2(p, (unsigned) (year / 100));
	put2(p + 2, (unsigned) (year % 100));
	p[4] = '-';
	put2(p + 5, (unsigned) month);
	p[7] = '-';
	put2(p + 8, (unsigned) day);
	p[10] = ' ';
	put2(p + 11, (unsigned) (sod / 3600));
	p[13] = ':';
	put2(p + 14, (unsigned) (sod / 60 % 60));
	p[16] = ':';
	put2(p + 17, (unsigned) (sod % 60));
	p[19] = '.';
	{
		uint32_t	n = (uint32_t) nsec;
		uint32_t	hi = n / 100000;	/* first four digits */
		uint32_t	lo = n % 100000;	/* last five */

		put2(p + 20, hi / 100);
		put2(p + 22, hi % 100);
		put2(p + 24, lo / 1000);
		put2(p + 26, lo / 10 % 100);
		p[28] = (char) ('0' + lo % 10);
	}
	p += 29;

	/* the offset: +HH, then :MM and :SS only when not zero */
	*p++ = gmtoff < 0 ? '-' : '+';
	off = (uint32_t) (gmtoff < 0 ? -(int64_t) gmtoff : gmtoff);
	put2(p, off / 3600);
	p += 2;
	if (off % 3600)
	{
		*p = ':';
		put2(p + 1, off / 60 % 60);
		p += 3;
		if (off % 60)
		{
			*p = ':';
			put2(p + 1, off % 60);
			p += 3;
		}
	}
	return (size_t) (p - buf);
}

/* Value of two ASCII digits at s, or -1 */
static inline int
get2(const char *s)
{
	unsigned	a = (unsigned) (s[0] - '0'),
				b = (unsigned) (s[1] - '0');

	return (a <= 9 && b <= 9) ? (int) (a * 10 + b) : -1;
}

/*
 * The UTC offset at s[0..len): +HH, +HHMM, +HH:MM, +HH:MM:SS (s[0] is the
 * sign).  Returns FE_TSNS_OK with *gmtoff, NOT_ISO or BAD_OFFSET.
 */
static fe_tsns_parse_status
parse_offset(const char *s, size_t len, int32_t *gmtoff)
{
	int			h,
				m = 0,
				sec = 0;
	int32_t		off;

	if (len < 3 || (h = get2(s + 1)) < 0)
		return FE_TSNS_NOT_ISO;
	if (len == 3)
		;
	else if (len == 5 && (m = get2(s + 3)) >= 0)
		;
	else if (len == 6 && s[3] == ':' && (m = get2(s + 4)) >= 0)
		;
	else if (len == 9 && s[3] == ':' && s[6] == ':' &&
			 (m = get2(s + 4)) >= 0 && (sec = get2(s + 7)) >= 0)
		;
	else
		return FE_TSNS_NOT_ISO;

	/* PostgreSQL's limits: under 16 hours, minutes and seconds under 60 */
	if (h > 15 || m > 59 || sec > 59)
		return FE_TSNS_BAD_OFFSET;
	off = h * 3600 + m * 60 + sec;
	*gmtoff = s[0] == '-' ? -off : off;
	return FE_TSNS_OK;
}

fe_tsns_parse_status
fe_tsns_parse_iso(const char *s, size_t len, fe_tsns_parsed *out)
{
	int			y1,
				y2,
				mon,
				day,
				hour = 0,
				min = 0,
				sec = 0;
	int64_t		nsec = 0;
	int			fraction_nonzero = 0;
	size_t		i;

	/* YYYY-MM-DD */
	if (len < 10 || s[4] != '-' || s[7] != '-' ||
		(y1 = get2(s)) < 0 || (y2 = get2(s + 2)) < 0 ||
		(mon = get2(s + 5)) < 0 || (day = get2(s + 8)) < 0)
		return FE_TSNS_NOT_ISO;
	i = 10;

	/* [ T]HH:MM[:SS[.fraction]] */
	if (i < len)
	{
		if ((s[i] != ' ' && s[i] != 'T' && s[i] != 't') || len < i + 6 ||
			s[i + 3] != ':' || (hour = get2(s + i + 1)) < 0 || (min = get2(s + i + 4)) < 0)
			return FE_TSNS_NOT_ISO;
		i += 6;
		if (i < len && s[i] == ':')
		{
			if (len < i + 3 || (sec = get2(s + i + 1)) < 0)
				return FE_TSNS_NOT_ISO;
			i += 3;
			if (i < len && s[i] == '.')
			{
				size_t		start = ++i;
				int64_t		scale = FE_NS_PER_SEC;

				while (i < len && (unsigned) (s[i] - '0') <= 9)
				{
					unsigned	d = (unsigned) (s[i] - '0');

					if (i - start < 9)
						nsec += d * (scale /= 10);
					else if (i - start == 9 && d >= 5)
						nsec++;		/* round half up on the tenth digit */
					fraction_nonzero |= d != 0;
					i++;
				}
				if (i == start)
					return FE_TSNS_NOT_ISO;
			}
		}
	}

	/* zone: none, Z, or a numeric offset */
	out->has_offset = 0;
	out->gmtoff = 0;
	if (i < len)
	{
		if ((s[i] == 'Z' || s[i] == 'z') && i + 1 == len)
			out->has_offset = 1;
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

	out->year = y1 * 100 + y2;
	out->month = mon;
	out->day = day;
	out->hour = hour;
	out->minute = min;
	out->second = sec;
	if (out->year == 0)			/* ISO year 0 is 1 BC: leave it to the slow path */
		return FE_TSNS_NOT_ISO;
	if (mon < 1 || mon > 12 || day < 1 || day > fe_days_in_month(out->year, mon) ||
		min > 59 || sec > 60 ||
		(hour > 23 && !(hour == 24 && min == 0 && sec == 0 && !fraction_nonzero)))
		return FE_TSNS_BAD_FIELD;

	out->local_sec = fe_days_from_civil(out->year, mon, day) * FE_SECS_PER_DAY +
		hour * 3600 + min * 60 + sec;
	out->nsec = nsec;
	return FE_TSNS_OK;
}
