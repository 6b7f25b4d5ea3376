--
-- ksuid: generation, parts, neighbours and bounds
--

-- gen_ksuid(): the current wall-clock second, random payloads
SELECT abs(extract(epoch FROM ksuid_time(gen_ksuid()) - date_trunc('second', clock_timestamp()))) <= 1
       AS is_now;
SELECT count(DISTINCT id) AS distinct_ids, count(DISTINCT ksuid_payload(id)) AS distinct_payloads
  FROM (SELECT gen_ksuid() AS id FROM generate_series(1, 10000)) s;
-- the wall clock, not the transaction start
BEGIN;
SELECT pg_sleep(1.1);
SELECT ksuid_time(gen_ksuid()) > now() AS after_transaction_start;
COMMIT;

-- gen_ksuid(timestamptz): that second, to the floor
SELECT ksuid_time(gen_ksuid('2024-02-29 12:34:56.999999+00')) AS t;
SELECT ksuid_time(gen_ksuid('2014-05-13 16:53:20+00')) AS first_second,
       ksuid_time(gen_ksuid('2150-06-19 23:21:35.999999+00')) AS last_second;
SELECT gen_ksuid('2014-05-13 16:53:19.999999+00');
SELECT gen_ksuid('2150-06-19 23:21:36+00');
SELECT gen_ksuid('infinity');
SELECT gen_ksuid('-infinity');
SELECT gen_ksuid('1969-12-31 23:59:59.5+00');
SELECT gen_ksuid(NULL) IS NULL AS strict;
SELECT gen_ksuid('2024-01-01+00') <> gen_ksuid('2024-01-01+00') AS random;

-- gen_ksuid_monotonic(): strictly increasing within a backend
CREATE TEMP TABLE mono AS
SELECT n, gen_ksuid_monotonic() AS id FROM generate_series(1, 20000) n;
SELECT count(*) AS not_increasing FROM (
  SELECT id, lag(id) OVER (ORDER BY n) AS prev FROM mono) s WHERE id <= prev;
SELECT count(*) AS distinct_ids FROM (SELECT DISTINCT id FROM mono) s;
SELECT abs(extract(epoch FROM ksuid_time(max(id)) - date_trunc('second', clock_timestamp()))) <= 2
       AS is_now FROM mono;
SELECT gen_ksuid_monotonic() > max(id) AS still_increasing FROM mono;

-- ksuid_from_parts
SELECT ksuid_from_parts('2017-10-10 04:00:47+00', '\xb5a1cd34b5f99d1154fb6853345c9735');
SELECT ksuid_from_parts('2017-10-09 21:00:47.75-07', '\xb5a1cd34b5f99d1154fb6853345c9735');
SELECT ksuid_from_parts('2017-10-10 04:00:47+00', '\xb5a1cd34b5f99d1154fb6853345c97');
SELECT ksuid_from_parts('2017-10-10 04:00:47+00', '\xb5a1cd34b5f99d1154fb6853345c973500');
SELECT ksuid_from_parts('2010-01-01 00:00:00+00', '\xb5a1cd34b5f99d1154fb6853345c9735');
SELECT ksuid_from_parts(NULL, '\xb5a1cd34b5f99d1154fb6853345c9735') IS NULL AS strict;

-- parts
SELECT ksuid_time(id), ksuid_timestamp(id), ksuid_payload(id)
  FROM (VALUES ('0ujtsYcgvSTl8PAuAdqWYSMnLOv'::ksuid), (ksuid_nil()), (ksuid_max())) v(id);
-- time functions do not depend on the session time zone, only the display does
SET TimeZone = 'America/New_York';
SELECT ksuid_time('0ujtsYcgvSTl8PAuAdqWYSMnLOv'),
       ksuid_min_at('2017-10-10 00:00:47-04') = ksuid_min_at('2017-10-10 04:00:47+00') AS same_bound;
RESET TimeZone;

-- neighbours, wrapping like segmentio/ksuid
SELECT ksuid_nil(), ksuid_max();
SELECT ksuid_next(ksuid_max()) = ksuid_nil() AS max_next_is_nil,
       ksuid_prev(ksuid_nil()) = ksuid_max() AS nil_prev_is_max;
SELECT ksuid_next('0ujtsYcgvSTl8PAuAdqWYSMnLOv'), ksuid_prev('0ujtsYcgvSTl8PAuAdqWYSMnLOv');
SELECT ksuid_next(ksuid_max_at('2024-01-01+00')) = ksuid_min_at('2024-01-01 00:00:01+00')
       AS carries_into_the_next_second;

-- bounds of a second
SELECT ksuid_min_at('2024-01-01 00:00:00.999+00'), ksuid_max_at('2024-01-01 00:00:00.999+00');
SELECT ksuid_min_at('2014-05-13 16:53:20+00') = ksuid_nil() AS first_is_nil,
       ksuid_max_at('2150-06-19 23:21:35+00') = ksuid_max() AS last_is_max;
SELECT ksuid_min_at('2150-06-19 23:21:36+00');
SELECT ksuid_max_at('2014-05-13 16:53:19+00');

-- IDs made in parallel workers (other processes) never repeat each other's
CREATE TABLE par AS SELECT i FROM generate_series(1, 200000) i;
ANALYZE par;
SET max_parallel_workers_per_gather = 2;
SET parallel_setup_cost = 0;
SET parallel_tuple_cost = 0;
SET min_parallel_table_scan_size = 0;
EXPLAIN (COSTS OFF) CREATE TEMP TABLE par_ids AS SELECT gen_ksuid() AS id FROM par;
CREATE TEMP TABLE par_ids AS SELECT gen_ksuid() AS id FROM par;
SELECT count(*) AS ids, count(DISTINCT id) AS distinct_ids,
       count(DISTINCT ksuid_payload(id)) AS distinct_payloads FROM par_ids;
RESET max_parallel_workers_per_gather;
RESET parallel_setup_cost;
RESET parallel_tuple_cost;
RESET min_parallel_table_scan_size;
DROP TABLE par;
