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
zone_make_room(zone_cache *zc, MemoryContext cxt)
{
	if (zc->n < zc->cap)
		return;
	if (zc->cap == 0)
	{
		zc->cap = 64;
		zc->iv = MemoryContextAlloc(cxt, zc->cap * sizeof(zone_interval));
	}
	else
	{
		zc->cap *= 2;
		zc->iv = repalloc(zc->iv, zc->cap * sizeof(zone_interval));
	}
}

/* Start zc afresh for zone tz, its table in cxt */
void
tsns_zone_cache_init(zone_cache *zc, pg_tz *tz, MemoryContext cxt)
{
	long int	fixed;

	zc->tz = tz;
	zc->n = 0;
	zc->last = 0;
	zone_make_room(zc, cxt);
	zc->fixed = pg_get_timezone_offset(tz, &fixed);
	if (zc->fixed)
	{
		zc->iv[0].lo = PG_INT64_MIN;
		zc->iv[0].hi = PG_INT64_MAX;
		zc->iv[0].gmtoff = (int32) fixed;
		zc->n = 1;
	}
}

/*
 * The offset of zc's zone at UTC second t: from its intervals, by binary
 * search; on a miss, from pg_next_dst_boundary(), remembered.  *found is the
 * index of the interval that answered, or -1 if none could be remembered.
 */
int32
tsns_zone_cache_offset(zone_cache *zc, MemoryContext cxt, int64 t, int *found)
{
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

	/* the first interval that ends after t */
	lo = 0;
	hi_i = zc->n;
	while (lo < hi_i)
	{
		int			mid = (lo + hi_i) / 2;

		if (zc->iv[mid].hi <= t)
			lo = mid + 1;
		else
			hi_i = mid;
	}
	if (lo < zc->n && zc->iv[lo].lo <= t)
	{
		zc->last = *found = lo;
		return zc->iv[lo].gmtoff;
	}

	r = pg_next_dst_boundary(&pt, &before, &before_dst, &boundary, &after, &after_dst, zc->tz);
	if (r < 0)
	{
		/* no interval to remember: ask for this instant alone */
		struct pg_tm *tm = pg_localtime(&pt, zc->tz);

		if (tm == NULL)
			tsns_range_error();
		*found = -1;
		return (int32) tm->tm_gmtoff;
	}
	hi = r == 1 ? (int64) boundary : PG_INT64_MAX;

	if (lo < zc->n && zc->iv[lo].hi == hi)
	{
		/* the interval that ends at the same transition, reaching back to t */
		zc->iv[lo].lo = t;
		zc->iv[lo].gmtoff = (int32) before;
	}
	else
	{
		/* a new interval, before the first that ends after hi */
		zone_make_room(zc, cxt);
		memmove(&zc->iv[lo + 1], &zc->iv[lo], (zc->n - lo) * sizeof(zone_interval));
		zc->iv[lo].lo = t;
		zc->iv[lo].hi = hi;
		zc->iv[lo].gmtoff = (int32) before;
		zc->n++;
	}
	zc->last = *found = lo;
	return zc->iv[lo].gmtoff;
}

/* The session zone's offset when the inline zone_offset() misses */
int32
tsns_zone_offset_slow(int64 t)
{
	int			found;
	int32		gmtoff;

	if (tsns_zone.tz != session_timezone)
	{
		if (tsns_zone_memo == NULL)
			tsns_zone_memo = MemoryContextAlloc(TopMemoryContext, ZONE_MAP_SIZE * sizeof(zone_memo));
		for (int k = 0; k < ZONE_MAP_SIZE; k++)
			tsns_zone_memo[k].bucket = PG_INT64_MIN;	/* no t has this bucket */
		tsns_zone_cache_init(&tsns_zone, session_timezone, TopMemoryContext);
		if (tsns_zone.fixed)
			return tsns_zone.iv[0].gmtoff;
	}
	gmtoff = tsns_zone_cache_offset(&tsns_zone, TopMemoryContext, t, &found);
	if (found >= 0)
	{
		zone_memo  *m = zone_memo_of(t);

		m->bucket = t >> ZONE_BUCKET_SHIFT;
		m->iv = tsns_zone.iv[found];
	}
	return gmtoff;
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
