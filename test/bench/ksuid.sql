-- ksuid against uuid on the same data: the uuid holds the ksuid's 16 random
-- payload bytes; the ksuids' times are spread over 2020-2024 in random order.
CREATE TABLE bk AS
SELECT k, encode(ksuid_payload(k), 'hex')::uuid AS u
  FROM (SELECT gen_ksuid(timestamptz '2020-01-01+00' + random() * interval '1500 days') AS k
          FROM generate_series(1, :rows)) s;
VACUUM FREEZE ANALYZE bk;
\set kfile :dir '/ksuid.txt'
\set ufile :dir '/uuid.txt'
COPY (SELECT k FROM bk) TO :'kfile';
COPY (SELECT u FROM bk) TO :'ufile';
CREATE UNLOGGED TABLE bk_in_k (k ksuid);
CREATE UNLOGGED TABLE bk_in_u (u uuid);

INSERT INTO bench_case (name, a_label, b_label, target, prep, a_sql, b_sql, post) VALUES
('ksuid text output (COPY TO)', 'ksuid', 'uuid', 0.75, NULL,
 'COPY (SELECT k FROM bk) TO ''/dev/null''', 'COPY (SELECT u FROM bk) TO ''/dev/null''', NULL),
('ksuid text input (COPY FROM)', 'ksuid', 'uuid', 0.70, NULL,
 format('COPY bk_in_k FROM %L', :'kfile'),
 format('COPY bk_in_u FROM %L', :'ufile'), 'TRUNCATE bk_in_k, bk_in_u'),
('ksuid ORDER BY', 'ksuid', 'uuid', 1.00, NULL,
 'SELECT k FROM bk ORDER BY k OFFSET 100000000', 'SELECT u FROM bk ORDER BY u OFFSET 100000000', NULL),
('ksuid btree index build', 'ksuid', 'uuid', 1.00, NULL,
 'CREATE INDEX bk_k ON bk (k)', 'CREATE INDEX bk_u ON bk (u)',
 'DROP INDEX IF EXISTS bk_k; DROP INDEX IF EXISTS bk_u'),
('gen_ksuid() vs gen_random_uuid()', 'ksuid', 'uuid', 0.50, NULL,
 format('SELECT count(gen_ksuid()) FROM generate_series(1, %s)', :rows),
 format('SELECT count(gen_random_uuid()) FROM generate_series(1, %s)', :rows), NULL);
