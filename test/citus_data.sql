-- test/citus.sh: the rows, made on the plain server and copied to the
-- cluster.  Deterministic: the same rows every run.  :rows events over a
-- year (runs of consecutive IDs, nanoseconds), by_time rows with repeated
-- instants, notes and tags for a co-located join.
SET TimeZone = 'UTC';
\i test/citus_tables.sql
INSERT INTO events
SELECT ksuid_from_parts(timestamptz '2024-01-01+00' + (g * 7919 % 31536000) * interval '1 s',
                       decode(md5(g::text), 'hex')),
       to_timestamptz_ns(1704067200000000000 + (g::bigint * 104729 % 31536000) * 1000000000 + g % 1000000007),
       'note ' || (g % 97), g
  FROM generate_series(1, :rows) g;
INSERT INTO events
SELECT ksuid_from_parts(timestamptz '2024-06-01+00', decode(lpad(to_hex(g), 32, '0'), 'hex')),
       to_timestamptz_ns(1717200000000000000 + g), 'run', :rows + g
  FROM generate_series(1, 1000) g;
INSERT INTO by_time
SELECT to_timestamptz_ns(1704067200000000000 + (g::bigint * 7907 % 500000) * 1000000007),
       ksuid_from_parts(timestamptz '2024-01-01+00' + (g * 7919 % 31536000) * interval '1 s', decode(md5(g::text), 'hex')),
       g % 1000
  FROM generate_series(1, :rows / 2) g;
INSERT INTO tags SELECT 'note ' || g, 'tag ' || (g % 5) FROM generate_series(0, 96) g;
INSERT INTO event_notes SELECT note, id, at FROM events WHERE n % 10 = 0;
ANALYZE;
