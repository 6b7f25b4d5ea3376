/*
 * test_tsns.c
 *	  Nanosecond timestamp parsing and formatting against Go's vectors, the
 *	  C library's calendar, and round trips.
 */
#define _POSIX_C_SOURCE 200809L

#include "unit.h"

#include <stdlib.h>
#include <string.h>
#include <time.h>

#include "../../src/core/tsns_codec.h"

/* The offset printed at the end of a PostgreSQL ISO timestamp, in seconds east */
static int32_t
trailing_offset(const char *s)
{
	const char *p = s + 29;		/* after "YYYY-MM-DD HH:MM:SS.nnnnnnnnn" */
	int			h = 0,
				m = 0,
				sec = 0;
	int32_t		off;

	sscanf(p + 1, "%d:%d:%d", &h, &m, &sec);
	off = h * 3600 + m * 60 + sec;
	return *p == '-' ? -off : off;
}

static int
formats_to(int64_t ns, int32_t gmtoff, const char *want)
{
	char		buf[FE_TSNS_MAXLEN + 1];
	size_t		n = fe_tsns_format(ns, gmtoff, buf);

	buf[n] = '\0';
	return strcmp(buf, want) == 0;
}

/* The instant a string parses to, or a sentinel 1 when it does not parse */
static int64_t
parse_to_ns(const char *s, int32_t assume_gmtoff)
{
	fe_tsns_parsed p;
	int64_t		ns;

	if (fe_tsns_parse_iso(s, strlen(s), &p) != FE_TSNS_OK ||
		fe_tsns_from_sec(p.local_sec - (p.has_offset ? p.gmtoff : assume_gmtoff), p.nsec, &ns) != 0)
		return 1;
	return ns;
}

/* Every row of tsns.tsv: epoch_ns, utc, new_york, rfc3339nano, note */
static void
test_vectors(const char *dir)
{
	FILE	   *f = unit_open_vectors(dir, "tsns.tsv");
	char		line[512];
	int			rows = 0;

	if (fgets(line, sizeof(line), f) == NULL)
		return;
	while (fgets(line, sizeof(line), f))
	{
		char	   *fld[5];
		int64_t		ns;

		if (unit_split_tsv(line, fld, 5) != 5)
		{
			CHECK(0, "malformed tsns row %d", rows + 1);
			continue;
		}
		rows++;
		ns = strtoll(fld[0], NULL, 10);
		CHECK(formats_to(ns, 0, fld[1]), "UTC output of %s: want %s", fld[0], fld[1]);
		CHECK(formats_to(ns, trailing_offset(fld[2]), fld[2]),
			  "New York output of %s: want %s", fld[0], fld[2]);
		CHECK(parse_to_ns(fld[3], 0) == ns, "parse %s: want %s", fld[3], fld[0]);
		CHECK(parse_to_ns(fld[1], 0) == ns, "parse %s: want %s", fld[1], fld[0]);
		CHECK(parse_to_ns(fld[2], 0) == ns, "parse %s: want %s", fld[2], fld[0]);
	}
	fclose(f);
	CHECK(rows == 398, "tsns.tsv has %d rows, expected 398", rows);
}

static int64_t
rand_ns(void)
{
	int64_t		v;

	do
		v = (int64_t) unit_rand();
	while (v == FE_TSNS_NOBEGIN || v == FE_TSNS_NOEND);
	return v;
}

/* Random instants over the whole range against gmtime_r and snprintf */
static void
test_against_libc(void)
{
	long		wrong = 0;

	for (int i = 0; i < 2000000; i++)
	{
		int64_t		ns = rand_ns(),
					sec;
		int32_t		nsec;
		time_t		t;
		struct tm	tm;
		char		want[64];

		/* half of them in the years events happen in */
		if (i % 2)
			ns = (int64_t) (unit_rand() % (UINT64_C(4102444800) * 1000000000)) - INT64_C(946684800) * 1000000000;
		fe_tsns_split(ns, &sec, &nsec);
		t = (time_t) sec;
		if (gmtime_r(&t, &tm) == NULL)
		{
			wrong++;
			continue;
		}
		snprintf(want, sizeof(want), "%04d-%02d-%02d %02d:%02d:%02d.%09d+00",
				 tm.tm_year + 1900, tm.tm_mon + 1, tm.tm_mday,
				 tm.tm_hour, tm.tm_min, tm.tm_sec, (int) nsec);
		if (!formats_to(ns, 0, want))
			wrong++;
	}
	CHECK(wrong == 0, "%ld of 2000000 instants format unlike gmtime_r", wrong);
}

/* parse(format(v)) == v, in offsets from -15:59:59 to +15:59:59 */
static void
test_round_trip(void)
{
	long		wrong = 0;

	for (int i = 0; i < 1000000; i++)
	{
		int64_t		ns = rand_ns();
		int32_t		off = (int32_t) (unit_rand() % 115199) - 57599;
		char		buf[FE_TSNS_MAXLEN + 1];
		size_t		n;
		fe_tsns_parsed p;
		int64_t		back;

		if (i % 3 == 0)
			off = (off / 900) * 900;	/* whole quarter hours, as most zones */
		n = fe_tsns_format(ns, off, buf);
		/* instants near the ends can have local years outside 4 digits' reach of UTC */
		if (fe_tsns_parse_iso(buf, n, &p) != FE_TSNS_OK ||
			fe_tsns_from_sec(p.local_sec - p.gmtoff, p.nsec, &back) != 0 || back != ns)
			wrong++;
	}
	CHECK(wrong == 0, "%ld of 1000000 values do not round-trip", wrong);
}

static void
test_calendar(void)
{
	long		wrong = 0;

	for (int64_t d = -800000; d <= 800000; d++)
	{
		int64_t		y;
		int			m,
					dd;

		fe_civil_from_days(d, &y, &m, &dd);
		if (fe_days_from_civil(y, m, dd) != d || m < 1 || m > 12 || dd < 1 ||
			dd > fe_days_in_month(y, m))
			wrong++;
	}
	CHECK(wrong == 0, "%ld days do not convert back", wrong);
	CHECK(fe_days_from_civil(1970, 1, 1) == 0, "epoch");
	CHECK(fe_days_from_civil(2000, 3, 1) == 11017, "2000-03-01");
	CHECK(fe_days_in_month(2000, 2) == 29 && fe_days_in_month(1900, 2) == 28 &&
		  fe_days_in_month(2024, 2) == 29 && fe_days_in_month(2023, 2) == 28, "leap years");
}

static fe_tsns_parse_status
status_of(const char *s)
{
	fe_tsns_parsed p;

	return fe_tsns_parse_iso(s, strlen(s), &p);
}

static void
test_parser_edges(void)
{
	/* accepted forms */
	CHECK(parse_to_ns("1970-01-01", 0) == 0, "date only");
	CHECK(parse_to_ns("1970-01-01T00:00", 0) == 0, "no seconds");
	CHECK(parse_to_ns("1970-01-01t00:00:00z", 0) == 0, "lower case t and z");
	CHECK(parse_to_ns("1970-01-01 01:00:00+01", 0) == 0, "+HH");
	CHECK(parse_to_ns("1970-01-01 01:30:00+0130", 0) == 0, "+HHMM");
	CHECK(parse_to_ns("1969-12-31 22:29:58-01:30:02", 0) == 0, "+HH:MM:SS");
	CHECK(parse_to_ns("1970-01-01 00:00:00.1", 0) == 100000000, "one digit");
	CHECK(parse_to_ns("1970-01-01 00:00:00.123456789", 0) == 123456789, "nine digits");
	CHECK(parse_to_ns("1970-01-01 00:00:00.1234567894", 0) == 123456789, "tenth digit 4");
	CHECK(parse_to_ns("1970-01-01 00:00:00.1234567895", 0) == 123456790, "tenth digit 5");
	CHECK(parse_to_ns("1970-01-01 00:00:00.9999999999999", 0) == 1000000000, "carry into seconds");
	CHECK(parse_to_ns("1969-12-31 24:00:00", 0) == 0, "24:00:00");
	CHECK(parse_to_ns("1969-12-31 23:59:60", 0) == 0, "second 60");
	CHECK(parse_to_ns("2024-02-29 00:00:00Z", 0) == INT64_C(1709164800) * 1000000000, "leap day");
	CHECK(parse_to_ns("1677-09-21 00:12:43.145224193Z", 0) == INT64_MIN + 1, "first finite");
	CHECK(parse_to_ns("2262-04-11 23:47:16.854775806Z", 0) == INT64_MAX - 1, "last finite");
	CHECK(parse_to_ns("1677-09-21 00:12:43.145224192Z", 0) == 1, "one before the first");
	CHECK(parse_to_ns("2262-04-11 23:47:16.854775807Z", 0) == 1, "one after the last");

	/* fields out of range */
	CHECK(status_of("2023-02-29") == FE_TSNS_BAD_FIELD, "Feb 29 2023");
	CHECK(status_of("2024-02-30 00:00") == FE_TSNS_BAD_FIELD, "Feb 30");
	CHECK(status_of("2024-04-31 00:00") == FE_TSNS_BAD_FIELD, "Apr 31");
	CHECK(status_of("2024-13-01 00:00") == FE_TSNS_BAD_FIELD, "month 13");
	CHECK(status_of("2024-00-01 00:00") == FE_TSNS_BAD_FIELD, "month 0");
	CHECK(status_of("2024-01-00 00:00") == FE_TSNS_BAD_FIELD, "day 0");
	CHECK(status_of("2024-01-01 24:00:01") == FE_TSNS_BAD_FIELD, "24:00:01");
	/* past 23:59:59: core's rule, the fraction rounded to microseconds (ties to even) */
	CHECK(parse_to_ns("1969-12-31 24:00:00.000000001", 0) == 1, "24:00 and a nanosecond");
	CHECK(parse_to_ns("1969-12-31 24:00:00.0000005", 0) == 500, "24:00 and half a microsecond");
	CHECK(status_of("2024-01-01 24:00:00.0000006") == FE_TSNS_BAD_FIELD, "24:00 and 0.6 microseconds");
	CHECK(status_of("2024-01-01 24:00:00.000001") == FE_TSNS_BAD_FIELD, "24:00 and a microsecond");
	CHECK(parse_to_ns("1969-12-31 23:59:60.0000004", 0) == 400, "second 60 and 0.4 microseconds");
	CHECK(status_of("2024-01-01 23:59:60.5") == FE_TSNS_BAD_FIELD, "second 60 and a half");
	CHECK(parse_to_ns("1970-01-01 00:00:60.5", 0) == 60500000000, "second 60 before the last minute");
	CHECK(status_of("2024-01-01 25:00:00") == FE_TSNS_BAD_FIELD, "hour 25");
	CHECK(status_of("2024-01-01 23:60:00") == FE_TSNS_BAD_FIELD, "minute 60");
	CHECK(status_of("2024-01-01 23:59:61") == FE_TSNS_BAD_FIELD, "second 61");
	CHECK(status_of("2024-01-01 00:00:00+16") == FE_TSNS_BAD_OFFSET, "offset +16");
	CHECK(status_of("2024-01-01 00:00:00+05:60") == FE_TSNS_BAD_OFFSET, "offset minute 60");

	/* not the fast path's form: left to the general parser */
	CHECK(status_of("") == FE_TSNS_NOT_ISO, "empty");
	CHECK(status_of("now") == FE_TSNS_NOT_ISO, "now");
	CHECK(status_of("2024-1-01") == FE_TSNS_NOT_ISO, "one-digit month");
	CHECK(status_of("2024-01-01 10:00:00 UTC") == FE_TSNS_NOT_ISO, "zone name");
	CHECK(status_of("2024-01-01 10:00:00.") == FE_TSNS_NOT_ISO, "empty fraction");
	CHECK(status_of("2024-01-01 10:00:00+5") == FE_TSNS_NOT_ISO, "one-digit offset");
	CHECK(status_of("2024-01-01 10") == FE_TSNS_NOT_ISO, "hour only");
	CHECK(status_of("0000-01-01") == FE_TSNS_NOT_ISO, "year 0");
	CHECK(status_of("2024-01-01 10:00:00Zjunk") == FE_TSNS_NOT_ISO, "junk after Z");
}

static void
test_from_sec(void)
{
	int64_t		ns;

	CHECK(fe_tsns_from_sec(1, -1, &ns) == 0 && ns == 999999999, "negative nsec borrows");
	CHECK(fe_tsns_from_sec(-1, 2500000000, &ns) == 0 && ns == 1500000000, "large nsec carries");
	CHECK(fe_tsns_from_sec(INT64_MAX, 1000000000, &ns) == -1, "carry overflow");
	CHECK(fe_tsns_from_sec(INT64_MIN, -1, &ns) == -1, "borrow overflow");
	CHECK(fe_tsns_from_sec(-9223372037, 145224193, &ns) == 0 && ns == INT64_MIN + 1, "first");
	CHECK(fe_tsns_from_sec(-9223372037, 145224192, &ns) == -1, "-infinity is not finite");
	CHECK(fe_tsns_from_sec(9223372036, 854775806, &ns) == 0 && ns == INT64_MAX - 1, "last");
	CHECK(fe_tsns_from_sec(9223372036, 854775807, &ns) == -1, "infinity is not finite");
}

/* A non-digit at any digit position is never read as a digit */
static void
test_non_digits(void)
{
	const char *good = "2024-03-05T06:07:08.123456789+05:30";
	static const int positions[] = {0, 1, 2, 3, 5, 6, 8, 9, 11, 12, 14, 15, 17, 18,
		20, 21, 22, 23, 24, 25, 26, 27, 28, 30, 31, 33, 34};
	size_t		len = strlen(good);
	long		wrong = 0;

	for (size_t k = 0; k < sizeof(positions) / sizeof(positions[0]); k++)
		for (int c = 1; c < 256; c++)
		{
			char		buf[64];
			fe_tsns_parsed p;

			if (c >= '0' && c <= '9')
				continue;
			memcpy(buf, good, len);
			buf[positions[k]] = (char) c;
			wrong += fe_tsns_parse_iso(buf, len, &p) == FE_TSNS_OK;
			wrong += fe_tsns_parse_iso_scalar(buf, len, &p) == FE_TSNS_OK;
		}
	CHECK(wrong == 0, "%ld strings with a non-digit in a digit position parsed", wrong);
}

/* The fast parser and the scalar one agree on mutations of valid strings */
static void
test_parsers_agree(void)
{
	static const char *bases[] = {
		"2024-03-05T06:07:08.123456789+05:30", "2024-03-05 06:07:08.123456789Z",
		"2024-03-05 06:07:08.12345678", "2024-03-05 06:07:08.1234567891234",
		"2024-03-05 06:07:08+00", "2024-03-05 24:00:00.000000000", "2024-02-29t23:59:60z",
		"2024-03-05 06:07", "2024-03-05"
	};
	static const char alphabet[] = "0123456789 -:.+TtZz\xff";
	long		wrong = 0;

	for (int n = 0; n < 300000; n++)
	{
		char		buf[64];
		const char *b = bases[n % (sizeof(bases) / sizeof(bases[0]))];
		size_t		len = strlen(b);
		fe_tsns_parsed p,
					q;
		fe_tsns_parse_status a,
					c;

		memcpy(buf, b, len);
		for (int k = (int) (unit_rand() % 3); k > 0; k--)
			buf[unit_rand() % len] = alphabet[unit_rand() % (sizeof(alphabet) - 1)];
		if (n % 5 == 0)
			len = (size_t) (unit_rand() % (len + 1));
		a = fe_tsns_parse_iso(buf, len, &p);
		c = fe_tsns_parse_iso_scalar(buf, len, &q);
		if (a != c || (a == FE_TSNS_OK &&
					   (p.local_sec != q.local_sec || p.nsec != q.nsec ||
						p.has_offset != q.has_offset || p.gmtoff != q.gmtoff)))
			wrong++;
	}
	CHECK(wrong == 0, "%ld of 300000 strings parse differently in the two parsers", wrong);
}

static int
rfc3339_to(int64_t ns, int32_t gmtoff, const char *want)
{
	char		buf[FE_TSNS_RFC3339_MAXLEN + 1];
	int64_t		sec;
	int32_t		nsec;
	size_t		n;

	fe_tsns_split(ns, &sec, &nsec);
	n = fe_tsns_format_rfc3339(sec, nsec, gmtoff, buf);
	buf[n] = '\0';
	return strcmp(buf, want) == 0;
}

/* RFC 3339 as core writes a timestamptz in JSON, with up to nine digits */
static void
test_rfc3339(void)
{
	long		wrong = 0;

	CHECK(rfc3339_to(INT64_C(1717200802301350996), 0, "2024-06-01T00:13:22.301350996+00:00"), "nine digits");
	CHECK(rfc3339_to(INT64_C(1717200802300000000), 0, "2024-06-01T00:13:22.3+00:00"), "trailing zeros");
	CHECK(rfc3339_to(INT64_C(1717200802000000000), 0, "2024-06-01T00:13:22+00:00"), "no fraction");
	CHECK(rfc3339_to(INT64_C(1717200802000000001), 19800, "2024-06-01T05:43:22.000000001+05:30"), "+05:30");
	CHECK(rfc3339_to(INT64_C(-2717668800000000000), -17762, "1883-11-18T12:00:00Z"), "offset seconds: UTC");
	CHECK(rfc3339_to(INT64_C(-2717668799999999999), -17762, "1883-11-18T12:00:00.000000001Z"), "offset seconds: UTC, fraction");
	CHECK(rfc3339_to(INT64_C(-2717668800000000000), -17760, "1883-11-18T07:04:00-04:56"), "whole minutes kept");
	CHECK(rfc3339_to(INT64_MIN + 1, 0, "1677-09-21T00:12:43.145224193+00:00"), "first finite");
	CHECK(rfc3339_to(INT64_MAX - 1, -3600, "2262-04-11T22:47:16.854775806-01:00"), "last finite");

	/* against the ISO form, rewritten with snprintf */
	for (int i = 0; i < 200000; i++)
	{
		int64_t		ns = rand_ns();
		int32_t		off = (int32_t) (unit_rand() % 3) * 1800 * (i % 2 ? 1 : -1);
		char		iso[FE_TSNS_MAXLEN + 1],
					want[64];
		char	   *p;
		size_t		n = fe_tsns_format(ns, off, iso);

		(void) n;
		iso[29] = '\0';		/* the offset is written here below */
		iso[10] = 'T';
		p = iso + 28;
		while (*p == '0')
			*p-- = '\0';
		if (*p == '.')
			*p = '\0';
		snprintf(want, sizeof(want), "%s%c%02d:%02d", iso, off < 0 ? '-' : '+',
				 (off < 0 ? -off : off) / 3600, (off < 0 ? -off : off) % 3600 / 60);
		if (!rfc3339_to(ns, off, want))
			wrong++;
	}
	CHECK(wrong == 0, "%ld of 200000 instants in RFC 3339 unlike the ISO form rewritten", wrong);
}

void
test_tsns(const char *vectors)
{
	test_vectors(vectors);
	test_calendar();
	test_from_sec();
	test_parser_edges();
	test_parsers_agree();
	test_non_digits();
	test_against_libc();
	test_round_trip();
	test_rfc3339();
}
