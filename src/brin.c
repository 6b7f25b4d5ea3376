/*
 * brin.c
 *	  The distance functions of the BRIN minmax-multi operator classes of
 *	  ksuid and timestamptz_ns (PostgreSQL 14 and later; the other support
 *	  functions, and those of the bloom classes, are core's).  minmax-multi
 *	  merges the closest values of a block range into intervals first, so
 *	  a distance only has to order gaps sensibly, not be exact.
 */
#include "fastevent.h"

#include "core/fe_bits.h"
#include "core/ksuid_codec.h"

/* the gap between two ksuids, their 160 bits read as a number, as a float8 */
PG_FUNCTION_INFO_V1(ksuid_minmax_multi_distance);
Datum
ksuid_minmax_multi_distance(PG_FUNCTION_ARGS)
{
	const uint8 *a = (const uint8 *) PG_GETARG_POINTER(0);
	const uint8 *b = (const uint8 *) PG_GETARG_POINTER(1);
	float8		d = 0;

	/* byte by byte, most significant first: a difference, not a wrap */
	for (int i = 0; i < FE_KSUID_BYTES; i++)
		d = d * 256 + ((int) b[i] - (int) a[i]);
	PG_RETURN_FLOAT8(d < 0 ? -d : d);
}

/* the gap between two timestamptz_ns values, in nanoseconds, as a float8 */
PG_FUNCTION_INFO_V1(timestamptz_ns_minmax_multi_distance);
Datum
timestamptz_ns_minmax_multi_distance(PG_FUNCTION_ARGS)
{
	int64		a = PG_GETARG_INT64(0);
	int64		b = PG_GETARG_INT64(1);
	float8		d = (float8) b - (float8) a;

	PG_RETURN_FLOAT8(d < 0 ? -d : d);
}
