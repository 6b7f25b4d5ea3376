--
-- GiST for ksuid and timestamptz_ns: equality and order as btree_gist has
-- them, in single- and multi-column indexes and exclusion constraints
--
SET TimeZone = 'UTC';
SELECT opc.opcname, opc.opcdefault, amvalidate(opc.oid), format_type(opc.opckeytype, NULL) AS storage
  FROM pg_opclass opc JOIN pg_am am ON am.oid = opc.opcmethod
 WHERE am.amname = 'gist' AND opc.opcname IN ('ksuid_ops', 'timestamptz_ns_ops')
 ORDER BY 1;
SELECT 'x'::ksuid_gist_key;

-- 30,000 events of 30 devices, with repeats, the ends of both types, NULLs
CREATE TABLE ge AS
SELECT ksuid_from_parts('2024-06-01Z'::timestamptz + (g % 30) * interval '1 day',
                        decode(lpad(to_hex(g % 30), 32, '0'), 'hex')) AS device,
       ksuid_from_parts('2024-06-01Z'::timestamptz + (g / 7) * interval '1 s',
                        decode(lpad(to_hex(g * 7919), 32, '0'), 'hex')) AS id,
       to_timestamptz_ns(1717200000000000000 + g::bigint * 1000000007 % 86400000000000) AS at
  FROM generate_series(1, 30000) g;
INSERT INTO ge VALUES (ksuid_nil(), ksuid_max(), 'infinity'), (ksuid_max(), ksuid_nil(), '-infinity'),
                      (NULL, NULL, NULL), (ksuid_nil(), NULL, '2024-06-01Z');
-- vacuumed, so that plans do not depend on whether the visibility map is
-- set (PostgreSQL 19 sets it when a table is first read)
VACUUM ANALYZE ge;
CREATE TEMP TABLE gq AS
SELECT (SELECT id FROM ge ORDER BY id OFFSET 12345 LIMIT 1) AS k,
       (SELECT at FROM ge ORDER BY at OFFSET 23456 LIMIT 1) AS t;
-- every operator through each index gives what a sequential scan gives
CREATE FUNCTION pg_temp.counts() RETURNS TABLE (op text, ksuid bigint, timestamptz_ns bigint)
LANGUAGE sql AS $$
SELECT '<', (SELECT count(*) FROM ge, gq WHERE id < k), (SELECT count(*) FROM ge, gq WHERE at < t)
UNION ALL SELECT '<=', (SELECT count(*) FROM ge, gq WHERE id <= k), (SELECT count(*) FROM ge, gq WHERE at <= t)
UNION ALL SELECT '=', (SELECT count(*) FROM ge, gq WHERE id = k), (SELECT count(*) FROM ge, gq WHERE at = t)
UNION ALL SELECT '>=', (SELECT count(*) FROM ge, gq WHERE id >= k), (SELECT count(*) FROM ge, gq WHERE at >= t)
UNION ALL SELECT '>', (SELECT count(*) FROM ge, gq WHERE id > k), (SELECT count(*) FROM ge, gq WHERE at > t)
UNION ALL SELECT '<>', (SELECT count(*) FROM ge, gq WHERE id <> k), (SELECT count(*) FROM ge, gq WHERE at <> t)
UNION ALL SELECT 'ends', (SELECT count(*) FROM ge WHERE id IN (ksuid_nil(), ksuid_max())),
                        (SELECT count(*) FROM ge WHERE at IN ('infinity', '-infinity'))
$$;
CREATE TEMP TABLE gseq AS SELECT * FROM pg_temp.counts();
SELECT * FROM gseq;
CREATE INDEX ge_id ON ge USING gist (id);
CREATE INDEX ge_at ON ge USING gist (at);
SET enable_seqscan = off;
-- (each EXPLAIN pins the kind of scan, so that the plan does not depend on
-- the planner's estimate of the visibility map)
SET enable_indexscan = off;
SET enable_indexonlyscan = off;
EXPLAIN (COSTS OFF) SELECT count(*) FROM ge WHERE id < '2ajxqLbB2ncxFgSDWbDXAxpvspf';
EXPLAIN (COSTS OFF) SELECT count(*) FROM ge WHERE at >= '2024-06-01 12:00Z';
SELECT * FROM pg_temp.counts() EXCEPT SELECT * FROM gseq;
RESET enable_indexscan;
RESET enable_indexonlyscan;
SET enable_bitmapscan = off;
SELECT * FROM pg_temp.counts() EXCEPT SELECT * FROM gseq;
RESET enable_bitmapscan;
-- index-only scans give the values back
SET enable_bitmapscan = off;
EXPLAIN (COSTS OFF) SELECT at FROM ge WHERE at < '2024-06-01 00:00:10Z' ORDER BY at;
SELECT at FROM ge WHERE at < '2024-06-01 00:00:05Z' ORDER BY at;
SELECT id FROM ge WHERE id > ksuid_nil() ORDER BY id LIMIT 3;
SELECT count(*) AS ids, count(DISTINCT id) AS distinct_ids FROM ge WHERE id >= ksuid_nil();
-- nearest first: <-> in seconds, through the index as without it
SELECT '2024-06-01 00:00:00.000000001Z'::timestamptz_ns <-> '2024-06-01Z' AS one_ns,
       '2024-06-01Z'::timestamptz_ns <-> '2024-06-01 00:00:00.000000001Z' AS commuted,
       'infinity'::timestamptz_ns <-> '2024-06-01Z' AS to_infinity,
       'infinity'::timestamptz_ns <-> 'infinity' AS infinities,
       '2262-04-11 23:47:16.854775806Z'::timestamptz_ns <-> '1677-09-21 00:12:43.145224193Z' AS widest;
EXPLAIN (COSTS OFF) SELECT at FROM ge ORDER BY at <-> '2024-06-01 04:00:00.5Z' LIMIT 5;
CREATE TEMP TABLE knn AS
SELECT row_number() OVER () AS r, at, at <-> '2024-06-01 04:00:00.5Z' AS d
  FROM (SELECT at FROM ge ORDER BY at <-> '2024-06-01 04:00:00.5Z' LIMIT 25) s;
SELECT r, at, d FROM knn WHERE r <= 5 ORDER BY r;
SET enable_indexscan = off;
SET enable_indexonlyscan = off;
SELECT count(*) AS differ FROM (
  SELECT r, at, d FROM knn
  EXCEPT ALL
  SELECT row_number() OVER (), at, d
    FROM (SELECT at, at <-> '2024-06-01 04:00:00.5Z' AS d FROM ge ORDER BY 2, 1 LIMIT 25) s) x;
RESET enable_indexscan;
RESET enable_indexonlyscan;
-- the infinities are the farthest
SELECT at FROM ge WHERE at IS NOT NULL ORDER BY at <-> '2024-06-01 04:00Z' DESC, at LIMIT 2;
SELECT at, at <-> '1700-01-01Z' AS d FROM ge ORDER BY at <-> '1700-01-01Z' LIMIT 2;
RESET enable_bitmapscan;
DROP INDEX ge_id, ge_at;

-- two columns: the second is searched within the first
CREATE INDEX ge_device_at ON ge USING gist (device, at);
SET enable_indexscan = off;
SET enable_indexonlyscan = off;
EXPLAIN (COSTS OFF) SELECT count(*) FROM ge WHERE device = ksuid_min_at('2024-06-05Z'::timestamptz) AND at < '2024-06-01 01:00Z';
RESET enable_indexscan;
RESET enable_indexonlyscan;
SELECT count(*) FROM ge WHERE device = ksuid_from_parts('2024-06-05Z'::timestamptz, decode(lpad('4', 32, '0'), 'hex')) AND at < '2024-06-01 01:00Z';
RESET enable_seqscan;
SELECT count(*) FROM ge WHERE device = ksuid_from_parts('2024-06-05Z'::timestamptz, decode(lpad('4', 32, '0'), 'hex')) AND at < '2024-06-01 01:00Z';
DROP TABLE ge;

-- exclusion constraints: a device is in one window at a time, to the
-- nanosecond; a reading is unique per device and instant
CREATE TABLE session (device ksuid, during tstzrange_ns,
                      EXCLUDE USING gist (device WITH =, during WITH &&));
INSERT INTO session VALUES ('0ujtsYcgvSTl8PAuAdqWYSMnLOv', tstzrange_ns('2024-06-01 10:00Z', '2024-06-01 11:00Z'));
INSERT INTO session VALUES ('0ujtsYcgvSTl8PAuAdqWYSMnLOw', tstzrange_ns('2024-06-01 10:30Z', '2024-06-01 11:30Z'));
INSERT INTO session VALUES ('0ujtsYcgvSTl8PAuAdqWYSMnLOv', tstzrange_ns('2024-06-01 11:00Z', '2024-06-01 12:00Z'));
INSERT INTO session VALUES ('0ujtsYcgvSTl8PAuAdqWYSMnLOv', tstzrange_ns('2024-06-01 11:59:59.999999999Z', '2024-06-01 13:00Z'));
SELECT * FROM session ORDER BY device, during;
CREATE TABLE reading (device ksuid, at timestamptz_ns, EXCLUDE USING gist (device WITH =, at WITH =));
INSERT INTO reading VALUES ('0ujtsYcgvSTl8PAuAdqWYSMnLOv', '2024-06-01 10:00:00.000000001Z'),
                           ('0ujtsYcgvSTl8PAuAdqWYSMnLOv', '2024-06-01 10:00:00.000000002Z'),
                           ('0ujtsYcgvSTl8PAuAdqWYSMnLOw', '2024-06-01 10:00:00.000000001Z');
INSERT INTO reading VALUES ('0ujtsYcgvSTl8PAuAdqWYSMnLOv', '2024-06-01 10:00:00.000000002Z');
SELECT count(*) FROM reading;
DROP TABLE session, reading;
