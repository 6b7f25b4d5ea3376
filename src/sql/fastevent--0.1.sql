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
	AS 'MODULE_PATHNAME', 'ksuid_send' LANGUAGE C IMMUTABLE STRICT PARALLEL SAFE;
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

--
-- timestamptz_ns: an instant with nanosecond precision, int64 nanoseconds
-- since 1970-01-01 00:00:00 UTC, passed by value
--

CREATE TYPE timestamptz_ns;

-- text I/O depends on the session TimeZone: STABLE, like timestamptz's
CREATE FUNCTION timestamptz_ns_in(cstring) RETURNS timestamptz_ns
	AS 'MODULE_PATHNAME', 'tsns_in' LANGUAGE C STABLE STRICT PARALLEL SAFE;
CREATE FUNCTION timestamptz_ns_out(timestamptz_ns) RETURNS cstring
	AS 'MODULE_PATHNAME', 'tsns_out' LANGUAGE C STABLE STRICT PARALLEL SAFE;
CREATE FUNCTION timestamptz_ns_recv(internal) RETURNS timestamptz_ns
	AS 'MODULE_PATHNAME', 'tsns_recv' LANGUAGE C IMMUTABLE STRICT PARALLEL SAFE;
CREATE FUNCTION timestamptz_ns_send(timestamptz_ns) RETURNS bytea
	AS 'MODULE_PATHNAME', 'tsns_send' LANGUAGE C IMMUTABLE STRICT PARALLEL SAFE;

CREATE TYPE timestamptz_ns (
	INPUT = timestamptz_ns_in,
	OUTPUT = timestamptz_ns_out,
	RECEIVE = timestamptz_ns_recv,
	SEND = timestamptz_ns_send,
	INTERNALLENGTH = 8,
	PASSEDBYVALUE,
	ALIGNMENT = double,
	STORAGE = plain,
	CATEGORY = 'D'
);
COMMENT ON TYPE timestamptz_ns IS 'date and time with time zone, nanosecond precision (1677-09-21 to 2262-04-11)';

-- comparison
CREATE FUNCTION timestamptz_ns_lt(timestamptz_ns, timestamptz_ns) RETURNS boolean
	AS 'MODULE_PATHNAME', 'tsns_lt' LANGUAGE C IMMUTABLE STRICT PARALLEL SAFE LEAKPROOF;
CREATE FUNCTION timestamptz_ns_le(timestamptz_ns, timestamptz_ns) RETURNS boolean
	AS 'MODULE_PATHNAME', 'tsns_le' LANGUAGE C IMMUTABLE STRICT PARALLEL SAFE LEAKPROOF;
CREATE FUNCTION timestamptz_ns_eq(timestamptz_ns, timestamptz_ns) RETURNS boolean
	AS 'MODULE_PATHNAME', 'tsns_eq' LANGUAGE C IMMUTABLE STRICT PARALLEL SAFE LEAKPROOF;
CREATE FUNCTION timestamptz_ns_ne(timestamptz_ns, timestamptz_ns) RETURNS boolean
	AS 'MODULE_PATHNAME', 'tsns_ne' LANGUAGE C IMMUTABLE STRICT PARALLEL SAFE LEAKPROOF;
CREATE FUNCTION timestamptz_ns_ge(timestamptz_ns, timestamptz_ns) RETURNS boolean
	AS 'MODULE_PATHNAME', 'tsns_ge' LANGUAGE C IMMUTABLE STRICT PARALLEL SAFE LEAKPROOF;
CREATE FUNCTION timestamptz_ns_gt(timestamptz_ns, timestamptz_ns) RETURNS boolean
	AS 'MODULE_PATHNAME', 'tsns_gt' LANGUAGE C IMMUTABLE STRICT PARALLEL SAFE LEAKPROOF;
CREATE FUNCTION timestamptz_ns_cmp(timestamptz_ns, timestamptz_ns) RETURNS integer
	AS 'MODULE_PATHNAME', 'tsns_cmp' LANGUAGE C IMMUTABLE STRICT PARALLEL SAFE LEAKPROOF;
CREATE FUNCTION timestamptz_ns_sortsupport(internal) RETURNS void
	AS 'MODULE_PATHNAME', 'tsns_sortsupport' LANGUAGE C IMMUTABLE STRICT PARALLEL SAFE;
CREATE FUNCTION timestamptz_ns_hash(timestamptz_ns) RETURNS integer
	AS 'MODULE_PATHNAME', 'tsns_hash' LANGUAGE C IMMUTABLE STRICT PARALLEL SAFE LEAKPROOF;
CREATE FUNCTION timestamptz_ns_hash_extended(timestamptz_ns, bigint) RETURNS bigint
	AS 'MODULE_PATHNAME', 'tsns_hash_extended' LANGUAGE C IMMUTABLE STRICT PARALLEL SAFE LEAKPROOF;
CREATE FUNCTION timestamptz_ns_larger(timestamptz_ns, timestamptz_ns) RETURNS timestamptz_ns
	AS 'MODULE_PATHNAME', 'tsns_larger' LANGUAGE C IMMUTABLE STRICT PARALLEL SAFE;
CREATE FUNCTION timestamptz_ns_smaller(timestamptz_ns, timestamptz_ns) RETURNS timestamptz_ns
	AS 'MODULE_PATHNAME', 'tsns_smaller' LANGUAGE C IMMUTABLE STRICT PARALLEL SAFE;
CREATE FUNCTION in_range(timestamptz_ns, timestamptz_ns, interval, boolean, boolean) RETURNS boolean
	AS 'MODULE_PATHNAME', 'tsns_in_range' LANGUAGE C STABLE STRICT PARALLEL SAFE;

-- against timestamptz, exactly
CREATE FUNCTION timestamptz_ns_lt_timestamptz(timestamptz_ns, timestamptz) RETURNS boolean
	AS 'MODULE_PATHNAME', 'tsns_lt_tstz' LANGUAGE C IMMUTABLE STRICT PARALLEL SAFE LEAKPROOF;
CREATE FUNCTION timestamptz_ns_le_timestamptz(timestamptz_ns, timestamptz) RETURNS boolean
	AS 'MODULE_PATHNAME', 'tsns_le_tstz' LANGUAGE C IMMUTABLE STRICT PARALLEL SAFE LEAKPROOF;
CREATE FUNCTION timestamptz_ns_eq_timestamptz(timestamptz_ns, timestamptz) RETURNS boolean
	AS 'MODULE_PATHNAME', 'tsns_eq_tstz' LANGUAGE C IMMUTABLE STRICT PARALLEL SAFE LEAKPROOF;
CREATE FUNCTION timestamptz_ns_ne_timestamptz(timestamptz_ns, timestamptz) RETURNS boolean
	AS 'MODULE_PATHNAME', 'tsns_ne_tstz' LANGUAGE C IMMUTABLE STRICT PARALLEL SAFE LEAKPROOF;
CREATE FUNCTION timestamptz_ns_ge_timestamptz(timestamptz_ns, timestamptz) RETURNS boolean
	AS 'MODULE_PATHNAME', 'tsns_ge_tstz' LANGUAGE C IMMUTABLE STRICT PARALLEL SAFE LEAKPROOF;
CREATE FUNCTION timestamptz_ns_gt_timestamptz(timestamptz_ns, timestamptz) RETURNS boolean
	AS 'MODULE_PATHNAME', 'tsns_gt_tstz' LANGUAGE C IMMUTABLE STRICT PARALLEL SAFE LEAKPROOF;
CREATE FUNCTION timestamptz_ns_cmp_timestamptz(timestamptz_ns, timestamptz) RETURNS integer
	AS 'MODULE_PATHNAME', 'tsns_cmp_tstz' LANGUAGE C IMMUTABLE STRICT PARALLEL SAFE LEAKPROOF;
CREATE FUNCTION timestamptz_lt_timestamptz_ns(timestamptz, timestamptz_ns) RETURNS boolean
	AS 'MODULE_PATHNAME', 'tstz_tsns_lt' LANGUAGE C IMMUTABLE STRICT PARALLEL SAFE LEAKPROOF;
CREATE FUNCTION timestamptz_le_timestamptz_ns(timestamptz, timestamptz_ns) RETURNS boolean
	AS 'MODULE_PATHNAME', 'tstz_tsns_le' LANGUAGE C IMMUTABLE STRICT PARALLEL SAFE LEAKPROOF;
CREATE FUNCTION timestamptz_eq_timestamptz_ns(timestamptz, timestamptz_ns) RETURNS boolean
	AS 'MODULE_PATHNAME', 'tstz_tsns_eq' LANGUAGE C IMMUTABLE STRICT PARALLEL SAFE LEAKPROOF;
CREATE FUNCTION timestamptz_ne_timestamptz_ns(timestamptz, timestamptz_ns) RETURNS boolean
	AS 'MODULE_PATHNAME', 'tstz_tsns_ne' LANGUAGE C IMMUTABLE STRICT PARALLEL SAFE LEAKPROOF;
CREATE FUNCTION timestamptz_ge_timestamptz_ns(timestamptz, timestamptz_ns) RETURNS boolean
	AS 'MODULE_PATHNAME', 'tstz_tsns_ge' LANGUAGE C IMMUTABLE STRICT PARALLEL SAFE LEAKPROOF;
CREATE FUNCTION timestamptz_gt_timestamptz_ns(timestamptz, timestamptz_ns) RETURNS boolean
	AS 'MODULE_PATHNAME', 'tstz_tsns_gt' LANGUAGE C IMMUTABLE STRICT PARALLEL SAFE LEAKPROOF;
CREATE FUNCTION timestamptz_cmp_timestamptz_ns(timestamptz, timestamptz_ns) RETURNS integer
	AS 'MODULE_PATHNAME', 'tstz_cmp_tsns' LANGUAGE C IMMUTABLE STRICT PARALLEL SAFE LEAKPROOF;

CREATE OPERATOR < (LEFTARG = timestamptz_ns, RIGHTARG = timestamptz_ns, FUNCTION = timestamptz_ns_lt,
	COMMUTATOR = >, NEGATOR = >=, RESTRICT = scalarltsel, JOIN = scalarltjoinsel);
CREATE OPERATOR <= (LEFTARG = timestamptz_ns, RIGHTARG = timestamptz_ns, FUNCTION = timestamptz_ns_le,
	COMMUTATOR = >=, NEGATOR = >, RESTRICT = scalarlesel, JOIN = scalarlejoinsel);
CREATE OPERATOR = (LEFTARG = timestamptz_ns, RIGHTARG = timestamptz_ns, FUNCTION = timestamptz_ns_eq,
	COMMUTATOR = =, NEGATOR = <>, RESTRICT = eqsel, JOIN = eqjoinsel, MERGES, HASHES);
CREATE OPERATOR <> (LEFTARG = timestamptz_ns, RIGHTARG = timestamptz_ns, FUNCTION = timestamptz_ns_ne,
	COMMUTATOR = <>, NEGATOR = =, RESTRICT = neqsel, JOIN = neqjoinsel);
CREATE OPERATOR >= (LEFTARG = timestamptz_ns, RIGHTARG = timestamptz_ns, FUNCTION = timestamptz_ns_ge,
	COMMUTATOR = <=, NEGATOR = <, RESTRICT = scalargesel, JOIN = scalargejoinsel);
CREATE OPERATOR > (LEFTARG = timestamptz_ns, RIGHTARG = timestamptz_ns, FUNCTION = timestamptz_ns_gt,
	COMMUTATOR = <, NEGATOR = <=, RESTRICT = scalargtsel, JOIN = scalargtjoinsel);

CREATE OPERATOR < (LEFTARG = timestamptz_ns, RIGHTARG = timestamptz, FUNCTION = timestamptz_ns_lt_timestamptz,
	COMMUTATOR = >, NEGATOR = >=, RESTRICT = scalarltsel, JOIN = scalarltjoinsel);
CREATE OPERATOR <= (LEFTARG = timestamptz_ns, RIGHTARG = timestamptz, FUNCTION = timestamptz_ns_le_timestamptz,
	COMMUTATOR = >=, NEGATOR = >, RESTRICT = scalarlesel, JOIN = scalarlejoinsel);
CREATE OPERATOR = (LEFTARG = timestamptz_ns, RIGHTARG = timestamptz, FUNCTION = timestamptz_ns_eq_timestamptz,
	COMMUTATOR = =, NEGATOR = <>, RESTRICT = eqsel, JOIN = eqjoinsel, MERGES);
CREATE OPERATOR <> (LEFTARG = timestamptz_ns, RIGHTARG = timestamptz, FUNCTION = timestamptz_ns_ne_timestamptz,
	COMMUTATOR = <>, NEGATOR = =, RESTRICT = neqsel, JOIN = neqjoinsel);
CREATE OPERATOR >= (LEFTARG = timestamptz_ns, RIGHTARG = timestamptz, FUNCTION = timestamptz_ns_ge_timestamptz,
	COMMUTATOR = <=, NEGATOR = <, RESTRICT = scalargesel, JOIN = scalargejoinsel);
CREATE OPERATOR > (LEFTARG = timestamptz_ns, RIGHTARG = timestamptz, FUNCTION = timestamptz_ns_gt_timestamptz,
	COMMUTATOR = <, NEGATOR = <=, RESTRICT = scalargtsel, JOIN = scalargtjoinsel);

CREATE OPERATOR < (LEFTARG = timestamptz, RIGHTARG = timestamptz_ns, FUNCTION = timestamptz_lt_timestamptz_ns,
	COMMUTATOR = >, NEGATOR = >=, RESTRICT = scalarltsel, JOIN = scalarltjoinsel);
CREATE OPERATOR <= (LEFTARG = timestamptz, RIGHTARG = timestamptz_ns, FUNCTION = timestamptz_le_timestamptz_ns,
	COMMUTATOR = >=, NEGATOR = >, RESTRICT = scalarlesel, JOIN = scalarlejoinsel);
CREATE OPERATOR = (LEFTARG = timestamptz, RIGHTARG = timestamptz_ns, FUNCTION = timestamptz_eq_timestamptz_ns,
	COMMUTATOR = =, NEGATOR = <>, RESTRICT = eqsel, JOIN = eqjoinsel, MERGES);
CREATE OPERATOR <> (LEFTARG = timestamptz, RIGHTARG = timestamptz_ns, FUNCTION = timestamptz_ne_timestamptz_ns,
	COMMUTATOR = <>, NEGATOR = =, RESTRICT = neqsel, JOIN = neqjoinsel);
CREATE OPERATOR >= (LEFTARG = timestamptz, RIGHTARG = timestamptz_ns, FUNCTION = timestamptz_ge_timestamptz_ns,
	COMMUTATOR = <=, NEGATOR = <, RESTRICT = scalargesel, JOIN = scalargejoinsel);
CREATE OPERATOR > (LEFTARG = timestamptz, RIGHTARG = timestamptz_ns, FUNCTION = timestamptz_gt_timestamptz_ns,
	COMMUTATOR = <, NEGATOR = <=, RESTRICT = scalargtsel, JOIN = scalargtjoinsel);

-- btree: the type's own class, with the operators against timestamptz in
-- the same family so that an index on timestamptz_ns serves
-- WHERE ts > now() - interval '1 hour'
CREATE OPERATOR FAMILY timestamptz_ns_ops USING btree;
CREATE OPERATOR CLASS timestamptz_ns_ops
	DEFAULT FOR TYPE timestamptz_ns USING btree FAMILY timestamptz_ns_ops AS
		OPERATOR 1 <,
		OPERATOR 2 <=,
		OPERATOR 3 =,
		OPERATOR 4 >=,
		OPERATOR 5 >,
		FUNCTION 1 timestamptz_ns_cmp(timestamptz_ns, timestamptz_ns),
		FUNCTION 2 timestamptz_ns_sortsupport(internal),
		FUNCTION 3 in_range(timestamptz_ns, timestamptz_ns, interval, boolean, boolean),
		FUNCTION 4 btequalimage(oid);
ALTER OPERATOR FAMILY timestamptz_ns_ops USING btree ADD
	OPERATOR 1 < (timestamptz_ns, timestamptz),
	OPERATOR 2 <= (timestamptz_ns, timestamptz),
	OPERATOR 3 = (timestamptz_ns, timestamptz),
	OPERATOR 4 >= (timestamptz_ns, timestamptz),
	OPERATOR 5 > (timestamptz_ns, timestamptz),
	FUNCTION 1 (timestamptz_ns, timestamptz) timestamptz_ns_cmp_timestamptz(timestamptz_ns, timestamptz),
	OPERATOR 1 < (timestamptz, timestamptz_ns),
	OPERATOR 2 <= (timestamptz, timestamptz_ns),
	OPERATOR 3 = (timestamptz, timestamptz_ns),
	OPERATOR 4 >= (timestamptz, timestamptz_ns),
	OPERATOR 5 > (timestamptz, timestamptz_ns),
	FUNCTION 1 (timestamptz, timestamptz_ns) timestamptz_cmp_timestamptz_ns(timestamptz, timestamptz_ns),
	-- a complete family also holds timestamptz's own comparisons
	OPERATOR 1 < (timestamptz, timestamptz),
	OPERATOR 2 <= (timestamptz, timestamptz),
	OPERATOR 3 = (timestamptz, timestamptz),
	OPERATOR 4 >= (timestamptz, timestamptz),
	OPERATOR 5 > (timestamptz, timestamptz),
	FUNCTION 1 (timestamptz, timestamptz) timestamptz_cmp(timestamptz, timestamptz);

CREATE OPERATOR FAMILY timestamptz_ns_ops USING hash;
CREATE OPERATOR CLASS timestamptz_ns_ops
	DEFAULT FOR TYPE timestamptz_ns USING hash FAMILY timestamptz_ns_ops AS
		OPERATOR 1 =,
		FUNCTION 1 timestamptz_ns_hash(timestamptz_ns),
		FUNCTION 2 timestamptz_ns_hash_extended(timestamptz_ns, bigint);

CREATE OPERATOR FAMILY timestamptz_ns_minmax_ops USING brin;
CREATE OPERATOR CLASS timestamptz_ns_minmax_ops
	DEFAULT FOR TYPE timestamptz_ns USING brin FAMILY timestamptz_ns_minmax_ops AS
		OPERATOR 1 <,
		OPERATOR 2 <=,
		OPERATOR 3 =,
		OPERATOR 4 >=,
		OPERATOR 5 >,
		FUNCTION 1 brin_minmax_opcinfo(internal),
		FUNCTION 2 brin_minmax_add_value(internal, internal, internal, internal),
		FUNCTION 3 brin_minmax_consistent(internal, internal, internal),
		FUNCTION 4 brin_minmax_union(internal, internal, internal);
ALTER OPERATOR FAMILY timestamptz_ns_minmax_ops USING brin ADD
	OPERATOR 1 < (timestamptz_ns, timestamptz),
	OPERATOR 2 <= (timestamptz_ns, timestamptz),
	OPERATOR 3 = (timestamptz_ns, timestamptz),
	OPERATOR 4 >= (timestamptz_ns, timestamptz),
	OPERATOR 5 > (timestamptz_ns, timestamptz);

CREATE AGGREGATE min(timestamptz_ns) (
	SFUNC = timestamptz_ns_smaller, STYPE = timestamptz_ns,
	COMBINEFUNC = timestamptz_ns_smaller, SORTOP = <, PARALLEL = SAFE
);
CREATE AGGREGATE max(timestamptz_ns) (
	SFUNC = timestamptz_ns_larger, STYPE = timestamptz_ns,
	COMBINEFUNC = timestamptz_ns_larger, SORTOP = >, PARALLEL = SAFE
);

-- casts: exact from timestamptz (implicit), rounded to it (assignment);
-- timestamp and date through the session TimeZone, as timestamptz does
CREATE FUNCTION timestamptz_ns(timestamptz) RETURNS timestamptz_ns
	AS 'MODULE_PATHNAME', 'tsns_from_timestamptz' LANGUAGE C IMMUTABLE STRICT PARALLEL SAFE;
CREATE FUNCTION timestamptz(timestamptz_ns) RETURNS timestamptz
	AS 'MODULE_PATHNAME', 'tsns_to_timestamptz' LANGUAGE C IMMUTABLE STRICT PARALLEL SAFE;
CREATE FUNCTION timestamptz_ns(timestamp) RETURNS timestamptz_ns
	AS 'MODULE_PATHNAME', 'tsns_from_timestamp' LANGUAGE C STABLE STRICT PARALLEL SAFE;
CREATE FUNCTION "timestamp"(timestamptz_ns) RETURNS timestamp
	AS 'MODULE_PATHNAME', 'tsns_to_timestamp' LANGUAGE C STABLE STRICT PARALLEL SAFE;
CREATE FUNCTION timestamptz_ns(date) RETURNS timestamptz_ns
	AS 'MODULE_PATHNAME', 'tsns_from_date' LANGUAGE C STABLE STRICT PARALLEL SAFE;
CREATE FUNCTION date(timestamptz_ns) RETURNS date
	AS 'MODULE_PATHNAME', 'tsns_to_date' LANGUAGE C STABLE STRICT PARALLEL SAFE;
CREATE CAST (timestamptz AS timestamptz_ns) WITH FUNCTION timestamptz_ns(timestamptz) AS IMPLICIT;
CREATE CAST (timestamptz_ns AS timestamptz) WITH FUNCTION timestamptz(timestamptz_ns) AS ASSIGNMENT;
CREATE CAST (timestamp AS timestamptz_ns) WITH FUNCTION timestamptz_ns(timestamp) AS IMPLICIT;
CREATE CAST (timestamptz_ns AS timestamp) WITH FUNCTION "timestamp"(timestamptz_ns) AS ASSIGNMENT;
CREATE CAST (date AS timestamptz_ns) WITH FUNCTION timestamptz_ns(date) AS IMPLICIT;
CREATE CAST (timestamptz_ns AS date) WITH FUNCTION date(timestamptz_ns) AS ASSIGNMENT;

-- arithmetic: calendar months and days in the session TimeZone, like timestamptz
CREATE FUNCTION timestamptz_ns_pl_interval(timestamptz_ns, interval) RETURNS timestamptz_ns
	AS 'MODULE_PATHNAME', 'tsns_pl_interval' LANGUAGE C STABLE STRICT PARALLEL SAFE;
CREATE FUNCTION interval_pl_timestamptz_ns(interval, timestamptz_ns) RETURNS timestamptz_ns
	AS 'MODULE_PATHNAME', 'interval_pl_tsns' LANGUAGE C STABLE STRICT PARALLEL SAFE;
CREATE FUNCTION timestamptz_ns_mi_interval(timestamptz_ns, interval) RETURNS timestamptz_ns
	AS 'MODULE_PATHNAME', 'tsns_mi_interval' LANGUAGE C STABLE STRICT PARALLEL SAFE;
CREATE FUNCTION timestamptz_ns_mi(timestamptz_ns, timestamptz_ns) RETURNS interval
	AS 'MODULE_PATHNAME', 'tsns_mi' LANGUAGE C IMMUTABLE STRICT PARALLEL SAFE;
CREATE OPERATOR + (LEFTARG = timestamptz_ns, RIGHTARG = interval,
	FUNCTION = timestamptz_ns_pl_interval, COMMUTATOR = +);
CREATE OPERATOR + (LEFTARG = interval, RIGHTARG = timestamptz_ns,
	FUNCTION = interval_pl_timestamptz_ns, COMMUTATOR = +);
CREATE OPERATOR - (LEFTARG = timestamptz_ns, RIGHTARG = interval,
	FUNCTION = timestamptz_ns_mi_interval);
CREATE OPERATOR - (LEFTARG = timestamptz_ns, RIGHTARG = timestamptz_ns,
	FUNCTION = timestamptz_ns_mi);

-- functions
CREATE FUNCTION clock_timestamp_ns() RETURNS timestamptz_ns
	AS 'MODULE_PATHNAME' LANGUAGE C VOLATILE PARALLEL SAFE;
COMMENT ON FUNCTION clock_timestamp_ns() IS 'current wall-clock time, to the nanosecond';
CREATE FUNCTION to_timestamptz_ns(bigint) RETURNS timestamptz_ns
	AS 'MODULE_PATHNAME', 'tsns_int64_identity' LANGUAGE C IMMUTABLE STRICT PARALLEL SAFE;
COMMENT ON FUNCTION to_timestamptz_ns(bigint) IS 'nanoseconds since 1970-01-01 UTC (Go''s UnixNano) as timestamptz_ns';
CREATE FUNCTION to_timestamptz_ns(bigint, bigint) RETURNS timestamptz_ns
	AS 'MODULE_PATHNAME', 'to_timestamptz_ns_sec' LANGUAGE C IMMUTABLE STRICT PARALLEL SAFE;
COMMENT ON FUNCTION to_timestamptz_ns(bigint, bigint) IS 'seconds and nanoseconds since 1970-01-01 UTC, as Go''s time.Unix(sec, nsec)';
CREATE FUNCTION epoch_ns(timestamptz_ns) RETURNS bigint
	AS 'MODULE_PATHNAME', 'tsns_int64_identity' LANGUAGE C IMMUTABLE STRICT PARALLEL SAFE;
COMMENT ON FUNCTION epoch_ns(timestamptz_ns) IS 'nanoseconds since 1970-01-01 UTC (Go''s UnixNano)';
CREATE FUNCTION date_trunc(text, timestamptz_ns) RETURNS timestamptz_ns
	AS 'MODULE_PATHNAME', 'tsns_trunc' LANGUAGE C STABLE STRICT PARALLEL SAFE;
CREATE FUNCTION date_trunc(text, timestamptz_ns, text) RETURNS timestamptz_ns
	AS 'MODULE_PATHNAME', 'tsns_trunc_zone' LANGUAGE C STABLE STRICT PARALLEL SAFE;
CREATE FUNCTION date_bin(interval, timestamptz_ns, timestamptz_ns) RETURNS timestamptz_ns
	AS 'MODULE_PATHNAME', 'tsns_bin' LANGUAGE C IMMUTABLE STRICT PARALLEL SAFE;
CREATE FUNCTION date_part(text, timestamptz_ns) RETURNS double precision
	AS 'MODULE_PATHNAME', 'tsns_part' LANGUAGE C STABLE STRICT PARALLEL SAFE;
CREATE FUNCTION generate_series(timestamptz_ns, timestamptz_ns, interval) RETURNS SETOF timestamptz_ns
	AS 'MODULE_PATHNAME', 'tsns_series' LANGUAGE C STABLE STRICT PARALLEL SAFE;

-- ksuid at a nanosecond time
CREATE FUNCTION gen_ksuid(timestamptz_ns) RETURNS ksuid
	AS 'MODULE_PATHNAME', 'gen_ksuid_at_ns' LANGUAGE C VOLATILE STRICT PARALLEL SAFE;
