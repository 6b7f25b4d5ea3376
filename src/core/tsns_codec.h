/*
 * tsns_codec.h
 *	  Nanosecond timestamps: civil-date arithmetic, ISO 8601 / RFC 3339
 *	  parsing and formatting.
 *
 * A timestamp is an int64 count of nanoseconds since 1970-01-01 00:00:00
 * UTC (Go's UnixNano()); INT64_MIN and INT64_MAX stand for -infinity and
 * infinity, every other value is a finite instant.  Time zones are the
 * caller's business: the parser reports the offset it read, or none, and
 * the formatter takes the offset to print in.
 *
 * Standard headers only: no allocation, no PostgreSQL.
 */
#ifndef FE_TSNS_CODEC_H
#define FE_TSNS_CODEC_H

#include <stddef.h>
#include <stdint.h>

#define FE_TSNS_NOBEGIN		INT64_MIN	/* -infinity */
#define FE_TSNS_NOEND		INT64_MAX	/* infinity */
#define FE_NS_PER_SEC		INT64_C(1000000000)
#define FE_SECS_PER_DAY		INT64_C(86400)

/* Neither infinity */
#define FE_TSNS_IS_FINITE(ns)	((ns) != FE_TSNS_NOBEGIN && (ns) != FE_TSNS_NOEND)

/* Longest output: "YYYY-MM-DD HH:MM:SS.nnnnnnnnn+HH:MM:SS" */
#define FE_TSNS_MAXLEN		38

/* Floor division of a finite ns into seconds and 0 .. 999999999 ns */
static inline void
fe_tsns_split(int64_t ns, int64_t *sec, int32_t *nsec)
{
	int64_t		s = ns / FE_NS_PER_SEC;
	int64_t		r = ns % FE_NS_PER_SEC;

	if (r < 0)
	{
		s--;
		r += FE_NS_PER_SEC;
	}
	*sec = s;
	*nsec = (int32_t) r;
}

/*
 * sec * 10^9 + nsec as a finite timestamp, for any nsec (Go's
 * time.Unix(sec, nsec) normalisation).  Returns 0, or -1 if the instant is
 * outside the finite range.
 */
extern int	fe_tsns_from_sec(int64_t sec, int64_t nsec, int64_t *ns);

/* The same for nsec in 0 .. 10^9, inline where nothing can overflow */
static inline int
fe_tsns_from_sec_fast(int64_t sec, int64_t nsec, int64_t *ns)
{
	if (sec > INT64_C(-9223372035) && sec < INT64_C(9223372035) &&
		nsec >= 0 && nsec <= FE_NS_PER_SEC)
	{
		*ns = sec * FE_NS_PER_SEC + nsec;
		return 0;
	}
	return fe_tsns_from_sec(sec, nsec, ns);
}

/* Days since 1970-01-01 of a proleptic Gregorian date, and back */
extern int64_t fe_days_from_civil(int64_t year, int month, int day);
extern void fe_civil_from_days(int64_t days, int64_t *year, int *month, int *day);

extern int	fe_days_in_month(int64_t year, int month);

/*
 * Write a finite ns as "YYYY-MM-DD HH:MM:SS.nnnnnnnnn" and the UTC offset
 * gmtoff (seconds east) as PostgreSQL prints it in DateStyle ISO ("+00",
 * "-05", "+05:30", "-04:56:02").  Returns the length; no terminator.  The
 * year must have four digits: every finite value does.
 */
extern size_t fe_tsns_format(int64_t ns, int32_t gmtoff, char *buf);

/* The same for a value already split by fe_tsns_split() */
extern size_t fe_tsns_format_split(int64_t sec, int32_t nsec, int32_t gmtoff, char *buf);

/*
 * RFC 3339, as PostgreSQL writes a timestamptz in JSON (XSD form): "T"
 * between date and time, the fraction without its trailing zeros (none
 * when it is zero), the offset as +HH:MM.  An offset with seconds (local
 * mean time, New York before 1883 is -04:56:02) has no RFC 3339 form, where
 * core writes +HH:MM:SS: such an instant is written in UTC, with "Z".  At
 * most FE_TSNS_RFC3339_MAXLEN bytes, which buf must have (it is first
 * written in the ISO form, of the same maximum length); no terminator.
 */
#define FE_TSNS_RFC3339_MAXLEN	FE_TSNS_MAXLEN
extern size_t fe_tsns_format_rfc3339(int64_t sec, int32_t nsec, int32_t gmtoff, char *buf);

typedef enum fe_tsns_parse_status
{
	FE_TSNS_OK = 0,
	FE_TSNS_NOT_ISO,			/* not the fast-path form: try another parser */
	FE_TSNS_BAD_FIELD,			/* ISO form, a field out of range */
	FE_TSNS_BAD_OFFSET			/* ISO form, UTC offset out of range */
} fe_tsns_parse_status;

typedef struct fe_tsns_parsed
{
	int64_t		local_sec;		/* seconds since 1970 in the written zone */
	int64_t		nsec;			/* 0 .. 10^9 (10^9 after rounding up) */
	int			has_offset;		/* Z or a numeric offset was given */
	int32_t		gmtoff;			/* that offset, seconds east */
	/* the fields as written, only when no offset was given */
	int			year,
				month,
				day,
				hour,
				minute,
				second;
} fe_tsns_parsed;

/*
 * Parse "YYYY-MM-DD", optionally followed by a space or T and
 * "HH:MM[:SS[.fraction]]", optionally followed by Z, +HH, +HHMM, +HH:MM or
 * +HH:MM:SS.  Fields are validated, not normalised (February 30 is
 * BAD_FIELD); 24:00:00 and second 60 are accepted as PostgreSQL accepts
 * them.  Digits after the ninth round the nanoseconds half up.
 */
extern fe_tsns_parse_status fe_tsns_parse_iso(const char *s, size_t len,
											  fe_tsns_parsed *out);

/* The same, a byte at a time: what the fast parser must agree with */
extern fe_tsns_parse_status fe_tsns_parse_iso_scalar(const char *s, size_t len,
													 fe_tsns_parsed *out);

#endif							/* FE_TSNS_CODEC_H */
