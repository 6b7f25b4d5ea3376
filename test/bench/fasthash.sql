-- fasthash: short strings against the built-in hashes, and throughput on
-- long values.
CREATE TABLE bs AS
SELECT substr(md5(i::text) || md5((i + 1)::text), 1, 8 + i % 33) AS s   -- 8 to 40 bytes
  FROM generate_series(1, :rows) i;
VACUUM FREEZE ANALYZE bs;

-- 1000 values of 64 KB, stored uncompressed out of line, as text and bytea
CREATE TABLE bl (t text, b bytea);
ALTER TABLE bl ALTER t SET STORAGE EXTERNAL, ALTER b SET STORAGE EXTERNAL;
INSERT INTO bl (t)
SELECT (SELECT string_agg(md5(i::text || ':' || j), '') FROM generate_series(1, 2048) j)
  FROM generate_series(1, 1000) i;
UPDATE bl SET b = convert_to(t, 'UTF8');
VACUUM FREEZE ANALYZE bl;
SELECT sum(octet_length(b)) AS bl_bytes FROM bl \gset

INSERT INTO bench_case (name, a_label, b_label, target, a_sql, b_sql) VALUES
('fnv1a_64 on 8-40 byte text', 'fnv1a_64', 'hashtextextended', 1.00,
 'SELECT count(fasthash_fnv1a_64(s)) FROM bs', 'SELECT count(hashtextextended(s, 0)) FROM bs'),
('fnv1a_64 on 8-40 byte text', 'fnv1a_64', 'md5', 0.30,
 'SELECT count(fasthash_fnv1a_64(s)) FROM bs', 'SELECT count(md5(s)) FROM bs');
INSERT INTO bench_case (name, a_label, b_label, a_sql, b_sql, bytes) VALUES
('jody_64 on 64 KB bytea', 'jody_64', 'hashtextextended',
 'SELECT count(fasthash_jody_64(b)) FROM bl', 'SELECT count(hashtextextended(t, 0)) FROM bl', :bl_bytes),
('fnv1a_64 on 64 KB bytea', 'fnv1a_64', 'hashtextextended',
 'SELECT count(fasthash_fnv1a_64(b)) FROM bl', 'SELECT count(hashtextextended(t, 0)) FROM bl', :bl_bytes);
