/* src/sql/fastevent--0.3.sql */

-- complain if script is sourced in psql, rather than via CREATE EXTENSION
\echo Use "CREATE EXTENSION fastevent" to load this file. \quit

-- By object: ksuid (with its compressed sets), fasthash, timestamptz_ns (its
-- comparisons with timestamptz, date and timestamp together, then casts,
-- arithmetic and functions), tstzrange_ns, and last the GiST, GIN and BRIN
-- classes of both types.  (0.1 and 0.2 are in the order things were added;
-- a released script is never reordered.)

--
-- ksuid: K-Sortable Unique IDs (segmentio/ksuid), 20 bytes
--

CREATE TYPE ksuid;

CREATE FUNCTION ksuid_in(cstring) RETURNS ksuid
	AS 'MODULE_PATHNAME' LANGUAGE C IMMUTABLE STRICT PARALLEL SAFE;
COMMENT ON FUNCTION ksuid_in(cstring) IS 'text input of type ksuid: 27 base62 characters, as segmentio/ksuid prints them';
CREATE FUNCTION ksuid_out(ksuid) RETURNS cstring
	AS 'MODULE_PATHNAME' LANGUAGE C IMMUTABLE STRICT PARALLEL SAFE;
COMMENT ON FUNCTION ksuid_out(ksuid) IS 'text output of type ksuid: 27 base62 characters';
CREATE FUNCTION ksuid_recv(internal) RETURNS ksuid
	AS 'MODULE_PATHNAME' LANGUAGE C IMMUTABLE STRICT PARALLEL SAFE;
COMMENT ON FUNCTION ksuid_recv(internal) IS 'binary input of type ksuid: its 20 bytes';
CREATE FUNCTION ksuid_send(ksuid) RETURNS bytea
	AS 'MODULE_PATHNAME' LANGUAGE C IMMUTABLE STRICT PARALLEL SAFE;
COMMENT ON FUNCTION ksuid_send(ksuid) IS 'binary output of type ksuid: its 20 bytes';

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
COMMENT ON FUNCTION ksuid_lt(ksuid, ksuid) IS 'implementation of < operator';
CREATE FUNCTION ksuid_le(ksuid, ksuid) RETURNS boolean
	AS 'MODULE_PATHNAME' LANGUAGE C IMMUTABLE STRICT PARALLEL SAFE LEAKPROOF;
COMMENT ON FUNCTION ksuid_le(ksuid, ksuid) IS 'implementation of <= operator';
CREATE FUNCTION ksuid_eq(ksuid, ksuid) RETURNS boolean
	AS 'MODULE_PATHNAME' LANGUAGE C IMMUTABLE STRICT PARALLEL SAFE LEAKPROOF;
COMMENT ON FUNCTION ksuid_eq(ksuid, ksuid) IS 'implementation of = operator';
CREATE FUNCTION ksuid_ne(ksuid, ksuid) RETURNS boolean
	AS 'MODULE_PATHNAME' LANGUAGE C IMMUTABLE STRICT PARALLEL SAFE LEAKPROOF;
COMMENT ON FUNCTION ksuid_ne(ksuid, ksuid) IS 'implementation of <> operator';
CREATE FUNCTION ksuid_ge(ksuid, ksuid) RETURNS boolean
	AS 'MODULE_PATHNAME' LANGUAGE C IMMUTABLE STRICT PARALLEL SAFE LEAKPROOF;
COMMENT ON FUNCTION ksuid_ge(ksuid, ksuid) IS 'implementation of >= operator';
CREATE FUNCTION ksuid_gt(ksuid, ksuid) RETURNS boolean
	AS 'MODULE_PATHNAME' LANGUAGE C IMMUTABLE STRICT PARALLEL SAFE LEAKPROOF;
COMMENT ON FUNCTION ksuid_gt(ksuid, ksuid) IS 'implementation of > operator';
CREATE FUNCTION ksuid_cmp(ksuid, ksuid) RETURNS integer
	AS 'MODULE_PATHNAME' LANGUAGE C IMMUTABLE STRICT PARALLEL SAFE LEAKPROOF;
COMMENT ON FUNCTION ksuid_cmp(ksuid, ksuid) IS 'less-equal-greater: btree comparison support for ksuid';
CREATE FUNCTION ksuid_sortsupport(internal) RETURNS void
	AS 'MODULE_PATHNAME' LANGUAGE C IMMUTABLE STRICT PARALLEL SAFE;
COMMENT ON FUNCTION ksuid_sortsupport(internal) IS 'sort support for ksuid: btree sorts with abbreviated keys';
CREATE FUNCTION ksuid_hash(ksuid) RETURNS integer
	AS 'MODULE_PATHNAME' LANGUAGE C IMMUTABLE STRICT PARALLEL SAFE LEAKPROOF;
COMMENT ON FUNCTION ksuid_hash(ksuid) IS 'hash: hash index and hash join support for ksuid';
CREATE FUNCTION ksuid_hash_extended(ksuid, bigint) RETURNS bigint
	AS 'MODULE_PATHNAME' LANGUAGE C IMMUTABLE STRICT PARALLEL SAFE LEAKPROOF;
COMMENT ON FUNCTION ksuid_hash_extended(ksuid, bigint) IS 'seeded 64-bit hash: hash partitioning support for ksuid';
CREATE FUNCTION ksuid_larger(ksuid, ksuid) RETURNS ksuid
	AS 'MODULE_PATHNAME' LANGUAGE C IMMUTABLE STRICT PARALLEL SAFE;
COMMENT ON FUNCTION ksuid_larger(ksuid, ksuid) IS 'larger of two ksuids: support for max(ksuid)';
CREATE FUNCTION ksuid_smaller(ksuid, ksuid) RETURNS ksuid
	AS 'MODULE_PATHNAME' LANGUAGE C IMMUTABLE STRICT PARALLEL SAFE;
COMMENT ON FUNCTION ksuid_smaller(ksuid, ksuid) IS 'smaller of two ksuids: support for min(ksuid)';

CREATE OPERATOR < (
	LEFTARG = ksuid, RIGHTARG = ksuid, FUNCTION = ksuid_lt,
	COMMUTATOR = >, NEGATOR = >=,
	RESTRICT = scalarltsel, JOIN = scalarltjoinsel
);
COMMENT ON OPERATOR < (ksuid, ksuid) IS 'less than';
CREATE OPERATOR <= (
	LEFTARG = ksuid, RIGHTARG = ksuid, FUNCTION = ksuid_le,
	COMMUTATOR = >=, NEGATOR = >,
	RESTRICT = scalarlesel, JOIN = scalarlejoinsel
);
COMMENT ON OPERATOR <= (ksuid, ksuid) IS 'less than or equal';
CREATE OPERATOR = (
	LEFTARG = ksuid, RIGHTARG = ksuid, FUNCTION = ksuid_eq,
	COMMUTATOR = =, NEGATOR = <>,
	RESTRICT = eqsel, JOIN = eqjoinsel, MERGES, HASHES
);
COMMENT ON OPERATOR = (ksuid, ksuid) IS 'equal';
CREATE OPERATOR <> (
	LEFTARG = ksuid, RIGHTARG = ksuid, FUNCTION = ksuid_ne,
	COMMUTATOR = <>, NEGATOR = =,
	RESTRICT = neqsel, JOIN = neqjoinsel
);
COMMENT ON OPERATOR <> (ksuid, ksuid) IS 'not equal';
CREATE OPERATOR >= (
	LEFTARG = ksuid, RIGHTARG = ksuid, FUNCTION = ksuid_ge,
	COMMUTATOR = <=, NEGATOR = <,
	RESTRICT = scalargesel, JOIN = scalargejoinsel
);
COMMENT ON OPERATOR >= (ksuid, ksuid) IS 'greater than or equal';
CREATE OPERATOR > (
	LEFTARG = ksuid, RIGHTARG = ksuid, FUNCTION = ksuid_gt,
	COMMUTATOR = <, NEGATOR = <=,
	RESTRICT = scalargtsel, JOIN = scalargtjoinsel
);
COMMENT ON OPERATOR > (ksuid, ksuid) IS 'greater than';

CREATE OPERATOR FAMILY ksuid_ops USING btree;
COMMENT ON OPERATOR FAMILY ksuid_ops USING btree IS 'btree operators of ksuid';
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
COMMENT ON OPERATOR CLASS ksuid_ops USING btree IS 'default btree operator class of ksuid: byte order, which is time order to the second';

CREATE OPERATOR FAMILY ksuid_ops USING hash;
COMMENT ON OPERATOR FAMILY ksuid_ops USING hash IS 'hash operators of ksuid';
CREATE OPERATOR CLASS ksuid_ops
	DEFAULT FOR TYPE ksuid USING hash FAMILY ksuid_ops AS
		OPERATOR 1 =,
		FUNCTION 1 ksuid_hash(ksuid),
		FUNCTION 2 ksuid_hash_extended(ksuid, bigint);
COMMENT ON OPERATOR CLASS ksuid_ops USING hash IS 'default hash operator class of ksuid';

CREATE OPERATOR FAMILY ksuid_minmax_ops USING brin;
COMMENT ON OPERATOR FAMILY ksuid_minmax_ops USING brin IS 'BRIN minmax operators of ksuid';
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
COMMENT ON OPERATOR CLASS ksuid_minmax_ops USING brin IS 'default BRIN operator class of ksuid: minimum and maximum per block range';

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

-- casts: the 20 raw bytes, both ways, explicit only
CREATE FUNCTION bytea(ksuid) RETURNS bytea
	AS 'MODULE_PATHNAME', 'ksuid_send' LANGUAGE C IMMUTABLE STRICT PARALLEL SAFE;
COMMENT ON FUNCTION bytea(ksuid) IS 'the 20 bytes of a ksuid: cast to bytea';
CREATE FUNCTION ksuid(bytea) RETURNS ksuid
	AS 'MODULE_PATHNAME', 'ksuid_from_bytea' LANGUAGE C IMMUTABLE STRICT PARALLEL SAFE;
COMMENT ON FUNCTION ksuid(bytea) IS 'ksuid from its 20 bytes: cast from bytea';
CREATE CAST (ksuid AS bytea) WITH FUNCTION bytea(ksuid);
COMMENT ON CAST (ksuid AS bytea) IS 'the 20 bytes of the ksuid, explicit only';
CREATE CAST (bytea AS ksuid) WITH FUNCTION ksuid(bytea);
COMMENT ON CAST (bytea AS ksuid) IS 'a ksuid from exactly 20 bytes, explicit only';

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
COMMENT ON FUNCTION ksuid_from_parts(timestamptz, bytea) IS 'ksuid from a time (its whole second) and a 16-byte payload';

-- parts
CREATE FUNCTION ksuid_time(ksuid) RETURNS timestamptz
	AS 'MODULE_PATHNAME' LANGUAGE C IMMUTABLE STRICT PARALLEL SAFE;
COMMENT ON FUNCTION ksuid_time(ksuid) IS 'time of a ksuid, to the second';
CREATE FUNCTION ksuid_timestamp(ksuid) RETURNS bigint
	AS 'MODULE_PATHNAME' LANGUAGE C IMMUTABLE STRICT PARALLEL SAFE;
COMMENT ON FUNCTION ksuid_timestamp(ksuid) IS 'timestamp field of a ksuid: seconds since the KSUID epoch 1400000000 (2014-05-13 16:53:20 UTC)';
CREATE FUNCTION ksuid_payload(ksuid) RETURNS bytea
	AS 'MODULE_PATHNAME' LANGUAGE C IMMUTABLE STRICT PARALLEL SAFE;
COMMENT ON FUNCTION ksuid_payload(ksuid) IS '16-byte payload of a ksuid';

-- neighbours and bounds
CREATE FUNCTION ksuid_next(ksuid) RETURNS ksuid
	AS 'MODULE_PATHNAME' LANGUAGE C IMMUTABLE STRICT PARALLEL SAFE;
COMMENT ON FUNCTION ksuid_next(ksuid) IS 'next ksuid in order, as Go''s KSUID.Next';
CREATE FUNCTION ksuid_prev(ksuid) RETURNS ksuid
	AS 'MODULE_PATHNAME' LANGUAGE C IMMUTABLE STRICT PARALLEL SAFE;
COMMENT ON FUNCTION ksuid_prev(ksuid) IS 'previous ksuid in order, as Go''s KSUID.Prev';
CREATE FUNCTION ksuid_nil() RETURNS ksuid
	AS 'MODULE_PATHNAME' LANGUAGE C IMMUTABLE PARALLEL SAFE;
COMMENT ON FUNCTION ksuid_nil() IS 'smallest ksuid, all 20 bytes zero: Go''s ksuid.Nil';
CREATE FUNCTION ksuid_max() RETURNS ksuid
	AS 'MODULE_PATHNAME' LANGUAGE C IMMUTABLE PARALLEL SAFE;
COMMENT ON FUNCTION ksuid_max() IS 'largest ksuid, all 20 bytes 0xff: Go''s ksuid.Max';
CREATE FUNCTION ksuid_min_at(timestamptz) RETURNS ksuid
	AS 'MODULE_PATHNAME' LANGUAGE C IMMUTABLE STRICT PARALLEL SAFE;
COMMENT ON FUNCTION ksuid_min_at(timestamptz) IS 'smallest ksuid of the second of the given time: lower bound of a time range scan';
CREATE FUNCTION ksuid_max_at(timestamptz) RETURNS ksuid
	AS 'MODULE_PATHNAME' LANGUAGE C IMMUTABLE STRICT PARALLEL SAFE;
COMMENT ON FUNCTION ksuid_max_at(timestamptz) IS 'largest ksuid of the second of the given time: upper bound of a time range scan';


-- compressed KSUID sets: bytea in segmentio/ksuid's CompressedSet format,
-- byte for byte what Compress makes and CompressedSet.Iter reads
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
CREATE FUNCTION ksuid_compress(ksuid[]) RETURNS bytea
	AS 'MODULE_PATHNAME', 'ksuid_compress_array' LANGUAGE C IMMUTABLE STRICT PARALLEL SAFE;
COMMENT ON FUNCTION ksuid_compress(ksuid[]) IS 'an array''s IDs as a compressed set (segmentio/ksuid Compress): sorted, repeats and NULLs left out; NULL for no IDs';
CREATE FUNCTION ksuid_expand(bytea) RETURNS SETOF ksuid
	AS 'MODULE_PATHNAME' LANGUAGE C IMMUTABLE STRICT PARALLEL SAFE ROWS 1000;
COMMENT ON FUNCTION ksuid_expand(bytea) IS 'the IDs of a compressed set, in order (segmentio/ksuid CompressedSet.Iter)';
CREATE FUNCTION ksuid_compressed_count(bytea) RETURNS bigint
	AS 'MODULE_PATHNAME' LANGUAGE C IMMUTABLE STRICT PARALLEL SAFE;
COMMENT ON FUNCTION ksuid_compressed_count(bytea) IS 'how many IDs a compressed set holds, checking all of it';
--
-- fasthash: FNV-1, FNV-1a and jody, equal to segmentio/fasthash
--

-- fnv1 32-bit: the unsigned 32-bit value
CREATE FUNCTION fasthash_fnv1_32(text) RETURNS bigint
	AS 'MODULE_PATHNAME', 'fasthash_fnv1_32_varlena' LANGUAGE C IMMUTABLE STRICT PARALLEL SAFE LEAKPROOF;
COMMENT ON FUNCTION fasthash_fnv1_32(text) IS 'FNV-1 32-bit hash of a text''s bytes, 0 .. 4294967295: segmentio/fasthash fnv1.HashString32';
CREATE FUNCTION fasthash_fnv1_32(text, seed bigint) RETURNS bigint
	AS 'MODULE_PATHNAME', 'fasthash_fnv1_32_varlena' LANGUAGE C IMMUTABLE STRICT PARALLEL SAFE;
COMMENT ON FUNCTION fasthash_fnv1_32(text, seed bigint) IS 'FNV-1 32-bit hash of a text''s bytes continued from a seed, 0 .. 4294967295: segmentio/fasthash fnv1.AddString32';
CREATE FUNCTION fasthash_fnv1_32(bytea) RETURNS bigint
	AS 'MODULE_PATHNAME', 'fasthash_fnv1_32_varlena' LANGUAGE C IMMUTABLE STRICT PARALLEL SAFE LEAKPROOF;
COMMENT ON FUNCTION fasthash_fnv1_32(bytea) IS 'FNV-1 32-bit hash of a bytea, 0 .. 4294967295: segmentio/fasthash fnv1.HashBytes32';
CREATE FUNCTION fasthash_fnv1_32(bytea, seed bigint) RETURNS bigint
	AS 'MODULE_PATHNAME', 'fasthash_fnv1_32_varlena' LANGUAGE C IMMUTABLE STRICT PARALLEL SAFE;
COMMENT ON FUNCTION fasthash_fnv1_32(bytea, seed bigint) IS 'FNV-1 32-bit hash of a bytea continued from a seed, 0 .. 4294967295: segmentio/fasthash fnv1.AddBytes32';
CREATE FUNCTION fasthash_fnv1_32(integer) RETURNS bigint
	AS 'MODULE_PATHNAME', 'fasthash_fnv1_32_int' LANGUAGE C IMMUTABLE STRICT PARALLEL SAFE LEAKPROOF;
COMMENT ON FUNCTION fasthash_fnv1_32(integer) IS 'FNV-1 32-bit hash of an integer, 0 .. 4294967295: segmentio/fasthash fnv1.HashUint32';
CREATE FUNCTION fasthash_fnv1_32(integer, seed bigint) RETURNS bigint
	AS 'MODULE_PATHNAME', 'fasthash_fnv1_32_int' LANGUAGE C IMMUTABLE STRICT PARALLEL SAFE;
COMMENT ON FUNCTION fasthash_fnv1_32(integer, seed bigint) IS 'FNV-1 32-bit hash of an integer continued from a seed, 0 .. 4294967295: segmentio/fasthash fnv1.AddUint32';
CREATE FUNCTION fasthash_fnv1_32(ksuid) RETURNS bigint
	AS 'MODULE_PATHNAME', 'fasthash_fnv1_32_ksuid' LANGUAGE C IMMUTABLE STRICT PARALLEL SAFE LEAKPROOF;
COMMENT ON FUNCTION fasthash_fnv1_32(ksuid) IS 'FNV-1 32-bit hash of a ksuid''s 20 bytes, 0 .. 4294967295: segmentio/fasthash fnv1.HashBytes32';
CREATE FUNCTION fasthash_fnv1_32(ksuid, seed bigint) RETURNS bigint
	AS 'MODULE_PATHNAME', 'fasthash_fnv1_32_ksuid' LANGUAGE C IMMUTABLE STRICT PARALLEL SAFE;
COMMENT ON FUNCTION fasthash_fnv1_32(ksuid, seed bigint) IS 'FNV-1 32-bit hash of a ksuid''s 20 bytes continued from a seed, 0 .. 4294967295: segmentio/fasthash fnv1.AddBytes32';

-- fnv1a 32-bit: the unsigned 32-bit value
CREATE FUNCTION fasthash_fnv1a_32(text) RETURNS bigint
	AS 'MODULE_PATHNAME', 'fasthash_fnv1a_32_varlena' LANGUAGE C IMMUTABLE STRICT PARALLEL SAFE LEAKPROOF;
COMMENT ON FUNCTION fasthash_fnv1a_32(text) IS 'FNV-1a 32-bit hash of a text''s bytes, 0 .. 4294967295: segmentio/fasthash fnv1a.HashString32';
CREATE FUNCTION fasthash_fnv1a_32(text, seed bigint) RETURNS bigint
	AS 'MODULE_PATHNAME', 'fasthash_fnv1a_32_varlena' LANGUAGE C IMMUTABLE STRICT PARALLEL SAFE;
COMMENT ON FUNCTION fasthash_fnv1a_32(text, seed bigint) IS 'FNV-1a 32-bit hash of a text''s bytes continued from a seed, 0 .. 4294967295: segmentio/fasthash fnv1a.AddString32';
CREATE FUNCTION fasthash_fnv1a_32(bytea) RETURNS bigint
	AS 'MODULE_PATHNAME', 'fasthash_fnv1a_32_varlena' LANGUAGE C IMMUTABLE STRICT PARALLEL SAFE LEAKPROOF;
COMMENT ON FUNCTION fasthash_fnv1a_32(bytea) IS 'FNV-1a 32-bit hash of a bytea, 0 .. 4294967295: segmentio/fasthash fnv1a.HashBytes32';
CREATE FUNCTION fasthash_fnv1a_32(bytea, seed bigint) RETURNS bigint
	AS 'MODULE_PATHNAME', 'fasthash_fnv1a_32_varlena' LANGUAGE C IMMUTABLE STRICT PARALLEL SAFE;
COMMENT ON FUNCTION fasthash_fnv1a_32(bytea, seed bigint) IS 'FNV-1a 32-bit hash of a bytea continued from a seed, 0 .. 4294967295: segmentio/fasthash fnv1a.AddBytes32';
CREATE FUNCTION fasthash_fnv1a_32(integer) RETURNS bigint
	AS 'MODULE_PATHNAME', 'fasthash_fnv1a_32_int' LANGUAGE C IMMUTABLE STRICT PARALLEL SAFE LEAKPROOF;
COMMENT ON FUNCTION fasthash_fnv1a_32(integer) IS 'FNV-1a 32-bit hash of an integer, 0 .. 4294967295: segmentio/fasthash fnv1a.HashUint32';
CREATE FUNCTION fasthash_fnv1a_32(integer, seed bigint) RETURNS bigint
	AS 'MODULE_PATHNAME', 'fasthash_fnv1a_32_int' LANGUAGE C IMMUTABLE STRICT PARALLEL SAFE;
COMMENT ON FUNCTION fasthash_fnv1a_32(integer, seed bigint) IS 'FNV-1a 32-bit hash of an integer continued from a seed, 0 .. 4294967295: segmentio/fasthash fnv1a.AddUint32';
CREATE FUNCTION fasthash_fnv1a_32(ksuid) RETURNS bigint
	AS 'MODULE_PATHNAME', 'fasthash_fnv1a_32_ksuid' LANGUAGE C IMMUTABLE STRICT PARALLEL SAFE LEAKPROOF;
COMMENT ON FUNCTION fasthash_fnv1a_32(ksuid) IS 'FNV-1a 32-bit hash of a ksuid''s 20 bytes, 0 .. 4294967295: segmentio/fasthash fnv1a.HashBytes32';
CREATE FUNCTION fasthash_fnv1a_32(ksuid, seed bigint) RETURNS bigint
	AS 'MODULE_PATHNAME', 'fasthash_fnv1a_32_ksuid' LANGUAGE C IMMUTABLE STRICT PARALLEL SAFE;
COMMENT ON FUNCTION fasthash_fnv1a_32(ksuid, seed bigint) IS 'FNV-1a 32-bit hash of a ksuid''s 20 bytes continued from a seed, 0 .. 4294967295: segmentio/fasthash fnv1a.AddBytes32';

-- fnv1 64-bit: the 64 bits, two's complement
CREATE FUNCTION fasthash_fnv1_64(text) RETURNS bigint
	AS 'MODULE_PATHNAME', 'fasthash_fnv1_64_varlena' LANGUAGE C IMMUTABLE STRICT PARALLEL SAFE LEAKPROOF;
COMMENT ON FUNCTION fasthash_fnv1_64(text) IS 'FNV-1 64-bit hash of a text''s bytes, the 64 bits as a bigint: segmentio/fasthash fnv1.HashString64';
CREATE FUNCTION fasthash_fnv1_64(text, seed bigint) RETURNS bigint
	AS 'MODULE_PATHNAME', 'fasthash_fnv1_64_varlena' LANGUAGE C IMMUTABLE STRICT PARALLEL SAFE LEAKPROOF;
COMMENT ON FUNCTION fasthash_fnv1_64(text, seed bigint) IS 'FNV-1 64-bit hash of a text''s bytes continued from a seed, the 64 bits as a bigint: segmentio/fasthash fnv1.AddString64';
CREATE FUNCTION fasthash_fnv1_64(bytea) RETURNS bigint
	AS 'MODULE_PATHNAME', 'fasthash_fnv1_64_varlena' LANGUAGE C IMMUTABLE STRICT PARALLEL SAFE LEAKPROOF;
COMMENT ON FUNCTION fasthash_fnv1_64(bytea) IS 'FNV-1 64-bit hash of a bytea, the 64 bits as a bigint: segmentio/fasthash fnv1.HashBytes64';
CREATE FUNCTION fasthash_fnv1_64(bytea, seed bigint) RETURNS bigint
	AS 'MODULE_PATHNAME', 'fasthash_fnv1_64_varlena' LANGUAGE C IMMUTABLE STRICT PARALLEL SAFE LEAKPROOF;
COMMENT ON FUNCTION fasthash_fnv1_64(bytea, seed bigint) IS 'FNV-1 64-bit hash of a bytea continued from a seed, the 64 bits as a bigint: segmentio/fasthash fnv1.AddBytes64';
CREATE FUNCTION fasthash_fnv1_64(bigint) RETURNS bigint
	AS 'MODULE_PATHNAME', 'fasthash_fnv1_64_int' LANGUAGE C IMMUTABLE STRICT PARALLEL SAFE LEAKPROOF;
COMMENT ON FUNCTION fasthash_fnv1_64(bigint) IS 'FNV-1 64-bit hash of a bigint, the 64 bits as a bigint: segmentio/fasthash fnv1.HashUint64';
CREATE FUNCTION fasthash_fnv1_64(bigint, seed bigint) RETURNS bigint
	AS 'MODULE_PATHNAME', 'fasthash_fnv1_64_int' LANGUAGE C IMMUTABLE STRICT PARALLEL SAFE LEAKPROOF;
COMMENT ON FUNCTION fasthash_fnv1_64(bigint, seed bigint) IS 'FNV-1 64-bit hash of a bigint continued from a seed, the 64 bits as a bigint: segmentio/fasthash fnv1.AddUint64';
CREATE FUNCTION fasthash_fnv1_64(ksuid) RETURNS bigint
	AS 'MODULE_PATHNAME', 'fasthash_fnv1_64_ksuid' LANGUAGE C IMMUTABLE STRICT PARALLEL SAFE LEAKPROOF;
COMMENT ON FUNCTION fasthash_fnv1_64(ksuid) IS 'FNV-1 64-bit hash of a ksuid''s 20 bytes, the 64 bits as a bigint: segmentio/fasthash fnv1.HashBytes64';
CREATE FUNCTION fasthash_fnv1_64(ksuid, seed bigint) RETURNS bigint
	AS 'MODULE_PATHNAME', 'fasthash_fnv1_64_ksuid' LANGUAGE C IMMUTABLE STRICT PARALLEL SAFE LEAKPROOF;
COMMENT ON FUNCTION fasthash_fnv1_64(ksuid, seed bigint) IS 'FNV-1 64-bit hash of a ksuid''s 20 bytes continued from a seed, the 64 bits as a bigint: segmentio/fasthash fnv1.AddBytes64';

-- fnv1a 64-bit: the 64 bits, two's complement
CREATE FUNCTION fasthash_fnv1a_64(text) RETURNS bigint
	AS 'MODULE_PATHNAME', 'fasthash_fnv1a_64_varlena' LANGUAGE C IMMUTABLE STRICT PARALLEL SAFE LEAKPROOF;
COMMENT ON FUNCTION fasthash_fnv1a_64(text) IS 'FNV-1a 64-bit hash of a text''s bytes, the 64 bits as a bigint: segmentio/fasthash fnv1a.HashString64';
CREATE FUNCTION fasthash_fnv1a_64(text, seed bigint) RETURNS bigint
	AS 'MODULE_PATHNAME', 'fasthash_fnv1a_64_varlena' LANGUAGE C IMMUTABLE STRICT PARALLEL SAFE LEAKPROOF;
COMMENT ON FUNCTION fasthash_fnv1a_64(text, seed bigint) IS 'FNV-1a 64-bit hash of a text''s bytes continued from a seed, the 64 bits as a bigint: segmentio/fasthash fnv1a.AddString64';
CREATE FUNCTION fasthash_fnv1a_64(bytea) RETURNS bigint
	AS 'MODULE_PATHNAME', 'fasthash_fnv1a_64_varlena' LANGUAGE C IMMUTABLE STRICT PARALLEL SAFE LEAKPROOF;
COMMENT ON FUNCTION fasthash_fnv1a_64(bytea) IS 'FNV-1a 64-bit hash of a bytea, the 64 bits as a bigint: segmentio/fasthash fnv1a.HashBytes64';
CREATE FUNCTION fasthash_fnv1a_64(bytea, seed bigint) RETURNS bigint
	AS 'MODULE_PATHNAME', 'fasthash_fnv1a_64_varlena' LANGUAGE C IMMUTABLE STRICT PARALLEL SAFE LEAKPROOF;
COMMENT ON FUNCTION fasthash_fnv1a_64(bytea, seed bigint) IS 'FNV-1a 64-bit hash of a bytea continued from a seed, the 64 bits as a bigint: segmentio/fasthash fnv1a.AddBytes64';
CREATE FUNCTION fasthash_fnv1a_64(bigint) RETURNS bigint
	AS 'MODULE_PATHNAME', 'fasthash_fnv1a_64_int' LANGUAGE C IMMUTABLE STRICT PARALLEL SAFE LEAKPROOF;
COMMENT ON FUNCTION fasthash_fnv1a_64(bigint) IS 'FNV-1a 64-bit hash of a bigint, the 64 bits as a bigint: segmentio/fasthash fnv1a.HashUint64';
CREATE FUNCTION fasthash_fnv1a_64(bigint, seed bigint) RETURNS bigint
	AS 'MODULE_PATHNAME', 'fasthash_fnv1a_64_int' LANGUAGE C IMMUTABLE STRICT PARALLEL SAFE LEAKPROOF;
COMMENT ON FUNCTION fasthash_fnv1a_64(bigint, seed bigint) IS 'FNV-1a 64-bit hash of a bigint continued from a seed, the 64 bits as a bigint: segmentio/fasthash fnv1a.AddUint64';
CREATE FUNCTION fasthash_fnv1a_64(ksuid) RETURNS bigint
	AS 'MODULE_PATHNAME', 'fasthash_fnv1a_64_ksuid' LANGUAGE C IMMUTABLE STRICT PARALLEL SAFE LEAKPROOF;
COMMENT ON FUNCTION fasthash_fnv1a_64(ksuid) IS 'FNV-1a 64-bit hash of a ksuid''s 20 bytes, the 64 bits as a bigint: segmentio/fasthash fnv1a.HashBytes64';
CREATE FUNCTION fasthash_fnv1a_64(ksuid, seed bigint) RETURNS bigint
	AS 'MODULE_PATHNAME', 'fasthash_fnv1a_64_ksuid' LANGUAGE C IMMUTABLE STRICT PARALLEL SAFE LEAKPROOF;
COMMENT ON FUNCTION fasthash_fnv1a_64(ksuid, seed bigint) IS 'FNV-1a 64-bit hash of a ksuid''s 20 bytes continued from a seed, the 64 bits as a bigint: segmentio/fasthash fnv1a.AddBytes64';

-- jody 64-bit: the 64 bits, two's complement
CREATE FUNCTION fasthash_jody_64(text) RETURNS bigint
	AS 'MODULE_PATHNAME', 'fasthash_jody_64_varlena' LANGUAGE C IMMUTABLE STRICT PARALLEL SAFE LEAKPROOF;
COMMENT ON FUNCTION fasthash_jody_64(text) IS 'jody 64-bit hash of a text''s bytes, the 64 bits as a bigint: segmentio/fasthash jody.HashString64';
CREATE FUNCTION fasthash_jody_64(text, seed bigint) RETURNS bigint
	AS 'MODULE_PATHNAME', 'fasthash_jody_64_varlena' LANGUAGE C IMMUTABLE STRICT PARALLEL SAFE LEAKPROOF;
COMMENT ON FUNCTION fasthash_jody_64(text, seed bigint) IS 'jody 64-bit hash of a text''s bytes continued from a seed, the 64 bits as a bigint: segmentio/fasthash jody.AddString64';
CREATE FUNCTION fasthash_jody_64(bytea) RETURNS bigint
	AS 'MODULE_PATHNAME', 'fasthash_jody_64_varlena' LANGUAGE C IMMUTABLE STRICT PARALLEL SAFE LEAKPROOF;
COMMENT ON FUNCTION fasthash_jody_64(bytea) IS 'jody 64-bit hash of a bytea, the 64 bits as a bigint: segmentio/fasthash jody.HashBytes64';
CREATE FUNCTION fasthash_jody_64(bytea, seed bigint) RETURNS bigint
	AS 'MODULE_PATHNAME', 'fasthash_jody_64_varlena' LANGUAGE C IMMUTABLE STRICT PARALLEL SAFE LEAKPROOF;
COMMENT ON FUNCTION fasthash_jody_64(bytea, seed bigint) IS 'jody 64-bit hash of a bytea continued from a seed, the 64 bits as a bigint: segmentio/fasthash jody.AddBytes64';
CREATE FUNCTION fasthash_jody_64(bigint) RETURNS bigint
	AS 'MODULE_PATHNAME', 'fasthash_jody_64_int' LANGUAGE C IMMUTABLE STRICT PARALLEL SAFE LEAKPROOF;
COMMENT ON FUNCTION fasthash_jody_64(bigint) IS 'jody 64-bit hash of a bigint, the 64 bits as a bigint: segmentio/fasthash jody.HashUint64';
CREATE FUNCTION fasthash_jody_64(bigint, seed bigint) RETURNS bigint
	AS 'MODULE_PATHNAME', 'fasthash_jody_64_int' LANGUAGE C IMMUTABLE STRICT PARALLEL SAFE LEAKPROOF;
COMMENT ON FUNCTION fasthash_jody_64(bigint, seed bigint) IS 'jody 64-bit hash of a bigint continued from a seed, the 64 bits as a bigint: segmentio/fasthash jody.AddUint64';
CREATE FUNCTION fasthash_jody_64(ksuid) RETURNS bigint
	AS 'MODULE_PATHNAME', 'fasthash_jody_64_ksuid' LANGUAGE C IMMUTABLE STRICT PARALLEL SAFE LEAKPROOF;
COMMENT ON FUNCTION fasthash_jody_64(ksuid) IS 'jody 64-bit hash of a ksuid''s 20 bytes, the 64 bits as a bigint: segmentio/fasthash jody.HashBytes64';
CREATE FUNCTION fasthash_jody_64(ksuid, seed bigint) RETURNS bigint
	AS 'MODULE_PATHNAME', 'fasthash_jody_64_ksuid' LANGUAGE C IMMUTABLE STRICT PARALLEL SAFE LEAKPROOF;
COMMENT ON FUNCTION fasthash_jody_64(ksuid, seed bigint) IS 'jody 64-bit hash of a ksuid''s 20 bytes continued from a seed, the 64 bits as a bigint: segmentio/fasthash jody.AddBytes64';

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
	AS 'MODULE_PATHNAME', 'timestamptz_ns_in' LANGUAGE C STABLE STRICT PARALLEL SAFE;
COMMENT ON FUNCTION timestamptz_ns_in(cstring) IS 'text input of type timestamptz_ns: timestamptz''s formats with up to 9 fractional digits';
CREATE FUNCTION timestamptz_ns_out(timestamptz_ns) RETURNS cstring
	AS 'MODULE_PATHNAME', 'timestamptz_ns_out' LANGUAGE C STABLE STRICT PARALLEL SAFE;
COMMENT ON FUNCTION timestamptz_ns_out(timestamptz_ns) IS 'text output of type timestamptz_ns: as timestamptz, with up to 9 fractional digits';
CREATE FUNCTION timestamptz_ns_recv(internal) RETURNS timestamptz_ns
	AS 'MODULE_PATHNAME', 'timestamptz_ns_recv' LANGUAGE C IMMUTABLE STRICT PARALLEL SAFE;
COMMENT ON FUNCTION timestamptz_ns_recv(internal) IS 'binary input of type timestamptz_ns: int8 nanoseconds since 1970-01-01 00:00:00 UTC';
CREATE FUNCTION timestamptz_ns_send(timestamptz_ns) RETURNS bytea
	AS 'MODULE_PATHNAME', 'timestamptz_ns_send' LANGUAGE C IMMUTABLE STRICT PARALLEL SAFE;
COMMENT ON FUNCTION timestamptz_ns_send(timestamptz_ns) IS 'binary output of type timestamptz_ns: int8 nanoseconds since 1970-01-01 00:00:00 UTC';

-- precision: timestamptz_ns(p), p from 0 to 9
CREATE FUNCTION timestamptz_ns_typmod_in(cstring[]) RETURNS integer
	AS 'MODULE_PATHNAME' LANGUAGE C IMMUTABLE STRICT PARALLEL SAFE;
COMMENT ON FUNCTION timestamptz_ns_typmod_in(cstring[]) IS 'type modifier input of timestamptz_ns(p): p from 0 to 9';
CREATE FUNCTION timestamptz_ns_typmod_out(integer) RETURNS cstring
	AS 'MODULE_PATHNAME' LANGUAGE C IMMUTABLE STRICT PARALLEL SAFE;
COMMENT ON FUNCTION timestamptz_ns_typmod_out(integer) IS 'type modifier output of timestamptz_ns(p)';

CREATE TYPE timestamptz_ns (
	INPUT = timestamptz_ns_in,
	OUTPUT = timestamptz_ns_out,
	RECEIVE = timestamptz_ns_recv,
	SEND = timestamptz_ns_send,
	TYPMOD_IN = timestamptz_ns_typmod_in,
	TYPMOD_OUT = timestamptz_ns_typmod_out,
	INTERNALLENGTH = 8,
	PASSEDBYVALUE,
	ALIGNMENT = double,
	STORAGE = plain,
	CATEGORY = 'D'
);
COMMENT ON TYPE timestamptz_ns IS 'date and time with time zone, nanosecond precision (1677-09-21 to 2262-04-11)';

-- comparison
CREATE FUNCTION timestamptz_ns_lt(timestamptz_ns, timestamptz_ns) RETURNS boolean
	AS 'MODULE_PATHNAME', 'timestamptz_ns_lt' LANGUAGE C IMMUTABLE STRICT PARALLEL SAFE LEAKPROOF;
COMMENT ON FUNCTION timestamptz_ns_lt(timestamptz_ns, timestamptz_ns) IS 'implementation of < operator';
CREATE FUNCTION timestamptz_ns_le(timestamptz_ns, timestamptz_ns) RETURNS boolean
	AS 'MODULE_PATHNAME', 'timestamptz_ns_le' LANGUAGE C IMMUTABLE STRICT PARALLEL SAFE LEAKPROOF;
COMMENT ON FUNCTION timestamptz_ns_le(timestamptz_ns, timestamptz_ns) IS 'implementation of <= operator';
CREATE FUNCTION timestamptz_ns_eq(timestamptz_ns, timestamptz_ns) RETURNS boolean
	AS 'MODULE_PATHNAME', 'timestamptz_ns_eq' LANGUAGE C IMMUTABLE STRICT PARALLEL SAFE LEAKPROOF;
COMMENT ON FUNCTION timestamptz_ns_eq(timestamptz_ns, timestamptz_ns) IS 'implementation of = operator';
CREATE FUNCTION timestamptz_ns_ne(timestamptz_ns, timestamptz_ns) RETURNS boolean
	AS 'MODULE_PATHNAME', 'timestamptz_ns_ne' LANGUAGE C IMMUTABLE STRICT PARALLEL SAFE LEAKPROOF;
COMMENT ON FUNCTION timestamptz_ns_ne(timestamptz_ns, timestamptz_ns) IS 'implementation of <> operator';
CREATE FUNCTION timestamptz_ns_ge(timestamptz_ns, timestamptz_ns) RETURNS boolean
	AS 'MODULE_PATHNAME', 'timestamptz_ns_ge' LANGUAGE C IMMUTABLE STRICT PARALLEL SAFE LEAKPROOF;
COMMENT ON FUNCTION timestamptz_ns_ge(timestamptz_ns, timestamptz_ns) IS 'implementation of >= operator';
CREATE FUNCTION timestamptz_ns_gt(timestamptz_ns, timestamptz_ns) RETURNS boolean
	AS 'MODULE_PATHNAME', 'timestamptz_ns_gt' LANGUAGE C IMMUTABLE STRICT PARALLEL SAFE LEAKPROOF;
COMMENT ON FUNCTION timestamptz_ns_gt(timestamptz_ns, timestamptz_ns) IS 'implementation of > operator';
CREATE FUNCTION timestamptz_ns_cmp(timestamptz_ns, timestamptz_ns) RETURNS integer
	AS 'MODULE_PATHNAME', 'timestamptz_ns_cmp' LANGUAGE C IMMUTABLE STRICT PARALLEL SAFE LEAKPROOF;
COMMENT ON FUNCTION timestamptz_ns_cmp(timestamptz_ns, timestamptz_ns) IS 'less-equal-greater: btree comparison support for timestamptz_ns';
CREATE FUNCTION timestamptz_ns_sortsupport(internal) RETURNS void
	AS 'MODULE_PATHNAME', 'timestamptz_ns_sortsupport' LANGUAGE C IMMUTABLE STRICT PARALLEL SAFE;
COMMENT ON FUNCTION timestamptz_ns_sortsupport(internal) IS 'sort support for timestamptz_ns: btree sorts compare int8 Datums';
CREATE FUNCTION timestamptz_ns_hash(timestamptz_ns) RETURNS integer
	AS 'MODULE_PATHNAME', 'timestamptz_ns_hash' LANGUAGE C IMMUTABLE STRICT PARALLEL SAFE LEAKPROOF;
COMMENT ON FUNCTION timestamptz_ns_hash(timestamptz_ns) IS 'hash: hash index and hash join support for timestamptz_ns';
CREATE FUNCTION timestamptz_ns_hash_extended(timestamptz_ns, bigint) RETURNS bigint
	AS 'MODULE_PATHNAME', 'timestamptz_ns_hash_extended' LANGUAGE C IMMUTABLE STRICT PARALLEL SAFE LEAKPROOF;
COMMENT ON FUNCTION timestamptz_ns_hash_extended(timestamptz_ns, bigint) IS 'seeded 64-bit hash: hash partitioning support for timestamptz_ns';
CREATE FUNCTION timestamptz_ns_larger(timestamptz_ns, timestamptz_ns) RETURNS timestamptz_ns
	AS 'MODULE_PATHNAME', 'timestamptz_ns_larger' LANGUAGE C IMMUTABLE STRICT PARALLEL SAFE;
COMMENT ON FUNCTION timestamptz_ns_larger(timestamptz_ns, timestamptz_ns) IS 'larger of two timestamptz_ns: support for max(timestamptz_ns)';
CREATE FUNCTION timestamptz_ns_smaller(timestamptz_ns, timestamptz_ns) RETURNS timestamptz_ns
	AS 'MODULE_PATHNAME', 'timestamptz_ns_smaller' LANGUAGE C IMMUTABLE STRICT PARALLEL SAFE;
COMMENT ON FUNCTION timestamptz_ns_smaller(timestamptz_ns, timestamptz_ns) IS 'smaller of two timestamptz_ns: support for min(timestamptz_ns)';
CREATE FUNCTION in_range(timestamptz_ns, timestamptz_ns, interval, boolean, boolean) RETURNS boolean
	AS 'MODULE_PATHNAME', 'in_range_timestamptz_ns_interval' LANGUAGE C STABLE STRICT PARALLEL SAFE;
COMMENT ON FUNCTION in_range(timestamptz_ns, timestamptz_ns, interval, boolean, boolean) IS 'window RANGE support: is the value within offset of the base';

-- against timestamptz, exactly
CREATE FUNCTION timestamptz_ns_lt_timestamptz(timestamptz_ns, timestamptz) RETURNS boolean
	AS 'MODULE_PATHNAME', 'timestamptz_ns_lt_timestamptz' LANGUAGE C IMMUTABLE STRICT PARALLEL SAFE LEAKPROOF;
COMMENT ON FUNCTION timestamptz_ns_lt_timestamptz(timestamptz_ns, timestamptz) IS 'implementation of < operator';
CREATE FUNCTION timestamptz_ns_le_timestamptz(timestamptz_ns, timestamptz) RETURNS boolean
	AS 'MODULE_PATHNAME', 'timestamptz_ns_le_timestamptz' LANGUAGE C IMMUTABLE STRICT PARALLEL SAFE LEAKPROOF;
COMMENT ON FUNCTION timestamptz_ns_le_timestamptz(timestamptz_ns, timestamptz) IS 'implementation of <= operator';
CREATE FUNCTION timestamptz_ns_eq_timestamptz(timestamptz_ns, timestamptz) RETURNS boolean
	AS 'MODULE_PATHNAME', 'timestamptz_ns_eq_timestamptz' LANGUAGE C IMMUTABLE STRICT PARALLEL SAFE LEAKPROOF;
COMMENT ON FUNCTION timestamptz_ns_eq_timestamptz(timestamptz_ns, timestamptz) IS 'implementation of = operator';
CREATE FUNCTION timestamptz_ns_ne_timestamptz(timestamptz_ns, timestamptz) RETURNS boolean
	AS 'MODULE_PATHNAME', 'timestamptz_ns_ne_timestamptz' LANGUAGE C IMMUTABLE STRICT PARALLEL SAFE LEAKPROOF;
COMMENT ON FUNCTION timestamptz_ns_ne_timestamptz(timestamptz_ns, timestamptz) IS 'implementation of <> operator';
CREATE FUNCTION timestamptz_ns_ge_timestamptz(timestamptz_ns, timestamptz) RETURNS boolean
	AS 'MODULE_PATHNAME', 'timestamptz_ns_ge_timestamptz' LANGUAGE C IMMUTABLE STRICT PARALLEL SAFE LEAKPROOF;
COMMENT ON FUNCTION timestamptz_ns_ge_timestamptz(timestamptz_ns, timestamptz) IS 'implementation of >= operator';
CREATE FUNCTION timestamptz_ns_gt_timestamptz(timestamptz_ns, timestamptz) RETURNS boolean
	AS 'MODULE_PATHNAME', 'timestamptz_ns_gt_timestamptz' LANGUAGE C IMMUTABLE STRICT PARALLEL SAFE LEAKPROOF;
COMMENT ON FUNCTION timestamptz_ns_gt_timestamptz(timestamptz_ns, timestamptz) IS 'implementation of > operator';
CREATE FUNCTION timestamptz_ns_cmp_timestamptz(timestamptz_ns, timestamptz) RETURNS integer
	AS 'MODULE_PATHNAME', 'timestamptz_ns_cmp_timestamptz' LANGUAGE C IMMUTABLE STRICT PARALLEL SAFE LEAKPROOF;
COMMENT ON FUNCTION timestamptz_ns_cmp_timestamptz(timestamptz_ns, timestamptz) IS 'less-equal-greater against timestamptz, exact: btree support';
CREATE FUNCTION timestamptz_lt_timestamptz_ns(timestamptz, timestamptz_ns) RETURNS boolean
	AS 'MODULE_PATHNAME', 'timestamptz_lt_timestamptz_ns' LANGUAGE C IMMUTABLE STRICT PARALLEL SAFE LEAKPROOF;
COMMENT ON FUNCTION timestamptz_lt_timestamptz_ns(timestamptz, timestamptz_ns) IS 'implementation of < operator';
CREATE FUNCTION timestamptz_le_timestamptz_ns(timestamptz, timestamptz_ns) RETURNS boolean
	AS 'MODULE_PATHNAME', 'timestamptz_le_timestamptz_ns' LANGUAGE C IMMUTABLE STRICT PARALLEL SAFE LEAKPROOF;
COMMENT ON FUNCTION timestamptz_le_timestamptz_ns(timestamptz, timestamptz_ns) IS 'implementation of <= operator';
CREATE FUNCTION timestamptz_eq_timestamptz_ns(timestamptz, timestamptz_ns) RETURNS boolean
	AS 'MODULE_PATHNAME', 'timestamptz_eq_timestamptz_ns' LANGUAGE C IMMUTABLE STRICT PARALLEL SAFE LEAKPROOF;
COMMENT ON FUNCTION timestamptz_eq_timestamptz_ns(timestamptz, timestamptz_ns) IS 'implementation of = operator';
CREATE FUNCTION timestamptz_ne_timestamptz_ns(timestamptz, timestamptz_ns) RETURNS boolean
	AS 'MODULE_PATHNAME', 'timestamptz_ne_timestamptz_ns' LANGUAGE C IMMUTABLE STRICT PARALLEL SAFE LEAKPROOF;
COMMENT ON FUNCTION timestamptz_ne_timestamptz_ns(timestamptz, timestamptz_ns) IS 'implementation of <> operator';
CREATE FUNCTION timestamptz_ge_timestamptz_ns(timestamptz, timestamptz_ns) RETURNS boolean
	AS 'MODULE_PATHNAME', 'timestamptz_ge_timestamptz_ns' LANGUAGE C IMMUTABLE STRICT PARALLEL SAFE LEAKPROOF;
COMMENT ON FUNCTION timestamptz_ge_timestamptz_ns(timestamptz, timestamptz_ns) IS 'implementation of >= operator';
CREATE FUNCTION timestamptz_gt_timestamptz_ns(timestamptz, timestamptz_ns) RETURNS boolean
	AS 'MODULE_PATHNAME', 'timestamptz_gt_timestamptz_ns' LANGUAGE C IMMUTABLE STRICT PARALLEL SAFE LEAKPROOF;
COMMENT ON FUNCTION timestamptz_gt_timestamptz_ns(timestamptz, timestamptz_ns) IS 'implementation of > operator';
CREATE FUNCTION timestamptz_cmp_timestamptz_ns(timestamptz, timestamptz_ns) RETURNS integer
	AS 'MODULE_PATHNAME', 'timestamptz_cmp_timestamptz_ns' LANGUAGE C IMMUTABLE STRICT PARALLEL SAFE LEAKPROOF;
COMMENT ON FUNCTION timestamptz_cmp_timestamptz_ns(timestamptz, timestamptz_ns) IS 'less-equal-greater against timestamptz_ns, exact: btree support';

CREATE OPERATOR < (LEFTARG = timestamptz_ns, RIGHTARG = timestamptz_ns, FUNCTION = timestamptz_ns_lt,
	COMMUTATOR = >, NEGATOR = >=, RESTRICT = scalarltsel, JOIN = scalarltjoinsel);
COMMENT ON OPERATOR < (timestamptz_ns, timestamptz_ns) IS 'less than';
CREATE OPERATOR <= (LEFTARG = timestamptz_ns, RIGHTARG = timestamptz_ns, FUNCTION = timestamptz_ns_le,
	COMMUTATOR = >=, NEGATOR = >, RESTRICT = scalarlesel, JOIN = scalarlejoinsel);
COMMENT ON OPERATOR <= (timestamptz_ns, timestamptz_ns) IS 'less than or equal';
CREATE OPERATOR = (LEFTARG = timestamptz_ns, RIGHTARG = timestamptz_ns, FUNCTION = timestamptz_ns_eq,
	COMMUTATOR = =, NEGATOR = <>, RESTRICT = eqsel, JOIN = eqjoinsel, MERGES, HASHES);
COMMENT ON OPERATOR = (timestamptz_ns, timestamptz_ns) IS 'equal';
CREATE OPERATOR <> (LEFTARG = timestamptz_ns, RIGHTARG = timestamptz_ns, FUNCTION = timestamptz_ns_ne,
	COMMUTATOR = <>, NEGATOR = =, RESTRICT = neqsel, JOIN = neqjoinsel);
COMMENT ON OPERATOR <> (timestamptz_ns, timestamptz_ns) IS 'not equal';
CREATE OPERATOR >= (LEFTARG = timestamptz_ns, RIGHTARG = timestamptz_ns, FUNCTION = timestamptz_ns_ge,
	COMMUTATOR = <=, NEGATOR = <, RESTRICT = scalargesel, JOIN = scalargejoinsel);
COMMENT ON OPERATOR >= (timestamptz_ns, timestamptz_ns) IS 'greater than or equal';
CREATE OPERATOR > (LEFTARG = timestamptz_ns, RIGHTARG = timestamptz_ns, FUNCTION = timestamptz_ns_gt,
	COMMUTATOR = <, NEGATOR = <=, RESTRICT = scalargtsel, JOIN = scalargtjoinsel);
COMMENT ON OPERATOR > (timestamptz_ns, timestamptz_ns) IS 'greater than';

CREATE OPERATOR < (LEFTARG = timestamptz_ns, RIGHTARG = timestamptz, FUNCTION = timestamptz_ns_lt_timestamptz,
	COMMUTATOR = >, NEGATOR = >=, RESTRICT = scalarltsel, JOIN = scalarltjoinsel);
COMMENT ON OPERATOR < (timestamptz_ns, timestamptz) IS 'less than';
CREATE OPERATOR <= (LEFTARG = timestamptz_ns, RIGHTARG = timestamptz, FUNCTION = timestamptz_ns_le_timestamptz,
	COMMUTATOR = >=, NEGATOR = >, RESTRICT = scalarlesel, JOIN = scalarlejoinsel);
COMMENT ON OPERATOR <= (timestamptz_ns, timestamptz) IS 'less than or equal';
CREATE OPERATOR = (LEFTARG = timestamptz_ns, RIGHTARG = timestamptz, FUNCTION = timestamptz_ns_eq_timestamptz,
	COMMUTATOR = =, NEGATOR = <>, RESTRICT = eqsel, JOIN = eqjoinsel, MERGES);
COMMENT ON OPERATOR = (timestamptz_ns, timestamptz) IS 'equal';
CREATE OPERATOR <> (LEFTARG = timestamptz_ns, RIGHTARG = timestamptz, FUNCTION = timestamptz_ns_ne_timestamptz,
	COMMUTATOR = <>, NEGATOR = =, RESTRICT = neqsel, JOIN = neqjoinsel);
COMMENT ON OPERATOR <> (timestamptz_ns, timestamptz) IS 'not equal';
CREATE OPERATOR >= (LEFTARG = timestamptz_ns, RIGHTARG = timestamptz, FUNCTION = timestamptz_ns_ge_timestamptz,
	COMMUTATOR = <=, NEGATOR = <, RESTRICT = scalargesel, JOIN = scalargejoinsel);
COMMENT ON OPERATOR >= (timestamptz_ns, timestamptz) IS 'greater than or equal';
CREATE OPERATOR > (LEFTARG = timestamptz_ns, RIGHTARG = timestamptz, FUNCTION = timestamptz_ns_gt_timestamptz,
	COMMUTATOR = <, NEGATOR = <=, RESTRICT = scalargtsel, JOIN = scalargtjoinsel);
COMMENT ON OPERATOR > (timestamptz_ns, timestamptz) IS 'greater than';

CREATE OPERATOR < (LEFTARG = timestamptz, RIGHTARG = timestamptz_ns, FUNCTION = timestamptz_lt_timestamptz_ns,
	COMMUTATOR = >, NEGATOR = >=, RESTRICT = scalarltsel, JOIN = scalarltjoinsel);
COMMENT ON OPERATOR < (timestamptz, timestamptz_ns) IS 'less than';
CREATE OPERATOR <= (LEFTARG = timestamptz, RIGHTARG = timestamptz_ns, FUNCTION = timestamptz_le_timestamptz_ns,
	COMMUTATOR = >=, NEGATOR = >, RESTRICT = scalarlesel, JOIN = scalarlejoinsel);
COMMENT ON OPERATOR <= (timestamptz, timestamptz_ns) IS 'less than or equal';
CREATE OPERATOR = (LEFTARG = timestamptz, RIGHTARG = timestamptz_ns, FUNCTION = timestamptz_eq_timestamptz_ns,
	COMMUTATOR = =, NEGATOR = <>, RESTRICT = eqsel, JOIN = eqjoinsel, MERGES);
COMMENT ON OPERATOR = (timestamptz, timestamptz_ns) IS 'equal';
CREATE OPERATOR <> (LEFTARG = timestamptz, RIGHTARG = timestamptz_ns, FUNCTION = timestamptz_ne_timestamptz_ns,
	COMMUTATOR = <>, NEGATOR = =, RESTRICT = neqsel, JOIN = neqjoinsel);
COMMENT ON OPERATOR <> (timestamptz, timestamptz_ns) IS 'not equal';
CREATE OPERATOR >= (LEFTARG = timestamptz, RIGHTARG = timestamptz_ns, FUNCTION = timestamptz_ge_timestamptz_ns,
	COMMUTATOR = <=, NEGATOR = <, RESTRICT = scalargesel, JOIN = scalargejoinsel);
COMMENT ON OPERATOR >= (timestamptz, timestamptz_ns) IS 'greater than or equal';
CREATE OPERATOR > (LEFTARG = timestamptz, RIGHTARG = timestamptz_ns, FUNCTION = timestamptz_gt_timestamptz_ns,
	COMMUTATOR = <, NEGATOR = <=, RESTRICT = scalargtsel, JOIN = scalargtjoinsel);
COMMENT ON OPERATOR > (timestamptz, timestamptz_ns) IS 'greater than';

-- btree: the type's own class, with the operators against timestamptz in
-- the same family so that an index on timestamptz_ns serves
-- WHERE ts > now() - interval '1 hour'
CREATE OPERATOR FAMILY timestamptz_ns_ops USING btree;
COMMENT ON OPERATOR FAMILY timestamptz_ns_ops USING btree IS 'btree operators of timestamptz_ns and timestamptz, compared exactly';
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
COMMENT ON OPERATOR CLASS timestamptz_ns_ops USING btree IS 'default btree operator class of timestamptz_ns';
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
COMMENT ON OPERATOR FAMILY timestamptz_ns_ops USING hash IS 'hash operators of timestamptz_ns';
CREATE OPERATOR CLASS timestamptz_ns_ops
	DEFAULT FOR TYPE timestamptz_ns USING hash FAMILY timestamptz_ns_ops AS
		OPERATOR 1 =,
		FUNCTION 1 timestamptz_ns_hash(timestamptz_ns),
		FUNCTION 2 timestamptz_ns_hash_extended(timestamptz_ns, bigint);
COMMENT ON OPERATOR CLASS timestamptz_ns_ops USING hash IS 'default hash operator class of timestamptz_ns';

CREATE OPERATOR FAMILY timestamptz_ns_minmax_ops USING brin;
COMMENT ON OPERATOR FAMILY timestamptz_ns_minmax_ops USING brin IS 'BRIN minmax operators of timestamptz_ns, also against timestamptz';
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
COMMENT ON OPERATOR CLASS timestamptz_ns_minmax_ops USING brin IS 'default BRIN operator class of timestamptz_ns: minimum and maximum per block range';
ALTER OPERATOR FAMILY timestamptz_ns_minmax_ops USING brin ADD
	OPERATOR 1 < (timestamptz_ns, timestamptz),
	OPERATOR 2 <= (timestamptz_ns, timestamptz),
	OPERATOR 3 = (timestamptz_ns, timestamptz),
	OPERATOR 4 >= (timestamptz_ns, timestamptz),
	OPERATOR 5 > (timestamptz_ns, timestamptz);

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

-- against date and timestamp, exactly, in the session TimeZone as
-- timestamptz compares with them; in the btree family, so an index serves
-- WHERE ts >= current_date

CREATE FUNCTION timestamptz_ns_lt_date(timestamptz_ns, date) RETURNS boolean
	AS 'MODULE_PATHNAME', 'timestamptz_ns_lt_date' LANGUAGE C STABLE STRICT PARALLEL SAFE LEAKPROOF;
COMMENT ON FUNCTION timestamptz_ns_lt_date(timestamptz_ns, date) IS 'implementation of < operator';
CREATE FUNCTION timestamptz_ns_le_date(timestamptz_ns, date) RETURNS boolean
	AS 'MODULE_PATHNAME', 'timestamptz_ns_le_date' LANGUAGE C STABLE STRICT PARALLEL SAFE LEAKPROOF;
COMMENT ON FUNCTION timestamptz_ns_le_date(timestamptz_ns, date) IS 'implementation of <= operator';
CREATE FUNCTION timestamptz_ns_eq_date(timestamptz_ns, date) RETURNS boolean
	AS 'MODULE_PATHNAME', 'timestamptz_ns_eq_date' LANGUAGE C STABLE STRICT PARALLEL SAFE LEAKPROOF;
COMMENT ON FUNCTION timestamptz_ns_eq_date(timestamptz_ns, date) IS 'implementation of = operator';
CREATE FUNCTION timestamptz_ns_ne_date(timestamptz_ns, date) RETURNS boolean
	AS 'MODULE_PATHNAME', 'timestamptz_ns_ne_date' LANGUAGE C STABLE STRICT PARALLEL SAFE LEAKPROOF;
COMMENT ON FUNCTION timestamptz_ns_ne_date(timestamptz_ns, date) IS 'implementation of <> operator';
CREATE FUNCTION timestamptz_ns_ge_date(timestamptz_ns, date) RETURNS boolean
	AS 'MODULE_PATHNAME', 'timestamptz_ns_ge_date' LANGUAGE C STABLE STRICT PARALLEL SAFE LEAKPROOF;
COMMENT ON FUNCTION timestamptz_ns_ge_date(timestamptz_ns, date) IS 'implementation of >= operator';
CREATE FUNCTION timestamptz_ns_gt_date(timestamptz_ns, date) RETURNS boolean
	AS 'MODULE_PATHNAME', 'timestamptz_ns_gt_date' LANGUAGE C STABLE STRICT PARALLEL SAFE LEAKPROOF;
COMMENT ON FUNCTION timestamptz_ns_gt_date(timestamptz_ns, date) IS 'implementation of > operator';
CREATE FUNCTION timestamptz_ns_cmp_date(timestamptz_ns, date) RETURNS integer
	AS 'MODULE_PATHNAME', 'timestamptz_ns_cmp_date' LANGUAGE C STABLE STRICT PARALLEL SAFE LEAKPROOF;
COMMENT ON FUNCTION timestamptz_ns_cmp_date(timestamptz_ns, date) IS 'less-equal-greater against date, exact: btree support';
CREATE OPERATOR < (LEFTARG = timestamptz_ns, RIGHTARG = date, FUNCTION = timestamptz_ns_lt_date,
	COMMUTATOR = >, NEGATOR = >=, RESTRICT = scalarltsel, JOIN = scalarltjoinsel);
COMMENT ON OPERATOR < (timestamptz_ns, date) IS 'less than';
CREATE OPERATOR <= (LEFTARG = timestamptz_ns, RIGHTARG = date, FUNCTION = timestamptz_ns_le_date,
	COMMUTATOR = >=, NEGATOR = >, RESTRICT = scalarlesel, JOIN = scalarlejoinsel);
COMMENT ON OPERATOR <= (timestamptz_ns, date) IS 'less than or equal';
CREATE OPERATOR = (LEFTARG = timestamptz_ns, RIGHTARG = date, FUNCTION = timestamptz_ns_eq_date,
	COMMUTATOR = =, NEGATOR = <>, RESTRICT = eqsel, JOIN = eqjoinsel, MERGES);
COMMENT ON OPERATOR = (timestamptz_ns, date) IS 'equal';
CREATE OPERATOR <> (LEFTARG = timestamptz_ns, RIGHTARG = date, FUNCTION = timestamptz_ns_ne_date,
	COMMUTATOR = <>, NEGATOR = =, RESTRICT = neqsel, JOIN = neqjoinsel);
COMMENT ON OPERATOR <> (timestamptz_ns, date) IS 'not equal';
CREATE OPERATOR >= (LEFTARG = timestamptz_ns, RIGHTARG = date, FUNCTION = timestamptz_ns_ge_date,
	COMMUTATOR = <=, NEGATOR = <, RESTRICT = scalargesel, JOIN = scalargejoinsel);
COMMENT ON OPERATOR >= (timestamptz_ns, date) IS 'greater than or equal';
CREATE OPERATOR > (LEFTARG = timestamptz_ns, RIGHTARG = date, FUNCTION = timestamptz_ns_gt_date,
	COMMUTATOR = <, NEGATOR = <=, RESTRICT = scalargtsel, JOIN = scalargtjoinsel);
COMMENT ON OPERATOR > (timestamptz_ns, date) IS 'greater than';
CREATE FUNCTION date_lt_timestamptz_ns(date, timestamptz_ns) RETURNS boolean
	AS 'MODULE_PATHNAME', 'date_lt_timestamptz_ns' LANGUAGE C STABLE STRICT PARALLEL SAFE LEAKPROOF;
COMMENT ON FUNCTION date_lt_timestamptz_ns(date, timestamptz_ns) IS 'implementation of < operator';
CREATE FUNCTION date_le_timestamptz_ns(date, timestamptz_ns) RETURNS boolean
	AS 'MODULE_PATHNAME', 'date_le_timestamptz_ns' LANGUAGE C STABLE STRICT PARALLEL SAFE LEAKPROOF;
COMMENT ON FUNCTION date_le_timestamptz_ns(date, timestamptz_ns) IS 'implementation of <= operator';
CREATE FUNCTION date_eq_timestamptz_ns(date, timestamptz_ns) RETURNS boolean
	AS 'MODULE_PATHNAME', 'date_eq_timestamptz_ns' LANGUAGE C STABLE STRICT PARALLEL SAFE LEAKPROOF;
COMMENT ON FUNCTION date_eq_timestamptz_ns(date, timestamptz_ns) IS 'implementation of = operator';
CREATE FUNCTION date_ne_timestamptz_ns(date, timestamptz_ns) RETURNS boolean
	AS 'MODULE_PATHNAME', 'date_ne_timestamptz_ns' LANGUAGE C STABLE STRICT PARALLEL SAFE LEAKPROOF;
COMMENT ON FUNCTION date_ne_timestamptz_ns(date, timestamptz_ns) IS 'implementation of <> operator';
CREATE FUNCTION date_ge_timestamptz_ns(date, timestamptz_ns) RETURNS boolean
	AS 'MODULE_PATHNAME', 'date_ge_timestamptz_ns' LANGUAGE C STABLE STRICT PARALLEL SAFE LEAKPROOF;
COMMENT ON FUNCTION date_ge_timestamptz_ns(date, timestamptz_ns) IS 'implementation of >= operator';
CREATE FUNCTION date_gt_timestamptz_ns(date, timestamptz_ns) RETURNS boolean
	AS 'MODULE_PATHNAME', 'date_gt_timestamptz_ns' LANGUAGE C STABLE STRICT PARALLEL SAFE LEAKPROOF;
COMMENT ON FUNCTION date_gt_timestamptz_ns(date, timestamptz_ns) IS 'implementation of > operator';
CREATE FUNCTION date_cmp_timestamptz_ns(date, timestamptz_ns) RETURNS integer
	AS 'MODULE_PATHNAME', 'date_cmp_timestamptz_ns' LANGUAGE C STABLE STRICT PARALLEL SAFE LEAKPROOF;
COMMENT ON FUNCTION date_cmp_timestamptz_ns(date, timestamptz_ns) IS 'less-equal-greater against timestamptz_ns, exact: btree support';
CREATE OPERATOR < (LEFTARG = date, RIGHTARG = timestamptz_ns, FUNCTION = date_lt_timestamptz_ns,
	COMMUTATOR = >, NEGATOR = >=, RESTRICT = scalarltsel, JOIN = scalarltjoinsel);
COMMENT ON OPERATOR < (date, timestamptz_ns) IS 'less than';
CREATE OPERATOR <= (LEFTARG = date, RIGHTARG = timestamptz_ns, FUNCTION = date_le_timestamptz_ns,
	COMMUTATOR = >=, NEGATOR = >, RESTRICT = scalarlesel, JOIN = scalarlejoinsel);
COMMENT ON OPERATOR <= (date, timestamptz_ns) IS 'less than or equal';
CREATE OPERATOR = (LEFTARG = date, RIGHTARG = timestamptz_ns, FUNCTION = date_eq_timestamptz_ns,
	COMMUTATOR = =, NEGATOR = <>, RESTRICT = eqsel, JOIN = eqjoinsel, MERGES);
COMMENT ON OPERATOR = (date, timestamptz_ns) IS 'equal';
CREATE OPERATOR <> (LEFTARG = date, RIGHTARG = timestamptz_ns, FUNCTION = date_ne_timestamptz_ns,
	COMMUTATOR = <>, NEGATOR = =, RESTRICT = neqsel, JOIN = neqjoinsel);
COMMENT ON OPERATOR <> (date, timestamptz_ns) IS 'not equal';
CREATE OPERATOR >= (LEFTARG = date, RIGHTARG = timestamptz_ns, FUNCTION = date_ge_timestamptz_ns,
	COMMUTATOR = <=, NEGATOR = <, RESTRICT = scalargesel, JOIN = scalargejoinsel);
COMMENT ON OPERATOR >= (date, timestamptz_ns) IS 'greater than or equal';
CREATE OPERATOR > (LEFTARG = date, RIGHTARG = timestamptz_ns, FUNCTION = date_gt_timestamptz_ns,
	COMMUTATOR = <, NEGATOR = <=, RESTRICT = scalargtsel, JOIN = scalargtjoinsel);
COMMENT ON OPERATOR > (date, timestamptz_ns) IS 'greater than';
CREATE FUNCTION timestamptz_ns_lt_timestamp(timestamptz_ns, timestamp) RETURNS boolean
	AS 'MODULE_PATHNAME', 'timestamptz_ns_lt_timestamp' LANGUAGE C STABLE STRICT PARALLEL SAFE LEAKPROOF;
COMMENT ON FUNCTION timestamptz_ns_lt_timestamp(timestamptz_ns, timestamp) IS 'implementation of < operator';
CREATE FUNCTION timestamptz_ns_le_timestamp(timestamptz_ns, timestamp) RETURNS boolean
	AS 'MODULE_PATHNAME', 'timestamptz_ns_le_timestamp' LANGUAGE C STABLE STRICT PARALLEL SAFE LEAKPROOF;
COMMENT ON FUNCTION timestamptz_ns_le_timestamp(timestamptz_ns, timestamp) IS 'implementation of <= operator';
CREATE FUNCTION timestamptz_ns_eq_timestamp(timestamptz_ns, timestamp) RETURNS boolean
	AS 'MODULE_PATHNAME', 'timestamptz_ns_eq_timestamp' LANGUAGE C STABLE STRICT PARALLEL SAFE LEAKPROOF;
COMMENT ON FUNCTION timestamptz_ns_eq_timestamp(timestamptz_ns, timestamp) IS 'implementation of = operator';
CREATE FUNCTION timestamptz_ns_ne_timestamp(timestamptz_ns, timestamp) RETURNS boolean
	AS 'MODULE_PATHNAME', 'timestamptz_ns_ne_timestamp' LANGUAGE C STABLE STRICT PARALLEL SAFE LEAKPROOF;
COMMENT ON FUNCTION timestamptz_ns_ne_timestamp(timestamptz_ns, timestamp) IS 'implementation of <> operator';
CREATE FUNCTION timestamptz_ns_ge_timestamp(timestamptz_ns, timestamp) RETURNS boolean
	AS 'MODULE_PATHNAME', 'timestamptz_ns_ge_timestamp' LANGUAGE C STABLE STRICT PARALLEL SAFE LEAKPROOF;
COMMENT ON FUNCTION timestamptz_ns_ge_timestamp(timestamptz_ns, timestamp) IS 'implementation of >= operator';
CREATE FUNCTION timestamptz_ns_gt_timestamp(timestamptz_ns, timestamp) RETURNS boolean
	AS 'MODULE_PATHNAME', 'timestamptz_ns_gt_timestamp' LANGUAGE C STABLE STRICT PARALLEL SAFE LEAKPROOF;
COMMENT ON FUNCTION timestamptz_ns_gt_timestamp(timestamptz_ns, timestamp) IS 'implementation of > operator';
CREATE FUNCTION timestamptz_ns_cmp_timestamp(timestamptz_ns, timestamp) RETURNS integer
	AS 'MODULE_PATHNAME', 'timestamptz_ns_cmp_timestamp' LANGUAGE C STABLE STRICT PARALLEL SAFE LEAKPROOF;
COMMENT ON FUNCTION timestamptz_ns_cmp_timestamp(timestamptz_ns, timestamp) IS 'less-equal-greater against timestamp, exact: btree support';
CREATE OPERATOR < (LEFTARG = timestamptz_ns, RIGHTARG = timestamp, FUNCTION = timestamptz_ns_lt_timestamp,
	COMMUTATOR = >, NEGATOR = >=, RESTRICT = scalarltsel, JOIN = scalarltjoinsel);
COMMENT ON OPERATOR < (timestamptz_ns, timestamp) IS 'less than';
CREATE OPERATOR <= (LEFTARG = timestamptz_ns, RIGHTARG = timestamp, FUNCTION = timestamptz_ns_le_timestamp,
	COMMUTATOR = >=, NEGATOR = >, RESTRICT = scalarlesel, JOIN = scalarlejoinsel);
COMMENT ON OPERATOR <= (timestamptz_ns, timestamp) IS 'less than or equal';
CREATE OPERATOR = (LEFTARG = timestamptz_ns, RIGHTARG = timestamp, FUNCTION = timestamptz_ns_eq_timestamp,
	COMMUTATOR = =, NEGATOR = <>, RESTRICT = eqsel, JOIN = eqjoinsel, MERGES);
COMMENT ON OPERATOR = (timestamptz_ns, timestamp) IS 'equal';
CREATE OPERATOR <> (LEFTARG = timestamptz_ns, RIGHTARG = timestamp, FUNCTION = timestamptz_ns_ne_timestamp,
	COMMUTATOR = <>, NEGATOR = =, RESTRICT = neqsel, JOIN = neqjoinsel);
COMMENT ON OPERATOR <> (timestamptz_ns, timestamp) IS 'not equal';
CREATE OPERATOR >= (LEFTARG = timestamptz_ns, RIGHTARG = timestamp, FUNCTION = timestamptz_ns_ge_timestamp,
	COMMUTATOR = <=, NEGATOR = <, RESTRICT = scalargesel, JOIN = scalargejoinsel);
COMMENT ON OPERATOR >= (timestamptz_ns, timestamp) IS 'greater than or equal';
CREATE OPERATOR > (LEFTARG = timestamptz_ns, RIGHTARG = timestamp, FUNCTION = timestamptz_ns_gt_timestamp,
	COMMUTATOR = <, NEGATOR = <=, RESTRICT = scalargtsel, JOIN = scalargtjoinsel);
COMMENT ON OPERATOR > (timestamptz_ns, timestamp) IS 'greater than';
CREATE FUNCTION timestamp_lt_timestamptz_ns(timestamp, timestamptz_ns) RETURNS boolean
	AS 'MODULE_PATHNAME', 'timestamp_lt_timestamptz_ns' LANGUAGE C STABLE STRICT PARALLEL SAFE LEAKPROOF;
COMMENT ON FUNCTION timestamp_lt_timestamptz_ns(timestamp, timestamptz_ns) IS 'implementation of < operator';
CREATE FUNCTION timestamp_le_timestamptz_ns(timestamp, timestamptz_ns) RETURNS boolean
	AS 'MODULE_PATHNAME', 'timestamp_le_timestamptz_ns' LANGUAGE C STABLE STRICT PARALLEL SAFE LEAKPROOF;
COMMENT ON FUNCTION timestamp_le_timestamptz_ns(timestamp, timestamptz_ns) IS 'implementation of <= operator';
CREATE FUNCTION timestamp_eq_timestamptz_ns(timestamp, timestamptz_ns) RETURNS boolean
	AS 'MODULE_PATHNAME', 'timestamp_eq_timestamptz_ns' LANGUAGE C STABLE STRICT PARALLEL SAFE LEAKPROOF;
COMMENT ON FUNCTION timestamp_eq_timestamptz_ns(timestamp, timestamptz_ns) IS 'implementation of = operator';
CREATE FUNCTION timestamp_ne_timestamptz_ns(timestamp, timestamptz_ns) RETURNS boolean
	AS 'MODULE_PATHNAME', 'timestamp_ne_timestamptz_ns' LANGUAGE C STABLE STRICT PARALLEL SAFE LEAKPROOF;
COMMENT ON FUNCTION timestamp_ne_timestamptz_ns(timestamp, timestamptz_ns) IS 'implementation of <> operator';
CREATE FUNCTION timestamp_ge_timestamptz_ns(timestamp, timestamptz_ns) RETURNS boolean
	AS 'MODULE_PATHNAME', 'timestamp_ge_timestamptz_ns' LANGUAGE C STABLE STRICT PARALLEL SAFE LEAKPROOF;
COMMENT ON FUNCTION timestamp_ge_timestamptz_ns(timestamp, timestamptz_ns) IS 'implementation of >= operator';
CREATE FUNCTION timestamp_gt_timestamptz_ns(timestamp, timestamptz_ns) RETURNS boolean
	AS 'MODULE_PATHNAME', 'timestamp_gt_timestamptz_ns' LANGUAGE C STABLE STRICT PARALLEL SAFE LEAKPROOF;
COMMENT ON FUNCTION timestamp_gt_timestamptz_ns(timestamp, timestamptz_ns) IS 'implementation of > operator';
CREATE FUNCTION timestamp_cmp_timestamptz_ns(timestamp, timestamptz_ns) RETURNS integer
	AS 'MODULE_PATHNAME', 'timestamp_cmp_timestamptz_ns' LANGUAGE C STABLE STRICT PARALLEL SAFE LEAKPROOF;
COMMENT ON FUNCTION timestamp_cmp_timestamptz_ns(timestamp, timestamptz_ns) IS 'less-equal-greater against timestamptz_ns, exact: btree support';
CREATE OPERATOR < (LEFTARG = timestamp, RIGHTARG = timestamptz_ns, FUNCTION = timestamp_lt_timestamptz_ns,
	COMMUTATOR = >, NEGATOR = >=, RESTRICT = scalarltsel, JOIN = scalarltjoinsel);
COMMENT ON OPERATOR < (timestamp, timestamptz_ns) IS 'less than';
CREATE OPERATOR <= (LEFTARG = timestamp, RIGHTARG = timestamptz_ns, FUNCTION = timestamp_le_timestamptz_ns,
	COMMUTATOR = >=, NEGATOR = >, RESTRICT = scalarlesel, JOIN = scalarlejoinsel);
COMMENT ON OPERATOR <= (timestamp, timestamptz_ns) IS 'less than or equal';
CREATE OPERATOR = (LEFTARG = timestamp, RIGHTARG = timestamptz_ns, FUNCTION = timestamp_eq_timestamptz_ns,
	COMMUTATOR = =, NEGATOR = <>, RESTRICT = eqsel, JOIN = eqjoinsel, MERGES);
COMMENT ON OPERATOR = (timestamp, timestamptz_ns) IS 'equal';
CREATE OPERATOR <> (LEFTARG = timestamp, RIGHTARG = timestamptz_ns, FUNCTION = timestamp_ne_timestamptz_ns,
	COMMUTATOR = <>, NEGATOR = =, RESTRICT = neqsel, JOIN = neqjoinsel);
COMMENT ON OPERATOR <> (timestamp, timestamptz_ns) IS 'not equal';
CREATE OPERATOR >= (LEFTARG = timestamp, RIGHTARG = timestamptz_ns, FUNCTION = timestamp_ge_timestamptz_ns,
	COMMUTATOR = <=, NEGATOR = <, RESTRICT = scalargesel, JOIN = scalargejoinsel);
COMMENT ON OPERATOR >= (timestamp, timestamptz_ns) IS 'greater than or equal';
CREATE OPERATOR > (LEFTARG = timestamp, RIGHTARG = timestamptz_ns, FUNCTION = timestamp_gt_timestamptz_ns,
	COMMUTATOR = <, NEGATOR = <=, RESTRICT = scalargtsel, JOIN = scalargtjoinsel);
COMMENT ON OPERATOR > (timestamp, timestamptz_ns) IS 'greater than';
ALTER OPERATOR FAMILY timestamptz_ns_ops USING btree ADD
	OPERATOR 1 < (timestamptz_ns, date),
	OPERATOR 2 <= (timestamptz_ns, date),
	OPERATOR 3 = (timestamptz_ns, date),
	OPERATOR 4 >= (timestamptz_ns, date),
	OPERATOR 5 > (timestamptz_ns, date),
	FUNCTION 1 (timestamptz_ns, date) timestamptz_ns_cmp_date(timestamptz_ns, date),
	OPERATOR 1 < (date, timestamptz_ns),
	OPERATOR 2 <= (date, timestamptz_ns),
	OPERATOR 3 = (date, timestamptz_ns),
	OPERATOR 4 >= (date, timestamptz_ns),
	OPERATOR 5 > (date, timestamptz_ns),
	FUNCTION 1 (date, timestamptz_ns) date_cmp_timestamptz_ns(date, timestamptz_ns),
	OPERATOR 1 < (timestamptz_ns, timestamp),
	OPERATOR 2 <= (timestamptz_ns, timestamp),
	OPERATOR 3 = (timestamptz_ns, timestamp),
	OPERATOR 4 >= (timestamptz_ns, timestamp),
	OPERATOR 5 > (timestamptz_ns, timestamp),
	FUNCTION 1 (timestamptz_ns, timestamp) timestamptz_ns_cmp_timestamp(timestamptz_ns, timestamp),
	OPERATOR 1 < (timestamp, timestamptz_ns),
	OPERATOR 2 <= (timestamp, timestamptz_ns),
	OPERATOR 3 = (timestamp, timestamptz_ns),
	OPERATOR 4 >= (timestamp, timestamptz_ns),
	OPERATOR 5 > (timestamp, timestamptz_ns),
	FUNCTION 1 (timestamp, timestamptz_ns) timestamp_cmp_timestamptz_ns(timestamp, timestamptz_ns),
	-- a complete family also holds core's comparisons among timestamptz, date
	-- and timestamp
	OPERATOR 1 < (timestamptz, date),
	OPERATOR 2 <= (timestamptz, date),
	OPERATOR 3 = (timestamptz, date),
	OPERATOR 4 >= (timestamptz, date),
	OPERATOR 5 > (timestamptz, date),
	FUNCTION 1 (timestamptz, date) timestamptz_cmp_date(timestamptz, date),
	OPERATOR 1 < (date, timestamptz),
	OPERATOR 2 <= (date, timestamptz),
	OPERATOR 3 = (date, timestamptz),
	OPERATOR 4 >= (date, timestamptz),
	OPERATOR 5 > (date, timestamptz),
	FUNCTION 1 (date, timestamptz) date_cmp_timestamptz(date, timestamptz),
	OPERATOR 1 < (timestamptz, timestamp),
	OPERATOR 2 <= (timestamptz, timestamp),
	OPERATOR 3 = (timestamptz, timestamp),
	OPERATOR 4 >= (timestamptz, timestamp),
	OPERATOR 5 > (timestamptz, timestamp),
	FUNCTION 1 (timestamptz, timestamp) timestamptz_cmp_timestamp(timestamptz, timestamp),
	OPERATOR 1 < (timestamp, timestamptz),
	OPERATOR 2 <= (timestamp, timestamptz),
	OPERATOR 3 = (timestamp, timestamptz),
	OPERATOR 4 >= (timestamp, timestamptz),
	OPERATOR 5 > (timestamp, timestamptz),
	FUNCTION 1 (timestamp, timestamptz) timestamp_cmp_timestamptz(timestamp, timestamptz),
	OPERATOR 1 < (date, date),
	OPERATOR 2 <= (date, date),
	OPERATOR 3 = (date, date),
	OPERATOR 4 >= (date, date),
	OPERATOR 5 > (date, date),
	FUNCTION 1 (date, date) date_cmp(date, date),
	OPERATOR 1 < (date, timestamp),
	OPERATOR 2 <= (date, timestamp),
	OPERATOR 3 = (date, timestamp),
	OPERATOR 4 >= (date, timestamp),
	OPERATOR 5 > (date, timestamp),
	FUNCTION 1 (date, timestamp) date_cmp_timestamp(date, timestamp),
	OPERATOR 1 < (timestamp, date),
	OPERATOR 2 <= (timestamp, date),
	OPERATOR 3 = (timestamp, date),
	OPERATOR 4 >= (timestamp, date),
	OPERATOR 5 > (timestamp, date),
	FUNCTION 1 (timestamp, date) timestamp_cmp_date(timestamp, date),
	OPERATOR 1 < (timestamp, timestamp),
	OPERATOR 2 <= (timestamp, timestamp),
	OPERATOR 3 = (timestamp, timestamp),
	OPERATOR 4 >= (timestamp, timestamp),
	OPERATOR 5 > (timestamp, timestamp),
	FUNCTION 1 (timestamp, timestamp) timestamp_cmp(timestamp, timestamp);

-- casts: exact from timestamptz (implicit), rounded to it (assignment);
-- timestamp and date through the session TimeZone, as timestamptz does
CREATE FUNCTION timestamptz_ns(timestamptz) RETURNS timestamptz_ns
	AS 'MODULE_PATHNAME', 'timestamptz_timestamptz_ns' LANGUAGE C IMMUTABLE STRICT PARALLEL SAFE;
COMMENT ON FUNCTION timestamptz_ns(timestamptz) IS 'convert timestamptz to timestamptz_ns, exactly';
CREATE FUNCTION timestamptz(timestamptz_ns) RETURNS timestamptz
	AS 'MODULE_PATHNAME', 'timestamptz_ns_timestamptz' LANGUAGE C IMMUTABLE STRICT PARALLEL SAFE;
COMMENT ON FUNCTION timestamptz(timestamptz_ns) IS 'convert timestamptz_ns to timestamptz, rounded half up to the microsecond';
CREATE FUNCTION timestamptz_ns(timestamp) RETURNS timestamptz_ns
	AS 'MODULE_PATHNAME', 'timestamp_timestamptz_ns' LANGUAGE C STABLE STRICT PARALLEL SAFE;
COMMENT ON FUNCTION timestamptz_ns(timestamp) IS 'convert timestamp to timestamptz_ns in the session TimeZone';
CREATE FUNCTION "timestamp"(timestamptz_ns) RETURNS timestamp
	AS 'MODULE_PATHNAME', 'timestamptz_ns_timestamp' LANGUAGE C STABLE STRICT PARALLEL SAFE;
COMMENT ON FUNCTION "timestamp"(timestamptz_ns) IS 'convert timestamptz_ns to timestamp in the session TimeZone, rounded half up to the microsecond';
CREATE FUNCTION timestamptz_ns(date) RETURNS timestamptz_ns
	AS 'MODULE_PATHNAME', 'date_timestamptz_ns' LANGUAGE C STABLE STRICT PARALLEL SAFE;
COMMENT ON FUNCTION timestamptz_ns(date) IS 'convert date to timestamptz_ns: its midnight in the session TimeZone';
CREATE FUNCTION date(timestamptz_ns) RETURNS date
	AS 'MODULE_PATHNAME', 'timestamptz_ns_date' LANGUAGE C STABLE STRICT PARALLEL SAFE;
COMMENT ON FUNCTION date(timestamptz_ns) IS 'convert timestamptz_ns to date in the session TimeZone';
CREATE CAST (timestamptz AS timestamptz_ns) WITH FUNCTION timestamptz_ns(timestamptz) AS IMPLICIT;
COMMENT ON CAST (timestamptz AS timestamptz_ns) IS 'exact, implicit';
CREATE CAST (timestamptz_ns AS timestamptz) WITH FUNCTION timestamptz(timestamptz_ns) AS ASSIGNMENT;
COMMENT ON CAST (timestamptz_ns AS timestamptz) IS 'rounded half up to the microsecond, in assignment: never implicit, so a mixed expression is exact or refused';
CREATE CAST (timestamp AS timestamptz_ns) WITH FUNCTION timestamptz_ns(timestamp) AS IMPLICIT;
COMMENT ON CAST (timestamp AS timestamptz_ns) IS 'in the session TimeZone, implicit';
CREATE CAST (timestamptz_ns AS timestamp) WITH FUNCTION "timestamp"(timestamptz_ns) AS ASSIGNMENT;
COMMENT ON CAST (timestamptz_ns AS timestamp) IS 'in the session TimeZone, rounded half up to the microsecond, in assignment';
CREATE CAST (date AS timestamptz_ns) WITH FUNCTION timestamptz_ns(date) AS IMPLICIT;
COMMENT ON CAST (date AS timestamptz_ns) IS 'midnight in the session TimeZone, implicit';
CREATE CAST (timestamptz_ns AS date) WITH FUNCTION date(timestamptz_ns) AS ASSIGNMENT;
COMMENT ON CAST (timestamptz_ns AS date) IS 'in the session TimeZone, in assignment';

-- rounding to timestamptz_ns(p), as timestamptz(p) rounds, on assignment and by casts
CREATE FUNCTION timestamptz_ns(timestamptz_ns, integer) RETURNS timestamptz_ns
	AS 'MODULE_PATHNAME', 'timestamptz_ns_scale' LANGUAGE C IMMUTABLE STRICT PARALLEL SAFE;
COMMENT ON FUNCTION timestamptz_ns(timestamptz_ns, integer) IS 'adjust timestamptz_ns precision';
CREATE CAST (timestamptz_ns AS timestamptz_ns) WITH FUNCTION timestamptz_ns(timestamptz_ns, integer) AS IMPLICIT;
COMMENT ON CAST (timestamptz_ns AS timestamptz_ns) IS 'to timestamptz_ns(p): rounded to 10^-p seconds, half away from zero counted from 2000-01-01, as timestamptz(p)';

-- JSON: RFC 3339 in the session TimeZone, as core writes a timestamptz, with
-- up to nine fraction digits; to_json, to_jsonb and the builders use the cast
CREATE FUNCTION timestamptz_ns_json(timestamptz_ns) RETURNS json
	AS 'MODULE_PATHNAME', 'timestamptz_ns_json' LANGUAGE C STABLE STRICT PARALLEL SAFE;
COMMENT ON FUNCTION timestamptz_ns_json(timestamptz_ns) IS 'convert timestamptz_ns to a JSON string in RFC 3339, up to nine fraction digits, in the session TimeZone';
CREATE CAST (timestamptz_ns AS json) WITH FUNCTION timestamptz_ns_json(timestamptz_ns);
COMMENT ON CAST (timestamptz_ns AS json) IS 'RFC 3339 with up to nine fraction digits, as to_json writes a timestamptz; explicit, and used by to_json and to_jsonb';

-- the time of day, as core's casts from timestamptz, to the microsecond
CREATE FUNCTION "time"(timestamptz_ns) RETURNS time
	AS 'MODULE_PATHNAME', 'timestamptz_ns_time' LANGUAGE C STABLE STRICT PARALLEL SAFE;
COMMENT ON FUNCTION "time"(timestamptz_ns) IS 'convert timestamptz_ns to time of day in the session TimeZone, rounded half up to the microsecond';
CREATE FUNCTION timetz(timestamptz_ns) RETURNS timetz
	AS 'MODULE_PATHNAME', 'timestamptz_ns_timetz' LANGUAGE C STABLE STRICT PARALLEL SAFE;
COMMENT ON FUNCTION timetz(timestamptz_ns) IS 'convert timestamptz_ns to time of day with time zone in the session TimeZone, rounded half up to the microsecond';
CREATE CAST (timestamptz_ns AS time) WITH FUNCTION "time"(timestamptz_ns) AS ASSIGNMENT;
COMMENT ON CAST (timestamptz_ns AS time) IS 'the time of day in the session TimeZone, rounded half up to the microsecond, in assignment';
CREATE CAST (timestamptz_ns AS timetz) WITH FUNCTION timetz(timestamptz_ns) AS ASSIGNMENT;
COMMENT ON CAST (timestamptz_ns AS timetz) IS 'the time of day and offset in the session TimeZone, rounded half up to the microsecond, in assignment';

-- arithmetic: calendar months and days in the session TimeZone, like timestamptz
CREATE FUNCTION timestamptz_ns_pl_interval(timestamptz_ns, interval) RETURNS timestamptz_ns
	AS 'MODULE_PATHNAME', 'timestamptz_ns_pl_interval' LANGUAGE C STABLE STRICT PARALLEL SAFE;
COMMENT ON FUNCTION timestamptz_ns_pl_interval(timestamptz_ns, interval) IS 'implementation of + operator';
CREATE FUNCTION interval_pl_timestamptz_ns(interval, timestamptz_ns) RETURNS timestamptz_ns
	AS 'MODULE_PATHNAME', 'interval_pl_timestamptz_ns' LANGUAGE C STABLE STRICT PARALLEL SAFE;
COMMENT ON FUNCTION interval_pl_timestamptz_ns(interval, timestamptz_ns) IS 'implementation of + operator';
CREATE FUNCTION timestamptz_ns_mi_interval(timestamptz_ns, interval) RETURNS timestamptz_ns
	AS 'MODULE_PATHNAME', 'timestamptz_ns_mi_interval' LANGUAGE C STABLE STRICT PARALLEL SAFE;
COMMENT ON FUNCTION timestamptz_ns_mi_interval(timestamptz_ns, interval) IS 'implementation of - operator';
CREATE FUNCTION timestamptz_ns_mi(timestamptz_ns, timestamptz_ns) RETURNS interval
	AS 'MODULE_PATHNAME', 'timestamptz_ns_mi' LANGUAGE C IMMUTABLE STRICT PARALLEL SAFE;
COMMENT ON FUNCTION timestamptz_ns_mi(timestamptz_ns, timestamptz_ns) IS 'implementation of - operator';
CREATE OPERATOR + (LEFTARG = timestamptz_ns, RIGHTARG = interval,
	FUNCTION = timestamptz_ns_pl_interval, COMMUTATOR = +);
COMMENT ON OPERATOR + (timestamptz_ns, interval) IS 'add, months and days in the session TimeZone';
CREATE OPERATOR + (LEFTARG = interval, RIGHTARG = timestamptz_ns,
	FUNCTION = interval_pl_timestamptz_ns, COMMUTATOR = +);
COMMENT ON OPERATOR + (interval, timestamptz_ns) IS 'add, months and days in the session TimeZone';
CREATE OPERATOR - (LEFTARG = timestamptz_ns, RIGHTARG = interval,
	FUNCTION = timestamptz_ns_mi_interval);
COMMENT ON OPERATOR - (timestamptz_ns, interval) IS 'subtract, months and days in the session TimeZone';
CREATE OPERATOR - (LEFTARG = timestamptz_ns, RIGHTARG = timestamptz_ns,
	FUNCTION = timestamptz_ns_mi);
COMMENT ON OPERATOR - (timestamptz_ns, timestamptz_ns) IS 'subtract: the difference as an interval, rounded half up to the microsecond';

-- functions
CREATE FUNCTION clock_timestamp_ns() RETURNS timestamptz_ns
	AS 'MODULE_PATHNAME' LANGUAGE C VOLATILE PARALLEL SAFE;
COMMENT ON FUNCTION clock_timestamp_ns() IS 'current wall-clock time, to the nanosecond';
CREATE FUNCTION to_timestamptz_ns(bigint) RETURNS timestamptz_ns
	AS 'MODULE_PATHNAME', 'to_timestamptz_ns' LANGUAGE C IMMUTABLE STRICT PARALLEL SAFE;
COMMENT ON FUNCTION to_timestamptz_ns(bigint) IS 'nanoseconds since 1970-01-01 UTC (Go''s UnixNano) as timestamptz_ns';
CREATE FUNCTION to_timestamptz_ns(bigint, bigint) RETURNS timestamptz_ns
	AS 'MODULE_PATHNAME', 'to_timestamptz_ns_sec' LANGUAGE C IMMUTABLE STRICT PARALLEL SAFE;
COMMENT ON FUNCTION to_timestamptz_ns(bigint, bigint) IS 'seconds and nanoseconds since 1970-01-01 UTC, as Go''s time.Unix(sec, nsec)';
CREATE FUNCTION epoch_ns(timestamptz_ns) RETURNS bigint
	AS 'MODULE_PATHNAME', 'epoch_ns' LANGUAGE C IMMUTABLE STRICT PARALLEL SAFE;
COMMENT ON FUNCTION epoch_ns(timestamptz_ns) IS 'nanoseconds since 1970-01-01 UTC (Go''s UnixNano)';
CREATE FUNCTION date_trunc(text, timestamptz_ns) RETURNS timestamptz_ns
	AS 'MODULE_PATHNAME', 'timestamptz_ns_trunc' LANGUAGE C STABLE STRICT PARALLEL SAFE;
COMMENT ON FUNCTION date_trunc(text, timestamptz_ns) IS 'truncate to the given unit in the session TimeZone';
CREATE FUNCTION date_trunc(text, timestamptz_ns, text) RETURNS timestamptz_ns
	AS 'MODULE_PATHNAME', 'timestamptz_ns_trunc_zone' LANGUAGE C STABLE STRICT PARALLEL SAFE;
COMMENT ON FUNCTION date_trunc(text, timestamptz_ns, text) IS 'truncate to the given unit in the given time zone';
CREATE FUNCTION date_bin(interval, timestamptz_ns, timestamptz_ns) RETURNS timestamptz_ns
	AS 'MODULE_PATHNAME', 'timestamptz_ns_bin' LANGUAGE C IMMUTABLE STRICT PARALLEL SAFE;
COMMENT ON FUNCTION date_bin(interval, timestamptz_ns, timestamptz_ns) IS 'bin to the start of its stride-long bin counted from the origin';
-- in pg_catalog, where EXTRACT looks before PostgreSQL 14 (see extract below)
CREATE FUNCTION pg_catalog.date_part(text, timestamptz_ns) RETURNS double precision
	AS 'MODULE_PATHNAME', 'timestamptz_ns_part' LANGUAGE C STABLE STRICT PARALLEL SAFE;
COMMENT ON FUNCTION pg_catalog.date_part(text, timestamptz_ns) IS 'field of the time in the session TimeZone, as date_part(text, timestamptz)';
CREATE FUNCTION generate_series(timestamptz_ns, timestamptz_ns, interval) RETURNS SETOF timestamptz_ns
	AS 'MODULE_PATHNAME', 'generate_series_timestamptz_ns' LANGUAGE C STABLE STRICT PARALLEL SAFE;
COMMENT ON FUNCTION generate_series(timestamptz_ns, timestamptz_ns, interval) IS 'series of times from start to stop, by step';

-- isfinite, age and make_timestamptz_ns, as core has them for timestamptz
CREATE FUNCTION isfinite(timestamptz_ns) RETURNS boolean
	AS 'MODULE_PATHNAME', 'timestamptz_ns_isfinite' LANGUAGE C IMMUTABLE STRICT PARALLEL SAFE;
COMMENT ON FUNCTION isfinite(timestamptz_ns) IS 'finite timestamptz_ns?';
CREATE FUNCTION age(timestamptz_ns, timestamptz_ns) RETURNS interval
	AS 'MODULE_PATHNAME', 'timestamptz_ns_age' LANGUAGE C STABLE STRICT PARALLEL SAFE;
COMMENT ON FUNCTION age(timestamptz_ns, timestamptz_ns) IS 'date difference preserving months and years, as age(timestamptz, timestamptz) on the values rounded to the microsecond';
CREATE FUNCTION age(timestamptz_ns) RETURNS interval
	AS 'MODULE_PATHNAME', 'timestamptz_ns_age_today' LANGUAGE C STABLE STRICT PARALLEL SAFE;
COMMENT ON FUNCTION age(timestamptz_ns) IS 'date difference from today''s midnight preserving months and years, to the microsecond';
CREATE FUNCTION make_timestamptz_ns(year integer, month integer, mday integer, hour integer, min integer, sec double precision)
	RETURNS timestamptz_ns
	AS 'MODULE_PATHNAME', 'make_timestamptz_ns' LANGUAGE C STABLE STRICT PARALLEL SAFE;
COMMENT ON FUNCTION make_timestamptz_ns(integer, integer, integer, integer, integer, double precision) IS 'construct timestamptz_ns in the session TimeZone, seconds to the nanosecond';
CREATE FUNCTION make_timestamptz_ns(year integer, month integer, mday integer, hour integer, min integer, sec double precision, timezone text)
	RETURNS timestamptz_ns
	AS 'MODULE_PATHNAME', 'make_timestamptz_ns_at_timezone' LANGUAGE C STABLE STRICT PARALLEL SAFE;
COMMENT ON FUNCTION make_timestamptz_ns(integer, integer, integer, integer, integer, double precision, text) IS 'construct timestamptz_ns in the given time zone, seconds to the nanosecond';

-- to_char: core's patterns, with FF7, FF8 and FF9 for the digits below the microsecond
CREATE FUNCTION to_char(timestamptz_ns, text) RETURNS text
	AS 'MODULE_PATHNAME', 'timestamptz_ns_to_char' LANGUAGE C STABLE STRICT PARALLEL SAFE;
COMMENT ON FUNCTION to_char(timestamptz_ns, text) IS 'format timestamptz_ns to text, as to_char(timestamptz, text), with FF7 to FF9 for seven to nine fraction digits';

-- EXTRACT, AT TIME ZONE and OVERLAPS, which the grammar turns into calls of
-- pg_catalog.extract() (pg_catalog.date_part() before PostgreSQL 14),
-- pg_catalog.timezone() and pg_catalog.overlaps(): their timestamptz_ns forms
-- live there, so that they work whatever search_path says (the extension is
-- therefore not relocatable).  Each is new, so CREATE fails rather than
-- replace anything that is there.
CREATE FUNCTION pg_catalog.extract(text, timestamptz_ns) RETURNS numeric
	AS 'MODULE_PATHNAME', 'timestamptz_ns_extract' LANGUAGE C STABLE STRICT PARALLEL SAFE;
COMMENT ON FUNCTION pg_catalog.extract(text, timestamptz_ns) IS 'field of the time in the session TimeZone, as extract(text, timestamptz); epoch, second, millisecond, microsecond and nanosecond exact';
CREATE FUNCTION pg_catalog.timezone(text, timestamptz_ns) RETURNS timestamp
	AS 'MODULE_PATHNAME', 'timestamptz_ns_zone' LANGUAGE C IMMUTABLE STRICT PARALLEL SAFE;
COMMENT ON FUNCTION pg_catalog.timezone(text, timestamptz_ns) IS 'AT TIME ZONE: the local time in the given zone, as a timestamp rounded half up to the microsecond';
CREATE FUNCTION pg_catalog.timezone(interval, timestamptz_ns) RETURNS timestamp
	AS 'MODULE_PATHNAME', 'timestamptz_ns_izone' LANGUAGE C IMMUTABLE STRICT PARALLEL SAFE;
COMMENT ON FUNCTION pg_catalog.timezone(interval, timestamptz_ns) IS 'AT TIME ZONE: the local time at the given UTC offset, as a timestamp rounded half up to the microsecond';
CREATE FUNCTION pg_catalog.timezone(timestamptz_ns) RETURNS timestamp
	AS 'MODULE_PATHNAME', 'timestamptz_ns_timestamp' LANGUAGE C STABLE STRICT PARALLEL SAFE;
COMMENT ON FUNCTION pg_catalog.timezone(timestamptz_ns) IS 'AT LOCAL: the local time in the session TimeZone, as a timestamp rounded half up to the microsecond';
CREATE FUNCTION pg_catalog.overlaps(timestamptz_ns, timestamptz_ns, timestamptz_ns, timestamptz_ns) RETURNS boolean
	AS 'MODULE_PATHNAME', 'timestamptz_ns_overlaps' LANGUAGE C IMMUTABLE PARALLEL SAFE;
COMMENT ON FUNCTION pg_catalog.overlaps(timestamptz_ns, timestamptz_ns, timestamptz_ns, timestamptz_ns) IS 'OVERLAPS: do the two periods overlap, to the nanosecond';
CREATE FUNCTION pg_catalog.overlaps(timestamptz_ns, interval, timestamptz_ns, interval) RETURNS boolean
	AS 'MODULE_PATHNAME', 'timestamptz_ns_overlaps_interval' LANGUAGE C STABLE PARALLEL SAFE;
COMMENT ON FUNCTION pg_catalog.overlaps(timestamptz_ns, interval, timestamptz_ns, interval) IS 'OVERLAPS: do the two periods overlap, to the nanosecond';
CREATE FUNCTION pg_catalog.overlaps(timestamptz_ns, interval, timestamptz_ns, timestamptz_ns) RETURNS boolean
	AS 'MODULE_PATHNAME', 'timestamptz_ns_overlaps_interval_end' LANGUAGE C STABLE PARALLEL SAFE;
COMMENT ON FUNCTION pg_catalog.overlaps(timestamptz_ns, interval, timestamptz_ns, timestamptz_ns) IS 'OVERLAPS: do the two periods overlap, to the nanosecond';
CREATE FUNCTION pg_catalog.overlaps(timestamptz_ns, timestamptz_ns, timestamptz_ns, interval) RETURNS boolean
	AS 'MODULE_PATHNAME', 'timestamptz_ns_overlaps_end_interval' LANGUAGE C STABLE PARALLEL SAFE;
COMMENT ON FUNCTION pg_catalog.overlaps(timestamptz_ns, timestamptz_ns, timestamptz_ns, interval) IS 'OVERLAPS: do the two periods overlap, to the nanosecond';

-- date_add, date_subtract and generate_series with a zone, as core has them
-- for timestamptz from PostgreSQL 16 on (here on every major): the calendar
-- of the given zone, or of the session TimeZone without one
CREATE FUNCTION date_add(timestamptz_ns, interval) RETURNS timestamptz_ns
	AS 'MODULE_PATHNAME', 'timestamptz_ns_pl_interval' LANGUAGE C STABLE STRICT PARALLEL SAFE;
COMMENT ON FUNCTION date_add(timestamptz_ns, interval) IS 'add an interval, months and days in the session TimeZone';
CREATE FUNCTION date_add(timestamptz_ns, interval, text) RETURNS timestamptz_ns
	AS 'MODULE_PATHNAME', 'timestamptz_ns_pl_interval_at_zone' LANGUAGE C IMMUTABLE STRICT PARALLEL SAFE;
COMMENT ON FUNCTION date_add(timestamptz_ns, interval, text) IS 'add an interval, months and days in the given time zone';
CREATE FUNCTION date_subtract(timestamptz_ns, interval) RETURNS timestamptz_ns
	AS 'MODULE_PATHNAME', 'timestamptz_ns_mi_interval' LANGUAGE C STABLE STRICT PARALLEL SAFE;
COMMENT ON FUNCTION date_subtract(timestamptz_ns, interval) IS 'subtract an interval, months and days in the session TimeZone';
CREATE FUNCTION date_subtract(timestamptz_ns, interval, text) RETURNS timestamptz_ns
	AS 'MODULE_PATHNAME', 'timestamptz_ns_mi_interval_at_zone' LANGUAGE C IMMUTABLE STRICT PARALLEL SAFE;
COMMENT ON FUNCTION date_subtract(timestamptz_ns, interval, text) IS 'subtract an interval, months and days in the given time zone';
CREATE FUNCTION generate_series(timestamptz_ns, timestamptz_ns, interval, text) RETURNS SETOF timestamptz_ns
	AS 'MODULE_PATHNAME', 'generate_series_timestamptz_ns_at_zone' LANGUAGE C IMMUTABLE STRICT PARALLEL SAFE;
COMMENT ON FUNCTION generate_series(timestamptz_ns, timestamptz_ns, interval, text) IS 'series of times from start to stop, by step, months and days in the given time zone';
--
-- random(timestamptz_ns, timestamptz_ns), as core has random(timestamptz,
-- timestamptz) from PostgreSQL 19 on (here on every major): the generator of
-- random(), so setseed() repeats a sequence of draws
--
CREATE FUNCTION random(min timestamptz_ns, max timestamptz_ns) RETURNS timestamptz_ns
	AS 'MODULE_PATHNAME', 'timestamptz_ns_random' LANGUAGE C VOLATILE STRICT PARALLEL RESTRICTED;
COMMENT ON FUNCTION random(timestamptz_ns, timestamptz_ns) IS 'random time in [min, max], uniform to the nanosecond, from the generator of random() (setseed() repeats it)';

-- ksuid at a nanosecond time
CREATE FUNCTION gen_ksuid(timestamptz_ns) RETURNS ksuid
	AS 'MODULE_PATHNAME', 'gen_ksuid_at_ns' LANGUAGE C VOLATILE STRICT PARALLEL SAFE;
COMMENT ON FUNCTION gen_ksuid(timestamptz_ns) IS 'new random ksuid for the second of the given time';
CREATE FUNCTION ksuid_min_at(timestamptz_ns) RETURNS ksuid
	AS 'MODULE_PATHNAME', 'ksuid_min_at_ns' LANGUAGE C IMMUTABLE STRICT PARALLEL SAFE;
COMMENT ON FUNCTION ksuid_min_at(timestamptz_ns) IS 'smallest ksuid of the second of the given time: lower bound of a time range scan';
CREATE FUNCTION ksuid_max_at(timestamptz_ns) RETURNS ksuid
	AS 'MODULE_PATHNAME', 'ksuid_max_at_ns' LANGUAGE C IMMUTABLE STRICT PARALLEL SAFE;
COMMENT ON FUNCTION ksuid_max_at(timestamptz_ns) IS 'largest ksuid of the second of the given time: upper bound of a time range scan';
CREATE FUNCTION ksuid_from_parts(timestamptz_ns, bytea) RETURNS ksuid
	AS 'MODULE_PATHNAME', 'ksuid_from_parts_ns' LANGUAGE C IMMUTABLE STRICT PARALLEL SAFE;
COMMENT ON FUNCTION ksuid_from_parts(timestamptz_ns, bytea) IS 'ksuid from a time (its whole second) and a 16-byte payload';

-- event windows: a range of timestamptz_ns, as tstzrange is of timestamptz;
-- from PostgreSQL 14 on its multirange, tstzmultirange_ns, comes with it
CREATE FUNCTION tstzrange_ns_subdiff(timestamptz_ns, timestamptz_ns) RETURNS double precision
	AS 'MODULE_PATHNAME' LANGUAGE C IMMUTABLE STRICT PARALLEL SAFE;
COMMENT ON FUNCTION tstzrange_ns_subdiff(timestamptz_ns, timestamptz_ns) IS 'float8 difference of two timestamptz_ns values, in seconds: subtype difference of tstzrange_ns';
CREATE TYPE tstzrange_ns AS RANGE (
	SUBTYPE = timestamptz_ns,
	SUBTYPE_DIFF = tstzrange_ns_subdiff
);
COMMENT ON TYPE tstzrange_ns IS 'range of timestamptz_ns, to the nanosecond';
COMMENT ON FUNCTION tstzrange_ns(timestamptz_ns, timestamptz_ns) IS 'tstzrange_ns constructor, bounds [)';
COMMENT ON FUNCTION tstzrange_ns(timestamptz_ns, timestamptz_ns, text) IS 'tstzrange_ns constructor, the bounds given';
-- PostgreSQL 14 and later make its multirange type with it
DO $$
BEGIN
	IF pg_catalog.current_setting('server_version_num')::pg_catalog.int4 >= 140000 THEN
		COMMENT ON TYPE tstzmultirange_ns IS 'multirange of timestamptz_ns';
		COMMENT ON FUNCTION tstzmultirange_ns() IS 'tstzmultirange_ns constructor, empty';
		COMMENT ON FUNCTION tstzmultirange_ns(tstzrange_ns) IS 'tstzmultirange_ns constructor, of one range';
		COMMENT ON FUNCTION tstzmultirange_ns(tstzrange_ns[]) IS 'tstzmultirange_ns constructor, of the ranges given';
		COMMENT ON CAST (tstzrange_ns AS tstzmultirange_ns) IS 'the multirange of one range';
	END IF;
END
$$;
-- casts between tstzrange and tstzrange_ns, bound by bound, in assignments
-- and explicitly: to tstzrange_ns exact, to tstzrange rounded half up to the
-- microsecond (and from PostgreSQL 14 on the same between the multiranges)
CREATE FUNCTION tstzrange_ns(tstzrange) RETURNS tstzrange_ns
	AS 'MODULE_PATHNAME', 'tstzrange_tstzrange_ns' LANGUAGE C IMMUTABLE STRICT PARALLEL SAFE;
COMMENT ON FUNCTION tstzrange_ns(tstzrange) IS 'convert tstzrange to tstzrange_ns, exactly';
CREATE CAST (tstzrange AS tstzrange_ns) WITH FUNCTION tstzrange_ns(tstzrange) AS ASSIGNMENT;
COMMENT ON CAST (tstzrange AS tstzrange_ns) IS 'exact';
CREATE FUNCTION tstzrange(tstzrange_ns) RETURNS tstzrange
	AS 'MODULE_PATHNAME', 'tstzrange_ns_tstzrange' LANGUAGE C IMMUTABLE STRICT PARALLEL SAFE;
COMMENT ON FUNCTION tstzrange(tstzrange_ns) IS 'convert tstzrange_ns to tstzrange, each bound rounded half up to the microsecond';
CREATE CAST (tstzrange_ns AS tstzrange) WITH FUNCTION tstzrange(tstzrange_ns) AS ASSIGNMENT;
COMMENT ON CAST (tstzrange_ns AS tstzrange) IS 'each bound rounded half up to the microsecond; bounds that meet make it empty';
DO $$
BEGIN
	IF pg_catalog.current_setting('server_version_num')::pg_catalog.int4 >= 140000 THEN
		CREATE FUNCTION tstzmultirange_ns(tstzmultirange) RETURNS tstzmultirange_ns
			AS 'MODULE_PATHNAME', 'tstzmultirange_tstzmultirange_ns' LANGUAGE C IMMUTABLE STRICT PARALLEL SAFE;
		COMMENT ON FUNCTION tstzmultirange_ns(tstzmultirange) IS 'convert tstzmultirange to tstzmultirange_ns, exactly';
		CREATE CAST (tstzmultirange AS tstzmultirange_ns) WITH FUNCTION tstzmultirange_ns(tstzmultirange) AS ASSIGNMENT;
		COMMENT ON CAST (tstzmultirange AS tstzmultirange_ns) IS 'exact';
		CREATE FUNCTION tstzmultirange(tstzmultirange_ns) RETURNS tstzmultirange
			AS 'MODULE_PATHNAME', 'tstzmultirange_ns_tstzmultirange' LANGUAGE C IMMUTABLE STRICT PARALLEL SAFE;
		COMMENT ON FUNCTION tstzmultirange(tstzmultirange_ns) IS 'convert tstzmultirange_ns to tstzmultirange, each bound rounded half up to the microsecond';
		CREATE CAST (tstzmultirange_ns AS tstzmultirange) WITH FUNCTION tstzmultirange(tstzmultirange_ns) AS ASSIGNMENT;
		COMMENT ON CAST (tstzmultirange_ns AS tstzmultirange) IS 'each bound rounded half up to the microsecond, then merged again';
	END IF;
END
$$;

-- GiST: equality and order for both types, as btree_gist has them for uuid
-- and timestamptz, so that they work in multi-column GiST indexes and
-- exclusion constraints (EXCLUDE USING gist (device WITH =, during WITH &&))
CREATE TYPE ksuid_gist_key;
CREATE FUNCTION ksuid_gist_key_in(cstring) RETURNS ksuid_gist_key
	AS 'MODULE_PATHNAME' LANGUAGE C IMMUTABLE STRICT PARALLEL SAFE;
COMMENT ON FUNCTION ksuid_gist_key_in(cstring) IS 'text input of type ksuid_gist_key: refused, it has no text form';
CREATE FUNCTION ksuid_gist_key_out(ksuid_gist_key) RETURNS cstring
	AS 'MODULE_PATHNAME' LANGUAGE C IMMUTABLE STRICT PARALLEL SAFE;
COMMENT ON FUNCTION ksuid_gist_key_out(ksuid_gist_key) IS 'text output of type ksuid_gist_key: refused, it has no text form';
CREATE TYPE ksuid_gist_key (
	INPUT = ksuid_gist_key_in,
	OUTPUT = ksuid_gist_key_out,
	INTERNALLENGTH = 40,
	ALIGNMENT = char,
	STORAGE = plain
);
COMMENT ON TYPE ksuid_gist_key IS 'storage of the GiST operator class of ksuid: the smallest and largest value below a key';

CREATE FUNCTION ksuid_gist_consistent(internal, ksuid, smallint, oid, internal) RETURNS boolean
	AS 'MODULE_PATHNAME' LANGUAGE C IMMUTABLE STRICT PARALLEL SAFE;
COMMENT ON FUNCTION ksuid_gist_consistent(internal, ksuid, smallint, oid, internal) IS 'GiST support of ksuid: whether a key may hold what a query asks for';

CREATE FUNCTION ksuid_gist_union(internal, internal) RETURNS ksuid_gist_key
	AS 'MODULE_PATHNAME' LANGUAGE C IMMUTABLE STRICT PARALLEL SAFE;
COMMENT ON FUNCTION ksuid_gist_union(internal, internal) IS 'GiST support of ksuid: the key of a set of keys';

CREATE FUNCTION ksuid_gist_compress(internal) RETURNS internal
	AS 'MODULE_PATHNAME' LANGUAGE C IMMUTABLE STRICT PARALLEL SAFE;
COMMENT ON FUNCTION ksuid_gist_compress(internal) IS 'GiST support of ksuid: a value as a leaf key';

CREATE FUNCTION ksuid_gist_penalty(internal, internal, internal) RETURNS internal
	AS 'MODULE_PATHNAME' LANGUAGE C IMMUTABLE STRICT PARALLEL SAFE;
COMMENT ON FUNCTION ksuid_gist_penalty(internal, internal, internal) IS 'GiST support of ksuid: how much a key grows to take another';

CREATE FUNCTION ksuid_gist_picksplit(internal, internal) RETURNS internal
	AS 'MODULE_PATHNAME' LANGUAGE C IMMUTABLE STRICT PARALLEL SAFE;
COMMENT ON FUNCTION ksuid_gist_picksplit(internal, internal) IS 'GiST support of ksuid: split a full page in key order';

CREATE FUNCTION ksuid_gist_same(ksuid_gist_key, ksuid_gist_key, internal) RETURNS internal
	AS 'MODULE_PATHNAME' LANGUAGE C IMMUTABLE STRICT PARALLEL SAFE;
COMMENT ON FUNCTION ksuid_gist_same(ksuid_gist_key, ksuid_gist_key, internal) IS 'GiST support of ksuid: whether two keys are equal';

CREATE FUNCTION ksuid_gist_fetch(internal) RETURNS internal
	AS 'MODULE_PATHNAME' LANGUAGE C IMMUTABLE STRICT PARALLEL SAFE;
COMMENT ON FUNCTION ksuid_gist_fetch(internal) IS 'GiST support of ksuid: the value of a leaf key, for index-only scans';

CREATE OPERATOR FAMILY ksuid_ops USING gist;
COMMENT ON OPERATOR FAMILY ksuid_ops USING gist IS 'GiST operators of ksuid';
CREATE OPERATOR CLASS ksuid_ops
	DEFAULT FOR TYPE ksuid USING gist FAMILY ksuid_ops AS
		OPERATOR 1 <,
		OPERATOR 2 <=,
		OPERATOR 3 =,
		OPERATOR 4 >=,
		OPERATOR 5 >,
		OPERATOR 6 <>,
		FUNCTION 1 ksuid_gist_consistent(internal, ksuid, smallint, oid, internal),
		FUNCTION 2 ksuid_gist_union(internal, internal),
		FUNCTION 3 ksuid_gist_compress(internal),
		FUNCTION 5 ksuid_gist_penalty(internal, internal, internal),
		FUNCTION 6 ksuid_gist_picksplit(internal, internal),
		FUNCTION 7 ksuid_gist_same(ksuid_gist_key, ksuid_gist_key, internal),
		FUNCTION 9 ksuid_gist_fetch(internal),
		STORAGE ksuid_gist_key;
COMMENT ON OPERATOR CLASS ksuid_ops USING gist IS 'default GiST operator class of ksuid: equality and order, as btree_gist has for uuid, for multi-column indexes and exclusion constraints';

CREATE TYPE timestamptz_ns_gist_key;
CREATE FUNCTION timestamptz_ns_gist_key_in(cstring) RETURNS timestamptz_ns_gist_key
	AS 'MODULE_PATHNAME' LANGUAGE C IMMUTABLE STRICT PARALLEL SAFE;
COMMENT ON FUNCTION timestamptz_ns_gist_key_in(cstring) IS 'text input of type timestamptz_ns_gist_key: refused, it has no text form';
CREATE FUNCTION timestamptz_ns_gist_key_out(timestamptz_ns_gist_key) RETURNS cstring
	AS 'MODULE_PATHNAME' LANGUAGE C IMMUTABLE STRICT PARALLEL SAFE;
COMMENT ON FUNCTION timestamptz_ns_gist_key_out(timestamptz_ns_gist_key) IS 'text output of type timestamptz_ns_gist_key: refused, it has no text form';
CREATE TYPE timestamptz_ns_gist_key (
	INPUT = timestamptz_ns_gist_key_in,
	OUTPUT = timestamptz_ns_gist_key_out,
	INTERNALLENGTH = 16,
	ALIGNMENT = char,
	STORAGE = plain
);
COMMENT ON TYPE timestamptz_ns_gist_key IS 'storage of the GiST operator class of timestamptz_ns: the smallest and largest value below a key';

CREATE FUNCTION timestamptz_ns_gist_consistent(internal, timestamptz_ns, smallint, oid, internal) RETURNS boolean
	AS 'MODULE_PATHNAME' LANGUAGE C IMMUTABLE STRICT PARALLEL SAFE;
COMMENT ON FUNCTION timestamptz_ns_gist_consistent(internal, timestamptz_ns, smallint, oid, internal) IS 'GiST support of timestamptz_ns: whether a key may hold what a query asks for';

CREATE FUNCTION timestamptz_ns_gist_union(internal, internal) RETURNS timestamptz_ns_gist_key
	AS 'MODULE_PATHNAME' LANGUAGE C IMMUTABLE STRICT PARALLEL SAFE;
COMMENT ON FUNCTION timestamptz_ns_gist_union(internal, internal) IS 'GiST support of timestamptz_ns: the key of a set of keys';

CREATE FUNCTION timestamptz_ns_gist_compress(internal) RETURNS internal
	AS 'MODULE_PATHNAME' LANGUAGE C IMMUTABLE STRICT PARALLEL SAFE;
COMMENT ON FUNCTION timestamptz_ns_gist_compress(internal) IS 'GiST support of timestamptz_ns: a value as a leaf key';

CREATE FUNCTION timestamptz_ns_gist_penalty(internal, internal, internal) RETURNS internal
	AS 'MODULE_PATHNAME' LANGUAGE C IMMUTABLE STRICT PARALLEL SAFE;
COMMENT ON FUNCTION timestamptz_ns_gist_penalty(internal, internal, internal) IS 'GiST support of timestamptz_ns: how much a key grows to take another';

CREATE FUNCTION timestamptz_ns_gist_picksplit(internal, internal) RETURNS internal
	AS 'MODULE_PATHNAME' LANGUAGE C IMMUTABLE STRICT PARALLEL SAFE;
COMMENT ON FUNCTION timestamptz_ns_gist_picksplit(internal, internal) IS 'GiST support of timestamptz_ns: split a full page in key order';

CREATE FUNCTION timestamptz_ns_gist_same(timestamptz_ns_gist_key, timestamptz_ns_gist_key, internal) RETURNS internal
	AS 'MODULE_PATHNAME' LANGUAGE C IMMUTABLE STRICT PARALLEL SAFE;
COMMENT ON FUNCTION timestamptz_ns_gist_same(timestamptz_ns_gist_key, timestamptz_ns_gist_key, internal) IS 'GiST support of timestamptz_ns: whether two keys are equal';

CREATE FUNCTION timestamptz_ns_gist_fetch(internal) RETURNS internal
	AS 'MODULE_PATHNAME' LANGUAGE C IMMUTABLE STRICT PARALLEL SAFE;
COMMENT ON FUNCTION timestamptz_ns_gist_fetch(internal) IS 'GiST support of timestamptz_ns: the value of a leaf key, for index-only scans';

CREATE FUNCTION timestamptz_ns_distance(timestamptz_ns, timestamptz_ns) RETURNS double precision
	AS 'MODULE_PATHNAME' LANGUAGE C IMMUTABLE STRICT PARALLEL SAFE;
COMMENT ON FUNCTION timestamptz_ns_distance(timestamptz_ns, timestamptz_ns) IS 'implementation of <-> operator';
CREATE OPERATOR <-> (LEFTARG = timestamptz_ns, RIGHTARG = timestamptz_ns, FUNCTION = timestamptz_ns_distance,
	COMMUTATOR = <->);
COMMENT ON OPERATOR <-> (timestamptz_ns, timestamptz_ns) IS 'distance in seconds, as btree_gist''s <-> for timestamptz: for nearest-first ORDER BY through a GiST index';
CREATE FUNCTION timestamptz_ns_gist_distance(internal, timestamptz_ns, smallint, oid, internal) RETURNS double precision
	AS 'MODULE_PATHNAME' LANGUAGE C IMMUTABLE STRICT PARALLEL SAFE;
COMMENT ON FUNCTION timestamptz_ns_gist_distance(internal, timestamptz_ns, smallint, oid, internal) IS 'GiST support of timestamptz_ns: the distance of <-> from a query to a key';
CREATE OPERATOR FAMILY timestamptz_ns_ops USING gist;
COMMENT ON OPERATOR FAMILY timestamptz_ns_ops USING gist IS 'GiST operators of timestamptz_ns';
CREATE OPERATOR CLASS timestamptz_ns_ops
	DEFAULT FOR TYPE timestamptz_ns USING gist FAMILY timestamptz_ns_ops AS
		OPERATOR 1 <,
		OPERATOR 2 <=,
		OPERATOR 3 =,
		OPERATOR 4 >=,
		OPERATOR 5 >,
		OPERATOR 6 <>,
		OPERATOR 15 <-> FOR ORDER BY pg_catalog.float_ops,
		FUNCTION 1 timestamptz_ns_gist_consistent(internal, timestamptz_ns, smallint, oid, internal),
		FUNCTION 2 timestamptz_ns_gist_union(internal, internal),
		FUNCTION 3 timestamptz_ns_gist_compress(internal),
		FUNCTION 5 timestamptz_ns_gist_penalty(internal, internal, internal),
		FUNCTION 6 timestamptz_ns_gist_picksplit(internal, internal),
		FUNCTION 7 timestamptz_ns_gist_same(timestamptz_ns_gist_key, timestamptz_ns_gist_key, internal),
		FUNCTION 8 timestamptz_ns_gist_distance(internal, timestamptz_ns, smallint, oid, internal),
		FUNCTION 9 timestamptz_ns_gist_fetch(internal),
		STORAGE timestamptz_ns_gist_key;
COMMENT ON OPERATOR CLASS timestamptz_ns_ops USING gist IS 'default GiST operator class of timestamptz_ns: equality and order, as btree_gist has for timestamptz, for multi-column indexes and exclusion constraints';

-- GIN: equality and order for both types, as btree_gin has them for uuid
-- and timestamptz, for multi-column GIN indexes (beside jsonb, arrays)
CREATE FUNCTION ksuid_gin_extract_value(ksuid, internal) RETURNS internal
	AS 'MODULE_PATHNAME' LANGUAGE C IMMUTABLE STRICT PARALLEL SAFE;
COMMENT ON FUNCTION ksuid_gin_extract_value(ksuid, internal) IS 'GIN support of ksuid: the value is its own key';

CREATE FUNCTION ksuid_gin_extract_query(ksuid, internal, smallint, internal, internal) RETURNS internal
	AS 'MODULE_PATHNAME' LANGUAGE C IMMUTABLE STRICT PARALLEL SAFE;
COMMENT ON FUNCTION ksuid_gin_extract_query(ksuid, internal, smallint, internal, internal) IS 'GIN support of ksuid: the key to look up, or to scan from';

CREATE FUNCTION ksuid_gin_consistent(internal, smallint, ksuid, integer, internal, internal) RETURNS boolean
	AS 'MODULE_PATHNAME' LANGUAGE C IMMUTABLE STRICT PARALLEL SAFE;
COMMENT ON FUNCTION ksuid_gin_consistent(internal, smallint, ksuid, integer, internal, internal) IS 'GIN support of ksuid: a match of the one key is a match';

CREATE FUNCTION ksuid_gin_compare_prefix(ksuid, ksuid, smallint, internal) RETURNS integer
	AS 'MODULE_PATHNAME' LANGUAGE C IMMUTABLE STRICT PARALLEL SAFE;
COMMENT ON FUNCTION ksuid_gin_compare_prefix(ksuid, ksuid, smallint, internal) IS 'GIN support of ksuid: where the keys of a range query end';

CREATE OPERATOR FAMILY ksuid_ops USING gin;
COMMENT ON OPERATOR FAMILY ksuid_ops USING gin IS 'GIN operators of ksuid';
CREATE OPERATOR CLASS ksuid_ops
	DEFAULT FOR TYPE ksuid USING gin FAMILY ksuid_ops AS
		OPERATOR 1 <,
		OPERATOR 2 <=,
		OPERATOR 3 =,
		OPERATOR 4 >=,
		OPERATOR 5 >,
		FUNCTION 1 ksuid_cmp(ksuid, ksuid),
		FUNCTION 2 ksuid_gin_extract_value(ksuid, internal),
		FUNCTION 3 ksuid_gin_extract_query(ksuid, internal, smallint, internal, internal),
		FUNCTION 4 ksuid_gin_consistent(internal, smallint, ksuid, integer, internal, internal),
		FUNCTION 5 ksuid_gin_compare_prefix(ksuid, ksuid, smallint, internal),
		STORAGE ksuid;
COMMENT ON OPERATOR CLASS ksuid_ops USING gin IS 'default GIN operator class of ksuid: equality and order, as btree_gin has for uuid, for multi-column indexes';

CREATE FUNCTION timestamptz_ns_gin_extract_value(timestamptz_ns, internal) RETURNS internal
	AS 'MODULE_PATHNAME' LANGUAGE C IMMUTABLE STRICT PARALLEL SAFE;
COMMENT ON FUNCTION timestamptz_ns_gin_extract_value(timestamptz_ns, internal) IS 'GIN support of timestamptz_ns: the value is its own key';

CREATE FUNCTION timestamptz_ns_gin_extract_query(timestamptz_ns, internal, smallint, internal, internal) RETURNS internal
	AS 'MODULE_PATHNAME' LANGUAGE C IMMUTABLE STRICT PARALLEL SAFE;
COMMENT ON FUNCTION timestamptz_ns_gin_extract_query(timestamptz_ns, internal, smallint, internal, internal) IS 'GIN support of timestamptz_ns: the key to look up, or to scan from';

CREATE FUNCTION timestamptz_ns_gin_consistent(internal, smallint, timestamptz_ns, integer, internal, internal) RETURNS boolean
	AS 'MODULE_PATHNAME' LANGUAGE C IMMUTABLE STRICT PARALLEL SAFE;
COMMENT ON FUNCTION timestamptz_ns_gin_consistent(internal, smallint, timestamptz_ns, integer, internal, internal) IS 'GIN support of timestamptz_ns: a match of the one key is a match';

CREATE FUNCTION timestamptz_ns_gin_compare_prefix(timestamptz_ns, timestamptz_ns, smallint, internal) RETURNS integer
	AS 'MODULE_PATHNAME' LANGUAGE C IMMUTABLE STRICT PARALLEL SAFE;
COMMENT ON FUNCTION timestamptz_ns_gin_compare_prefix(timestamptz_ns, timestamptz_ns, smallint, internal) IS 'GIN support of timestamptz_ns: where the keys of a range query end';

CREATE OPERATOR FAMILY timestamptz_ns_ops USING gin;
COMMENT ON OPERATOR FAMILY timestamptz_ns_ops USING gin IS 'GIN operators of timestamptz_ns';
CREATE OPERATOR CLASS timestamptz_ns_ops
	DEFAULT FOR TYPE timestamptz_ns USING gin FAMILY timestamptz_ns_ops AS
		OPERATOR 1 <,
		OPERATOR 2 <=,
		OPERATOR 3 =,
		OPERATOR 4 >=,
		OPERATOR 5 >,
		FUNCTION 1 timestamptz_ns_cmp(timestamptz_ns, timestamptz_ns),
		FUNCTION 2 timestamptz_ns_gin_extract_value(timestamptz_ns, internal),
		FUNCTION 3 timestamptz_ns_gin_extract_query(timestamptz_ns, internal, smallint, internal, internal),
		FUNCTION 4 timestamptz_ns_gin_consistent(internal, smallint, timestamptz_ns, integer, internal, internal),
		FUNCTION 5 timestamptz_ns_gin_compare_prefix(timestamptz_ns, timestamptz_ns, smallint, internal),
		STORAGE timestamptz_ns;
COMMENT ON OPERATOR CLASS timestamptz_ns_ops USING gin IS 'default GIN operator class of timestamptz_ns: equality and order, as btree_gin has for timestamptz, for multi-column indexes';

-- BRIN minmax-multi and bloom for both types, as core has them for uuid
-- and timestamptz: the classes exist from PostgreSQL 14 on, with core's
-- support functions; the distance functions on every major
CREATE FUNCTION ksuid_minmax_multi_distance(internal, internal) RETURNS double precision
	AS 'MODULE_PATHNAME' LANGUAGE C IMMUTABLE STRICT PARALLEL SAFE;
COMMENT ON FUNCTION ksuid_minmax_multi_distance(internal, internal) IS 'BRIN minmax-multi support of ksuid: the distance between two values';
CREATE FUNCTION timestamptz_ns_minmax_multi_distance(internal, internal) RETURNS double precision
	AS 'MODULE_PATHNAME' LANGUAGE C IMMUTABLE STRICT PARALLEL SAFE;
COMMENT ON FUNCTION timestamptz_ns_minmax_multi_distance(internal, internal) IS 'BRIN minmax-multi support of timestamptz_ns: the distance between two values';
DO $$
BEGIN
	IF pg_catalog.current_setting('server_version_num')::pg_catalog.int4 >= 140000 THEN
		CREATE OPERATOR FAMILY ksuid_minmax_multi_ops USING brin;
		COMMENT ON OPERATOR FAMILY ksuid_minmax_multi_ops USING brin IS 'BRIN minmax-multi operators of ksuid';
		CREATE OPERATOR CLASS ksuid_minmax_multi_ops
			FOR TYPE ksuid USING brin FAMILY ksuid_minmax_multi_ops AS
				OPERATOR 1 <,
				OPERATOR 2 <=,
				OPERATOR 3 =,
				OPERATOR 4 >=,
				OPERATOR 5 >,
				FUNCTION 1 brin_minmax_multi_opcinfo(internal),
				FUNCTION 2 brin_minmax_multi_add_value(internal, internal, internal, internal),
				FUNCTION 3 brin_minmax_multi_consistent(internal, internal, internal, integer),
				FUNCTION 4 brin_minmax_multi_union(internal, internal, internal),
				FUNCTION 5 brin_minmax_multi_options(internal),
				FUNCTION 11 ksuid_minmax_multi_distance(internal, internal);
		COMMENT ON OPERATOR CLASS ksuid_minmax_multi_ops USING brin IS 'BRIN operator class of ksuid: several minimums and maximums per block range, for tables not filled in order (as uuid_minmax_multi_ops)';
		CREATE OPERATOR FAMILY ksuid_bloom_ops USING brin;
		COMMENT ON OPERATOR FAMILY ksuid_bloom_ops USING brin IS 'BRIN bloom operators of ksuid';
		CREATE OPERATOR CLASS ksuid_bloom_ops
			FOR TYPE ksuid USING brin FAMILY ksuid_bloom_ops AS
				OPERATOR 1 =,
				FUNCTION 1 brin_bloom_opcinfo(internal),
				FUNCTION 2 brin_bloom_add_value(internal, internal, internal, internal),
				FUNCTION 3 brin_bloom_consistent(internal, internal, internal, integer),
				FUNCTION 4 brin_bloom_union(internal, internal, internal),
				FUNCTION 5 brin_bloom_options(internal),
				FUNCTION 11 ksuid_hash(ksuid);
		COMMENT ON OPERATOR CLASS ksuid_bloom_ops USING brin IS 'BRIN operator class of ksuid: a bloom filter per block range, for equality (as uuid_bloom_ops)';
		CREATE OPERATOR FAMILY timestamptz_ns_minmax_multi_ops USING brin;
		COMMENT ON OPERATOR FAMILY timestamptz_ns_minmax_multi_ops USING brin IS 'BRIN minmax-multi operators of timestamptz_ns';
		CREATE OPERATOR CLASS timestamptz_ns_minmax_multi_ops
			FOR TYPE timestamptz_ns USING brin FAMILY timestamptz_ns_minmax_multi_ops AS
				OPERATOR 1 <,
				OPERATOR 2 <=,
				OPERATOR 3 =,
				OPERATOR 4 >=,
				OPERATOR 5 >,
				FUNCTION 1 brin_minmax_multi_opcinfo(internal),
				FUNCTION 2 brin_minmax_multi_add_value(internal, internal, internal, internal),
				FUNCTION 3 brin_minmax_multi_consistent(internal, internal, internal, integer),
				FUNCTION 4 brin_minmax_multi_union(internal, internal, internal),
				FUNCTION 5 brin_minmax_multi_options(internal),
				FUNCTION 11 timestamptz_ns_minmax_multi_distance(internal, internal);
		COMMENT ON OPERATOR CLASS timestamptz_ns_minmax_multi_ops USING brin IS 'BRIN operator class of timestamptz_ns: several minimums and maximums per block range, for tables not filled in order (as timestamptz_minmax_multi_ops)';
		CREATE OPERATOR FAMILY timestamptz_ns_bloom_ops USING brin;
		COMMENT ON OPERATOR FAMILY timestamptz_ns_bloom_ops USING brin IS 'BRIN bloom operators of timestamptz_ns';
		CREATE OPERATOR CLASS timestamptz_ns_bloom_ops
			FOR TYPE timestamptz_ns USING brin FAMILY timestamptz_ns_bloom_ops AS
				OPERATOR 1 =,
				FUNCTION 1 brin_bloom_opcinfo(internal),
				FUNCTION 2 brin_bloom_add_value(internal, internal, internal, internal),
				FUNCTION 3 brin_bloom_consistent(internal, internal, internal, integer),
				FUNCTION 4 brin_bloom_union(internal, internal, internal),
				FUNCTION 5 brin_bloom_options(internal),
				FUNCTION 11 timestamptz_ns_hash(timestamptz_ns);
		COMMENT ON OPERATOR CLASS timestamptz_ns_bloom_ops USING brin IS 'BRIN operator class of timestamptz_ns: a bloom filter per block range, for equality (as timestamptz_bloom_ops)';
	END IF;
END
$$;

