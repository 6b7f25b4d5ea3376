--
-- fasthash: FNV-1, FNV-1a and jody, equal to segmentio/fasthash
--

-- every row of the Go library's reference vectors
-- (test/vectors/fasthash.tsv: function, kind, input as hex or decimal, seed, output)
CREATE TEMP TABLE fv (function text, kind text, input text, seed text, output text);
\copy fv FROM 'test/vectors/fasthash.tsv' WITH (FORMAT csv, DELIMITER E'\t', HEADER true, FORCE_NOT_NULL (input))
SELECT count(*) AS vectors, count(DISTINCT function) AS go_functions FROM fv;

-- bytes as text when they are valid text in the database, else NULL
CREATE FUNCTION pg_temp.as_text(b bytea) RETURNS text LANGUAGE plpgsql AS $$
BEGIN
	RETURN convert_from(b, current_setting('server_encoding'));
EXCEPTION WHEN OTHERS THEN
	RETURN NULL;
END $$;

-- Call the SQL function that matches a Go function on one vector row;
-- strings go through the text overload when they are valid text, else bytea.
CREATE FUNCTION pg_temp.run_vector(fn text, kind text, input text, seed text,
                                   OUT via text, OUT result text) LANGUAGE plpgsql AS $$
DECLARE
	algo text := split_part(fn, '.', 1);
	width text := CASE WHEN fn LIKE '%32' THEN '32' ELSE '64' END;
	arg text;
	seedarg text := '';
	t text;
BEGIN
	IF kind = 'string' THEN
		t := pg_temp.as_text(decode(input, 'hex'));
	END IF;
	IF t IS NOT NULL THEN
		via := 'text';
		arg := quote_literal(t) || '::text';
	ELSIF kind IN ('string', 'bytes') THEN
		via := 'bytea';
		arg := quote_literal(decode(input, 'hex')::text) || '::bytea';
	ELSIF kind = 'uint32' THEN
		via := 'integer';
		arg := format('(%s)::integer',
		              input::bigint - CASE WHEN input::bigint >= 2147483648 THEN 4294967296 ELSE 0 END);
	ELSE
		via := 'bigint';
		arg := format('(%s)::bigint',
		              input::numeric - CASE WHEN input::numeric >= 9223372036854775808
		                                    THEN 18446744073709551616 ELSE 0 END);
	END IF;
	IF seed <> '-' THEN
		seedarg := format(', (%s)::bigint',
		                  seed::numeric - CASE WHEN width = '64' AND seed::numeric >= 9223372036854775808
		                                       THEN 18446744073709551616 ELSE 0 END);
	END IF;
	EXECUTE format('SELECT %s(fasthash_%s_%s(%s%s))::text',
	               CASE width WHEN '64' THEN 'fasthash_u64' END, algo, width, arg, seedarg)
	   INTO result;
END $$;

CREATE TEMP TABLE fv_run AS
SELECT fv.*, r.via, r.result FROM fv, pg_temp.run_vector(function, kind, input, seed) r;

-- rows per overload used
SELECT via, count(*) FROM fv_run GROUP BY via ORDER BY via;
-- every function: rows checked and rows that differ from Go (must be 0)
SELECT function, count(*) AS rows, count(*) FILTER (WHERE result IS DISTINCT FROM output) AS wrong
  FROM fv_run GROUP BY function ORDER BY function;
-- the differing rows themselves (must be empty)
SELECT function, left(input, 40) AS input, seed, output, result
  FROM fv_run WHERE result IS DISTINCT FROM output;

-- empty input is the initial state
SELECT fasthash_fnv1_32(''), fasthash_fnv1a_32(''::bytea),
       fasthash_u64(fasthash_fnv1_64('')), fasthash_u64(fasthash_fnv1a_64(''::bytea)),
       fasthash_jody_64('');

-- chaining: hashing b from the hash of a is the hash of a || b
SELECT fasthash_fnv1a_64('world', fasthash_fnv1a_64('hello ')) = fasthash_fnv1a_64('hello world') AS fnv1a_64,
       fasthash_fnv1_64('world', fasthash_fnv1_64('hello ')) = fasthash_fnv1_64('hello world') AS fnv1_64,
       fasthash_fnv1a_32('world', fasthash_fnv1a_32('hello ')) = fasthash_fnv1a_32('hello world') AS fnv1a_32,
       fasthash_fnv1_32('\x0102'::bytea, fasthash_fnv1_32('\xff'::bytea)) = fasthash_fnv1_32('\xff0102'::bytea) AS fnv1_32,
       fasthash_jody_64('tail', fasthash_jody_64('8 bytes!')) = fasthash_jody_64('8 bytes!tail') AS jody_64;
-- the one-argument forms start from the library's initial value
SELECT fasthash_fnv1a_32('abc', 2166136261) = fasthash_fnv1a_32('abc') AS fnv1a_32,
       fasthash_fnv1a_64('abc', fasthash_fnv1a_64('')) = fasthash_fnv1a_64('abc') AS fnv1a_64,
       fasthash_jody_64('abc', 0) = fasthash_jody_64('abc') AS jody_64;
-- text is hashed as its bytes in the database encoding
SELECT fasthash_fnv1a_64('αβγ') = fasthash_fnv1a_64(convert_to('αβγ', 'UTF8')) AS text_is_bytes;
-- integers are the library's HashUint32 / HashUint64
SELECT fasthash_fnv1a_32(1), fasthash_fnv1a_32(-1),
       fasthash_fnv1a_32(-1) = fasthash_fnv1a_32('\xffffffff'::bytea) AS big_endian_32,
       fasthash_fnv1a_64(1::bigint) = fasthash_fnv1a_64('\x0000000000000001'::bytea) AS big_endian_64,
       fasthash_jody_64(1::bigint) = fasthash_jody_64('\x0100000000000000'::bytea) AS little_endian_jody;

-- 32-bit seeds must be 0 .. 4294967295
SELECT fasthash_fnv1a_32('x', 0), fasthash_fnv1a_32('x', 4294967295);
SELECT fasthash_fnv1a_32('x', -1);
SELECT fasthash_fnv1_32('x'::bytea, 4294967296);
SELECT fasthash_fnv1_32(7, 9223372036854775807);
-- 64-bit seeds take all 64 bits
SELECT fasthash_fnv1a_64('x', -1) <> fasthash_fnv1a_64('x', 1) AS negative_seed_works;

-- NULL in, NULL out
SELECT fasthash_fnv1a_32(NULL::text) IS NULL AS a, fasthash_fnv1a_32('x', NULL) IS NULL AS b,
       fasthash_jody_64(NULL::bigint) IS NULL AS c, fasthash_u64(NULL) IS NULL AS d,
       fasthash_hex64(NULL) IS NULL AS e;

-- long input: 1 MB, stored compressed (text) and as bytea, values from an
-- independent implementation
CREATE TEMP TABLE big (t text, b bytea);
INSERT INTO big
SELECT repeat('abcdefghij', 100000),
       (SELECT decode(string_agg(lpad(to_hex(i % 251), 2, '0'), '' ORDER BY i), 'hex')
          FROM generate_series(1, 1048576) i);
SELECT octet_length(t), pg_column_size(t) < octet_length(t) AS compressed,
       fasthash_fnv1_32(t) = 1691102469 AS fnv1_32,
       fasthash_fnv1a_32(t) = 3873063813 AS fnv1a_32,
       fasthash_u64(fasthash_fnv1_64(t)) = 12575138687718243429 AS fnv1_64,
       fasthash_u64(fasthash_fnv1a_64(t)) = 5159311628627476709 AS fnv1a_64,
       fasthash_u64(fasthash_jody_64(t)) = 6184644773218589298 AS jody_64
  FROM big;
SELECT octet_length(b),
       fasthash_fnv1_32(b) = 3721659537 AS fnv1_32,
       fasthash_fnv1a_32(b) = 1572736533 AS fnv1a_32,
       fasthash_u64(fasthash_fnv1_64(b)) = 5500741004634844369 AS fnv1_64,
       fasthash_u64(fasthash_fnv1a_64(b)) = 5277473019593129557 AS fnv1a_64,
       fasthash_u64(fasthash_jody_64(b)) = 16860170779931185443 AS jody_64
  FROM big;

-- ksuid: the hash of its 20 bytes, as Go's fnv1a.HashBytes64(id[:])
SELECT fasthash_fnv1_32(id), fasthash_fnv1a_32(id),
       fasthash_u64(fasthash_fnv1_64(id)) AS fnv1_64, fasthash_u64(fasthash_fnv1a_64(id)) AS fnv1a_64,
       fasthash_u64(fasthash_jody_64(id)) AS jody_64
  FROM (SELECT '0ujtsYcgvSTl8PAuAdqWYSMnLOv'::ksuid AS id) s;
SELECT fasthash_u64(fasthash_fnv1a_64(id, 42)) AS fnv1a_64_seed_42,
       fasthash_u64(fasthash_jody_64(id, 42)) AS jody_64_seed_42,
       fasthash_fnv1a_32(id, 42) AS fnv1a_32_seed_42,
       fasthash_fnv1a_64(id) = fasthash_fnv1a_64(id::bytea) AS same_as_bytes
  FROM (SELECT '0ujtsYcgvSTl8PAuAdqWYSMnLOv'::ksuid AS id) s;

-- helpers
SELECT v, fasthash_u64(v), fasthash_hex64(v)
  FROM (VALUES (0::bigint), (1), (255), (9223372036854775807), (-9223372036854775808), (-1)) t(v);

-- partitioning as a Go service does: fnv1a.HashString32(key) % 4
CREATE TABLE accounts (key text NOT NULL)
  PARTITION BY LIST ((fasthash_fnv1a_32(key) % 4));
CREATE TABLE accounts_0 PARTITION OF accounts FOR VALUES IN (0);
CREATE TABLE accounts_1 PARTITION OF accounts FOR VALUES IN (1);
CREATE TABLE accounts_2 PARTITION OF accounts FOR VALUES IN (2);
CREATE TABLE accounts_3 PARTITION OF accounts FOR VALUES IN (3);
INSERT INTO accounts (key) VALUES ('user-1'), ('user-2'), ('user-3'), ('order-17'), ('αβγ');
SELECT tableoid::regclass AS partition, key, fasthash_fnv1a_32(key) AS hash FROM accounts ORDER BY key;
EXPLAIN (COSTS OFF) SELECT * FROM accounts WHERE fasthash_fnv1a_32(key) % 4 = fasthash_fnv1a_32('user-3') % 4 AND key = 'user-3';
DROP TABLE accounts;
