/* src/sql/fastevent--0.2--0.3.sql */

-- complain if script is sourced in psql, rather than via ALTER EXTENSION
\echo Use "ALTER EXTENSION fastevent UPDATE TO '0.3'" to load this file. \quit

-- 0.3 adds random(timestamptz_ns, timestamptz_ns).

--
-- random(timestamptz_ns, timestamptz_ns), as core has random(timestamptz,
-- timestamptz) from PostgreSQL 19 on (here on every major): the generator of
-- random(), so setseed() repeats a sequence of draws
--
CREATE FUNCTION random(min timestamptz_ns, max timestamptz_ns) RETURNS timestamptz_ns
	AS 'MODULE_PATHNAME', 'timestamptz_ns_random' LANGUAGE C VOLATILE STRICT PARALLEL RESTRICTED;
COMMENT ON FUNCTION random(timestamptz_ns, timestamptz_ns) IS 'random time in [min, max], uniform to the nanosecond, from the generator of random() (setseed() repeats it)';
