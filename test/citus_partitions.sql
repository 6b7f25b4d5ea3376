-- test/citus.sh: time partitions of a distributed table by a
-- timestamptz_ns column (create_time_partitions), rows at the nanosecond
-- edges of a day, and pruning
SET TimeZone = 'UTC';
CREATE TABLE ev_p (id ksuid, at timestamptz_ns NOT NULL, n int) PARTITION BY RANGE (at);
SELECT create_distributed_table('ev_p', 'id');
SELECT create_time_partitions('ev_p', interval '1 day', '2024-01-04+00', '2024-01-01+00');
INSERT INTO ev_p VALUES
  (gen_ksuid(), '2024-01-01 23:59:59.999999999+00', 1),
  (gen_ksuid(), '2024-01-02 00:00:00+00', 2),
  (gen_ksuid(), '2024-01-02 00:00:00.000000001+00', 3),
  (gen_ksuid(), '2024-01-03 23:59:59.999999999+00', 4);
SELECT p.relid AS partition, pg_get_expr(c.relpartbound, c.oid) AS bounds
  FROM pg_partition_tree('ev_p') p JOIN pg_class c ON c.oid = p.relid
 WHERE p.isleaf ORDER BY 1;
SELECT 'p2024_01_01' AS partition, n, at FROM ev_p_p2024_01_01
UNION ALL SELECT 'p2024_01_02', n, at FROM ev_p_p2024_01_02
UNION ALL SELECT 'p2024_01_03', n, at FROM ev_p_p2024_01_03
 ORDER BY n;
EXPLAIN (COSTS OFF) SELECT count(*) FROM ev_p WHERE at >= '2024-01-02+00' AND at < '2024-01-03+00';
