--
-- timestamptz_ns with infinite values and infinite intervals, each beside
-- core's timestamptz on the same values.  Infinite intervals exist from
-- PostgreSQL 17 on (interval 'infinity'; subtracting infinite timestamps
-- gives one instead of an error), so this test has two outputs:
-- tsns_infinite.out for 13 to 16, tsns_infinite_1.out for 17 and later.
--
SET TimeZone = 'UTC';

-- an infinite timestamp minus a finite one
SELECT 'infinity'::timestamptz_ns - '2024-01-01+00'::timestamptz_ns AS ns;
SELECT 'infinity'::timestamptz - '2024-01-01+00'::timestamptz AS core;
SELECT '2024-01-01+00'::timestamptz_ns - '-infinity'::timestamptz_ns AS ns;
SELECT '2024-01-01+00'::timestamptz - '-infinity'::timestamptz AS core;
SELECT 'infinity'::timestamptz_ns - 'infinity'::timestamptz_ns AS ns;
SELECT 'infinity'::timestamptz - 'infinity'::timestamptz AS core;

-- adding and subtracting an infinite interval
SELECT '2024-01-01 00:00:00.000000001+00'::timestamptz_ns + interval 'infinity' AS ns,
       '2024-01-01 00:00:00.000000001+00'::timestamptz_ns - interval 'infinity' AS ns_minus;
SELECT '2024-01-01 00:00:00.000001+00'::timestamptz + interval 'infinity' AS core,
       '2024-01-01 00:00:00.000001+00'::timestamptz - interval 'infinity' AS core_minus;
SELECT 'infinity'::timestamptz_ns + interval 'infinity' AS ns;
SELECT 'infinity'::timestamptz + interval 'infinity' AS core;
SELECT 'infinity'::timestamptz_ns + interval '-infinity' AS ns;
SELECT 'infinity'::timestamptz + interval '-infinity' AS core;

-- an infinite step or stride is refused
SELECT * FROM generate_series('2024-01-01+00'::timestamptz_ns, '2024-01-02+00', interval 'infinity');
SELECT * FROM generate_series('2024-01-01+00'::timestamptz, '2024-01-02+00', interval 'infinity');
SELECT date_bin(interval 'infinity', '2024-01-01+00'::timestamptz_ns, '2000-01-01+00');
SELECT date_bin(interval 'infinity', '2024-01-01+00'::timestamptz, '2000-01-01+00');

-- window frames with an infinite offset, infinite rows included
CREATE TEMP TABLE inf_frames (t timestamptz_ns);
INSERT INTO inf_frames VALUES ('-infinity'), ('2024-01-01+00'), ('2024-01-02+00'), ('infinity');
SELECT t,
       count(*) OVER (ORDER BY t RANGE BETWEEN interval 'infinity' PRECEDING AND CURRENT ROW) AS preceding,
       count(*) OVER (ORDER BY t RANGE BETWEEN CURRENT ROW AND interval 'infinity' FOLLOWING) AS following
  FROM inf_frames ORDER BY t;
SELECT t,
       count(*) OVER (ORDER BY t RANGE BETWEEN interval 'infinity' PRECEDING AND CURRENT ROW) AS preceding,
       count(*) OVER (ORDER BY t RANGE BETWEEN CURRENT ROW AND interval 'infinity' FOLLOWING) AS following
  FROM (SELECT t::timestamptz AS t FROM inf_frames) s ORDER BY t;
