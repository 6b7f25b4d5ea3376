-- Compare fastevent with what the Go reference libraries computed
-- (crosscheck.go) on random data: psql -v dir=DIR -f crosscheck.sql
\set ON_ERROR_STOP 1
SET client_min_messages = warning;
CREATE EXTENSION IF NOT EXISTS fastevent;
SET client_min_messages = notice;

-- numeric unsigned 64-bit -> bigint with the same bits
CREATE FUNCTION pg_temp.s64(n numeric) RETURNS bigint LANGUAGE sql IMMUTABLE AS
  $$ SELECT (CASE WHEN n >= 9223372036854775808 THEN n - 18446744073709551616 ELSE n END)::bigint $$;

\set kfile :dir '/ksuid.tsv'
\set hfile :dir '/fasthash.tsv'
\set tfile :dir '/tsns.tsv'
\set sfile :dir '/ksuid_set.tsv'

CREATE TEMP TABLE gk (hex text, str text, next text, prev text, unix_ts bigint);
COPY gk FROM :'kfile';
CREATE TEMP TABLE gh (hex text, s32 bigint, s64 numeric, u32 bigint, u64 numeric,
  fnv1_32 bigint, fnv1a_32 bigint, fnv1_64 numeric, fnv1a_64 numeric, jody_64 numeric,
  add_fnv1_32 bigint, add_fnv1a_32 bigint, add_fnv1_64 numeric, add_fnv1a_64 numeric,
  add_jody_64 numeric, u32_fnv1 bigint, u32_fnv1a bigint, u64_fnv1 numeric, u64_fnv1a numeric,
  u64_jody numeric, add_u64_fnv1a numeric);
COPY gh FROM :'hfile';
CREATE TEMP TABLE gt (ns bigint, utc text, new_york text, rfc3339 text);
COPY gt FROM :'tfile';
CREATE TEMP TABLE gs (n int, given text, set_hex text, iter text);
COPY gs FROM :'sfile';

CREATE TEMP TABLE result (check_name text, rows bigint, wrong bigint);

INSERT INTO result
SELECT 'ksuid', count(*), count(*) FILTER (WHERE NOT (
         str::ksuid::bytea = decode(hex, 'hex')
     AND ksuid(decode(hex, 'hex'))::text = str
     AND ksuid_next(str::ksuid)::text = next
     AND ksuid_prev(str::ksuid)::text = prev
     AND ksuid_time(str::ksuid) = to_timestamp(unix_ts)))
  FROM gk;

INSERT INTO result
SELECT 'fasthash', count(*), count(*) FILTER (WHERE NOT (
         fasthash_fnv1_32(b) = fnv1_32 AND fasthash_fnv1a_32(b) = fnv1a_32
     AND fasthash_u64(fasthash_fnv1_64(b)) = fnv1_64
     AND fasthash_u64(fasthash_fnv1a_64(b)) = fnv1a_64
     AND fasthash_u64(fasthash_jody_64(b)) = jody_64
     AND fasthash_fnv1_32(b, s32) = add_fnv1_32 AND fasthash_fnv1a_32(b, s32) = add_fnv1a_32
     AND fasthash_u64(fasthash_fnv1_64(b, pg_temp.s64(s64))) = add_fnv1_64
     AND fasthash_u64(fasthash_fnv1a_64(b, pg_temp.s64(s64))) = add_fnv1a_64
     AND fasthash_u64(fasthash_jody_64(b, pg_temp.s64(s64))) = add_jody_64
     AND fasthash_fnv1_32((u32 - CASE WHEN u32 >= 2147483648 THEN 4294967296 ELSE 0 END)::integer) = u32_fnv1
     AND fasthash_fnv1a_32((u32 - CASE WHEN u32 >= 2147483648 THEN 4294967296 ELSE 0 END)::integer) = u32_fnv1a
     AND fasthash_u64(fasthash_fnv1_64(pg_temp.s64(u64))) = u64_fnv1
     AND fasthash_u64(fasthash_fnv1a_64(pg_temp.s64(u64))) = u64_fnv1a
     AND fasthash_u64(fasthash_jody_64(pg_temp.s64(u64))) = u64_jody
     AND fasthash_u64(fasthash_fnv1a_64(pg_temp.s64(u64), pg_temp.s64(s64))) = add_u64_fnv1a))
  FROM (SELECT gh.*, decode(hex, 'hex') AS b FROM gh) s;

-- compressed sets: ksuid_compress of the IDs Go was given is the bytes of
-- ksuid.Compress; ksuid_expand of those bytes is what CompressedSet.Iter gave
INSERT INTO result
SELECT 'ksuid sets', count(*), count(*) FILTER (WHERE NOT (
         ksuid_compress(given::ksuid[]) IS NOT DISTINCT FROM nullif(decode(set_hex, 'hex'), '')
     AND ARRAY(SELECT ksuid_expand(decode(set_hex, 'hex')))::text = iter
     AND ksuid_compressed_count(decode(set_hex, 'hex')) = cardinality(iter::ksuid[])))
  FROM gs;
INSERT INTO result
SELECT 'ksuid sets, aggregate', count(*), count(*) FILTER (WHERE agg IS DISTINCT FROM nullif(decode(set_hex, 'hex'), ''))
  FROM (SELECT gs.set_hex, (SELECT ksuid_compress(id) FROM unnest(given::ksuid[]) id) AS agg FROM gs) s;

SET TimeZone = 'UTC';
INSERT INTO result
SELECT 'timestamptz_ns in UTC', count(*), count(*) FILTER (WHERE NOT (
         to_timestamptz_ns(ns)::text = utc
     AND epoch_ns(rfc3339::timestamptz_ns) = ns
     AND epoch_ns(utc::timestamptz_ns) = ns))
  FROM gt;
SET TimeZone = 'America/New_York';
INSERT INTO result
SELECT 'timestamptz_ns in New York', count(*), count(*) FILTER (WHERE NOT (
         to_timestamptz_ns(ns)::text = new_york
     AND epoch_ns(new_york::timestamptz_ns) = ns
     AND epoch_ns(rfc3339::timestamptz_ns) = ns))
  FROM gt;
RESET TimeZone;

SELECT check_name, rows, wrong FROM result ORDER BY check_name;

-- any difference fails the run
DO $$
DECLARE
	n bigint := (SELECT sum(wrong) FROM result);
BEGIN
	IF n > 0 THEN
		RAISE EXCEPTION 'crosscheck: % rows differ from the Go reference libraries', n;
	END IF;
END $$;
SELECT format('crosscheck: %s passed, 0 failed', sum(rows)) AS summary FROM result \gset
\echo :summary
