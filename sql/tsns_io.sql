--
-- timestamptz_ns: text and binary I/O
--
SET TimeZone = 'UTC';

-- the range ends exactly: the first and last finite nanosecond, one past each
SELECT '1677-09-21 00:12:43.145224193+00'::timestamptz_ns AS first,
       '2262-04-11 23:47:16.854775806+00'::timestamptz_ns AS last;
SELECT epoch_ns('1677-09-21 00:12:43.145224193+00'), epoch_ns('2262-04-11 23:47:16.854775806+00');
SELECT '1677-09-21 00:12:43.145224192+00'::timestamptz_ns;
SELECT '2262-04-11 23:47:16.854775807+00'::timestamptz_ns;
SELECT '1677-09-20 23:59:59+00'::timestamptz_ns;
SELECT '2262-04-12 00:00:00+00'::timestamptz_ns;
SELECT '4000-01-01 00:00:00+00'::timestamptz_ns;
SELECT 'Jan 1 1000 00:00:00 UTC'::timestamptz_ns;
-- the same ends through the general parser
SELECT 'Sep 21 1677 00:12:43.145224193 UTC'::timestamptz_ns, 'Apr 11 2262 23:47:16.854775806 UTC'::timestamptz_ns;
SELECT 'Sep 21 1677 00:12:43.145224192 UTC'::timestamptz_ns;

-- infinities
SELECT 'infinity'::timestamptz_ns, '-infinity'::timestamptz_ns, ' Infinity '::timestamptz_ns;
SELECT epoch_ns('infinity'), epoch_ns('-infinity');
SELECT 'infinity'::timestamptz_ns > '2262-04-11 23:47:16.854775806+00' AS inf_after_last,
       '-infinity'::timestamptz_ns < '1677-09-21 00:12:43.145224193+00' AS minus_inf_before_first;

-- every accepted ISO 8601 / RFC 3339 form
SELECT s, s::timestamptz_ns FROM (VALUES
  ('2024-03-05 06:07:08.123456789+00'),
  ('2024-03-05T06:07:08.123456789Z'),
  ('2024-03-05t06:07:08.123456789z'),
  ('2024-03-05 06:07:08Z'),
  ('2024-03-05 06:07Z'),
  ('2024-03-05'),
  ('2024-03-05 06:07:08.1+00'),
  ('2024-03-05 06:07:08.12+00'),
  ('2024-03-05 06:07:08.123+00'),
  ('2024-03-05 06:07:08.1234+00'),
  ('2024-03-05 06:07:08.12345+00'),
  ('2024-03-05 06:07:08.123456+00'),
  ('2024-03-05 06:07:08.1234567+00'),
  ('2024-03-05 06:07:08.12345678+00'),
  ('2024-03-05 06:07:08.123456789+02'),
  ('2024-03-05 06:07:08.123456789+0530'),
  ('2024-03-05 06:07:08.123456789+05:30'),
  ('2024-03-05 06:07:08.123456789-04:56:02'),
  ('2024-03-05 06:07:08.123456789-15:59:59'),
  ('2024-03-05 24:00:00+00'),
  ('2016-12-31 23:59:60+00')) v(s);
-- digits after the ninth round half up, carrying as far as needed
SELECT s, s::timestamptz_ns FROM (VALUES
  ('2024-03-05 06:07:08.1234567894+00'),
  ('2024-03-05 06:07:08.1234567895+00'),
  ('2024-03-05 06:07:08.123456789999999+00'),
  ('2024-12-31 23:59:59.9999999995+00')) v(s);
-- zone names and the session zone
SELECT s, s::timestamptz_ns FROM (VALUES
  ('2024-03-05 06:07:08.123456789 UTC'),
  ('2024-03-05 06:07:08.123456789 America/New_York'),
  ('2024-07-05 06:07:08.123456789 Europe/London'),
  ('2024-03-05 06:07:08.123456789 EST'),
  ('2024-03-05 06:07:08.123456789 +05:30'),
  ('2024-03-05T06:07:08.123456789 Asia/Kathmandu')) v(s);
SET TimeZone = 'Asia/Tokyo';
SELECT '2024-03-05 06:07:08.123456789'::timestamptz_ns AS session_zone;
SET TimeZone = 'UTC';
-- everything else timestamptz reads, with the nanoseconds kept
SELECT s, s::timestamptz_ns FROM (VALUES
  ('epoch'),
  ('Jan 2 2024 10:00 PST'),
  ('Jan 2 2024 10:00:00.123456789 PST'),
  ('January 2, 2024 10:00:00.987654321 America/Los_Angeles'),
  ('2024-01-02 10:00:00.123456789 -8'),
  ('20240102 100000'),
  ('20240102T100000.123456789'),
  ('20240102 100000.123456789 PST'),
  ('2024.002'),
  ('J2460312'),
  ('Tue Jan 02 10:00:00.000000001 2024 PST')) v(s);
-- where majors differ, the server's own parser decides, as for timestamptz:
-- a decimal point with no digits ('10:00:00.') is an error on PostgreSQL 13
-- and accepted by the later majors tested (15, 17, 18)
CREATE FUNCTION pg_temp.as_core(s text) RETURNS text LANGUAGE plpgsql AS $$
DECLARE
	ours text;
	core text;
BEGIN
	BEGIN
		ours := s::timestamptz_ns::timestamptz::text;
	EXCEPTION WHEN others THEN
		ours := 'error ' || SQLSTATE;
	END;
	BEGIN
		core := s::timestamptz::text;
	EXCEPTION WHEN others THEN
		core := 'error ' || SQLSTATE;
	END;
	RETURN CASE WHEN ours IS NOT DISTINCT FROM core THEN 'as core'
	            ELSE format('ours: %s, core: %s', ours, core) END;
END $$;
SELECT s, pg_temp.as_core(s) FROM (VALUES
  ('2024-01-02 10:00:00.'),
  ('2024-01-02 10:00:00.+00'),
  ('2024-01-02 10:00:00. PST')) v(s);
-- past 23:59:59 (24:00:00 is the next midnight, a 60th second the next
-- minute), one rule on both input paths, core's: the time of day is taken if,
-- its fraction rounded to the microsecond as core rounds it (ties to even),
-- it is at most 24:00:00; the value is then the exact one.  The ISO path took
-- 23:59:60.5 as the next day and refused 24:00:00.0000001; the general path
-- took 24:00:00.0000006, which core refuses.
CREATE FUNCTION pg_temp.both(s text, OUT ns text, OUT core text) LANGUAGE plpgsql AS $$
BEGIN
	BEGIN
		ns := s::timestamptz_ns::text;
	EXCEPTION WHEN others THEN
		ns := 'error ' || SQLSTATE;
	END;
	BEGIN
		core := s::timestamptz::text;
	EXCEPTION WHEN others THEN
		core := 'error ' || SQLSTATE;
	END;
END $$;
SELECT v || z AS input, (pg_temp.both(v || z)).*
  FROM (VALUES ('2024-01-01 23:59:60'), ('2024-01-01 23:59:60.5'), ('2024-01-01 23:59:60.0000004'),
               ('2024-01-01 10:30:60.7'), ('2024-01-01 24:00:00'), ('2024-01-01 24:00:00.0000001'),
               ('2024-01-01 24:00:00.0000005'), ('2024-01-01 24:00:00.0000006'),
               ('2024-01-01 24:00:00.000001'), ('2024-01-01 24:00:01'),
               ('2024-01-01 23:59:59.9999996')) v(v),
       (VALUES ('+00'), (' UTC')) z(z)
 ORDER BY z DESC, v;
-- the digits below the microsecond are kept in every form that carries them
-- (hhmm.f and the labelled form rounded them away), and an ISO basic date
-- alone is a date, as for core (it was refused as a bare integer)
SELECT v AS input, (pg_temp.both(v)).*
  FROM (VALUES ('2024-01-02 1000.1234567+00'), ('2024-01-02 100000.1234567+00'),
               ('20240102T100000.1234567Z'),
               ('20240101 100000.123456789+00'), ('2024-01-02 1000.5+00'),
               ('20240101'), ('20240101 UTC'), ('1704067200'), ('2024')) v(v);
-- the labelled ISO form, which core reads on 13 and 15 and refuses on 17:
-- accepted as core accepts it, and where it is read, with the digits kept
SELECT (b).ns LIKE 'error%' = ((b).core LIKE 'error%') AS accepted_as_core,
       (b).ns LIKE 'error%' OR (b).ns = '2024-01-02 10:00:00.123456700+00' AS digits_kept
  FROM (SELECT pg_temp.both('y2024m01d02h10mm00s00.1234567z') AS b) s;
-- a Julian day's fraction is of the day, read as core reads it (it was taken
-- for nanoseconds of a second from its seventh digit on)
SELECT (pg_temp.both('J2451187.1234567')).*, (pg_temp.both('J2451187.25')).*;
SELECT 'now'::timestamptz_ns = now() AS now_is_transaction_start,
       'today'::timestamptz_ns = date_trunc('day', now()) AS today;

-- bad input, each kind with core's SQLSTATE and wording
\set VERBOSITY default
SELECT '2024-02-30 00:00:00+00'::timestamptz_ns;
SELECT '2023-02-29 00:00:00+00'::timestamptz_ns;
SELECT '2024-04-31'::timestamptz_ns;
SELECT '2024-13-01 00:00:00+00'::timestamptz_ns;
SELECT '2024-00-10 00:00:00+00'::timestamptz_ns;
SELECT '2024-01-01 24:00:01+00'::timestamptz_ns;
SELECT '2024-01-01 24:00:00.0000006+00'::timestamptz_ns;
SELECT '2024-01-01 25:00:00+00'::timestamptz_ns;
SELECT '2024-01-01 23:60:00+00'::timestamptz_ns;
SELECT '2024-01-01 23:59:61+00'::timestamptz_ns;
SELECT '2024-01-01 00:00:00+16'::timestamptz_ns;
SELECT '2024-01-01 00:00:00+05:60'::timestamptz_ns;
-- more digits than the ISO form has: as timestamptz reads them (leading
-- zeros are only zeros), or an error
SELECT '2024-01-011 00:00:00+00'::timestamptz_ns;
SELECT '2024-001-01 00:00:00+00'::timestamptz_ns;
SELECT '2024-01-01 100:00:00+00'::timestamptz_ns;
SELECT '2024-01-01 10:00:000+00'::timestamptz_ns;
SELECT '2024-01-01 10:00:00+0500000'::timestamptz_ns;
SELECT '12024-01-01 00:00:00+00'::timestamptz_ns;
-- bytes just below '0' in digit positions are not digits
SELECT '20+4-03-05T06:07:08Z'::timestamptz_ns;
SELECT '2024-03-05T06:07:08+0*:00'::timestamptz_ns;
SELECT ''::timestamptz_ns;
SELECT 'garbage'::timestamptz_ns;
SELECT '2024-01-01 00:00:00 Mars/Olympus'::timestamptz_ns;
SELECT '2024-01-01 00:00:00+00 trailing'::timestamptz_ns;
SELECT '1704067200'::timestamptz_ns;
SELECT '-5'::timestamptz_ns;
SELECT '1704067200000000000'::timestamptz_ns;
-- the SQLSTATEs
\set VERBOSITY sqlstate
SELECT '2024-02-30 00:00:00+00'::timestamptz_ns;
SELECT '2024-01-01 00:00:00+16'::timestamptz_ns;
SELECT 'garbage'::timestamptz_ns;
SELECT '1704067200'::timestamptz_ns;
SELECT '2262-04-12 00:00:00+00'::timestamptz_ns;
\set VERBOSITY default

-- the output ignores DateStyle
SET DateStyle = 'SQL, DMY';
SELECT '2024-03-05 06:07:08.123456789+00'::timestamptz_ns;
SET DateStyle = 'German';
SELECT '2024-03-05 06:07:08.123456789+00'::timestamptz_ns;
RESET DateStyle;

-- binary COPY round trip, also of the infinities and the range ends
CREATE TEMP TABLE bin (t timestamptz_ns);
INSERT INTO bin VALUES ('-infinity'), ('infinity'), (NULL),
  (to_timestamptz_ns(-9223372036854775807)), (to_timestamptz_ns(9223372036854775806)),
  ('2024-03-05 06:07:08.123456789+00'), ('1969-12-31 23:59:59.999999999+00');
CREATE TEMP TABLE bin_copy (LIKE bin);
\copy bin TO 'results/tsns.bin' WITH (FORMAT binary)
\copy bin_copy FROM 'results/tsns.bin' WITH (FORMAT binary)
SELECT (SELECT count(*) FROM bin_copy) AS copied,
       (SELECT count(*) FROM (SELECT * FROM bin EXCEPT ALL SELECT * FROM bin_copy) a) AS lost,
       (SELECT count(*) FROM (SELECT * FROM bin_copy EXCEPT ALL SELECT * FROM bin) b) AS added;
-- the binary form is the int64 big-endian
SELECT timestamptz_ns_send('1970-01-01 00:00:00.000000001+00'), timestamptz_ns_send('infinity');
-- text COPY round trip
\copy bin TO 'results/tsns.txt'
TRUNCATE bin_copy;
\copy bin_copy FROM 'results/tsns.txt'
SELECT count(*) AS lost FROM (SELECT * FROM bin EXCEPT ALL SELECT * FROM bin_copy) a;

RESET TimeZone;

-- JSON: RFC 3339 as core writes a timestamptz, with up to nine fraction
-- digits; it used to be the text form, which Go's time.Time rejects
SET TimeZone = 'UTC';
SELECT to_json(x) AS json, to_jsonb(x) AS jsonb, to_json(x::timestamptz) AS core
  FROM (VALUES ('2024-06-01 00:13:22.301350996+00'::timestamptz_ns), ('2024-06-01 00:13:22+00'),
               ('2024-06-01 00:13:22.3+00'), ('2024-06-01 00:13:22.000000001+00'),
               ('1677-09-21 00:12:43.145224193+00'), ('2262-04-11 23:47:16.854775806+00'),
               ('infinity'), ('-infinity')) v(x);
SELECT json_build_object('at', x), jsonb_build_object('at', x), row_to_json(r)
  FROM (SELECT '2024-06-01 00:13:22.301350996+00'::timestamptz_ns AS x) r;
-- as core's to the microsecond where the zone's offset is whole minutes;
-- where it has seconds (local mean time, before a zone's standard time),
-- which RFC 3339 cannot write, in UTC with "Z"; every value RFC 3339, read
-- back exactly, and by core to the nearest microsecond
CREATE FUNCTION pg_temp.json_in_zone(z text)
RETURNS TABLE ("values" bigint, unlike_core bigint, in_utc bigint, not_rfc3339 bigint,
               not_read_back bigint, core_reads_other bigint)
LANGUAGE plpgsql AS $$
BEGIN
  PERFORM set_config('TimeZone', z, true);
  RETURN QUERY
  SELECT count(*),
         count(*) FILTER (WHERE to_json(x)::text <>
                                CASE WHEN to_json(x::timestamptz)::text ~ '[+-]\d\d:\d\d:\d\d"$'
                                     THEN '"' || (to_json(x::timestamptz AT TIME ZONE 'UTC') #>> '{}') || 'Z"'
                                     ELSE to_json(x::timestamptz)::text END),
         count(*) FILTER (WHERE to_json(x)::text ~ 'Z"$'),
         count(*) FILTER (WHERE to_json(y)::text !~ '^"\d{4}-\d\d-\d\dT\d\d:\d\d:\d\d(\.\d{1,9})?(Z|[+-]\d\d:\d\d)"$'),
         count(*) FILTER (WHERE (to_json(y) #>> '{}')::timestamptz_ns <> y),
         count(*) FILTER (WHERE abs(epoch_ns((to_json(y) #>> '{}')::timestamptz::timestamptz_ns) - epoch_ns(y)) > 500)
    FROM (SELECT to_timestamptz_ns(((n * 7919 % 5000 - 2500) * 1313131311111111 + n) / 1000 * 1000) AS x,
                 to_timestamptz_ns((n * 7919 % 5000 - 2500) * 1313131311111111 + n * 37) AS y
            FROM generate_series(1, 2000) n) v;
END $$;
SELECT z, j.*
  FROM (VALUES ('UTC'), ('America/New_York'), ('Asia/Kolkata'), ('Australia/Lord_Howe')) zz(z),
       LATERAL pg_temp.json_in_zone(z) j
 ORDER BY z;
SET TimeZone = 'America/New_York';
SELECT to_json(x) AS json, to_json(x::timestamptz) AS core
  FROM (VALUES ('1883-11-18 12:00:00.123456789+00'::timestamptz_ns), ('1883-11-18 17:00:00+00')) v(x);
RESET TimeZone;
