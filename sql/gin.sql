--
-- GIN for ksuid and timestamptz_ns: equality and order as btree_gin has
-- them, beside a jsonb column in one index
--
SET TimeZone = 'UTC';
SELECT opc.opcname, opc.opcdefault, amvalidate(opc.oid)
  FROM pg_opclass opc JOIN pg_am am ON am.oid = opc.opcmethod
 WHERE am.amname = 'gin' AND opc.opcname IN ('ksuid_ops', 'timestamptz_ns_ops')
 ORDER BY 1;

CREATE TABLE gn AS
SELECT ksuid_from_parts('2024-06-01Z'::timestamptz + (g / 7) * interval '1 s',
                        decode(lpad(to_hex(g * 7919), 32, '0'), 'hex')) AS id,
       to_timestamptz_ns(1717200000000000000 + g::bigint * 1000000007 % 86400000000000) AS at,
       jsonb_build_object('kind', CASE WHEN g % 3 = 0 THEN 'click' ELSE 'view' END) AS body
  FROM generate_series(1, 20000) g;
INSERT INTO gn VALUES (ksuid_nil(), '-infinity', '{}'), (ksuid_max(), 'infinity', '{}'), (NULL, NULL, NULL),
                      ((SELECT id FROM gn LIMIT 1), (SELECT at FROM gn LIMIT 1), '{"kind": "click"}');
CREATE TEMP TABLE nq AS
SELECT (SELECT id FROM gn ORDER BY id OFFSET 7777 LIMIT 1) AS k,
       (SELECT at FROM gn ORDER BY at OFFSET 12121 LIMIT 1) AS t;
CREATE FUNCTION pg_temp.counts() RETURNS TABLE (op text, ksuid bigint, timestamptz_ns bigint)
LANGUAGE sql AS $$
SELECT '<', (SELECT count(*) FROM gn, nq WHERE id < k), (SELECT count(*) FROM gn, nq WHERE at < t)
UNION ALL SELECT '<=', (SELECT count(*) FROM gn, nq WHERE id <= k), (SELECT count(*) FROM gn, nq WHERE at <= t)
UNION ALL SELECT '=', (SELECT count(*) FROM gn, nq WHERE id = k), (SELECT count(*) FROM gn, nq WHERE at = t)
UNION ALL SELECT '>=', (SELECT count(*) FROM gn, nq WHERE id >= k), (SELECT count(*) FROM gn, nq WHERE at >= t)
UNION ALL SELECT '>', (SELECT count(*) FROM gn, nq WHERE id > k), (SELECT count(*) FROM gn, nq WHERE at > t)
UNION ALL SELECT 'ends', (SELECT count(*) FROM gn WHERE id = ksuid_nil() OR id = ksuid_max()),
                        (SELECT count(*) FROM gn WHERE at = 'infinity' OR at = '-infinity')
UNION ALL SELECT 'click', (SELECT count(*) FROM gn, nq WHERE id > k AND body @> '{"kind": "click"}'),
                         (SELECT count(*) FROM gn, nq WHERE at <= t AND body @> '{"kind": "click"}')
$$;
CREATE TEMP TABLE nseq AS SELECT * FROM pg_temp.counts();
SELECT * FROM nseq;
CREATE INDEX gn_id ON gn USING gin (id, body);
CREATE INDEX gn_at ON gn USING gin (at, body);
SET enable_seqscan = off;
EXPLAIN (COSTS OFF) SELECT count(*) FROM gn WHERE at < '2024-06-01 01:00Z' AND body @> '{"kind": "click"}';
EXPLAIN (COSTS OFF) SELECT count(*) FROM gn WHERE id = ksuid_nil();
SELECT * FROM pg_temp.counts() EXCEPT SELECT * FROM nseq;
RESET enable_seqscan;
-- amcheck's GIN check (PostgreSQL 18 and later) finds both indexes sound
SET client_min_messages = warning;
CREATE EXTENSION IF NOT EXISTS amcheck;
RESET client_min_messages;
DO $$
BEGIN
	IF to_regproc('gin_index_check') IS NOT NULL THEN
		PERFORM gin_index_check('gn_id');
		PERFORM gin_index_check('gn_at');
	END IF;
END
$$;
DROP TABLE gn;
