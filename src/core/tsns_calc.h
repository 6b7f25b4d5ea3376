/*
 * tsns_calc.h
 *	  Calculations on nanosecond timestamps that PostgreSQL's own types
 *	  cannot do for them: rounding to a precision as timestamptz(p) rounds,
 *	  date_bin to the nanosecond, and what a parser that reads a fraction of
 *	  a second to the microsecond loses of it.
 *
 * Standard headers only: no allocation, no PostgreSQL.
 */
#ifndef FE_TSNS_CALC_H
#define FE_TSNS_CALC_H

#include <stdint.h>

#include "tsns_codec.h"

/* 2000-01-01 00:00:00 UTC, PostgreSQL's epoch, in ns since 1970 */
#define FE_TSNS_PG_EPOCH	(INT64_C(946684800) * FE_NS_PER_SEC)

/*
 * ns rounded to 10^-p seconds, p from 0 to 8 (9 and more, or a negative p,
 * keep ns as it is), half away from zero counted from 2000-01-01, as
 * PostgreSQL rounds timestamptz(p).  The infinities stay.  Returns 0, or -1
 * if the rounded value leaves the finite range.
 */
extern int	fe_tsns_round(int64_t ns, int p, int64_t *result);

/* What fe_tsns_bin() returns besides 0 */
#define FE_TSNS_BIN_STRIDE	(-1)	/* the stride is not above zero */
#define FE_TSNS_BIN_RANGE	(-2)	/* the result, or a step to it, leaves the range */

/*
 * date_bin: origin + floor((source - origin) / stride) * stride, for a
 * stride of days and microseconds (an interval without months), exact to the
 * nanosecond for finite source and origin.  With 128-bit integers every
 * call whose result is in range gets it; without them a step that overflows
 * 64 bits is FE_TSNS_BIN_RANGE (a few calls near the ends of the range).
 */
extern int	fe_tsns_bin(int32_t days, int64_t usecs, int64_t source, int64_t origin,
						int64_t *result);

/*
 * The fraction of a second written after a point (dot points at the '.',
 * then digits), to the nanosecond (nine digits, the tenth rounding half
 * up), less the microseconds a parser keeps of it when it reads the fraction
 * as a double and rounds it (rint(strtod(dot) * 10^6)): what such a parser
 * loses, -500 to 500 ns.  0 for six digits or fewer.
 */
extern int32_t fe_tsns_fraction_lost(const char *dot);

#endif							/* FE_TSNS_CALC_H */
