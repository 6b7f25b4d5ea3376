--
-- BRIN minmax-multi and bloom for ksuid and timestamptz_ns (PostgreSQL 14
-- and later), as core has them for uuid and timestamptz
--
SET TimeZone = 'UTC';
SELECT opc.opcname, opc.opcdefault, amvalidate(opc.oid),
       obj_description(opc.oid, 'pg_opclass') IS NOT NULL AS described,
       obj_description(opc.opcfamily, 'pg_opfamily') IS NOT NULL AS family_described
  FROM pg_opclass opc
 WHERE opc.opcname ~ '^(ksuid|timestamptz_ns)_(minmax_multi|bloom)_ops$'
 ORDER BY 1;
-- a table filled in time order, but for 1 row in 100 from another day:
-- minmax would make every range span the whole table
CREATE TABLE bm (id ksuid, at timestamptz_ns, n int) WITH (fillfactor = 50);
INSERT INTO bm
SELECT ksuid_from_parts('2024-06-01Z'::timestamptz + (CASE WHEN g % 100 = 0 THEN 86400 * (g % 7) ELSE g / 10 END) * interval '1 s',
                        decode(lpad(to_hex(g * 7919), 32, '0'), 'hex')),
       to_timestamptz_ns(1717200000000000000 + (CASE WHEN g % 100 = 0 THEN 86400000000000 * (g % 7) ELSE g::bigint * 100000007 END)),
       g
  FROM generate_series(1, 50000) g;
INSERT INTO bm VALUES (ksuid_nil(), '-infinity', -1), (ksuid_max(), 'infinity', -2), (NULL, NULL, -3);
CREATE TEMP TABLE bq AS
SELECT (SELECT id FROM bm WHERE n = 31234) AS k, (SELECT at FROM bm WHERE n = 31234) AS t,
       (SELECT at FROM bm WHERE n = 20000) AS t0, (SELECT at FROM bm WHERE n = 20500) AS t1;
CREATE FUNCTION pg_temp.rows() RETURNS TABLE (q text, n int) LANGUAGE sql AS $$
SELECT 'id =', n FROM bm, bq WHERE id = k
UNION ALL SELECT 'at =', n FROM bm, bq WHERE at = t
UNION ALL SELECT 'at range', n FROM bm, bq WHERE at >= t0 AND at < t1
UNION ALL SELECT 'id range', n FROM bm, bq WHERE id >= ksuid_min_at(t0) AND id <= ksuid_max_at(t1)
UNION ALL SELECT 'ends', n FROM bm WHERE id = ksuid_max() OR at = '-infinity'
$$;
CREATE TEMP TABLE bseq AS SELECT * FROM pg_temp.rows();
SELECT q, count(*) FROM bseq GROUP BY q ORDER BY q;
SET enable_seqscan = off;
-- minmax-multi: every query, the same rows as a sequential scan
CREATE INDEX bm_id ON bm USING brin (id ksuid_minmax_multi_ops) WITH (pages_per_range = 4);
CREATE INDEX bm_at ON bm USING brin (at timestamptz_ns_minmax_multi_ops(values_per_range = 16)) WITH (pages_per_range = 4);
EXPLAIN (COSTS OFF) SELECT n FROM bm WHERE at >= '2024-06-01 00:30Z' AND at < '2024-06-01 00:31Z';
SELECT count(*) AS differ FROM ((SELECT * FROM pg_temp.rows() EXCEPT ALL SELECT * FROM bseq)
                                UNION ALL (SELECT * FROM bseq EXCEPT ALL SELECT * FROM pg_temp.rows())) x;
DROP INDEX bm_id, bm_at;
-- bloom: equality
CREATE INDEX bm_id ON bm USING brin (id ksuid_bloom_ops) WITH (pages_per_range = 4);
CREATE INDEX bm_at ON bm USING brin (at timestamptz_ns_bloom_ops(false_positive_rate = 0.01)) WITH (pages_per_range = 4);
EXPLAIN (COSTS OFF) SELECT n FROM bm WHERE id = '0ujtsYcgvSTl8PAuAdqWYSMnLOv';
SELECT count(*) AS differ FROM ((SELECT * FROM pg_temp.rows() WHERE q IN ('id =', 'at =') EXCEPT ALL SELECT * FROM bseq WHERE q IN ('id =', 'at ='))
                                UNION ALL (SELECT * FROM bseq WHERE q IN ('id =', 'at =') EXCEPT ALL SELECT * FROM pg_temp.rows() WHERE q IN ('id =', 'at ='))) x;
RESET enable_seqscan;
DROP TABLE bm;
