/*
 * tsns_zone.c
 *	  Time zones for timestamptz_ns: the session time zone's UTC offsets
 *	  (a sorted table of intervals and a bucket memo), and AT TIME ZONE,
 *	  the local time in a given zone.
 */
#include "tsns.h"
#include "tsns_zone.h"

#include "utils/memutils.h"

#include "callsite.h"

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

/*
 * AT TIME ZONE: timezone(zone, timestamptz_ns) and timezone(interval,
 * timestamptz_ns), the local time in that zone as a timestamp, which holds
 * microseconds: core's on the value rounded half up to the microsecond, as
 * the cast to timestamptz rounds.  (timezone(timestamptz_ns), AT LOCAL, is
 * the cast to timestamp.)
 *
 * The zone arguments of AT TIME ZONE and date_add, read once per call site
 * (callsite.h): a fixed offset (an abbreviation such as PST, learned from
 * core's answer), or a zone name with its own table of intervals (above),
 * so that a column of values costs a lookup each, not a pg_localtime()
 * each.  Anything else (a dynamic abbreviation) is core's for every value.
 */
#define ZONE_FIXED		1		/* a fixed offset: *offset, seconds west */
#define ZONE_DYNAMIC	2		/* an abbreviation whose offset varies: *tzp */
#define ZONE_NAMED		3		/* a zone name or a POSIX offset: *tzp */

/*
 * What a zone argument names, read as core reads one (DecodeTimezoneName
 * from PostgreSQL 16 on, the same steps before): an unknown name is core's
 * error.  The one decoder of zone arguments.
 */
static int
decode_zone(const char *tzname, int *offset, pg_tz **tzp)
{
	*tzp = NULL;
	*offset = 0;
#if PG_VERSION_NUM >= 160000
	switch (DecodeTimezoneName(tzname, offset, tzp))
	{
		case TZNAME_FIXED_OFFSET:
			return ZONE_FIXED;
		case TZNAME_DYNTZ:
			return ZONE_DYNAMIC;
		default:
			return ZONE_NAMED;
	}
#else
	{
		char	   *lowzone = downcase_truncate_identifier(tzname, strlen(tzname), false);
		int			type = DecodeTimezoneAbbrev(0, lowzone, offset, tzp);

		if (type == TZ || type == DTZ)
			return ZONE_FIXED;
		if (type == DYNTZ)
			return ZONE_DYNAMIC;
		*tzp = pg_tzset(tzname);
		if (*tzp == NULL)
			ereport(ERROR,
					(errcode(ERRCODE_INVALID_PARAMETER_VALUE),
					 errmsg("time zone \"%s\" not recognized", tzname)));
		return ZONE_NAMED;
	}
#endif
}

/* What AT TIME ZONE remembers of its zone */
typedef struct at_zone
{
	int			kind;			/* ZONE_*, ZONE_DYNAMIC: core's each time */
	int64		east_usec;		/* ZONE_FIXED: the offset */
	zone_cache	zc;				/* ZONE_NAMED: its intervals, in fn_mcxt */
} at_zone;

/* x AT TIME ZONE zone: the local time in the named zone, as a timestamp */
PG_FUNCTION_INFO_V1(timestamptz_ns_zone);
Datum
timestamptz_ns_zone(PG_FUNCTION_ARGS)
{
	text	   *zone = PG_GETARG_TEXT_PP(0);
	int64		ns = PG_GETARG_INT64(1);
	TimestampTz us = tsns_round_to_tstz(ns);
	at_zone    *az;

	if (!TSNS_IS_FINITE(ns) || VARSIZE_ANY_EXHDR(zone) > TZ_STRLEN_MAX)
		return DirectFunctionCall2(timestamptz_zone, PointerGetDatum(zone), TimestampTzGetDatum(us));

	az = callsite_recall(fcinfo, zone);
	if (az == NULL)
	{
		char		tzname[TZ_STRLEN_MAX + 1];
		pg_tz	   *tz;
		int			offset;
		at_zone		made;
		at_zone    *before = callsite_payload(fcinfo);
		Datum		local;

		/* core's answer first: its errors, and the offset of an abbreviation */
		local = DirectFunctionCall2(timestamptz_zone, PointerGetDatum(zone), TimestampTzGetDatum(us));
		memset(&made, 0, sizeof(made));
		if (before != NULL)
			made.zc = before->zc;	/* its table's room, for the next zone */
		text_to_cstring_buffer(zone, tzname, sizeof(tzname));
		made.kind = decode_zone(tzname, &offset, &tz);
		made.east_usec = DatumGetTimestamp(local) - us;
		if (made.kind == ZONE_NAMED && fcinfo->flinfo != NULL)
			tsns_zone_cache_init(&made.zc, tz, fcinfo->flinfo->fn_mcxt);
		(void) callsite_remember(fcinfo, zone, &made, sizeof(made));
		return local;
	}

	if (az->kind == ZONE_FIXED)
		PG_RETURN_TIMESTAMP(us + az->east_usec);
	if (az->kind == ZONE_NAMED)
	{
		/* the offset at the rounded instant, as core takes it */
		int64		sec = usec_unix_second(us);
		const zone_interval *iv = &az->zc.iv[az->zc.last];
		int32		gmtoff;
		int			found;

		if (likely(az->zc.n > 0 && sec >= iv->lo && sec < iv->hi))
			gmtoff = iv->gmtoff;
		else
			gmtoff = tsns_zone_cache_offset(&az->zc, fcinfo->flinfo->fn_mcxt, sec, &found);
		PG_RETURN_TIMESTAMP(us + (int64) gmtoff * USECS_PER_SEC);
	}
	return DirectFunctionCall2(timestamptz_zone, PointerGetDatum(zone), TimestampTzGetDatum(us));
}

/* x AT TIME ZONE interval: the local time at a fixed offset, as a timestamp */
PG_FUNCTION_INFO_V1(timestamptz_ns_izone);
Datum
timestamptz_ns_izone(PG_FUNCTION_ARGS)
{
	return DirectFunctionCall2(timestamptz_izone, PG_GETARG_DATUM(0),
							   TimestampTzGetDatum(tsns_round_to_tstz(PG_GETARG_INT64(1))));
}

/*
 * The zone argument of date_add, date_subtract and generate_series, looked
 * up once per call site (callsite.h)
 */
pg_tz *
tsns_call_zone(FunctionCallInfo fcinfo, text *zone)
{
	pg_tz	  **remembered = callsite_recall(fcinfo, zone);
	pg_tz	   *tz;

	if (remembered != NULL)
		return *remembered;
	tz = tsns_lookup_zone(zone);
	(void) callsite_remember(fcinfo, zone, &tz, sizeof(tz));
	return tz;
}

/*
 * A zone argument as core's date_add reads it: a zone name, a POSIX offset,
 * or an abbreviation (fixed offset, or the zone of a dynamic one)
 */
pg_tz *
tsns_lookup_zone(text *zone)
{
	char		tzname[TZ_STRLEN_MAX + 1];
	int			offset;
	pg_tz	   *tz;

	text_to_cstring_buffer(zone, tzname, sizeof(tzname));
	if (decode_zone(tzname, &offset, &tz) == ZONE_FIXED)
		return pg_tzset_offset(-offset);
	return tz;
}
