--
-- random(timestamptz_ns, timestamptz_ns): uniform in [min, max] to the
-- nanosecond, from the generator of random()
--
SET TimeZone = 'UTC';

-- within the bounds, both ends reached, every nanosecond of a short range
-- drawn (11 values, 20,000 draws: each is missed with odds below 1e-800)
SELECT count(*) AS draws, count(DISTINCT x) AS distinct_values,
       min(x) = '2024-01-01 00:00:00.000000000+00' AS min_reached,
       max(x) = '2024-01-01 00:00:00.000000010+00' AS max_reached
  FROM (SELECT random('2024-01-01 00:00:00.000000000+00'::timestamptz_ns,
                      '2024-01-01 00:00:00.000000010+00'::timestamptz_ns) AS x
          FROM generate_series(1, 20000)) s;
-- a range of one value, and the whole finite range
SELECT random(x, x) = x AS one_value
  FROM (VALUES ('2024-06-01 12:00:00.123456789+00'::timestamptz_ns)) v(x);
SELECT bool_and(x > '-infinity' AND x < 'infinity') AS finite, count(DISTINCT x) AS distinct_values
  FROM (SELECT random(to_timestamptz_ns(-9223372036854775807), to_timestamptz_ns(9223372036854775806)) AS x
          FROM generate_series(1, 1000)) s;
-- nanoseconds, not microseconds: the digits below the microsecond vary
SELECT count(DISTINCT epoch_ns(x) % 1000) > 900 AS below_microsecond
  FROM (SELECT random('2024-01-01+00'::timestamptz_ns, '2024-01-02+00'::timestamptz_ns) AS x
          FROM generate_series(1, 10000)) s;
-- uniform: the halves of a range get about half the draws each (20,000
-- draws: the count of one half is within 5 standard deviations of 10,000)
SELECT abs(count(*) FILTER (WHERE x < '2024-01-01 12:00:00+00') - 10000) < 5 * sqrt(5000) AS even_halves
  FROM (SELECT random('2024-01-01+00'::timestamptz_ns, '2024-01-02+00'::timestamptz_ns) AS x
          FROM generate_series(1, 20000)) s;
-- setseed() repeats a sequence, as for core's random()
SELECT setseed(0.25);
CREATE TEMP TABLE first_draws AS
  SELECT n, random('2000-01-01+00'::timestamptz_ns, '2100-01-01+00'::timestamptz_ns) AS x
    FROM generate_series(1, 100) n;
SELECT setseed(0.25);
CREATE TEMP TABLE second_draws AS
  SELECT n, random('2000-01-01+00'::timestamptz_ns, '2100-01-01+00'::timestamptz_ns) AS x
    FROM generate_series(1, 100) n;
SELECT count(*) AS same, count(DISTINCT f.x) AS distinct_values
  FROM first_draws f JOIN second_draws s USING (n) WHERE f.x = s.x;
-- bounds refused (each of these four statements is expected to fail), with
-- the SQLSTATE of core's random(int, int), 22023
SELECT random('2024-01-02+00'::timestamptz_ns, '2024-01-01+00'::timestamptz_ns);
SELECT random('-infinity'::timestamptz_ns, '2024-01-01+00'::timestamptz_ns);
SELECT random('2024-01-01+00'::timestamptz_ns, 'infinity'::timestamptz_ns);
\set VERBOSITY sqlstate
SELECT random('2024-01-02+00'::timestamptz_ns, '2024-01-01+00'::timestamptz_ns);
\set VERBOSITY default
-- and it is volatile and parallel restricted, as core's
SELECT provolatile, proparallel FROM pg_proc WHERE oid = 'random(timestamptz_ns, timestamptz_ns)'::regprocedure;
