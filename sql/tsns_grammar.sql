--
-- The grammar's own forms, EXTRACT, AT TIME ZONE and OVERLAPS, whose
-- timestamptz_ns functions are in pg_catalog, and expressions that mix
-- timestamptz_ns with timestamptz, date and timestamp
--
SET TimeZone = 'America/New_York';
SET DateStyle = ISO;

-- microsecond values over three centuries, with the same value as timestamptz
CREATE TEMP TABLE g AS
  SELECT n, t AS tz, t::timestamptz_ns AS ns
    FROM generate_series(0, 2999) n,
         LATERAL (SELECT '1850-01-01 00:00:00+00'::timestamptz
                         + n * interval '36 days 17:11:07.654321') s(t);

-- extract and date_part agree with core for every field core has, in three
-- zones (one with an offset in seconds before 1937, one at a half hour);
-- core has extract() from PostgreSQL 14 on (before, extract(f, tz) is this
-- extension's, through the cast)
SELECT zone, f AS field, count(*) FILTER (WHERE ext IS DISTINCT FROM core_ext) AS extract,
       count(*) FILTER (WHERE part IS DISTINCT FROM core_part) AS date_part
  FROM (VALUES ('America/New_York'), ('Europe/Amsterdam'), ('Asia/Kolkata')) z(zone),
       unnest(ARRAY['microseconds', 'milliseconds', 'second', 'minute', 'hour', 'day',
                    'week', 'month', 'quarter', 'year', 'decade', 'century',
                    'millennium', 'julian', 'isoyear', 'dow', 'isodow', 'doy', 'epoch',
                    'timezone', 'timezone_h', 'timezone_m']) f,
       LATERAL (SELECT set_config('TimeZone', zone, true)) s,
       LATERAL (SELECT "extract"(f, ns) AS ext, "extract"(f, tz) AS core_ext,
                       date_part(f, ns) AS part, date_part(f, tz) AS core_part FROM g) x
 GROUP BY 1, 2 ORDER BY 1, 2;
SET TimeZone = 'America/New_York';

-- below the microsecond: exact numerics, where a double would round (the
-- syntax EXTRACT gives a double before PostgreSQL 14, as for timestamptz)
SELECT "extract"('epoch', x) AS epoch, "extract"('second', x) AS second,
       "extract"('millisecond', x) AS millisecond, "extract"('microsecond', x) AS microsecond,
       "extract"('nanosecond', x) AS nanosecond, "extract"('minute', x) AS minute,
       pg_typeof("extract"('epoch', x)) AS type
  FROM (VALUES ('2024-06-01 00:13:22.301350996+00'::timestamptz_ns),
               ('1677-09-21 00:12:43.145224193+00'),
               ('2262-04-11 23:47:16.854775806+00'),
               ('1969-12-31 23:59:59.999999999+00')) v(x);
SELECT EXTRACT(nanosecond FROM x) AS nanosecond, EXTRACT(hour FROM x) AS hour
  FROM (VALUES ('2024-06-01 00:13:22.301350996+00'::timestamptz_ns)) v(x);
-- infinities as core: the fields that only grow are infinite, the rest NULL
SELECT EXTRACT(epoch FROM x) AS epoch, EXTRACT(year FROM x) AS year,
       EXTRACT(hour FROM x) AS hour, EXTRACT(nanosecond FROM x) AS nanosecond
  FROM (VALUES ('infinity'::timestamptz_ns), ('-infinity')) v(x);

-- AT TIME ZONE: the local time as a timestamp, as core on the value
-- rounded to the microsecond
SELECT count(*) FILTER (WHERE ns AT TIME ZONE 'Europe/Paris' IS DISTINCT FROM tz AT TIME ZONE 'Europe/Paris') AS named,
       count(*) FILTER (WHERE ns AT TIME ZONE 'PST' IS DISTINCT FROM tz AT TIME ZONE 'PST') AS abbreviation,
       count(*) FILTER (WHERE ns AT TIME ZONE '+03:30' IS DISTINCT FROM tz AT TIME ZONE '+03:30') AS posix,
       count(*) FILTER (WHERE ns AT TIME ZONE interval '-02:15' IS DISTINCT FROM tz AT TIME ZONE interval '-02:15') AS offset_,
       count(*) FILTER (WHERE timezone(ns) IS DISTINCT FROM tz::timestamp) AS local,
       count(*) FILTER (WHERE ns AT TIME ZONE z IS DISTINCT FROM tz AT TIME ZONE z) AS zone_per_row
  FROM g, LATERAL (SELECT (ARRAY['PST', 'Europe/Paris', 'Europe/Paris', '+03:30', 'EST5EDT',
                                 'Australia/Lord_Howe', 'UTC', 'MSK'])[n % 8 + 1]) zz(z);
SELECT x AT TIME ZONE 'UTC' AS utc, x AT TIME ZONE 'Asia/Kathmandu' AS kathmandu,
       pg_typeof(x AT TIME ZONE 'UTC') AS type
  FROM (VALUES ('2024-06-01 00:13:22.301350499+00'::timestamptz_ns),
               ('2024-06-01 00:13:22.301350500+00'),
               ('infinity')) v(x);
-- and back: a local time in a zone, exactly
SELECT ('2024-06-01 00:13:22.301351'::timestamp AT TIME ZONE 'Asia/Kathmandu')::timestamptz_ns AS back;
SELECT '2024-06-01 00:00:00+00'::timestamptz_ns AT TIME ZONE 'Mars/Olympus';

-- OVERLAPS: as core on microseconds, with NULL ends and ends given as
-- intervals; then where only nanoseconds tell
SELECT count(*) FILTER (WHERE (a.ns, b.ns) OVERLAPS (c.ns, d.ns) IS DISTINCT FROM
                              (a.tz, b.tz) OVERLAPS (c.tz, d.tz)) AS four,
       count(*) FILTER (WHERE (a.ns, i) OVERLAPS (c.ns, j) IS DISTINCT FROM
                              (a.tz, i) OVERLAPS (c.tz, j)) AS two_spans,
       count(*) FILTER (WHERE (a.ns, i) OVERLAPS (c.ns, d.ns) IS DISTINCT FROM
                              (a.tz, i) OVERLAPS (c.tz, d.tz)) AS first_span,
       count(*) FILTER (WHERE (a.ns, b.ns) OVERLAPS (c.ns, j) IS DISTINCT FROM
                              (a.tz, b.tz) OVERLAPS (c.tz, j)) AS second_span
  FROM (SELECT CASE WHEN n % 7 = 0 THEN NULL ELSE ns END AS ns,
               CASE WHEN n % 7 = 0 THEN NULL ELSE tz END AS tz, n FROM g WHERE n < 24) a,
       (SELECT ns, tz, n FROM g WHERE n BETWEEN 3 AND 20 AND n % 4 <> 1
        UNION ALL SELECT NULL, NULL, -1) b,
       (SELECT ns, tz FROM g WHERE n < 20 AND n % 3 = 0) c,
       (SELECT ns, tz FROM g WHERE n < 16 AND n % 5 = 2 UNION ALL SELECT NULL, NULL) d,
       (VALUES (interval '40 days'), (interval '-3 years'), (NULL)) i1(i),
       (VALUES (interval '1 year'), (NULL)) j1(j);
SELECT ('2024-01-01 00:00:00.000000001+00'::timestamptz_ns, '2024-01-01 00:00:00.000000400+00'::timestamptz_ns)
       OVERLAPS ('2024-01-01 00:00:00.000000300+00'::timestamptz_ns, interval '1 second') AS overlap,
       ('2024-01-01 00:00:00.000000001+00'::timestamptz_ns, '2024-01-01 00:00:00.000000300+00'::timestamptz_ns)
       OVERLAPS ('2024-01-01 00:00:00.000000300+00'::timestamptz_ns, interval '1 second') AS touching;

-- the three work without the extension's schema on search_path
SET search_path = pg_catalog;
SELECT EXTRACT(nanosecond FROM x) AS nanosecond, x AT TIME ZONE 'UTC' AS utc,
       (x, x) OVERLAPS (x, interval '1 hour') AS overlaps
  FROM (VALUES ('2024-06-01 00:13:22.301350996+00'::public.timestamptz_ns)) v(x);
RESET search_path;

-- mixed with timestamptz: see tsns_mixed; a literal takes the type of the
-- other side, and a value cast from timestamptz is exact
CREATE TEMP TABLE m AS SELECT '2024-06-01 00:00:00.123456789+00'::timestamptz_ns AS at;
SELECT pg_typeof(date_bin('1 hour', at, '2024-01-01')) AS date_bin_literal,
       date_bin('100 ms', at, '2024-06-01 00:00:00.05+00') AS literal,
       date_bin('100 ms', at, '2024-06-01 00:00:00.05+00'::timestamptz::timestamptz_ns) AS cast_
  FROM m;
SELECT x FROM m, generate_series(at, '2024-06-01 00:00:01+00', interval '0.4 second') x;

-- against date and timestamp: exactly, as core compares timestamptz with them
SELECT op, count(*) FILTER (WHERE mine IS DISTINCT FROM core) AS differ
  FROM (SELECT '<' AS op, ns < d AS mine, tz < d AS core FROM g, LATERAL (SELECT tz::date AS d) x
        UNION ALL SELECT '<=', ns <= d, tz <= d FROM g, LATERAL (SELECT (tz + interval '1 day')::date) x(d)
        UNION ALL SELECT '=', ns = d, tz = d FROM g, LATERAL (SELECT date_trunc('day', tz)::date) x(d)
        UNION ALL SELECT '<>', d <> ns, d <> tz FROM g, LATERAL (SELECT tz::date) x(d)
        UNION ALL SELECT '>=', d >= ns, d >= tz FROM g, LATERAL (SELECT tz::date) x(d)
        UNION ALL SELECT '>', ns > ts, tz > ts FROM g, LATERAL (SELECT tz::timestamp - interval '1 us') x(ts)
        UNION ALL SELECT '= ts', ts = ns, ts = tz FROM g, LATERAL (SELECT tz::timestamp) x(ts)
        UNION ALL SELECT '<> ts', ns <> ts, tz <> ts FROM g, LATERAL (SELECT date_trunc('hour', tz::timestamp)) x(ts)
        UNION ALL SELECT '< ts', ts < ns, ts < tz FROM g, LATERAL (SELECT tz::timestamp + interval '1 us') x(ts)) c
 GROUP BY op ORDER BY op;
SELECT x < '2024-06-01'::date AS lt_date, x > '2024-06-01 00:00:00'::timestamp AS gt_ts,
       '2024-06-01 00:00:00'::timestamp = x AS eq_ts,
       x > 'infinity'::date AS gt_inf, x < '294276-01-01'::date AS lt_far,
       x > '4000-01-01 BC'::timestamp AS gt_far
  FROM (VALUES ('2024-06-01 04:00:00.000000001+00'::timestamptz_ns)) v(x);
-- and an index serves them
CREATE TEMP TABLE ix AS SELECT ns FROM g;
CREATE INDEX ON ix (ns);
ANALYZE ix;
SET enable_seqscan = off;
EXPLAIN (COSTS OFF) SELECT count(*) FROM ix WHERE ns >= '2000-01-01'::date AND ns < '2001-01-01'::timestamp;
SELECT count(*) FROM ix WHERE ns >= '2000-01-01'::date AND ns < '2001-01-01'::timestamp;
RESET enable_seqscan;
SELECT count(*) FROM g WHERE tz >= '2000-01-01'::date AND tz < '2001-01-01'::timestamp;

-- core's own calls resolve as they did without the extension
SELECT pg_typeof(date_trunc('day', current_date)) AS trunc_date,
       pg_typeof('2024-01-01 10:00' AT TIME ZONE 'UTC') AS literal_zone,
       pg_typeof(now() AT TIME ZONE 'UTC') AS now_zone,
       pg_typeof(EXTRACT(epoch FROM now())) = pg_typeof(EXTRACT(epoch FROM now()::timestamptz_ns)) AS extract_same_type,
       pg_typeof(current_date + time '10:00') AS date_time,
       pg_typeof(COALESCE(now(), current_date)) AS tz_date,
       pg_typeof(now() - current_date) AS minus_date,
       pg_typeof(GREATEST(localtimestamp, now())) AS ts_tz;

-- every function core defines on timestamptz (but the support functions of
-- its types, operators, casts, aggregates and index classes) has a
-- timestamptz_ns form with the same name; these few have none (a
-- timestamptz_ns must be cast to call them)
WITH core AS (
  SELECT p.proname, array(SELECT unnest(p.proargtypes::oid[])) AS args
    FROM pg_proc p
   WHERE p.pronamespace = 'pg_catalog'::regnamespace
     AND 'timestamptz'::regtype = ANY (p.proargtypes::oid[])
     AND p.prokind = 'f'
     AND NOT EXISTS (SELECT 1 FROM pg_operator o WHERE o.oprcode = p.oid)
     AND NOT EXISTS (SELECT 1 FROM pg_amproc a WHERE a.amproc = p.oid)
     AND NOT EXISTS (SELECT 1 FROM pg_type t WHERE p.oid IN (t.typinput, t.typoutput, t.typreceive, t.typsend))
     AND NOT EXISTS (SELECT 1 FROM pg_aggregate g WHERE p.oid IN (g.aggtransfn, g.aggcombinefn, g.aggfinalfn))
     AND NOT EXISTS (SELECT 1 FROM pg_cast c WHERE c.castfunc = p.oid)
     AND p.proname NOT IN ('pg_sleep_until', 'pg_replication_origin_xact_setup',
                           -- their counterparts have other names: tstzrange_ns()
                           -- and tstzrange_ns_subdiff()
                           'tstzrange', 'tstzrange_subdiff')
)
SELECT c.proname || '(' || array_to_string(array(SELECT format_type(a, NULL) FROM unnest(c.args) a), ', ') || ')' AS without_counterpart
  FROM core c
 WHERE NOT EXISTS (
   SELECT 1 FROM pg_proc q
    WHERE q.proname = c.proname
      AND array(SELECT unnest(q.proargtypes::oid[])) =
          array(SELECT CASE WHEN a = 'timestamptz'::regtype THEN 'timestamptz_ns'::regtype::oid ELSE a END
                  FROM unnest(c.args) WITH ORDINALITY u(a, k) ORDER BY k))
 ORDER BY 1;
-- and every operator, with timestamptz_ns in place of timestamptz wherever it is
SELECT o.oprname, format_type(o.oprleft, NULL) AS left_, format_type(o.oprright, NULL) AS right_
  FROM pg_operator o
 WHERE o.oprnamespace = 'pg_catalog'::regnamespace
   AND 'timestamptz'::regtype IN (o.oprleft, o.oprright)
   AND NOT EXISTS (SELECT 1 FROM pg_operator q
                    WHERE q.oprname = o.oprname
                      AND q.oprleft = CASE WHEN o.oprleft = 'timestamptz'::regtype
                                           THEN 'timestamptz_ns'::regtype ELSE o.oprleft END
                      AND q.oprright = CASE WHEN o.oprright = 'timestamptz'::regtype
                                            THEN 'timestamptz_ns'::regtype ELSE o.oprright END)
 ORDER BY 1, 2, 3;
