/* src/sql/fastevent--0.2--0.3.sql */

-- complain if script is sourced in psql, rather than via ALTER EXTENSION
\echo Use "ALTER EXTENSION fastevent UPDATE TO '0.3'" to load this file. \quit

-- 0.3 adds random(timestamptz_ns, timestamptz_ns), ksuid_compress(bytea),
-- and makes min/max of both types and ksuid_compress(ksuid) aggregates that
-- run in parts: on parallel workers and on Citus's workers.  An aggregate's
-- state type cannot change in place, so those three are dropped and made
-- again: a view that uses one of them has to be dropped before the update
-- (ALTER EXTENSION says which) and made again after it.

--
-- random(timestamptz_ns, timestamptz_ns), as core has random(timestamptz,
-- timestamptz) from PostgreSQL 19 on (here on every major): the generator of
-- random(), so setseed() repeats a sequence of draws
--
CREATE FUNCTION random(min timestamptz_ns, max timestamptz_ns) RETURNS timestamptz_ns
	AS 'MODULE_PATHNAME', 'timestamptz_ns_random' LANGUAGE C VOLATILE STRICT PARALLEL RESTRICTED;
COMMENT ON FUNCTION random(timestamptz_ns, timestamptz_ns) IS 'random time in [min, max], uniform to the nanosecond, from the generator of random() (setseed() repeats it)';

--
-- min() and max() of ksuid and timestamptz_ns: an internal state with a
-- combine step (src/minmax.c)
--
DROP AGGREGATE min(ksuid);
DROP AGGREGATE max(ksuid);
DROP AGGREGATE min(timestamptz_ns);
DROP AGGREGATE max(timestamptz_ns);
-- min() and max() with an internal state and a combine step: parallel on
-- one server; Citus knows them by name and sends min(col) to each shard,
-- where an index answers it (src/minmax.c)
CREATE FUNCTION ksuid_min_trans(internal, ksuid) RETURNS internal
	AS 'MODULE_PATHNAME' LANGUAGE C IMMUTABLE PARALLEL SAFE;
COMMENT ON FUNCTION ksuid_min_trans(internal, ksuid) IS 'transition function of aggregate min(ksuid)';
CREATE FUNCTION ksuid_max_trans(internal, ksuid) RETURNS internal
	AS 'MODULE_PATHNAME' LANGUAGE C IMMUTABLE PARALLEL SAFE;
COMMENT ON FUNCTION ksuid_max_trans(internal, ksuid) IS 'transition function of aggregate max(ksuid)';
CREATE FUNCTION ksuid_min_combine(internal, internal) RETURNS internal
	AS 'MODULE_PATHNAME' LANGUAGE C IMMUTABLE PARALLEL SAFE;
COMMENT ON FUNCTION ksuid_min_combine(internal, internal) IS 'combine function of aggregate min(ksuid)';
CREATE FUNCTION ksuid_max_combine(internal, internal) RETURNS internal
	AS 'MODULE_PATHNAME' LANGUAGE C IMMUTABLE PARALLEL SAFE;
COMMENT ON FUNCTION ksuid_max_combine(internal, internal) IS 'combine function of aggregate max(ksuid)';
CREATE FUNCTION ksuid_minmax_serial(internal) RETURNS bytea
	AS 'MODULE_PATHNAME' LANGUAGE C IMMUTABLE STRICT PARALLEL SAFE;
COMMENT ON FUNCTION ksuid_minmax_serial(internal) IS 'serialization function of aggregates min(ksuid) and max(ksuid)';
CREATE FUNCTION ksuid_minmax_deserial(bytea, internal) RETURNS internal
	AS 'MODULE_PATHNAME' LANGUAGE C IMMUTABLE STRICT PARALLEL SAFE;
COMMENT ON FUNCTION ksuid_minmax_deserial(bytea, internal) IS 'deserialization function of aggregates min(ksuid) and max(ksuid)';
CREATE FUNCTION ksuid_minmax_final(internal) RETURNS ksuid
	AS 'MODULE_PATHNAME' LANGUAGE C IMMUTABLE PARALLEL SAFE;
COMMENT ON FUNCTION ksuid_minmax_final(internal) IS 'final function of aggregates min(ksuid) and max(ksuid)';
CREATE AGGREGATE min(ksuid) (
	SFUNC = ksuid_min_trans, STYPE = internal, SSPACE = 24,
	COMBINEFUNC = ksuid_min_combine, SERIALFUNC = ksuid_minmax_serial,
	DESERIALFUNC = ksuid_minmax_deserial, FINALFUNC = ksuid_minmax_final,
	SORTOP = <, PARALLEL = SAFE
);
COMMENT ON AGGREGATE min(ksuid) IS 'minimum value of all ksuid input values';
CREATE AGGREGATE max(ksuid) (
	SFUNC = ksuid_max_trans, STYPE = internal, SSPACE = 24,
	COMBINEFUNC = ksuid_max_combine, SERIALFUNC = ksuid_minmax_serial,
	DESERIALFUNC = ksuid_minmax_deserial, FINALFUNC = ksuid_minmax_final,
	SORTOP = >, PARALLEL = SAFE
);
COMMENT ON AGGREGATE max(ksuid) IS 'maximum value of all ksuid input values';

-- min() and max() with an internal state and a combine step: parallel on
-- one server; Citus knows them by name and sends min(col) to each shard,
-- where an index answers it (src/minmax.c)
CREATE FUNCTION timestamptz_ns_min_trans(internal, timestamptz_ns) RETURNS internal
	AS 'MODULE_PATHNAME' LANGUAGE C IMMUTABLE PARALLEL SAFE;
COMMENT ON FUNCTION timestamptz_ns_min_trans(internal, timestamptz_ns) IS 'transition function of aggregate min(timestamptz_ns)';
CREATE FUNCTION timestamptz_ns_max_trans(internal, timestamptz_ns) RETURNS internal
	AS 'MODULE_PATHNAME' LANGUAGE C IMMUTABLE PARALLEL SAFE;
COMMENT ON FUNCTION timestamptz_ns_max_trans(internal, timestamptz_ns) IS 'transition function of aggregate max(timestamptz_ns)';
CREATE FUNCTION timestamptz_ns_min_combine(internal, internal) RETURNS internal
	AS 'MODULE_PATHNAME' LANGUAGE C IMMUTABLE PARALLEL SAFE;
COMMENT ON FUNCTION timestamptz_ns_min_combine(internal, internal) IS 'combine function of aggregate min(timestamptz_ns)';
CREATE FUNCTION timestamptz_ns_max_combine(internal, internal) RETURNS internal
	AS 'MODULE_PATHNAME' LANGUAGE C IMMUTABLE PARALLEL SAFE;
COMMENT ON FUNCTION timestamptz_ns_max_combine(internal, internal) IS 'combine function of aggregate max(timestamptz_ns)';
CREATE FUNCTION timestamptz_ns_minmax_serial(internal) RETURNS bytea
	AS 'MODULE_PATHNAME' LANGUAGE C IMMUTABLE STRICT PARALLEL SAFE;
COMMENT ON FUNCTION timestamptz_ns_minmax_serial(internal) IS 'serialization function of aggregates min(timestamptz_ns) and max(timestamptz_ns)';
CREATE FUNCTION timestamptz_ns_minmax_deserial(bytea, internal) RETURNS internal
	AS 'MODULE_PATHNAME' LANGUAGE C IMMUTABLE STRICT PARALLEL SAFE;
COMMENT ON FUNCTION timestamptz_ns_minmax_deserial(bytea, internal) IS 'deserialization function of aggregates min(timestamptz_ns) and max(timestamptz_ns)';
CREATE FUNCTION timestamptz_ns_minmax_final(internal) RETURNS timestamptz_ns
	AS 'MODULE_PATHNAME' LANGUAGE C IMMUTABLE PARALLEL SAFE;
COMMENT ON FUNCTION timestamptz_ns_minmax_final(internal) IS 'final function of aggregates min(timestamptz_ns) and max(timestamptz_ns)';
CREATE AGGREGATE min(timestamptz_ns) (
	SFUNC = timestamptz_ns_min_trans, STYPE = internal, SSPACE = 16,
	COMBINEFUNC = timestamptz_ns_min_combine, SERIALFUNC = timestamptz_ns_minmax_serial,
	DESERIALFUNC = timestamptz_ns_minmax_deserial, FINALFUNC = timestamptz_ns_minmax_final,
	SORTOP = <, PARALLEL = SAFE
);
COMMENT ON AGGREGATE min(timestamptz_ns) IS 'minimum value of all timestamptz_ns input values';
CREATE AGGREGATE max(timestamptz_ns) (
	SFUNC = timestamptz_ns_max_trans, STYPE = internal, SSPACE = 16,
	COMBINEFUNC = timestamptz_ns_max_combine, SERIALFUNC = timestamptz_ns_minmax_serial,
	DESERIALFUNC = timestamptz_ns_minmax_deserial, FINALFUNC = timestamptz_ns_minmax_final,
	SORTOP = >, PARALLEL = SAFE
);
COMMENT ON AGGREGATE max(timestamptz_ns) IS 'maximum value of all timestamptz_ns input values';

--
-- ksuid_compress: a state that is a compressed set, and a union of sets
--
DROP AGGREGATE ksuid_compress(ksuid);
DROP FUNCTION ksuid_compress_trans(internal, ksuid);
DROP FUNCTION ksuid_compress_final(internal);
-- The aggregates' state is itself a compressed set (bytea): workers of a
-- parallel plan, and Citus's workers, send their partial sets, and the
-- combine step merges them (src/ksuid_set_agg.c)
CREATE FUNCTION ksuid_set_trans(bytea, ksuid) RETURNS bytea
	AS 'MODULE_PATHNAME' LANGUAGE C IMMUTABLE PARALLEL SAFE;
COMMENT ON FUNCTION ksuid_set_trans(bytea, ksuid) IS 'transition function of aggregate ksuid_compress(ksuid)';
CREATE FUNCTION ksuid_set_union(bytea, bytea) RETURNS bytea
	AS 'MODULE_PATHNAME' LANGUAGE C IMMUTABLE PARALLEL SAFE;
COMMENT ON FUNCTION ksuid_set_union(bytea, bytea) IS 'combine function of aggregates ksuid_compress(ksuid) and ksuid_compress(bytea), and transition function of ksuid_compress(bytea)';
CREATE FUNCTION ksuid_set_final(bytea) RETURNS bytea
	AS 'MODULE_PATHNAME' LANGUAGE C IMMUTABLE PARALLEL SAFE;
COMMENT ON FUNCTION ksuid_set_final(bytea) IS 'final function of aggregates ksuid_compress(ksuid) and ksuid_compress(bytea)';
CREATE AGGREGATE ksuid_compress(ksuid) (
	SFUNC = ksuid_set_trans,
	STYPE = bytea,
	COMBINEFUNC = ksuid_set_union,
	FINALFUNC = ksuid_set_final,
	PARALLEL = SAFE
);
COMMENT ON AGGREGATE ksuid_compress(ksuid) IS 'the IDs as a compressed set (segmentio/ksuid Compress): sorted, repeats and NULLs left out; NULL for no IDs';
CREATE AGGREGATE ksuid_compress(bytea) (
	SFUNC = ksuid_set_union,
	STYPE = bytea,
	COMBINEFUNC = ksuid_set_union,
	FINALFUNC = ksuid_set_final,
	PARALLEL = SAFE
);
COMMENT ON AGGREGATE ksuid_compress(bytea) IS 'the union of compressed sets: one set of all their IDs, sorted, repeats and NULLs left out; NULL for no IDs';
