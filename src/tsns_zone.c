/*
 * tsns_zone.c
 *	  Time zones for timestamptz_ns: the session time zone's UTC offsets
 *	  (a sorted table of intervals and a bucket memo), and AT TIME ZONE,
 *	  the local time in a given zone.
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

/*
 * AT TIME ZONE: timezone(zone, timestamptz_ns) and timezone(interval,
 * timestamptz_ns), the local time in that zone as a timestamp, which holds
 * microseconds: core's on the value rounded half up to the microsecond, as
 * the cast to timestamptz rounds.  (timezone(timestamptz_ns), AT LOCAL, is
 * the cast to timestamp.)
 */
/*
 * The call site remembers the zone it was given last (fn_extra): a fixed
 * offset (an abbreviation such as PST, learned from core's answer), or a
 * zone name with its own table of intervals (tsns_zone.c), so that a column
 * of values costs a lookup each, not a pg_localtime() each.  Anything else
 * (a dynamic abbreviation, an error) is core's for every value.
 */
#define ZONE_ARG_CORE	0
#define ZONE_ARG_FIXED	1
#define ZONE_ARG_NAMED	2

typedef struct zone_arg
{
	const pg_tz *session;		/* the session zone then: abbreviations can depend on it */
	int			kind;
	int64		east_usec;		/* ZONE_ARG_FIXED: the offset */
	zone_cache	zc;				/* ZONE_ARG_NAMED: its intervals, in fn_mcxt */
	int			len;
	char		given[TZ_STRLEN_MAX + 1];
} zone_arg;

/* What a zone argument is: ZONE_ARG_*, and the zone of a name */
static int
zone_arg_kind(const char *tzname, pg_tz **tzp)
{
	int			offset;

	*tzp = NULL;
#if PG_VERSION_NUM >= 160000
	switch (DecodeTimezoneName(tzname, &offset, tzp))
	{
		case TZNAME_FIXED_OFFSET:
			return ZONE_ARG_FIXED;
		case TZNAME_ZONE:
			return ZONE_ARG_NAMED;
		default:
			return ZONE_ARG_CORE;
	}
#else
	{
		char	   *lowzone = downcase_truncate_identifier(tzname, strlen(tzname), false);
		int			type = DecodeTimezoneAbbrev(0, lowzone, &offset, tzp);

		if (type == TZ || type == DTZ)
			return ZONE_ARG_FIXED;
		if (type == DYNTZ)
			return ZONE_ARG_CORE;
		*tzp = pg_tzset(tzname);
		return *tzp ? ZONE_ARG_NAMED : ZONE_ARG_CORE;
	}
#endif
}

/* x AT TIME ZONE zone: the local time in the named zone, as a timestamp */
PG_FUNCTION_INFO_V1(timestamptz_ns_zone);
Datum
timestamptz_ns_zone(PG_FUNCTION_ARGS)
{
	text	   *zone = PG_GETARG_TEXT_PP(0);
	int64		ns = PG_GETARG_INT64(1);
	TimestampTz us = tsns_round_to_tstz(ns);
	int			len = VARSIZE_ANY_EXHDR(zone);
	zone_arg   *za = fcinfo->flinfo ? (zone_arg *) fcinfo->flinfo->fn_extra : NULL;

	if (!TSNS_IS_FINITE(ns) || fcinfo->flinfo == NULL || len > TZ_STRLEN_MAX)
		return DirectFunctionCall2(timestamptz_zone, PointerGetDatum(zone), TimestampTzGetDatum(us));

	if (za == NULL || za->session != session_timezone || za->len != len ||
		memcmp(za->given, VARDATA_ANY(zone), len) != 0)
	{
		pg_tz	   *tz;
		Datum		local;

		/* core's answer first: its errors, and the offset of an abbreviation */
		local = DirectFunctionCall2(timestamptz_zone, PointerGetDatum(zone), TimestampTzGetDatum(us));
		if (za == NULL)
			fcinfo->flinfo->fn_extra = za =
				MemoryContextAllocZero(fcinfo->flinfo->fn_mcxt, sizeof(zone_arg));
		memcpy(za->given, VARDATA_ANY(zone), len);
		za->given[len] = '\0';
		za->len = len;
		za->session = session_timezone;
		za->kind = zone_arg_kind(za->given, &tz);
		if (za->kind == ZONE_ARG_FIXED)
			za->east_usec = DatumGetTimestamp(local) - us;
		else if (za->kind == ZONE_ARG_NAMED)
			tsns_zone_cache_init(&za->zc, tz, fcinfo->flinfo->fn_mcxt);
		return local;
	}

	if (za->kind == ZONE_ARG_FIXED)
		PG_RETURN_TIMESTAMP(us + za->east_usec);
	if (za->kind == ZONE_ARG_NAMED)
	{
		/* the offset at the rounded instant, as core takes it */
		int64		sec = usec_unix_second(us);
		const zone_interval *iv = &za->zc.iv[za->zc.last];
		int32		gmtoff;
		int			found;

		if (likely(za->zc.n > 0 && sec >= iv->lo && sec < iv->hi))
			gmtoff = iv->gmtoff;
		else
			gmtoff = tsns_zone_cache_offset(&za->zc, fcinfo->flinfo->fn_mcxt, sec, &found);
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
 * The zone argument of a call site, looked up once: the site remembers the
 * text it was last given and its zone (fn_extra), with the session zone of
 * then, on which the meaning of an abbreviation can depend.
 */
typedef struct call_zone
{
	const pg_tz *session;
	pg_tz	   *zone;
	int			len;
	char		given[TZ_STRLEN_MAX + 1];
} call_zone;

pg_tz *
tsns_call_zone(FunctionCallInfo fcinfo, text *zone)
{
	int			len = VARSIZE_ANY_EXHDR(zone);
	call_zone  *cz = fcinfo->flinfo ? (call_zone *) fcinfo->flinfo->fn_extra : NULL;

	if (cz != NULL && cz->session == session_timezone && cz->len == len &&
		memcmp(cz->given, VARDATA_ANY(zone), len) == 0)
		return cz->zone;
	if (fcinfo->flinfo == NULL || len > TZ_STRLEN_MAX)
		return tsns_lookup_zone(zone);
	if (cz == NULL)
		fcinfo->flinfo->fn_extra = cz =
			MemoryContextAlloc(fcinfo->flinfo->fn_mcxt, sizeof(call_zone));
	cz->len = -1;				/* until the lookup has succeeded */
	cz->zone = tsns_lookup_zone(zone);
	cz->session = session_timezone;
	memcpy(cz->given, VARDATA_ANY(zone), len);
	cz->len = len;
	return cz->zone;
}

/*
 * A zone argument as core's date_add reads it: a zone name, a POSIX offset,
 * or an abbreviation (fixed offset, or the zone of a dynamic one)
 */
pg_tz *
tsns_lookup_zone(text *zone)
{
	char		tzname[TZ_STRLEN_MAX + 1];

	text_to_cstring_buffer(zone, tzname, sizeof(tzname));
#if PG_VERSION_NUM >= 160000
	return DecodeTimezoneNameToTz(tzname);
#else
	{
		char	   *lowzone = downcase_truncate_identifier(tzname, strlen(tzname), false);
		int			val;
		pg_tz	   *tzp = NULL;
		int			type = DecodeTimezoneAbbrev(0, lowzone, &val, &tzp);

		if (type == TZ || type == DTZ)
			return pg_tzset_offset(-val);
		if (type == DYNTZ)
			return tzp;
		tzp = pg_tzset(tzname);
		if (tzp == NULL)
			ereport(ERROR,
					(errcode(ERRCODE_INVALID_PARAMETER_VALUE),
					 errmsg("time zone \"%s\" not recognized", tzname)));
		return tzp;
	}
#endif
}
