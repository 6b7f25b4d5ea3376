-- xversion.sql: the database test/xversion.sh dumps on one major and
-- restores on the others.  Every value is a function of n, so each major
-- builds the same rows; a few are the types' extremes.
CREATE EXTENSION IF NOT EXISTS fastevent;
SET TimeZone = 'UTC';

CREATE TABLE events (
	id ksuid PRIMARY KEY DEFAULT gen_ksuid(),
	at timestamptz_ns NOT NULL DEFAULT clock_timestamp_ns(),
	at_us timestamptz,
	day date,
	n bigint,
	fnv bigint,
	note text
);
INSERT INTO events (id, at, at_us, day, n, fnv, note)
SELECT id, at, at::timestamptz, at::date, n, fasthash_fnv1a_64(id), 'row ' || n
  FROM (SELECT n,
               ksuid_from_parts(timestamptz '2023-06-01 00:00:00+00' + n * interval '97 seconds',
                                decode(md5(n::text), 'hex')) AS id,
               to_timestamptz_ns(1685577600000000000 + n * 97000000123 + n % 1000) AS at
          FROM generate_series(1, 20000) n) s;
INSERT INTO events (id, at, at_us, day, n, fnv, note) VALUES
	(ksuid_nil(), '-infinity', '-infinity', '-infinity', 0, fasthash_fnv1a_64(ksuid_nil()), 'nil'),
	(ksuid_max(), 'infinity', 'infinity', 'infinity', 20001, fasthash_fnv1a_64(ksuid_max()), 'max'),
	(ksuid_next(ksuid_nil()), to_timestamptz_ns(-9223372036854775807), NULL, NULL, 20002, NULL, 'earliest'),
	(ksuid_prev(ksuid_max()), to_timestamptz_ns(9223372036854775806), NULL, NULL, 20003, NULL, 'latest'),
	(ksuid_from_parts('2024-01-01 00:00:00+00', '\x00000000000000000000000000000001'),
	 '2024-01-01 00:00:00.000000001+00', '2024-01-01 00:00:00+00', '2024-01-01', 20004,
	 fasthash_jody_64('x'), 'one nanosecond');
CREATE INDEX events_at_hash ON events USING hash (at);
CREATE INDEX events_at_brin ON events USING brin (at) WITH (pages_per_range = 4);

-- an append-only log: BRIN alone
CREATE TABLE eventlog (id ksuid, at timestamptz_ns);
INSERT INTO eventlog SELECT id, at FROM events ORDER BY id;
CREATE INDEX eventlog_id_brin ON eventlog USING brin (id) WITH (pages_per_range = 4);

CREATE TABLE parted (
	id ksuid PRIMARY KEY DEFAULT gen_ksuid(),
	at timestamptz_ns NOT NULL DEFAULT clock_timestamp_ns()
) PARTITION BY HASH (id);
CREATE TABLE parted_0 PARTITION OF parted FOR VALUES WITH (MODULUS 4, REMAINDER 0);
CREATE TABLE parted_1 PARTITION OF parted FOR VALUES WITH (MODULUS 4, REMAINDER 1);
CREATE TABLE parted_2 PARTITION OF parted FOR VALUES WITH (MODULUS 4, REMAINDER 2);
CREATE TABLE parted_3 PARTITION OF parted FOR VALUES WITH (MODULUS 4, REMAINDER 3);
INSERT INTO parted SELECT id, at FROM events;
ANALYZE;
