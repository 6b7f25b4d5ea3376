/*
 * tsns_random.c
 *	  random(timestamptz_ns, timestamptz_ns): a time drawn uniformly from a
 *	  closed range, to the nanosecond, as core's random(timestamptz,
 *	  timestamptz) of PostgreSQL 19 draws one to the microsecond.
 *
 * The bits come from the generator of random() (core's drandom()), so that
 * setseed() makes a sequence of draws repeatable, as it does for core's.
 */
#include "tsns.h"

/*
 * 64 bits from random(): 32 from each of two draws.  Every major's
 * random() has at least 48 random bits (52 from PostgreSQL 15 on), so the
 * top 32 of each draw are all random.
 */
static uint64
draw64(void)
{
	LOCAL_FCINFO(fc, 0);
	uint64		r = 0;

	for (int i = 0; i < 2; i++)
	{
		float8		d;

		InitFunctionCallInfoData(*fc, NULL, 0, InvalidOid, NULL, NULL);
		d = DatumGetFloat8(drandom(fc));
		r = (r << 32) | (uint64) (d * 4294967296.0);
	}
	return r;
}

/* A random time in [min, max], uniform to the nanosecond; both ends finite */
PG_FUNCTION_INFO_V1(timestamptz_ns_random);
Datum
timestamptz_ns_random(PG_FUNCTION_ARGS)
{
	int64		lo = PG_GETARG_INT64(0);
	int64		hi = PG_GETARG_INT64(1);
	uint64		span,
				r;

	if (!TSNS_IS_FINITE(lo) || !TSNS_IS_FINITE(hi))
		ereport(ERROR,
				(errcode(ERRCODE_INVALID_PARAMETER_VALUE),
				 errmsg("lower and upper bounds must be finite")));
	if (lo > hi)
		ereport(ERROR,
				(errcode(ERRCODE_INVALID_PARAMETER_VALUE),
				 errmsg("lower bound must be less than or equal to upper bound")));
	/* hi - lo as an unsigned count, then one of span + 1 values */
	span = (uint64) hi - (uint64) lo;
	r = draw64();
	if (span < PG_UINT64_MAX)
	{
		uint64		n = span + 1;
		/* 2^64 mod n: draws below it would make the low values likelier */
		uint64		skip = (0 - n) % n;

		while (r < skip)
			r = draw64();
		r %= n;
	}
	PG_RETURN_INT64((int64) ((uint64) lo + r));
}
