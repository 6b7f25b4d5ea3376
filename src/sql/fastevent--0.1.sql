/* src/sql/fastevent--0.1.sql */

-- complain if script is sourced in psql, rather than via CREATE EXTENSION
\echo Use "CREATE EXTENSION fastevent" to load this file. \quit

--
-- ksuid: K-Sortable Unique IDs (segmentio/ksuid), 20 bytes
--

CREATE TYPE ksuid;

CREATE FUNCTION ksuid_in(cstring) RETURNS ksuid
	AS 'MODULE_PATHNAME' LANGUAGE C IMMUTABLE STRICT PARALLEL SAFE;
CREATE FUNCTION ksuid_out(ksuid) RETURNS cstring
	AS 'MODULE_PATHNAME' LANGUAGE C IMMUTABLE STRICT PARALLEL SAFE;
CREATE FUNCTION ksuid_recv(internal) RETURNS ksuid
	AS 'MODULE_PATHNAME' LANGUAGE C IMMUTABLE STRICT PARALLEL SAFE;
CREATE FUNCTION ksuid_send(ksuid) RETURNS bytea
	AS 'MODULE_PATHNAME' LANGUAGE C IMMUTABLE STRICT PARALLEL SAFE;

CREATE TYPE ksuid (
	INPUT = ksuid_in,
	OUTPUT = ksuid_out,
	RECEIVE = ksuid_recv,
	SEND = ksuid_send,
	INTERNALLENGTH = 20,
	ALIGNMENT = char,
	STORAGE = plain,
	CATEGORY = 'U'
);
COMMENT ON TYPE ksuid IS 'K-Sortable Unique ID (segmentio/ksuid): 4-byte timestamp, 16-byte payload';

-- comparison
CREATE FUNCTION ksuid_lt(ksuid, ksuid) RETURNS boolean
	AS 'MODULE_PATHNAME' LANGUAGE C IMMUTABLE STRICT PARALLEL SAFE LEAKPROOF;
CREATE FUNCTION ksuid_le(ksuid, ksuid) RETURNS boolean
	AS 'MODULE_PATHNAME' LANGUAGE C IMMUTABLE STRICT PARALLEL SAFE LEAKPROOF;
CREATE FUNCTION ksuid_eq(ksuid, ksuid) RETURNS boolean
	AS 'MODULE_PATHNAME' LANGUAGE C IMMUTABLE STRICT PARALLEL SAFE LEAKPROOF;
CREATE FUNCTION ksuid_ne(ksuid, ksuid) RETURNS boolean
	AS 'MODULE_PATHNAME' LANGUAGE C IMMUTABLE STRICT PARALLEL SAFE LEAKPROOF;
CREATE FUNCTION ksuid_ge(ksuid, ksuid) RETURNS boolean
	AS 'MODULE_PATHNAME' LANGUAGE C IMMUTABLE STRICT PARALLEL SAFE LEAKPROOF;
CREATE FUNCTION ksuid_gt(ksuid, ksuid) RETURNS boolean
	AS 'MODULE_PATHNAME' LANGUAGE C IMMUTABLE STRICT PARALLEL SAFE LEAKPROOF;
CREATE FUNCTION ksuid_cmp(ksuid, ksuid) RETURNS integer
	AS 'MODULE_PATHNAME' LANGUAGE C IMMUTABLE STRICT PARALLEL SAFE LEAKPROOF;
CREATE FUNCTION ksuid_sortsupport(internal) RETURNS void
	AS 'MODULE_PATHNAME' LANGUAGE C IMMUTABLE STRICT PARALLEL SAFE;
CREATE FUNCTION ksuid_hash(ksuid) RETURNS integer
	AS 'MODULE_PATHNAME' LANGUAGE C IMMUTABLE STRICT PARALLEL SAFE LEAKPROOF;
CREATE FUNCTION ksuid_hash_extended(ksuid, bigint) RETURNS bigint
	AS 'MODULE_PATHNAME' LANGUAGE C IMMUTABLE STRICT PARALLEL SAFE LEAKPROOF;
CREATE FUNCTION ksuid_larger(ksuid, ksuid) RETURNS ksuid
	AS 'MODULE_PATHNAME' LANGUAGE C IMMUTABLE STRICT PARALLEL SAFE;
CREATE FUNCTION ksuid_smaller(ksuid, ksuid) RETURNS ksuid
	AS 'MODULE_PATHNAME' LANGUAGE C IMMUTABLE STRICT PARALLEL SAFE;

CREATE OPERATOR < (
	LEFTARG = ksuid, RIGHTARG = ksuid, FUNCTION = ksuid_lt,
	COMMUTATOR = >, NEGATOR = >=,
	RESTRICT = scalarltsel, JOIN = scalarltjoinsel
);
CREATE OPERATOR <= (
	LEFTARG = ksuid, RIGHTARG = ksuid, FUNCTION = ksuid_le,
	COMMUTATOR = >=, NEGATOR = >,
	RESTRICT = scalarlesel, JOIN = scalarlejoinsel
);
CREATE OPERATOR = (
	LEFTARG = ksuid, RIGHTARG = ksuid, FUNCTION = ksuid_eq,
	COMMUTATOR = =, NEGATOR = <>,
	RESTRICT = eqsel, JOIN = eqjoinsel, MERGES, HASHES
);
CREATE OPERATOR <> (
	LEFTARG = ksuid, RIGHTARG = ksuid, FUNCTION = ksuid_ne,
	COMMUTATOR = <>, NEGATOR = =,
	RESTRICT = neqsel, JOIN = neqjoinsel
);
CREATE OPERATOR >= (
	LEFTARG = ksuid, RIGHTARG = ksuid, FUNCTION = ksuid_ge,
	COMMUTATOR = <=, NEGATOR = <,
	RESTRICT = scalargesel, JOIN = scalargejoinsel
);
CREATE OPERATOR > (
	LEFTARG = ksuid, RIGHTARG = ksuid, FUNCTION = ksuid_gt,
	COMMUTATOR = <, NEGATOR = <=,
	RESTRICT = scalargtsel, JOIN = scalargtjoinsel
);

CREATE OPERATOR FAMILY ksuid_ops USING btree;
CREATE OPERATOR CLASS ksuid_ops
	DEFAULT FOR TYPE ksuid USING btree FAMILY ksuid_ops AS
		OPERATOR 1 <,
		OPERATOR 2 <=,
		OPERATOR 3 =,
		OPERATOR 4 >=,
		OPERATOR 5 >,
		FUNCTION 1 ksuid_cmp(ksuid, ksuid),
		FUNCTION 2 ksuid_sortsupport(internal),
		FUNCTION 4 btequalimage(oid);

CREATE OPERATOR FAMILY ksuid_ops USING hash;
CREATE OPERATOR CLASS ksuid_ops
	DEFAULT FOR TYPE ksuid USING hash FAMILY ksuid_ops AS
		OPERATOR 1 =,
		FUNCTION 1 ksuid_hash(ksuid),
		FUNCTION 2 ksuid_hash_extended(ksuid, bigint);

CREATE OPERATOR FAMILY ksuid_minmax_ops USING brin;
CREATE OPERATOR CLASS ksuid_minmax_ops
	DEFAULT FOR TYPE ksuid USING brin FAMILY ksuid_minmax_ops AS
		OPERATOR 1 <,
		OPERATOR 2 <=,
		OPERATOR 3 =,
		OPERATOR 4 >=,
		OPERATOR 5 >,
		FUNCTION 1 brin_minmax_opcinfo(internal),
		FUNCTION 2 brin_minmax_add_value(internal, internal, internal, internal),
		FUNCTION 3 brin_minmax_consistent(internal, internal, internal),
		FUNCTION 4 brin_minmax_union(internal, internal, internal);

CREATE AGGREGATE min(ksuid) (
	SFUNC = ksuid_smaller, STYPE = ksuid,
	COMBINEFUNC = ksuid_smaller, SORTOP = <, PARALLEL = SAFE
);
CREATE AGGREGATE max(ksuid) (
	SFUNC = ksuid_larger, STYPE = ksuid,
	COMBINEFUNC = ksuid_larger, SORTOP = >, PARALLEL = SAFE
);

-- casts: the 20 raw bytes, both ways, explicit only
CREATE FUNCTION bytea(ksuid) RETURNS bytea
	AS 'MODULE_PATHNAME', 'ksuid_to_bytea' LANGUAGE C IMMUTABLE STRICT PARALLEL SAFE;
CREATE FUNCTION ksuid(bytea) RETURNS ksuid
	AS 'MODULE_PATHNAME', 'ksuid_from_bytea' LANGUAGE C IMMUTABLE STRICT PARALLEL SAFE;
CREATE CAST (ksuid AS bytea) WITH FUNCTION bytea(ksuid);
CREATE CAST (bytea AS ksuid) WITH FUNCTION ksuid(bytea);

-- generation
CREATE FUNCTION gen_ksuid() RETURNS ksuid
	AS 'MODULE_PATHNAME', 'gen_ksuid' LANGUAGE C VOLATILE PARALLEL SAFE;
COMMENT ON FUNCTION gen_ksuid() IS 'new random ksuid for the current wall-clock second';
CREATE FUNCTION gen_ksuid(timestamptz) RETURNS ksuid
	AS 'MODULE_PATHNAME', 'gen_ksuid_at' LANGUAGE C VOLATILE STRICT PARALLEL SAFE;
COMMENT ON FUNCTION gen_ksuid(timestamptz) IS 'new random ksuid for the second of the given time';
-- PARALLEL RESTRICTED: the promise is per backend, so keep it in the leader
CREATE FUNCTION gen_ksuid_monotonic() RETURNS ksuid
	AS 'MODULE_PATHNAME' LANGUAGE C VOLATILE PARALLEL RESTRICTED;
COMMENT ON FUNCTION gen_ksuid_monotonic() IS 'new ksuid, strictly greater than the last one this session made with it';
CREATE FUNCTION ksuid_from_parts(timestamptz, bytea) RETURNS ksuid
	AS 'MODULE_PATHNAME' LANGUAGE C IMMUTABLE STRICT PARALLEL SAFE;

-- parts
CREATE FUNCTION ksuid_time(ksuid) RETURNS timestamptz
	AS 'MODULE_PATHNAME' LANGUAGE C IMMUTABLE STRICT PARALLEL SAFE;
CREATE FUNCTION ksuid_timestamp(ksuid) RETURNS bigint
	AS 'MODULE_PATHNAME' LANGUAGE C IMMUTABLE STRICT PARALLEL SAFE;
CREATE FUNCTION ksuid_payload(ksuid) RETURNS bytea
	AS 'MODULE_PATHNAME' LANGUAGE C IMMUTABLE STRICT PARALLEL SAFE;

-- neighbours and bounds
CREATE FUNCTION ksuid_next(ksuid) RETURNS ksuid
	AS 'MODULE_PATHNAME' LANGUAGE C IMMUTABLE STRICT PARALLEL SAFE;
CREATE FUNCTION ksuid_prev(ksuid) RETURNS ksuid
	AS 'MODULE_PATHNAME' LANGUAGE C IMMUTABLE STRICT PARALLEL SAFE;
CREATE FUNCTION ksuid_nil() RETURNS ksuid
	AS 'MODULE_PATHNAME' LANGUAGE C IMMUTABLE PARALLEL SAFE;
CREATE FUNCTION ksuid_max() RETURNS ksuid
	AS 'MODULE_PATHNAME' LANGUAGE C IMMUTABLE PARALLEL SAFE;
CREATE FUNCTION ksuid_min_at(timestamptz) RETURNS ksuid
	AS 'MODULE_PATHNAME' LANGUAGE C IMMUTABLE STRICT PARALLEL SAFE;
CREATE FUNCTION ksuid_max_at(timestamptz) RETURNS ksuid
	AS 'MODULE_PATHNAME' LANGUAGE C IMMUTABLE STRICT PARALLEL SAFE;

--
-- fasthash: FNV-1, FNV-1a and jody, equal to segmentio/fasthash
--

-- fnv1 32-bit: the unsigned 32-bit value
CREATE FUNCTION fasthash_fnv1_32(text) RETURNS bigint
	AS 'MODULE_PATHNAME', 'fasthash_fnv1_32_varlena' LANGUAGE C IMMUTABLE STRICT PARALLEL SAFE LEAKPROOF;
CREATE FUNCTION fasthash_fnv1_32(text, seed bigint) RETURNS bigint
	AS 'MODULE_PATHNAME', 'fasthash_fnv1_32_varlena' LANGUAGE C IMMUTABLE STRICT PARALLEL SAFE;
CREATE FUNCTION fasthash_fnv1_32(bytea) RETURNS bigint
	AS 'MODULE_PATHNAME', 'fasthash_fnv1_32_varlena' LANGUAGE C IMMUTABLE STRICT PARALLEL SAFE LEAKPROOF;
CREATE FUNCTION fasthash_fnv1_32(bytea, seed bigint) RETURNS bigint
	AS 'MODULE_PATHNAME', 'fasthash_fnv1_32_varlena' LANGUAGE C IMMUTABLE STRICT PARALLEL SAFE;
CREATE FUNCTION fasthash_fnv1_32(integer) RETURNS bigint
	AS 'MODULE_PATHNAME', 'fasthash_fnv1_32_int' LANGUAGE C IMMUTABLE STRICT PARALLEL SAFE LEAKPROOF;
CREATE FUNCTION fasthash_fnv1_32(integer, seed bigint) RETURNS bigint
	AS 'MODULE_PATHNAME', 'fasthash_fnv1_32_int' LANGUAGE C IMMUTABLE STRICT PARALLEL SAFE;
CREATE FUNCTION fasthash_fnv1_32(ksuid) RETURNS bigint
	AS 'MODULE_PATHNAME', 'fasthash_fnv1_32_ksuid' LANGUAGE C IMMUTABLE STRICT PARALLEL SAFE LEAKPROOF;
CREATE FUNCTION fasthash_fnv1_32(ksuid, seed bigint) RETURNS bigint
	AS 'MODULE_PATHNAME', 'fasthash_fnv1_32_ksuid' LANGUAGE C IMMUTABLE STRICT PARALLEL SAFE;

-- fnv1a 32-bit: the unsigned 32-bit value
CREATE FUNCTION fasthash_fnv1a_32(text) RETURNS bigint
	AS 'MODULE_PATHNAME', 'fasthash_fnv1a_32_varlena' LANGUAGE C IMMUTABLE STRICT PARALLEL SAFE LEAKPROOF;
CREATE FUNCTION fasthash_fnv1a_32(text, seed bigint) RETURNS bigint
	AS 'MODULE_PATHNAME', 'fasthash_fnv1a_32_varlena' LANGUAGE C IMMUTABLE STRICT PARALLEL SAFE;
CREATE FUNCTION fasthash_fnv1a_32(bytea) RETURNS bigint
	AS 'MODULE_PATHNAME', 'fasthash_fnv1a_32_varlena' LANGUAGE C IMMUTABLE STRICT PARALLEL SAFE LEAKPROOF;
CREATE FUNCTION fasthash_fnv1a_32(bytea, seed bigint) RETURNS bigint
	AS 'MODULE_PATHNAME', 'fasthash_fnv1a_32_varlena' LANGUAGE C IMMUTABLE STRICT PARALLEL SAFE;
CREATE FUNCTION fasthash_fnv1a_32(integer) RETURNS bigint
	AS 'MODULE_PATHNAME', 'fasthash_fnv1a_32_int' LANGUAGE C IMMUTABLE STRICT PARALLEL SAFE LEAKPROOF;
CREATE FUNCTION fasthash_fnv1a_32(integer, seed bigint) RETURNS bigint
	AS 'MODULE_PATHNAME', 'fasthash_fnv1a_32_int' LANGUAGE C IMMUTABLE STRICT PARALLEL SAFE;
CREATE FUNCTION fasthash_fnv1a_32(ksuid) RETURNS bigint
	AS 'MODULE_PATHNAME', 'fasthash_fnv1a_32_ksuid' LANGUAGE C IMMUTABLE STRICT PARALLEL SAFE LEAKPROOF;
CREATE FUNCTION fasthash_fnv1a_32(ksuid, seed bigint) RETURNS bigint
	AS 'MODULE_PATHNAME', 'fasthash_fnv1a_32_ksuid' LANGUAGE C IMMUTABLE STRICT PARALLEL SAFE;

-- fnv1 64-bit: the 64 bits, two's complement
CREATE FUNCTION fasthash_fnv1_64(text) RETURNS bigint
	AS 'MODULE_PATHNAME', 'fasthash_fnv1_64_varlena' LANGUAGE C IMMUTABLE STRICT PARALLEL SAFE LEAKPROOF;
CREATE FUNCTION fasthash_fnv1_64(text, seed bigint) RETURNS bigint
	AS 'MODULE_PATHNAME', 'fasthash_fnv1_64_varlena' LANGUAGE C IMMUTABLE STRICT PARALLEL SAFE LEAKPROOF;
CREATE FUNCTION fasthash_fnv1_64(bytea) RETURNS bigint
	AS 'MODULE_PATHNAME', 'fasthash_fnv1_64_varlena' LANGUAGE C IMMUTABLE STRICT PARALLEL SAFE LEAKPROOF;
CREATE FUNCTION fasthash_fnv1_64(bytea, seed bigint) RETURNS bigint
	AS 'MODULE_PATHNAME', 'fasthash_fnv1_64_varlena' LANGUAGE C IMMUTABLE STRICT PARALLEL SAFE LEAKPROOF;
CREATE FUNCTION fasthash_fnv1_64(bigint) RETURNS bigint
	AS 'MODULE_PATHNAME', 'fasthash_fnv1_64_int' LANGUAGE C IMMUTABLE STRICT PARALLEL SAFE LEAKPROOF;
CREATE FUNCTION fasthash_fnv1_64(bigint, seed bigint) RETURNS bigint
	AS 'MODULE_PATHNAME', 'fasthash_fnv1_64_int' LANGUAGE C IMMUTABLE STRICT PARALLEL SAFE LEAKPROOF;
CREATE FUNCTION fasthash_fnv1_64(ksuid) RETURNS bigint
	AS 'MODULE_PATHNAME', 'fasthash_fnv1_64_ksuid' LANGUAGE C IMMUTABLE STRICT PARALLEL SAFE LEAKPROOF;
CREATE FUNCTION fasthash_fnv1_64(ksuid, seed bigint) RETURNS bigint
	AS 'MODULE_PATHNAME', 'fasthash_fnv1_64_ksuid' LANGUAGE C IMMUTABLE STRICT PARALLEL SAFE LEAKPROOF;

-- fnv1a 64-bit: the 64 bits, two's complement
CREATE FUNCTION fasthash_fnv1a_64(text) RETURNS bigint
	AS 'MODULE_PATHNAME', 'fasthash_fnv1a_64_varlena' LANGUAGE C IMMUTABLE STRICT PARALLEL SAFE LEAKPROOF;
CREATE FUNCTION fasthash_fnv1a_64(text, seed bigint) RETURNS bigint
	AS 'MODULE_PATHNAME', 'fasthash_fnv1a_64_varlena' LANGUAGE C IMMUTABLE STRICT PARALLEL SAFE LEAKPROOF;
CREATE FUNCTION fasthash_fnv1a_64(bytea) RETURNS bigint
	AS 'MODULE_PATHNAME', 'fasthash_fnv1a_64_varlena' LANGUAGE C IMMUTABLE STRICT PARALLEL SAFE LEAKPROOF;
CREATE FUNCTION fasthash_fnv1a_64(bytea, seed bigint) RETURNS bigint
	AS 'MODULE_PATHNAME', 'fasthash_fnv1a_64_varlena' LANGUAGE C IMMUTABLE STRICT PARALLEL SAFE LEAKPROOF;
CREATE FUNCTION fasthash_fnv1a_64(bigint) RETURNS bigint
	AS 'MODULE_PATHNAME', 'fasthash_fnv1a_64_int' LANGUAGE C IMMUTABLE STRICT PARALLEL SAFE LEAKPROOF;
CREATE FUNCTION fasthash_fnv1a_64(bigint, seed bigint) RETURNS bigint
	AS 'MODULE_PATHNAME', 'fasthash_fnv1a_64_int' LANGUAGE C IMMUTABLE STRICT PARALLEL SAFE LEAKPROOF;
CREATE FUNCTION fasthash_fnv1a_64(ksuid) RETURNS bigint
	AS 'MODULE_PATHNAME', 'fasthash_fnv1a_64_ksuid' LANGUAGE C IMMUTABLE STRICT PARALLEL SAFE LEAKPROOF;
CREATE FUNCTION fasthash_fnv1a_64(ksuid, seed bigint) RETURNS bigint
	AS 'MODULE_PATHNAME', 'fasthash_fnv1a_64_ksuid' LANGUAGE C IMMUTABLE STRICT PARALLEL SAFE LEAKPROOF;

-- jody 64-bit: the 64 bits, two's complement
CREATE FUNCTION fasthash_jody_64(text) RETURNS bigint
	AS 'MODULE_PATHNAME', 'fasthash_jody_64_varlena' LANGUAGE C IMMUTABLE STRICT PARALLEL SAFE LEAKPROOF;
CREATE FUNCTION fasthash_jody_64(text, seed bigint) RETURNS bigint
	AS 'MODULE_PATHNAME', 'fasthash_jody_64_varlena' LANGUAGE C IMMUTABLE STRICT PARALLEL SAFE LEAKPROOF;
CREATE FUNCTION fasthash_jody_64(bytea) RETURNS bigint
	AS 'MODULE_PATHNAME', 'fasthash_jody_64_varlena' LANGUAGE C IMMUTABLE STRICT PARALLEL SAFE LEAKPROOF;
CREATE FUNCTION fasthash_jody_64(bytea, seed bigint) RETURNS bigint
	AS 'MODULE_PATHNAME', 'fasthash_jody_64_varlena' LANGUAGE C IMMUTABLE STRICT PARALLEL SAFE LEAKPROOF;
CREATE FUNCTION fasthash_jody_64(bigint) RETURNS bigint
	AS 'MODULE_PATHNAME', 'fasthash_jody_64_int' LANGUAGE C IMMUTABLE STRICT PARALLEL SAFE LEAKPROOF;
CREATE FUNCTION fasthash_jody_64(bigint, seed bigint) RETURNS bigint
	AS 'MODULE_PATHNAME', 'fasthash_jody_64_int' LANGUAGE C IMMUTABLE STRICT PARALLEL SAFE LEAKPROOF;
CREATE FUNCTION fasthash_jody_64(ksuid) RETURNS bigint
	AS 'MODULE_PATHNAME', 'fasthash_jody_64_ksuid' LANGUAGE C IMMUTABLE STRICT PARALLEL SAFE LEAKPROOF;
CREATE FUNCTION fasthash_jody_64(ksuid, seed bigint) RETURNS bigint
	AS 'MODULE_PATHNAME', 'fasthash_jody_64_ksuid' LANGUAGE C IMMUTABLE STRICT PARALLEL SAFE LEAKPROOF;

-- helpers for 64-bit results
CREATE FUNCTION fasthash_u64(bigint) RETURNS numeric
	AS 'MODULE_PATHNAME' LANGUAGE C IMMUTABLE STRICT PARALLEL SAFE LEAKPROOF;
COMMENT ON FUNCTION fasthash_u64(bigint) IS 'the unsigned value of a 64-bit hash, as Go prints a uint64';
CREATE FUNCTION fasthash_hex64(bigint) RETURNS text
	AS 'MODULE_PATHNAME' LANGUAGE C IMMUTABLE STRICT PARALLEL SAFE LEAKPROOF;
COMMENT ON FUNCTION fasthash_hex64(bigint) IS 'a 64-bit hash as 16 zero-padded hex digits';
