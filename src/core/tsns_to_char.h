/*
 * tsns_to_char.h
 *	  The format rewriting behind to_char(timestamptz_ns, format), which
 *	  hands the rewritten format to PostgreSQL's to_char:
 *
 *	  - FF7, FF8 and FF9 (seven to nine fraction digits, which PostgreSQL
 *		does not have) become FF6 and, in double quotes, the 7th to 9th
 *		digits, or placeholder bytes 1, 2, 3 that the caller replaces by
 *		them in the result (the same rewritten format then serves every
 *		value);
 *	  - TZH, TZM and OF (the UTC offset) become the offset as literals, so
 *		that the value can be formatted as a local time.
 *
 * A format is scanned as PostgreSQL scans it: text in double quotes is
 * literal (a backslash escapes the next character there), and \" outside
 * them is a literal quote.  The "F" of OF does not start an FF.
 *
 * Standard headers only: no allocation, no PostgreSQL.
 */
#ifndef FE_TSNS_TO_CHAR_H
#define FE_TSNS_TO_CHAR_H

#include <stddef.h>
#include <stdint.h>

/* The most bytes a rewritten format of len bytes takes */
#define FE_TOCHAR_MAXLEN(len)	((len) * (size_t) 4 + 8)

/*
 * f[0..len) with FF7-FF9 rewritten into out (room for FE_TOCHAR_MAXLEN(len)):
 * the digits are digits[0..3), or the bytes 1, 2, 3 when digits is NULL.
 * Returns the length written, or 0 when the format has no FF7-FF9 (out is
 * then not written).
 */
extern size_t fe_tochar_rewrite_ff(const char *f, size_t len, const char *digits, char *out);

/* What fe_tochar_zone() finds */
#define FE_TOCHAR_ZONE_NONE		0	/* no zone field */
#define FE_TOCHAR_ZONE_OFFSET	1	/* TZH, TZM and OF only: written in per offset */
#define FE_TOCHAR_ZONE_CORE		2	/* TZ, tz, or anything like a zone field that
									 * is not one of those (another case, a TH or
									 * SP suffix): PostgreSQL's business */

/*
 * The zone fields of f[0..len).  With out (room for FE_TOCHAR_MAXLEN(len)),
 * when the answer is FE_TOCHAR_ZONE_OFFSET or NONE, also writes the format
 * with TZH, TZM and OF for the UTC offset gmtoff (seconds east) written in,
 * as PostgreSQL prints them (the seconds of an offset are not printed), and
 * sets *outlen.
 */
extern int	fe_tochar_zone(const char *f, size_t len, int32_t gmtoff, char *out, size_t *outlen);

#endif							/* FE_TSNS_TO_CHAR_H */
