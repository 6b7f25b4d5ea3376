-- BRIN minmax-multi and bloom against core's classes on uuid and
-- timestamptz: a table filled in time order but for 1 row in 100 (late
-- events), each ksuid's first 16 bytes as the uuid (the same order), each
-- time at a whole microsecond in both types.  Builds, then 200 lookups of
-- single values (bloom, minmax-multi) through the index.  The classes
-- exist from PostgreSQL 14 on.
SELECT current_setting('server_version_num')::int >= 140000 AS brin_multi \gset
\if :brin_multi
CREATE TABLE bb AS
SELECT k, encode(substring(k::bytea FROM 1 FOR 16), 'hex')::uuid AS u, t, t::timestamptz AS tz
  FROM (SELECT ksuid_from_parts('2024-01-01Z'::timestamptz + (CASE WHEN g % 100 = 0 THEN (g::bigint * 7919) % :rows ELSE g END) * interval '1 s',
                                decode(replace(gen_random_uuid()::text, '-', ''), 'hex')) AS k,
               to_timestamptz_ns(1704067200000000000 + (CASE WHEN g % 100 = 0 THEN (g::bigint * 7919) % :rows ELSE g END)::bigint * 1000000000
                                 + (g % 1000000) * 1000) AS t
          FROM generate_series(1, :rows) g) s;
VACUUM FREEZE ANALYZE bb;
CREATE TABLE bbq AS SELECT k, u, t, tz FROM bb TABLESAMPLE SYSTEM (1) REPEATABLE (7) LIMIT 200;
ANALYZE bbq;

INSERT INTO bench_case (name, a_label, b_label, target, prep, a_sql, b_sql, post) VALUES
('ksuid BRIN minmax_multi build', 'ksuid', 'uuid', 1.00, NULL,
 'CREATE INDEX bb_k ON bb USING brin (k ksuid_minmax_multi_ops)', 'CREATE INDEX bb_u ON bb USING brin (u uuid_minmax_multi_ops)',
 'DROP INDEX IF EXISTS bb_k; DROP INDEX IF EXISTS bb_u'),
('ksuid BRIN bloom build', 'ksuid', 'uuid', 1.00, NULL,
 'CREATE INDEX bb_k ON bb USING brin (k ksuid_bloom_ops)', 'CREATE INDEX bb_u ON bb USING brin (u uuid_bloom_ops)',
 'DROP INDEX IF EXISTS bb_k; DROP INDEX IF EXISTS bb_u'),
('timestamptz_ns BRIN minmax_multi build', 'timestamptz_ns', 'timestamptz', 1.00, NULL,
 'CREATE INDEX bb_t ON bb USING brin (t timestamptz_ns_minmax_multi_ops)', 'CREATE INDEX bb_tz ON bb USING brin (tz timestamptz_minmax_multi_ops)',
 'DROP INDEX IF EXISTS bb_t; DROP INDEX IF EXISTS bb_tz'),
('timestamptz_ns BRIN bloom build', 'timestamptz_ns', 'timestamptz', 1.00, NULL,
 'CREATE INDEX bb_t ON bb USING brin (t timestamptz_ns_bloom_ops)', 'CREATE INDEX bb_tz ON bb USING brin (tz timestamptz_bloom_ops)',
 'DROP INDEX IF EXISTS bb_t; DROP INDEX IF EXISTS bb_tz');

-- lookups: the indexes stay for these cases; the plans are printed once
CREATE INDEX bb_k_multi ON bb USING brin (k ksuid_minmax_multi_ops);
CREATE INDEX bb_u_multi ON bb USING brin (u uuid_minmax_multi_ops);
CREATE INDEX bb_t_bloom ON bb USING brin (t timestamptz_ns_bloom_ops);
CREATE INDEX bb_tz_bloom ON bb USING brin (tz timestamptz_bloom_ops);
\set lookup_prep 'SET enable_seqscan = off; SET enable_bitmapscan = on; SET enable_hashjoin = off; SET enable_mergejoin = off'
\set lookup_post 'RESET enable_seqscan; SET enable_bitmapscan = off; RESET enable_hashjoin; RESET enable_mergejoin'
INSERT INTO bench_case (name, a_label, b_label, target, prep, a_sql, b_sql, post) VALUES
('ksuid BRIN minmax_multi: 200 lookups', 'ksuid', 'uuid', 1.00, :'lookup_prep',
 'SELECT count(*) FROM bbq JOIN bb ON bb.k = bbq.k', 'SELECT count(*) FROM bbq JOIN bb ON bb.u = bbq.u', :'lookup_post'),
('timestamptz_ns BRIN bloom: 200 lookups', 'timestamptz_ns', 'timestamptz', 1.00, :'lookup_prep',
 'SELECT count(*) FROM bbq JOIN bb ON bb.t = bbq.t', 'SELECT count(*) FROM bbq JOIN bb ON bb.tz = bbq.tz', :'lookup_post');
\endif
