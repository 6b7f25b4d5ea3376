-- Compressed KSUID sets against what SQL has without them: the IDs as an
-- array of bytea (array_agg), read back with unnest.  The same IDs as bk
-- (random times over 1500 days, random order), also sorted; the bytea of
-- each ID is precomputed, so that B does not pay for a cast A has not.
CREATE TABLE bks AS SELECT k FROM bk ORDER BY k;
CREATE TABLE bkb AS SELECT k::bytea AS b FROM bk;
CREATE TABLE bkbs AS SELECT b FROM bkb ORDER BY b;
VACUUM FREEZE ANALYZE bks, bkb, bkbs;
CREATE TABLE bk_set AS SELECT ksuid_compress(k) AS s FROM bk;
CREATE TABLE bk_arr AS SELECT array_agg(b) AS a FROM bkb;

INSERT INTO bench_case (name, a_label, b_label, target, prep, a_sql, b_sql, post) VALUES
('ksuid_compress aggregate, random order', 'ksuid_compress', 'array_agg(bytea)', NULL, NULL,
 'SELECT length(ksuid_compress(k)) FROM bk', 'SELECT pg_column_size(array_agg(b)) FROM bkb', NULL),
('ksuid_compress aggregate, in order', 'ksuid_compress', 'array_agg(bytea)', NULL, NULL,
 'SELECT length(ksuid_compress(k)) FROM bks', 'SELECT pg_column_size(array_agg(b)) FROM bkbs', NULL),
('ksuid_expand', 'ksuid_expand', 'unnest(bytea[])', NULL, NULL,
 'SELECT count(*) FROM bk_set, ksuid_expand(s)', 'SELECT count(*) FROM bk_arr, unnest(a)', NULL);

-- sizes, nothing timed: bk; a dense stream (10,000 IDs a second, random
-- payloads); IDs from gen_ksuid_monotonic() (runs)
CREATE TABLE bk_dense AS
SELECT gen_ksuid(timestamptz '2024-06-01+00' + (g / 10000) * interval '1 s') AS k
  FROM generate_series(1, :rows) g;
CREATE TABLE bk_mono AS SELECT gen_ksuid_monotonic() AS k FROM generate_series(1, :rows);
\echo
\echo 'compressed KSUID sets: bytes of one set of all rows, against array_agg of their bytea'
SELECT shape AS "IDs", :rows AS "rows",
       pg_size_pretty(set_bytes::bigint) AS "ksuid_compress", pg_size_pretty(arr_bytes::bigint) AS "array_agg(bytea)",
       to_char(set_bytes::numeric / arr_bytes, 'FM0.000') AS "size ratio",
       round(set_bytes::numeric / :rows, 2) AS "bytes per ID"
  FROM (SELECT 'random times over 1500 days' AS shape, 1 AS o,
               (SELECT length(s) FROM bk_set) AS set_bytes, (SELECT pg_column_size(a) FROM bk_arr) AS arr_bytes
        UNION ALL
        SELECT '10,000 a second', 2, length(ksuid_compress(k)), pg_column_size(array_agg(k::bytea)) FROM bk_dense
        UNION ALL
        SELECT 'gen_ksuid_monotonic()', 3, length(ksuid_compress(k)), pg_column_size(array_agg(k::bytea)) FROM bk_mono) s
 ORDER BY o;
DROP TABLE bk_dense, bk_mono;
