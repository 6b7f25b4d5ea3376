-- test/citus.sh: queries whose answers on the cluster must equal the plain
-- server's, run on both and compared as text.  Each starts with a comment
-- line of its own (the count of them is the count of queries).
SET TimeZone = 'UTC';
-- counts
SELECT count(*), count(DISTINCT id), count(DISTINCT at), count(note) FROM events;
-- min and max of both types
SELECT min(id), max(id), min(at), max(at) FROM events;
-- min and max on the table distributed by time
SELECT min(at), max(at), min(id), max(id) FROM by_time;
-- min and max per group
SELECT note, min(id), max(at) FROM events GROUP BY note ORDER BY note;
-- ksuid_compress of all IDs
SELECT md5(ksuid_compress(id)), ksuid_compressed_count(ksuid_compress(id)) FROM events;
-- ksuid_compress per note
SELECT note, md5(ksuid_compress(id)) FROM events GROUP BY note ORDER BY note;
-- ksuid_compress of a range, expanded again
SELECT count(*), min(e), max(e)
  FROM (SELECT ksuid_compress(id) s FROM events WHERE id BETWEEN ksuid_min_at('2024-03-01+00') AND ksuid_max_at('2024-03-31+00')) x,
       ksuid_expand(x.s) e;
-- the union of per-note sets is the set of all
SELECT md5(ksuid_compress(s)) FROM (SELECT ksuid_compress(id) s FROM events GROUP BY note) x;
-- per day
SELECT date_trunc('day', at), count(*), min(at), max(at) FROM events GROUP BY 1 ORDER BY 1 LIMIT 40;
-- ksuid_time and a range of times
SELECT count(*) FROM events WHERE ksuid_time(id) >= '2024-02-01+00' AND ksuid_time(id) < '2024-02-15+00';
-- nanosecond-exact comparisons
SELECT count(*) FROM events WHERE at > '2024-06-01 00:00:00.000000500+00' AND at <= '2024-06-01 00:00:00.000000900+00';
-- against timestamptz and date
SELECT count(*) FILTER (WHERE at < timestamptz '2024-07-01+00'), count(*) FILTER (WHERE at >= date '2024-10-01') FROM events;
-- ordered pages
SELECT id, at FROM events ORDER BY id LIMIT 5 OFFSET 1000;
-- newest first
SELECT at, id FROM events ORDER BY at DESC, id LIMIT 5;
-- fasthash of text, summed exactly
SELECT sum(fasthash_fnv1a_64(note)::numeric), sum(fasthash_jody_64(id::bytea)::numeric) FROM events;
-- to_char with nanoseconds, AT TIME ZONE
SELECT to_char(at, 'YYYY-MM-DD HH24:MI:SS.FF9'), at AT TIME ZONE 'America/New_York' FROM events ORDER BY id LIMIT 5;
-- EXTRACT and date_bin
SELECT sum(EXTRACT(epoch FROM at)), count(DISTINCT date_bin('15 minutes', at, timestamptz_ns '2024-01-01+00')) FROM events;
-- a subquery on another distribution
SELECT count(*) FROM events WHERE id IN (SELECT id FROM by_time WHERE v < 100);
-- a co-located join by text
SELECT t.tag, count(*), min(n.id), max(n.at) FROM tags t JOIN event_notes n USING (note) GROUP BY t.tag ORDER BY 1;
-- intervals between extremes
SELECT max(at) - min(at) FROM events WHERE at > '2023-01-01+00' AND at < '2024-12-31+00';
-- = ANY of an array
SELECT count(*) FROM events WHERE at = ANY (ARRAY(SELECT at FROM events ORDER BY n LIMIT 50));
-- ranges of timestamptz_ns
SELECT count(*) FROM events WHERE tstzrange_ns('2024-03-01+00', '2024-03-02+00') @> at;
-- text output of every ID and time, digested
SELECT md5(string_agg(id::text || ' ' || at::text, ',' ORDER BY id)) FROM events;
-- no row twice
SELECT id, count(*) FROM events GROUP BY id HAVING count(*) > 1;
