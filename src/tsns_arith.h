/*
 * tsns_arith.h
 *	  Interval arithmetic of timestamptz_ns (tsns_arith.c), for the other
 *	  files: generate_series steps with it, in_range and OVERLAPS compare
 *	  intervals.
 */
#ifndef FE_TSNS_ARITH_H
#define FE_TSNS_ARITH_H

#include "tsns.h"

/* Sign of an interval, comparing as PostgreSQL does (a month is 30 days) */
extern int	tsns_interval_sign(const Interval *span);

/* ns plus (or minus) span, months and days in the session time zone */
extern int64 tsns_add_interval(int64 ns, Interval *span, bool subtract);

/* The same in a given zone; false if the result leaves the range */
extern bool tsns_add_interval_in_zone(int64 ns, const Interval *span, bool subtract,
									  pg_tz *zone, int64 *result);

#endif							/* FE_TSNS_ARITH_H */
