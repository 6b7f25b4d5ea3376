--
-- ksuid: btree, hash and BRIN indexes, amcheck, hash partitioning, joins
--
SET client_min_messages = warning;
CREATE EXTENSION IF NOT EXISTS amcheck;
RESET client_min_messages;

-- 20000 events, 10 per second from 2024-01-01, deterministic payloads,
-- with a few duplicates so that btree deduplication has work to do
CREATE TABLE ev (id ksuid, n integer);
INSERT INTO ev
SELECT ksuid_from_parts(timestamptz '2024-01-01 00:00:00+00' + (i / 10) * interval '1 second',
                        decode(md5(i::text), 'hex')), i
  FROM generate_series(0, 19999) i;
INSERT INTO ev SELECT id, n + 100000 FROM ev WHERE n % 7 = 0;

-- built in bulk
CREATE INDEX ev_bulk ON ev (id);
-- built row by row
CREATE TABLE ev_rows (id ksuid, n integer);
CREATE INDEX ev_rows_id ON ev_rows (id);
INSERT INTO ev_rows SELECT id, n FROM ev ORDER BY md5(n::text);
ANALYZE ev;
ANALYZE ev_rows;

SELECT bt_index_parent_check('ev_bulk', true, true);
SELECT bt_index_parent_check('ev_rows_id', true, true);

SET enable_seqscan = off;
SET enable_bitmapscan = off;

-- a time range: ten seconds, 100 events plus their duplicates
EXPLAIN (COSTS OFF)
SELECT count(*) FROM ev
 WHERE id BETWEEN ksuid_min_at('2024-01-01 00:10:00+00') AND ksuid_max_at('2024-01-01 00:10:09.5+00');
SELECT count(*) FROM ev
 WHERE id BETWEEN ksuid_min_at('2024-01-01 00:10:00+00') AND ksuid_max_at('2024-01-01 00:10:09.5+00');
SELECT count(*) FROM ev_rows
 WHERE id BETWEEN ksuid_min_at('2024-01-01 00:10:00+00') AND ksuid_max_at('2024-01-01 00:10:09.5+00');
-- the same rows by the time of each ID
RESET enable_seqscan;
SELECT count(*) FROM ev
 WHERE ksuid_time(id) >= '2024-01-01 00:10:00+00' AND ksuid_time(id) < '2024-01-01 00:10:10+00';
SET enable_seqscan = off;

-- the bounds are exact: the first and last ID of a second are in the
-- range, their outer neighbours are not
INSERT INTO ev VALUES
  (ksuid_min_at('2024-01-01 00:50:00+00'), -1),
  (ksuid_max_at('2024-01-01 00:50:00+00'), -2),
  (ksuid_prev(ksuid_min_at('2024-01-01 00:50:00+00')), -3),
  (ksuid_next(ksuid_max_at('2024-01-01 00:50:00+00')), -4);
SELECT n, id FROM ev
 WHERE id BETWEEN ksuid_min_at('2024-01-01 00:50:00+00') AND ksuid_max_at('2024-01-01 00:50:00+00')
 ORDER BY n;
DELETE FROM ev WHERE n < 0;
SELECT count(*) FROM ev WHERE id < ksuid_min_at('2024-01-01 00:00:00+00')
                           OR id > ksuid_max_at('2024-01-01 00:33:19+00');

-- equality and ordering through the index
EXPLAIN (COSTS OFF) SELECT n FROM ev WHERE id = ksuid_from_parts('2024-01-01 00:00:42+00', decode(md5('420'), 'hex'));
SELECT n FROM ev WHERE id = ksuid_from_parts('2024-01-01 00:00:42+00', decode(md5('420'), 'hex'));
EXPLAIN (COSTS OFF) SELECT id FROM ev ORDER BY id DESC LIMIT 3;
SELECT id FROM ev ORDER BY id DESC LIMIT 3;
RESET enable_seqscan;
RESET enable_bitmapscan;

-- ORDER BY through a sort (abbreviated keys) is byte order, both when the
-- keys are distinct and when they all share their first 8 bytes (which
-- makes the sort give up abbreviation)
SET enable_indexscan = off;
SET enable_indexonlyscan = off;
SELECT count(*) AS out_of_order FROM (
  SELECT id::bytea AS b, lead(id::bytea) OVER (ORDER BY id) AS next_b FROM ev) s
 WHERE b > next_b;
CREATE TEMP TABLE same_prefix AS
SELECT ksuid_from_parts('2024-01-01 00:00:00+00',
                        '\xabcdef01'::bytea || substr(decode(md5(i::text), 'hex'), 1, 12)) AS id
  FROM generate_series(1, 30000) i;
SELECT count(*) FILTER (WHERE b >= next_b) AS out_of_order, count(DISTINCT b) AS distinct_ids
  FROM (SELECT id::bytea AS b, lead(id::bytea) OVER (ORDER BY id) AS next_b FROM same_prefix) s;
SELECT count(*) AS out_of_order FROM (
  SELECT id::bytea AS b, lead(id::bytea) OVER (ORDER BY id DESC) AS next_b FROM same_prefix) s
 WHERE b <= next_b;
RESET enable_indexscan;
RESET enable_indexonlyscan;

-- hash index
CREATE INDEX ev_hash ON ev USING hash (id);
SET enable_seqscan = off;
SET enable_bitmapscan = off;
DROP INDEX ev_bulk;
EXPLAIN (COSTS OFF) SELECT n FROM ev WHERE id = ksuid_from_parts('2024-01-01 00:00:42+00', decode(md5('427'), 'hex'));
SELECT n FROM ev WHERE id = ksuid_from_parts('2024-01-01 00:00:42+00', decode(md5('427'), 'hex'))
 ORDER BY n;
RESET enable_seqscan;
RESET enable_bitmapscan;

-- BRIN on rows in time order
CREATE TABLE ev_brin (id ksuid) WITH (fillfactor = 100);
INSERT INTO ev_brin SELECT id FROM ev ORDER BY id;
CREATE INDEX ev_brin_id ON ev_brin USING brin (id) WITH (pages_per_range = 2);
SET enable_seqscan = off;
EXPLAIN (COSTS OFF)
SELECT count(*) FROM ev_brin
 WHERE id BETWEEN ksuid_min_at('2024-01-01 00:10:00+00') AND ksuid_max_at('2024-01-01 00:10:09+00');
SELECT count(*) FROM ev_brin
 WHERE id BETWEEN ksuid_min_at('2024-01-01 00:10:00+00') AND ksuid_max_at('2024-01-01 00:10:09+00');
RESET enable_seqscan;

-- hash and merge joins
SET enable_nestloop = off;
SET enable_mergejoin = off;
EXPLAIN (COSTS OFF) SELECT count(*) FROM ev a JOIN ev_rows b USING (id);
SELECT count(*) FROM ev a JOIN ev_rows b USING (id);
SET enable_hashjoin = off;
SET enable_mergejoin = on;
EXPLAIN (COSTS OFF) SELECT count(*) FROM ev a JOIN ev_rows b USING (id);
SELECT count(*) FROM ev a JOIN ev_rows b USING (id);
RESET enable_nestloop;
RESET enable_mergejoin;
RESET enable_hashjoin;

-- hash partitioning into 16 partitions: within 5% of even
CREATE TABLE hp (id ksuid) PARTITION BY HASH (id);
DO $$
BEGIN
  FOR i IN 0..15 LOOP
    EXECUTE format('CREATE TABLE hp_%s PARTITION OF hp FOR VALUES WITH (MODULUS 16, REMAINDER %s)', i, i);
  END LOOP;
END $$;
INSERT INTO hp
SELECT ksuid_from_parts(timestamptz '2024-01-01 00:00:00+00' + (i / 100) * interval '1 second',
                        decode(md5(i::text), 'hex'))
  FROM generate_series(1, 160000) i;
SELECT count(*) AS partitions, sum(c) AS rows,
       bool_and(c BETWEEN 9500 AND 10500) AS within_5_percent
  FROM (SELECT tableoid, count(*) AS c FROM hp GROUP BY tableoid) s;
-- partition pruning finds the one partition
EXPLAIN (COSTS OFF) SELECT * FROM hp WHERE id = '0ujtsYcgvSTl8PAuAdqWYSMnLOv';
