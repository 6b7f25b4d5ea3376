-- fastevent showcase: run by `make demo` on a throwaway cluster.  Each step
-- says what it shows (\echo), then psql prints the query and its result.
\pset footer off
\set ECHO queries
CREATE EXTENSION fastevent;

\echo
\echo '== ksuid: time-ordered IDs, 20 bytes, printed as segmentio/ksuid prints them'
SELECT gen_ksuid() AS new_id, ksuid_time(gen_ksuid()) AS its_second;
SELECT '0ujtsYcgvSTl8PAuAdqWYSMnLOv'::ksuid AS id,
       ksuid_time('0ujtsYcgvSTl8PAuAdqWYSMnLOv') AS time,
       ksuid_payload('0ujtsYcgvSTl8PAuAdqWYSMnLOv') AS payload;

\echo
\echo '== a table of events keyed by ksuid, with IDs backfilled for past times'
CREATE TABLE events (id ksuid PRIMARY KEY DEFAULT gen_ksuid_monotonic(), body text);
INSERT INTO events (id, body)
SELECT gen_ksuid(timestamptz '2024-06-01 12:00:00+00' + i * interval '1 minute'), 'event ' || i
  FROM generate_series(1, 1000) i;
ANALYZE events;

\echo
\echo '== an hour of events is an index range scan on the ID: no time column needed'
EXPLAIN (COSTS OFF)
SELECT count(*) FROM events
 WHERE id BETWEEN ksuid_min_at('2024-06-01 13:00+00') AND ksuid_max_at('2024-06-01 13:59:59+00');
SELECT count(*) AS events_in_that_hour FROM events
 WHERE id BETWEEN ksuid_min_at('2024-06-01 13:00+00') AND ksuid_max_at('2024-06-01 13:59:59+00');

\echo
\echo '== timestamptz_ns: nanoseconds, as Go''s UnixNano() and RFC 3339 carry them,'
\echo '== printed in the session time zone; calendar arithmetic keeps every digit'
SET TimeZone = 'America/New_York';
SELECT '2024-03-05T06:07:08.123456789Z'::timestamptz_ns AS in_new_york,
       epoch_ns('2024-03-05T06:07:08.123456789Z') AS unix_nano,
       clock_timestamp_ns() AS now_ns;
SELECT t, t - interval '1 day' AS day_before
  FROM generate_series('2024-03-09 12:00:00.000000001'::timestamptz_ns,
                       '2024-03-11 12:00:00.000000001'::timestamptz_ns, interval '1 day') t;
RESET TimeZone;

\echo
\echo '== fasthash: the numbers a Go service using segmentio/fasthash computes,'
\echo '== so SQL and Go put each key in the same shard'
SELECT key, fasthash_fnv1a_32(key) AS fnv1a_32, fasthash_fnv1a_32(key) % 4 AS shard,
       fasthash_u64(fasthash_jody_64(key)) AS jody_64
  FROM (VALUES ('user-1'), ('user-2'), ('user-3')) v(key);

\echo
\echo '== bad input is a clear error: the next two statements fail on purpose,'
\echo '== with the SQLSTATE in front of each message'
\set ON_ERROR_STOP 0
\set VERBOSITY verbose
\set SHOW_CONTEXT never
SELECT 'not-a-ksuid'::ksuid;
SELECT '2024-02-30 10:00:00Z'::timestamptz_ns;
\set VERBOSITY default
\set ON_ERROR_STOP 1
