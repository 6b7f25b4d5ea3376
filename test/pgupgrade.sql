-- pgupgrade.sql: what test/pgupgrade.sh adds to xversion.sql's tables in
-- the database at the current version before pg_upgrade: event windows,
-- every index kind of both types, a table hash-partitioned by a
-- timestamptz_ns.  Every value is a function of n.
SET TimeZone = 'UTC';
CREATE TABLE windows (n int, id ksuid, at timestamptz_ns, during tstzrange_ns);
INSERT INTO windows
SELECT n, ksuid_from_parts(timestamptz '2023-06-01 00:00:00+00' + n * interval '61 seconds',
                           decode(md5('w' || n), 'hex')),
       to_timestamptz_ns(1685577600000000000 + n * 61000000007),
       tstzrange_ns(to_timestamptz_ns(1685577600000000000 + n * 61000000007),
                    to_timestamptz_ns(1685577600000000000 + n * 61000000007 + (n % 97) * 60000000001))
  FROM generate_series(1, 10000) n;
INSERT INTO windows VALUES (0, ksuid_nil(), '-infinity', tstzrange_ns(NULL, '2023-06-01+00')),
                           (10001, ksuid_max(), 'infinity', 'empty');
CREATE INDEX windows_at_btree ON windows (at);
CREATE INDEX windows_id_hash ON windows USING hash (id);
CREATE INDEX windows_id_gist ON windows USING gist (id);
CREATE INDEX windows_at_gin ON windows USING gin (at);
CREATE INDEX windows_during_gist ON windows USING gist (during);
DO $$
BEGIN
	IF pg_catalog.current_setting('server_version_num')::int >= 140000 THEN
		CREATE INDEX windows_at_bloom ON windows USING brin (at timestamptz_ns_bloom_ops);
	END IF;
END
$$;

CREATE TABLE tparted (at timestamptz_ns, n int) PARTITION BY HASH (at);
CREATE TABLE tparted_0 PARTITION OF tparted FOR VALUES WITH (MODULUS 4, REMAINDER 0);
CREATE TABLE tparted_1 PARTITION OF tparted FOR VALUES WITH (MODULUS 4, REMAINDER 1);
CREATE TABLE tparted_2 PARTITION OF tparted FOR VALUES WITH (MODULUS 4, REMAINDER 2);
CREATE TABLE tparted_3 PARTITION OF tparted FOR VALUES WITH (MODULUS 4, REMAINDER 3);
INSERT INTO tparted SELECT at, n FROM windows;
VACUUM ANALYZE;
