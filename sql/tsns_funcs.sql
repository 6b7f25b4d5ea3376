--
-- timestamptz_ns: casts, arithmetic and functions
--
SET TimeZone = 'UTC';

-- timestamptz to timestamptz_ns: implicit and exact
SELECT '2024-03-05 06:07:08.123456+00'::timestamptz::timestamptz_ns;
SELECT 'infinity'::timestamptz::timestamptz_ns, '-infinity'::timestamptz::timestamptz_ns;
SELECT '3000-01-01+00'::timestamptz::timestamptz_ns;
CREATE TEMP TABLE ns_col (t timestamptz_ns);
INSERT INTO ns_col VALUES (now()), (timestamptz '2024-01-01+00');
SELECT count(*) FROM ns_col;
-- timestamptz_ns to timestamptz: by assignment, rounded half up to the microsecond
SELECT t, t::timestamptz FROM (VALUES
  ('2024-03-05 06:07:08.123456499+00'::timestamptz_ns), ('2024-03-05 06:07:08.123456500+00'),
  ('1969-12-31 23:59:59.999999500+00'), ('1969-12-31 23:59:59.999999499+00'),
  ('2262-04-11 23:47:16.854775806+00'), ('infinity'), ('-infinity')) v(t);
CREATE TEMP TABLE tz_col (t timestamptz);
INSERT INTO tz_col VALUES ('2024-03-05 06:07:08.123456789+00'::timestamptz_ns);
SELECT t FROM tz_col;
SELECT castsource::regtype, casttarget::regtype, castcontext FROM pg_cast
 WHERE 'timestamptz_ns'::regtype IN (castsource, casttarget) ORDER BY castsource::regtype::text, casttarget::regtype::text;
-- no casts from or to integers
SELECT 1704067200::timestamptz_ns;
SELECT now()::timestamptz_ns::bigint;

-- timestamp and date, through the session time zone
SET TimeZone = 'America/New_York';
SELECT '2024-07-01 12:00:00.123456789'::timestamptz_ns::timestamp,
       '2024-07-01 12:00:00.123456'::timestamp::timestamptz_ns,
       '2024-07-01 23:59:59.999999999'::timestamptz_ns::date,
       '2024-07-01'::date::timestamptz_ns;
SELECT 'infinity'::timestamptz_ns::timestamp, '-infinity'::timestamptz_ns::date,
       'infinity'::date::timestamptz_ns;
-- a local time in a DST gap reads as timestamptz reads it
SELECT '2024-03-10 02:30:00'::timestamp::timestamptz_ns, '2024-03-10 02:30:00'::timestamp::timestamptz;

-- arithmetic: calendar months and days in the session zone, nanoseconds kept
SELECT t + interval '1 day' AS plus_day, t + interval '24 hours' AS plus_24h,
       t + interval '1 month' AS plus_month, interval '1 day' + t AS day_plus,
       t - interval '1 day' AS minus_day
  FROM (VALUES ('2024-03-09 12:00:00.000000001'::timestamptz_ns)) v(t);
SELECT '2024-01-31 10:00:00.999999999'::timestamptz_ns + interval '1 month' AS end_of_month;
SELECT '2262-04-11 23:47:16.854775806+00'::timestamptz_ns + interval '1 microsecond';
SELECT '1677-09-21 00:12:43.145224193+00'::timestamptz_ns - interval '1 microsecond';
SELECT 'infinity'::timestamptz_ns + interval '1 year', '-infinity'::timestamptz_ns - interval '1 year';
-- difference: an interval, rounded half up to the microsecond
SELECT a - b AS diff FROM (VALUES
  ('2024-01-02 00:00:00.000000500+00'::timestamptz_ns, '2024-01-01 00:00:00+00'::timestamptz_ns),
  ('2024-01-01 00:00:00+00', '2024-01-02 00:00:00.000000500+00'),
  ('2024-01-01 00:00:00+00', '2024-01-02 00:00:00.000000501+00'),
  ('2262-04-11 23:47:16.854775806+00', '1677-09-21 00:12:43.145224193+00')) v(a, b);
-- for the exact difference, subtract epoch_ns
SELECT epoch_ns('2024-01-01 00:00:00.000000501+00') - epoch_ns('2024-01-01+00') AS ns;
SET TimeZone = 'UTC';

-- Go's UnixNano and time.Unix(sec, nsec)
SELECT to_timestamptz_ns(0), to_timestamptz_ns(1709618828123456789), to_timestamptz_ns(-1);
SELECT to_timestamptz_ns(9223372036854775807), to_timestamptz_ns(-9223372036854775808);
SELECT epoch_ns(to_timestamptz_ns(1709618828123456789)) = 1709618828123456789 AS round_trip;
SELECT to_timestamptz_ns(1709618828, 123456789), to_timestamptz_ns(1709618828, -1),
       to_timestamptz_ns(1709618828, 2000000001), to_timestamptz_ns(-1, 999999999);
SELECT to_timestamptz_ns(9223372036, 854775807);
SELECT to_timestamptz_ns(9223372036854775807, 0);
SELECT to_timestamptz_ns(-9223372037, 145224193), to_timestamptz_ns(9223372036, 854775806);

-- the clock
SELECT clock_timestamp_ns() >= now() AS after_transaction_start,
       clock_timestamp_ns() - clock_timestamp() < interval '1 second' AS near_clock_timestamp;
SELECT count(DISTINCT t) AS distinct_readings
  FROM (SELECT clock_timestamp_ns() AS t FROM generate_series(1, 1000)) s;

-- date_trunc, in the session zone or a given one
SELECT u, date_trunc(u, '2024-03-05 06:07:08.123456789+00'::timestamptz_ns)
  FROM unnest(ARRAY['nanosecond', 'microsecond', 'milliseconds', 'second', 'minute', 'hour',
                    'day', 'week', 'month', 'quarter', 'year', 'decade', 'century', 'millennium']) u;
SELECT date_trunc('day', '2024-03-05 06:07:08.123456789+00'::timestamptz_ns, 'Asia/Tokyo'),
       date_trunc('day', '2024-03-05 06:07:08.123456789+00'::timestamptz, 'Asia/Tokyo');
SELECT date_trunc('microsecond', '1969-12-31 23:59:59.999999999+00'::timestamptz_ns);
SELECT date_trunc('hour', 'infinity'::timestamptz_ns);

-- date_bin
SELECT date_bin(interval '15 minutes', '2024-03-05 06:07:08.123456789+00'::timestamptz_ns, '2024-01-01+00'),
       date_bin(interval '1 microsecond', '2024-03-05 06:07:08.123456789+00'::timestamptz_ns, '2024-01-01+00'),
       date_bin(interval '10 seconds', '2024-03-05 06:07:08.123456789+00'::timestamptz_ns,
                '2024-03-05 06:07:09.000000001+00');
SELECT date_bin(interval '1 month', now()::timestamptz_ns, now());
SELECT date_bin(interval '0 seconds', now()::timestamptz_ns, now());
SELECT date_bin(interval '1 hour', 'infinity'::timestamptz_ns, now()),
       date_bin(interval '1 hour', now()::timestamptz_ns, 'infinity') AS error;
-- exact across the whole range: a bin before its source used to come from a
-- wrapped 64-bit sum, and a difference or a stride past 2^63 ns was refused
SELECT date_bin('100000 days', '1677-09-22 00:00:00+00'::timestamptz_ns, '1970-01-01+00') AS out_of_range;
SELECT date_bin('1 hour', '1900-01-01 00:30+00'::timestamptz_ns, '2200-01-01+00') AS far_origin,
       date_bin('200000 days', '2000-01-01 00:30+00'::timestamptz_ns, '1970-01-01+00') AS long_stride,
       date_bin('1 day', '2262-04-11 23:47:16.854775806+00'::timestamptz_ns, '1677-09-21 00:12:43.145224193+00') AS ends;
-- against exact numeric arithmetic on 20,000 random calls over the whole
-- range, strides from a microsecond to 300,000 days: the same bin, or a
-- range error exactly when the bin is outside the range
CREATE FUNCTION pg_temp.bin_ns(i interval, s bigint, o bigint) RETURNS bigint LANGUAGE plpgsql AS $$
BEGIN
	RETURN epoch_ns(date_bin(i, to_timestamptz_ns(s), to_timestamptz_ns(o)));
EXCEPTION WHEN datetime_field_overflow THEN
	RETURN NULL;
END $$;
SELECT setseed(0.25);
WITH calls AS (
	SELECT s, o, days, us,
	       days * interval '1 day' + us * interval '1 microsecond' AS stride,
	       days * 86400000000000::numeric + us * 1000 AS stride_ns
	  FROM (SELECT ((random() * 2 - 1) * 9.2e18)::bigint AS s,
	               ((random() * 2 - 1) * 9.2e18)::bigint AS o,
	               CASE WHEN n % 2 = 0 THEN 0 ELSE (random() * 300000)::int END AS days,
	               (random() * 1e6)::int + 1 AS us
	          FROM generate_series(1, 20000) n) r
), answers AS (
	SELECT pg_temp.bin_ns(stride, s, o) AS got,
	       o + (div(s::numeric - o, stride_ns) - CASE WHEN mod(s::numeric - o, stride_ns) < 0 THEN 1 ELSE 0 END) * stride_ns AS exact
	  FROM calls
)
SELECT count(*) AS calls,
       count(*) FILTER (WHERE got IS DISTINCT FROM
                        CASE WHEN exact BETWEEN -9223372036854775807 AND 9223372036854775806 THEN exact END) AS wrong,
       count(*) FILTER (WHERE got IS NULL) > 1000 AS some_out_of_range,
       count(*) FILTER (WHERE got IS NOT NULL) > 1000 AS some_in_range
  FROM answers;

-- date_part: core's fields, the seconds with nanoseconds, and nanosecond
SELECT f, date_part(f, '2024-03-05 06:07:08.123456789+00'::timestamptz_ns)
  FROM unnest(ARRAY['nanosecond', 'microseconds', 'milliseconds', 'second', 'minute', 'hour', 'day',
                    'dow', 'doy', 'isodow', 'week', 'month', 'quarter', 'year', 'isoyear',
                    'decade', 'century', 'millennium', 'timezone', 'epoch']) f;
SELECT date_part('epoch', '1969-12-31 23:59:58.5+00'::timestamptz_ns) AS before_1970,
       date_part('second', '1969-12-31 23:59:58.5+00'::timestamptz_ns) AS second;
SET TimeZone = 'America/New_York';
-- a zone whose offset has seconds moves the local second
SELECT date_part('second', '1880-01-01 00:00:00.5+00'::timestamptz_ns),
       date_part('second', '1880-01-01 00:00:00.5+00'::timestamptz);
SET TimeZone = 'UTC';
SELECT date_part('nanosecond', 'infinity'::timestamptz_ns), date_part('epoch', 'infinity'::timestamptz_ns);

-- generate_series
SELECT generate_series('2024-03-05 00:00:00.000000001+00'::timestamptz_ns,
                       '2024-03-05 00:00:00.000000001+00'::timestamptz_ns + interval '3 hours',
                       interval '1 hour');
SELECT generate_series('2024-03-05 03:00:00+00'::timestamptz_ns, '2024-03-05 01:00:00+00', interval '-1 hour');
SELECT count(*) FROM generate_series('2262-04-11 22:00:00+00'::timestamptz_ns,
                                     '2262-04-11 23:47:16.854775806+00', interval '1 hour');
SELECT generate_series(now()::timestamptz_ns, now(), interval '0 hours');

-- gen_ksuid at a nanosecond time
SELECT ksuid_time(gen_ksuid('2024-03-05 06:07:08.999999999+00'::timestamptz_ns));
SELECT gen_ksuid('2000-01-01+00'::timestamptz_ns);
SELECT ksuid_time(gen_ksuid('2024-03-05 06:07:08+00')) AS literal_reads_as_timestamptz;

RESET TimeZone;

-- a unit the function refuses: core's error for the same call, SQLSTATE and
-- message, naming timestamptz_ns (the SQLSTATEs were ours, and differed;
-- core's wording and codes differ between majors, so only the comparison is
-- shown)
CREATE FUNCTION pg_temp.err(q text) RETURNS text LANGUAGE plpgsql AS $$
BEGIN
	EXECUTE q;
	RETURN 'ok';
EXCEPTION WHEN others THEN
	RETURN SQLSTATE || ' ' || SQLERRM;
END $$;
SELECT count(*) FILTER (WHERE ours <> replace(core, 'timestamp with time zone', 'timestamptz_ns')) AS unlike_core,
       count(*) > 30 AS many_refused
  FROM (SELECT pg_temp.err(format(q, u, 'now()::timestamptz_ns')) AS ours,
               pg_temp.err(format(q, u, 'now()')) AS core
          FROM unnest(ARRAY['epoch', 'isoyear', 'julian', 'dow', 'isodow', 'doy', 'timezone',
                            'timezone_hour', 'timezone_minute', 'week', 'quarter', 'now', 'today',
                            'fortnight', 'infinity', 'allballs', 'millennium', 'microseconds',
                            'seconds', 'minute', 'hour', 'day', 'month', 'year', 'decade',
                            'century', 'ms', 'us', 'ago', 'z']) u,
               unnest(ARRAY['SELECT date_trunc(%L, %s)', 'SELECT date_trunc(%L, %s, ''UTC'')',
                            'SELECT date_part(%L, %s)', 'SELECT "extract"(%L, %s)']) q) c
 WHERE ours NOT LIKE 'ok' OR core NOT LIKE 'ok';

-- isfinite, age and make_timestamptz_ns, beside core's on timestamptz
SELECT isfinite(x) AS ns, isfinite(x::timestamptz) AS core
  FROM (VALUES ('infinity'::timestamptz_ns), ('-infinity'), ('2024-03-05 06:07:08.123456789+00')) v(x);
SET TimeZone = 'America/New_York';
SELECT age('2024-03-05 06:07:08.123456789+00'::timestamptz_ns, '2020-02-29 23:00:00.000000001+00') AS ns,
       age('2024-03-05 06:07:08.123457+00'::timestamptz, '2020-02-29 23:00:00+00') AS core;
SELECT count(*) AS pairs,
       count(*) FILTER (WHERE age(a, b) <> age(a::timestamptz, b::timestamptz)) AS unlike_core,
       count(*) FILTER (WHERE age(a) <> age(a::timestamptz)) AS unlike_core_from_today
  FROM (SELECT to_timestamptz_ns((n * 7919 % 4000 - 2000) * 1313131311111111 + n * 1001),
               to_timestamptz_ns((n * 104729 % 4000 - 2000) * 1313131311111111 + n * 37)
          FROM generate_series(1, 2000) n) v(a, b);
-- seconds to the nanosecond, in the session zone or a given one; core's
-- checks and errors on the fields
SELECT make_timestamptz_ns(2024, 3, 5, 6, 7, 8.123456789) AS ns,
       make_timestamptz_ns(2024, 3, 5, 6, 7, 8.123456789, 'Asia/Kolkata') AS in_kolkata,
       make_timestamptz_ns(2024, 1, 1, 23, 59, 60.0000004) AS second_60;
-- a local time just before the spring-forward gap stays before it (core
-- rounds it to 02:00, into the gap, and answers 03:00 EDT)
SELECT make_timestamptz_ns(2024, 3, 10, 1, 59, 59.9999996) AS ns, make_timestamptz(2024, 3, 10, 1, 59, 59.9999996) AS core;
SELECT count(*) AS values,
       count(*) FILTER (WHERE make_timestamptz_ns(y, mo, d, h, mi, s) <> make_timestamptz(y, mo, d, h, mi, s)) AS unlike_core,
       count(*) FILTER (WHERE make_timestamptz_ns(y, mo, d, h, mi, s, 'Australia/Lord_Howe')
                              <> make_timestamptz(y, mo, d, h, mi, s, 'Australia/Lord_Howe')) AS unlike_core_in_zone
  FROM (SELECT 1900 + n % 300, 1 + n % 12, 1 + n % 28, n % 24, n * 7 % 60, (n * 7919 % 60000000) / 1e6::float8
          FROM generate_series(1, 3000) n) v(y, mo, d, h, mi, s);
SELECT pg_temp.err(format('SELECT make_timestamptz_ns(%s)', a)) AS ns,
       pg_temp.err(format('SELECT make_timestamptz(%s)', a)) AS core
  FROM (VALUES ('2024, 2, 30, 6, 7, 8'), ('2024, 1, 1, 24, 0, 0.5'), ('2024, 1, 1, 23, 59, 60.0000006'),
               ('2024, 1, 1, 6, 7, ''NaN'''), ('2024, 1, 1, 6, 7, 8, ''Mars/Olympus''')) v(a);
SELECT make_timestamptz_ns(2300, 1, 1, 0, 0, 0) AS out_of_range;
RESET TimeZone;

-- to_char: core's patterns on the value's own fields, beside core's to_char
-- on 2,000 values to the microsecond in two zones; FF7 to FF9 give the
-- digits below the microsecond (core has FF1 to FF6)
SET TimeZone = 'UTC';
SELECT to_char('2024-03-05 06:07:08.123456789+00'::timestamptz_ns,
               'YYYY-MM-DD HH24:MI:SS.FF9 | FF7 ff8 | "FF9 in quotes" \"FF9 | OF US MS FF3 FF6');
SELECT to_char('infinity'::timestamptz_ns, 'YYYY') IS NULL AS infinity_is_null,
       to_char(now()::timestamptz_ns, '') IS NULL AS empty_format_is_null;
SELECT z, count(*) AS values,
       count(*) FILTER (WHERE to_char(x::timestamptz_ns, f) IS DISTINCT FROM to_char(x, f)) AS unlike_core
  FROM (VALUES ('America/New_York'), ('Asia/Kolkata')) zz(z),
       LATERAL (SELECT set_config('TimeZone', z, true)) s,
       LATERAL (SELECT to_timestamptz_ns(((n * 7919 % 4000 - 2000) * 1313131311111111 + n * 1001) / 1000 * 1000)::timestamptz
                  FROM generate_series(1, 2000) n) v(x),
       (VALUES ('YYYY-MM-DD HH24:MI:SS.US TZ TZH:TZM OF'), ('Y,YYY YYY YY Y IYYY IYY IY I BC AD b.c. a.d.'),
               ('MONTH Month month MON Mon mon MM RM rm Q WW W IW CC J'),
               ('DAY Day day DY Dy dy DDD IDDD DD D ID'),
               ('HH HH12 HH24 MI SS MS US FF1 FF2 FF3 FF4 FF5 FF6 SSSS SSSSS AM PM a.m. p.m.'),
               ('FMDD FMMonth DDth DDTH FMHH12:MI "quoted HH24" \"MI FX YYYY')) ff(f)
 GROUP BY z ORDER BY z;
RESET TimeZone;

-- casts to time and timetz, beside core's from timestamptz: the time of day
-- in the session zone, to the microsecond; NULL for an infinity
SELECT '2024-03-05 06:07:08.123456789+00'::timestamptz_ns::time AS "time",
       '2024-03-05 06:07:08.123456789+00'::timestamptz_ns::timetz AS timetz,
       'infinity'::timestamptz_ns::time IS NULL AS infinity_is_null;
SELECT z, count(*) AS values,
       count(*) FILTER (WHERE x::timestamptz_ns::time <> x::time OR x::timestamptz_ns::timetz <> x::timetz) AS unlike_core
  FROM (VALUES ('America/New_York'), ('Asia/Kolkata'), ('Australia/Lord_Howe')) zz(z),
       LATERAL (SELECT set_config('TimeZone', z, true)) s,
       LATERAL (SELECT to_timestamptz_ns(((n * 7919 % 4000 - 2000) * 1313131311111111 + n * 1001) / 1000 * 1000)::timestamptz
                  FROM generate_series(1, 2000) n) v(x)
 GROUP BY z ORDER BY z;
-- FF7-FF9 row after row (the rewritten format is kept between rows), and in
-- a format that holds the bytes the rewriting uses as placeholders
SELECT count(*) AS values,
       count(*) FILTER (WHERE to_char(t, 'HH24:MI:SS.FF9 ff7 "FF8"')
                              <> to_char(t, 'HH24:MI:SS.FF6') || lpad((epoch_ns(t) % 1000)::text, 3, '0') || ' '
                                 || to_char(t, 'FF6') || (epoch_ns(t) % 1000 / 100)::text || ' FF8') AS wrong
  FROM (SELECT to_timestamptz_ns(1709618828000000000 + n::bigint * 1000000007) FROM generate_series(1, 2000) n) v(t);
SELECT replace(to_char('2024-03-05 06:07:08.123456789+00'::timestamptz_ns, 'FF9' || chr(1) || 'FF8'), chr(1), '|')
  AS with_byte_1;

-- date_add, date_subtract and generate_series with a zone: the calendar of
-- that zone, whatever the session's; the oracle is core's + and - on
-- timestamptz with the session TimeZone set to that zone
CREATE TEMP TABLE za AS
  SELECT n, to_timestamptz_ns(epoch_ns(t) + n % 1000) AS ns, t AS tz, i, z
    FROM generate_series(0, 1199) n,
         LATERAL (SELECT '1990-01-31 01:30:00+00'::timestamptz + n * interval '11 days 13:17:31.123457') s(t),
         LATERAL (SELECT (ARRAY[interval '1 month', interval '1 day', interval '-1 month -1 day',
                                interval '1 year 2 months 3 days 04:05:06.000007', interval '23 hours',
                                interval '-13 months 20 days'])[n % 6 + 1]) iv(i),
         LATERAL (SELECT (ARRAY['America/New_York', 'Europe/Paris', 'Australia/Lord_Howe',
                                'Pacific/Apia', 'Asia/Kolkata'])[n % 5 + 1]) zz(z);
CREATE TEMP TABLE za_core (n int, plus timestamptz, minus timestamptz);
DO $$
DECLARE zone text;
BEGIN
	FOREACH zone IN ARRAY ARRAY['America/New_York', 'Europe/Paris', 'Australia/Lord_Howe',
	                            'Pacific/Apia', 'Asia/Kolkata'] LOOP
		PERFORM set_config('TimeZone', zone, true);
		INSERT INTO za_core SELECT n, tz + i, tz - i FROM za WHERE z = zone;
	END LOOP;
END $$;
SET TimeZone = 'Asia/Tokyo';
-- (the nanoseconds below the microsecond ride along: the result is core's
-- plus exactly those)
SELECT count(*) AS calls, count(*) FILTER (WHERE epoch_ns(ns) % 1000 <> 0) AS with_ns,
       count(*) FILTER (WHERE epoch_ns(date_add(za.ns, i, z)) - epoch_ns(c.plus) <> epoch_ns(za.ns) - epoch_ns(tz)) AS add_differ,
       count(*) FILTER (WHERE epoch_ns(date_subtract(za.ns, i, z)) - epoch_ns(c.minus) <> epoch_ns(za.ns) - epoch_ns(tz)) AS subtract_differ,
       count(*) FILTER (WHERE date_add(tz, i, z) IS DISTINCT FROM c.plus) AS core_16_add_differ
  FROM za JOIN za_core c USING (n);
-- without a zone: the session's, as + and -
SELECT count(*) FILTER (WHERE date_add(ns, i) <> ns + i OR date_subtract(ns, i) <> ns - i) AS differ FROM za;
-- a series steps in the zone's calendar (Paris changes to summer time on 31 March)
SELECT s FROM generate_series('2024-03-29 23:00:00.000000001+00'::timestamptz_ns,
                              '2024-04-02 00:00+00', '1 day', 'Europe/Paris') s;
SELECT date_add('2024-01-31 04:00:00.000000001+00'::timestamptz_ns, '1 month', 'PST') AS abbreviation,
       date_add('2024-01-31 04:00:00.000000001+00'::timestamptz_ns, '1 month', '+08') AS posix;
SELECT date_add('2024-01-01+00'::timestamptz_ns, '1 day', 'Mars/Olympus');
SELECT date_add('2262-04-01+00'::timestamptz_ns, '1 month', 'UTC');
RESET TimeZone;

-- to_char writes the offset fields (TZH, TZM, OF) itself and formats the
-- local time as core formats a timestamp; the same text as core's on
-- timestamptz, for formats that print the zone in every way and some that
-- only look as if they did, in zones with half-hour, 45-minute and
-- seconds (before 1883) offsets, and Moscow, which had more than four
CREATE TEMP TABLE tc AS
  SELECT n, t AS tz, t::timestamptz_ns AS ns
    FROM generate_series(0, 1999) n,
         LATERAL (SELECT '1850-01-01 00:00:00+00'::timestamptz + n * interval '55 days 17:11:07.654321') s(t);
CREATE TEMP TABLE tc_differ (zone text, formats int, differ int);
DO $$
DECLARE zone text;
BEGIN
	FOREACH zone IN ARRAY ARRAY['America/New_York', 'Asia/Kolkata', 'America/St_Johns',
	                            'Pacific/Chatham', 'Europe/London', 'Europe/Moscow', 'UTC'] LOOP
		PERFORM set_config('TimeZone', zone, true);
		INSERT INTO tc_differ
		SELECT zone, count(DISTINCT f), count(*) FILTER (WHERE to_char(ns, f) IS DISTINCT FROM to_char(tz, f))
		  FROM tc, unnest(ARRAY['YYYY-MM-DD HH24:MI:SS.US TZH', 'TZH:TZM', 'OF', 'FMOF',
		                        'YYYY-MM-DD"T"HH24:MI:SS.USOF', 'TZHTH', 'HH24 TZ', '"TZH" TZH',
		                        'FMTZH', 'tzh', 'Of', 'FF6 OF TZM', 'Day, DD Month YYYY HH12:MI AM OF',
		                        '\"TZH\"', 'OFOF', 'TZMSP', 'FXTZH', 'IYYY-IW-ID SSSS J',
		                        'TMMonth TZH', '"a\"b" OF', 'tz', 'YYYY-MM-DD',
		                        -- a backslash before a field (0.2 quoted the offset after it,
		                        -- which made the quote a literal one), and digits that would
		                        -- join a pattern before them
		                        '\TZH', 'HH\OF', '\\TZM', 'FFTZM', 'FF TZM']) f;
	END LOOP;
END $$;
SELECT * FROM tc_differ ORDER BY zone;
