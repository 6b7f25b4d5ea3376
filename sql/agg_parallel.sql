--
-- Aggregates that run in parts: min/max of ksuid and timestamptz_ns and
-- ksuid_compress, in parallel plans (partial states passed between
-- processes), against the same aggregates run whole and against exact
-- answers; the union aggregate ksuid_compress(bytea); and what their
-- combine steps refuse.  (Citus runs them in parts too: test/citus.sh.)
--
-- 60,000 IDs over a few seconds (runs of consecutive payloads, repeats)
-- and random ones, nanosecond times, NULLs
CREATE TABLE ap AS
SELECT CASE WHEN g % 10 = 0 THEN NULL
            WHEN g % 3 = 0 THEN ksuid_from_parts(timestamptz '2024-05-01+00' + (g % 7) * interval '1 s',
                                                 decode(lpad(to_hex(g / 3), 32, '0'), 'hex'))
            ELSE ksuid_from_parts(timestamptz '2020-01-01+00' + (g * 7919 % 100000) * interval '1 min',
                                  decode(md5(g::text), 'hex')) END AS id,
       CASE WHEN g % 11 = 0 THEN NULL
            ELSE to_timestamptz_ns(1700000000000000000 + (g::bigint * 104729 % 60000) * 1000000007) END AS t,
       g % 5 AS grp
  FROM generate_series(1, 60000) g;
ANALYZE ap;

-- whole: one process
SET max_parallel_workers_per_gather = 0;
CREATE TEMP TABLE whole AS
SELECT min(id) AS min_id, max(id) AS max_id, min(t) AS min_t, max(t) AS max_t,
       ksuid_compress(id) AS set FROM ap;
-- the exact answers, from ORDER BY
SELECT (SELECT id FROM ap WHERE id IS NOT NULL ORDER BY id LIMIT 1) = min_id AS min_id,
       (SELECT id FROM ap WHERE id IS NOT NULL ORDER BY id DESC LIMIT 1) = max_id AS max_id,
       (SELECT t FROM ap WHERE t IS NOT NULL ORDER BY t LIMIT 1) = min_t AS min_t,
       (SELECT t FROM ap WHERE t IS NOT NULL ORDER BY t DESC LIMIT 1) = max_t AS max_t,
       set = ksuid_compress(ARRAY(SELECT id FROM ap)) AS set,
       ksuid_compressed_count(set) = (SELECT count(DISTINCT id) FROM ap) AS count
  FROM whole;

-- in parallel: partial aggregates in two workers and the leader
SET parallel_setup_cost = 0;
SET parallel_tuple_cost = 0;
SET min_parallel_table_scan_size = 0;
SET max_parallel_workers_per_gather = 2;
EXPLAIN (COSTS OFF)
SELECT min(id), max(id), min(t), max(t), ksuid_compress(id) FROM ap;
SELECT p.min_id = w.min_id AS min_id, p.max_id = w.max_id AS max_id,
       p.min_t = w.min_t AS min_t, p.max_t = w.max_t AS max_t, p.set = w.set AS set
  FROM (SELECT min(id) AS min_id, max(id) AS max_id, min(t) AS min_t, max(t) AS max_t,
               ksuid_compress(id) AS set FROM ap) p, whole w;
-- grouped, in parallel and whole: the same per group
CREATE TEMP TABLE by_grp AS
SELECT grp, min(id) AS min_id, max(t) AS max_t, ksuid_compress(id) AS set FROM ap GROUP BY grp;
RESET max_parallel_workers_per_gather;
SET max_parallel_workers_per_gather = 0;
SELECT count(*) AS groups,
       count(*) FILTER (WHERE g.min_id = b.min_id AND g.max_t = b.max_t AND g.set = b.set) AS equal
  FROM (SELECT grp, min(id) AS min_id, max(t) AS max_t, ksuid_compress(id) AS set FROM ap GROUP BY grp) g
  JOIN by_grp b USING (grp);

-- the union of the groups' sets is the set of all, in any order, in
-- parallel too; NULL sets and empty ones are left out
SELECT ksuid_compress(set) = (SELECT set FROM whole) AS union_whole FROM by_grp;
SELECT ksuid_compress(set ORDER BY grp DESC) = (SELECT set FROM whole) AS union_reversed FROM by_grp;
SELECT ksuid_compress(s) = (SELECT set FROM whole) AS union_with_nulls
  FROM (SELECT set FROM by_grp UNION ALL SELECT NULL UNION ALL SELECT ''::bytea) u(s);
SET max_parallel_workers_per_gather = 2;
CREATE TABLE sets AS SELECT g, s.set FROM by_grp s, generate_series(1, 40) g;
ALTER TABLE sets SET (parallel_workers = 2);
ANALYZE sets;
EXPLAIN (COSTS OFF) SELECT ksuid_compress(set) FROM sets;
SELECT ksuid_compress(set) = (SELECT set FROM whole) AS parallel_union FROM sets;
SET max_parallel_workers_per_gather = 0;

-- no rows, only NULLs: NULL, as core's min and array_agg
SELECT min(id), max(id), min(t), max(t), ksuid_compress(id) FROM ap WHERE false;
SELECT min(id), max(t), ksuid_compress(id) FROM ap WHERE id IS NULL AND t IS NULL;
SELECT ksuid_compress(s) FROM (VALUES (NULL::bytea), (''::bytea)) v(s);
-- the union of small sets: overlapping, a run split across two sets
SELECT encode(ksuid_compress(s), 'hex') AS union_set
  FROM (VALUES (ksuid_compress(ARRAY['0ujtsYcgvSTl8PAuAdqWYSMnLOv'::ksuid, '0ujtsYcgvSTl8PAuAdqWYSMnLOw'])),
               (ksuid_compress(ARRAY['0ujtsYcgvSTl8PAuAdqWYSMnLOw'::ksuid, '0ujtsYcgvSTl8PAuAdqWYSMnLOx',
                                     '0ujzPyRiIAffKhBux4PvQdDqMHY']))) v(s);
-- as a window aggregate: each row sees the IDs so far
SELECT n, ksuid_compressed_count(ksuid_compress(id) OVER (ORDER BY n)) AS so_far,
       min(id) OVER (ORDER BY n) = first_value(id) OVER (ORDER BY n) AS min_first
  FROM (VALUES (1, '0ujtsYcgvSTl8PAuAdqWYSMnLOv'::ksuid), (2, '0ujtsYcgvSTl8PAuAdqWYSMnLOv'),
               (3, '0ujzPyRiIAffKhBux4PvQdDqMHY')) v(n, id);

-- the combine step refuses what no aggregate makes: a broken set, with the
-- error ksuid_expand gives it; a partial state of sorted IDs (0xFF, then
-- 20 bytes each) whose IDs are cut short or out of order.  The steps are
-- not functions to call.  (SQLSTATE and message of each)
CREATE FUNCTION pg_temp.refused(sql text) RETURNS text LANGUAGE plpgsql AS $$
BEGIN
	EXECUTE sql;
	RETURN 'accepted';
EXCEPTION WHEN OTHERS THEN
	RETURN SQLSTATE || ' ' || SQLERRM;
END $$;
SELECT s AS input, pg_temp.refused(format('SELECT ksuid_compress(s) FROM (VALUES (%L::bytea)) v(s)', s)) AS refused
  FROM (VALUES ('\x01'::bytea), ('\x000f1e2d3c00112233445566778899aabbccddee'),
               ('\xff0102'), ('\xff'::bytea || ksuid_max()::bytea || ksuid_nil()::bytea),
               ('\xff'::bytea || ksuid_max()::bytea || ksuid_max()::bytea)) v(s);
SELECT pg_temp.refused('SELECT ksuid_set_union(''\x'', ''\x'')') AS union_called,
       pg_temp.refused('SELECT ksuid_set_trans(NULL, ksuid_nil())') AS trans_called;
-- sorted IDs in order are the set of their IDs
SELECT encode(ksuid_compress(s), 'hex') AS from_sorted_ids
  FROM (VALUES ('\xff'::bytea || ksuid_nil()::bytea || ksuid_max()::bytea)) v(s);

-- the aggregates: combine functions, and states Citus pushes down by name
-- (min/max: internal) or runs in parts (ksuid_compress: bytea)
SELECT a.aggfnoid::regprocedure AS aggregate, a.aggtranstype::regtype AS state,
       a.aggcombinefn <> 0 AS combine, a.aggserialfn <> 0 AS serial,
       a.aggsortop <> 0 AS sortop, p.proparallel AS parallel
  FROM pg_aggregate a JOIN pg_proc p ON p.oid = a.aggfnoid
 WHERE a.aggfnoid IN ('min(ksuid)'::regprocedure, 'max(ksuid)'::regprocedure,
                      'min(timestamptz_ns)'::regprocedure, 'max(timestamptz_ns)'::regprocedure,
                      'ksuid_compress(ksuid)'::regprocedure, 'ksuid_compress(bytea)'::regprocedure)
 ORDER BY a.aggfnoid::regprocedure::text;
DROP TABLE ap, sets;
