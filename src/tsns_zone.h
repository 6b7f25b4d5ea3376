/*
 * tsns_zone.h
 *	  Time zones for timestamptz_ns (tsns_zone.c): the session time zone's
 *	  UTC offsets, kept as a table of intervals, and zone arguments.
 */
#ifndef FE_TSNS_ZONE_H
#define FE_TSNS_ZONE_H

#include "tsns.h"

/*
 * The session time zone.
 *
 * timestamptz calls pg_localtime() for every value it prints.  Instead,
 * remember the intervals [lo, hi) of UTC seconds in which the session zone's
 * offset does not change, as values meet them: hi is the zone's next
 * transition, lo the earliest time looked up in that interval so far.  They
 * are disjoint and kept sorted, so a value finds its interval by binary
 * search (a few comparisons for 25 years of a zone with daylight saving, 50
 * intervals), and first in the one that answered last (a batch of events
 * in time order).  Only a value earlier than every other seen in its
 * interval asks pg_next_dst_boundary().  A change of TimeZone is seen as a
 * different pg_tz and starts afresh.
 */
typedef struct zone_interval
{
	int64		lo;				/* offset holds on [lo, hi) */
	int64		hi;
	int32		gmtoff;			/* seconds east of UTC */
} zone_interval;

typedef struct zone_cache
{
	pg_tz	   *tz;				/* the zone this describes, or NULL */
	bool		fixed;			/* one offset for all time */
	int			n;				/* intervals, sorted by hi */
	int			cap;
	int			last;			/* the interval that answered last */
	zone_interval *iv;			/* in TopMemoryContext for the session zone */
} zone_cache;

extern zone_cache tsns_zone;

/*
 * In front of the search, a direct-mapped memo of 2^ZONE_MAP_BITS buckets of
 * 2^ZONE_BUCKET_SHIFT seconds (12 days; 1,024 of them span 34 years): each
 * holds a copy of the interval that last answered for a time in its bucket.
 * A copy can only be narrower than the interval it came from (intervals
 * only grow), so it is never wrong, at worst a miss.
 */
#define ZONE_BUCKET_SHIFT 20
#define ZONE_MAP_BITS 10
#define ZONE_MAP_SIZE (1 << ZONE_MAP_BITS)

typedef struct zone_memo
{
	int64		bucket;			/* t >> ZONE_BUCKET_SHIFT of the entry */
	zone_interval iv;
} zone_memo;

extern zone_memo *tsns_zone_memo;		/* ZONE_MAP_SIZE entries, in TopMemoryContext */

static inline zone_memo *
zone_memo_of(int64 t)
{
	return &tsns_zone_memo[(t >> ZONE_BUCKET_SHIFT) & (ZONE_MAP_SIZE - 1)];
}

extern int32 tsns_zone_offset_slow(int64 t);
extern void tsns_zone_cache_init(zone_cache *zc, pg_tz *tz, MemoryContext cxt);
extern int32 tsns_zone_cache_offset(zone_cache *zc, MemoryContext cxt, int64 t, int *found);
extern int64 tsns_local_to_utc(const fe_tsns_parsed *p);

/* The session zone's UTC offset (seconds east) at UTC second t */
static inline int32
zone_offset(int64 t)
{
	const zone_interval *iv = &tsns_zone.iv[tsns_zone.last];

	if (likely(tsns_zone.tz == session_timezone))
	{
		const zone_memo *m;

		if (likely(t >= iv->lo && t < iv->hi))
			return iv->gmtoff;
		m = zone_memo_of(t);
		if (m->bucket == (t >> ZONE_BUCKET_SHIFT) && t >= m->iv.lo && t < m->iv.hi)
			return m->iv.gmtoff;
	}
	return tsns_zone_offset_slow(t);
}

/* A zone argument as core's date_add reads it, looked up anew or once per call site */
extern pg_tz *tsns_lookup_zone(text *zone);
extern pg_tz *tsns_call_zone(FunctionCallInfo fcinfo, text *zone);

#endif							/* FE_TSNS_ZONE_H */
