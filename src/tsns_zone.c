/*
 * tsns_zone.c
 *	  The session time zone's UTC offsets, for timestamptz_ns.
 */
#include "tsns.h"

#include "utils/memutils.h"

static zone_interval zone_none = {1, 0, 0};	/* empty: no time is in it */
zone_cache	tsns_zone = {NULL, false, 0, 0, 0, &zone_none};
zone_memo  *tsns_zone_memo;

/*
 * Room for one more interval.  A zone has at most a few transitions a year,
 * so the table stays small: 1,200 intervals (29 kB) cover the whole range.
 */
static void
zone_make_room(void)
{
	if (tsns_zone.n < tsns_zone.cap)
		return;
	if (tsns_zone.cap == 0)
	{
		tsns_zone.cap = 64;
		tsns_zone.iv = MemoryContextAlloc(TopMemoryContext, tsns_zone.cap * sizeof(zone_interval));
	}
	else
	{
		tsns_zone.cap *= 2;
		tsns_zone.iv = repalloc(tsns_zone.iv, tsns_zone.cap * sizeof(zone_interval));
	}
}

int32
tsns_zone_offset_slow(int64 t)
{
	pg_tz	   *tz = session_timezone;
	pg_time_t	pt = (pg_time_t) t;
	long int	before,
				after;
	int			before_dst,
				after_dst;
	pg_time_t	boundary;
	int			r,
				lo,
				hi_i;
	int64		hi;

	if (tsns_zone.tz != tz)
	{
		long int	fixed;

		tsns_zone.tz = tz;
		tsns_zone.n = 0;
		tsns_zone.last = 0;
		zone_make_room();
		if (tsns_zone_memo == NULL)
			tsns_zone_memo = MemoryContextAlloc(TopMemoryContext, ZONE_MAP_SIZE * sizeof(zone_memo));
		for (int k = 0; k < ZONE_MAP_SIZE; k++)
			tsns_zone_memo[k].bucket = PG_INT64_MIN;	/* no t has this bucket */
		tsns_zone.fixed = pg_get_timezone_offset(tz, &fixed);
		if (tsns_zone.fixed)
		{
			tsns_zone.iv[0].lo = PG_INT64_MIN;
			tsns_zone.iv[0].hi = PG_INT64_MAX;
			tsns_zone.iv[0].gmtoff = (int32) fixed;
			tsns_zone.n = 1;
			return tsns_zone.iv[0].gmtoff;
		}
	}

	/* the first interval that ends after t */
	lo = 0;
	hi_i = tsns_zone.n;
	while (lo < hi_i)
	{
		int			mid = (lo + hi_i) / 2;

		if (tsns_zone.iv[mid].hi <= t)
			lo = mid + 1;
		else
			hi_i = mid;
	}
	if (lo < tsns_zone.n && tsns_zone.iv[lo].lo <= t)
	{
		tsns_zone.last = lo;
		goto found;
	}

	r = pg_next_dst_boundary(&pt, &before, &before_dst, &boundary, &after, &after_dst, tz);
	if (r < 0)
	{
		/* no interval to remember: ask for this instant alone */
		struct pg_tm *tm = pg_localtime(&pt, tz);

		if (tm == NULL)
			tsns_range_error();
		return (int32) tm->tm_gmtoff;
	}
	hi = r == 1 ? (int64) boundary : PG_INT64_MAX;

	if (lo < tsns_zone.n && tsns_zone.iv[lo].hi == hi)
	{
		/* the interval that ends at the same transition, reaching back to t */
		tsns_zone.iv[lo].lo = t;
		tsns_zone.iv[lo].gmtoff = (int32) before;
	}
	else
	{
		/* a new interval, before the first that ends after hi */
		zone_make_room();
		memmove(&tsns_zone.iv[lo + 1], &tsns_zone.iv[lo], (tsns_zone.n - lo) * sizeof(zone_interval));
		tsns_zone.iv[lo].lo = t;
		tsns_zone.iv[lo].hi = hi;
		tsns_zone.iv[lo].gmtoff = (int32) before;
		tsns_zone.n++;
	}
	tsns_zone.last = lo;

found:
	{
		zone_memo  *m = zone_memo_of(t);

		m->bucket = t >> ZONE_BUCKET_SHIFT;
		m->iv = tsns_zone.iv[lo];
	}
	return tsns_zone.iv[lo].gmtoff;
}

/*
 * UTC seconds of a local time in the session zone.  Inside the interval
 * that answered last, and two days (more than any offset change) from its ends, the
 * local time has exactly one meaning; elsewhere PostgreSQL's own rules
 * decide, as for timestamptz (a time skipped or repeated by a transition).
 */
int64
tsns_local_to_utc(const fe_tsns_parsed *p)
{
	struct pg_tm tm;
	int64		u;

	if (tsns_zone.tz == session_timezone)
	{
		const zone_interval *iv = &tsns_zone.iv[tsns_zone.last];

		u = p->local_sec - iv->gmtoff;
		if (tsns_zone.fixed ||
			(iv->lo < iv->hi && u - 2 * SECS_PER_DAY >= iv->lo && u + 2 * SECS_PER_DAY < iv->hi))
			return u;
	}

	memset(&tm, 0, sizeof(tm));
	tm.tm_year = p->year;
	tm.tm_mon = p->month;
	tm.tm_mday = p->day;
	tm.tm_hour = p->hour;
	tm.tm_min = p->minute;
	tm.tm_sec = p->second;
	u = p->local_sec + DetermineTimeZoneOffset(&tm, session_timezone);
	(void) zone_offset(u);		/* remember this interval for the next value */
	return u;
}
