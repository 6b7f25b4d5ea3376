--
-- compressed KSUID sets: segmentio/ksuid's CompressedSet, byte for byte
--
-- every row of the vectors made by Compress and CompressedSet.Iter
-- (test/vectors/ksuid_set.tsv: the set, how many IDs Iter gives, the
-- FNV-1a 64 of their bytes in order, the first and the last, a note)
CREATE TEMP TABLE sv (v serial, set_hex text, count bigint, fnv1a64 numeric, first ksuid, last ksuid, note text);
\copy sv (set_hex, count, fnv1a64, first, last, note) FROM 'test/vectors/ksuid_set.tsv' WITH (FORMAT csv, DELIMITER E'\t', HEADER true)
SELECT count(*) AS vectors, count(*) FILTER (WHERE note = 'random') AS random,
       sum(count) AS ids, max(length(set_hex) / 2) AS largest_bytes FROM sv;

-- each check lists the vectors that fail it: every result below must be empty
CREATE TEMP TABLE se AS
SELECT sv.v, sv.note, e.n, e.id
  FROM sv, ksuid_expand(decode(sv.set_hex, 'hex')) WITH ORDINALITY AS e(id, n);
-- what ksuid_expand gives is what Iter gave: count, bytes, first, last
SELECT sv.note FROM sv
  LEFT JOIN (SELECT v, count(*) AS c,
                    fasthash_u64(fasthash_fnv1a_64(string_agg(id::bytea, ''::bytea ORDER BY n))) AS h,
                    min(id) AS lo, max(id) AS hi
               FROM se GROUP BY v) g USING (v)
 WHERE coalesce(g.c, 0) <> sv.count
    OR coalesce(g.h, 14695981039346656037) <> sv.fnv1a64
    OR (sv.count > 0 AND (g.lo <> sv.first OR g.hi <> sv.last));
-- in order, without repeats
SELECT note, n FROM (SELECT note, n, id, lag(id) OVER (PARTITION BY v ORDER BY n) AS prev FROM se) s
 WHERE prev >= id;
-- the count function agrees
SELECT note FROM sv WHERE ksuid_compressed_count(decode(set_hex, 'hex')) <> count;
-- compressed again, in any order and with repeats, it is the same set:
-- the aggregate, in order and shuffled, and the array form
SELECT sv.note FROM sv
  LEFT JOIN (SELECT v, ksuid_compress(id ORDER BY n) AS fwd,
                    ksuid_compress(id ORDER BY fasthash_fnv1a_64(id::bytea)) AS shuffled,
                    ksuid_compress(id ORDER BY id DESC) AS back
               FROM (SELECT v, n, id FROM se UNION ALL SELECT v, n, id FROM se WHERE n % 3 = 0) x
              GROUP BY v) g USING (v)
 WHERE sv.count > 0
   AND NOT (g.fwd = decode(set_hex, 'hex') AND g.shuffled = g.fwd AND g.back = g.fwd
            AND ksuid_compress(ARRAY(SELECT id FROM se WHERE se.v = sv.v ORDER BY n DESC)) = g.fwd);

-- small sets in full
SELECT encode(ksuid_compress(id), 'hex') AS set
  FROM (VALUES ('0ujtsYcgvSTl8PAuAdqWYSMnLOv'::ksuid), ('0ujtsYcgvSTl8PAuAdqWYSMnLOw'),
               ('0ujtsYcgvSTl8PAuAdqWYSMnLOx'), (NULL), ('0ujtsYcgvSTl8PAuAdqWYSMnLOv'),
               ('0ujtsYcgvSTl8PAuAdqWYSMnLP0'), ('0ujzPyRiIAffKhBux4PvQdDqMHY')) v(id);
SELECT * FROM ksuid_expand('\x000669f7efb5a1cd34b5f99d1154fb6853345c9735c10281034101'
                           '0669f7efb5a1cd34b5f99d1154fb6853'::bytea);
SELECT ksuid_compressed_count('\x000669f7efb5a1cd34b5f99d1154fb6853345c9735c102'::bytea);
-- the nil and the max KSUID; a set of one
SELECT encode(ksuid_compress(ARRAY[ksuid_max(), ksuid_nil(), ksuid_max()]), 'hex');
SELECT * FROM ksuid_expand(ksuid_compress(ARRAY[ksuid_max(), ksuid_nil()]));
SELECT encode(ksuid_compress(ARRAY['0ujtsYcgvSTl8PAuAdqWYSMnLOv'::ksuid]), 'hex');

-- no IDs: NULL, as array_agg; NULLs are left out; the empty set has none
SELECT ksuid_compress(id) IS NULL AS agg_null FROM (SELECT NULL::ksuid WHERE false) v(id);
SELECT ksuid_compress(id) IS NULL AS all_nulls FROM (VALUES (NULL::ksuid), (NULL)) v(id);
SELECT ksuid_compress(ARRAY[]::ksuid[]) IS NULL AS empty, ksuid_compress(ARRAY[NULL]::ksuid[]) IS NULL AS nulls;
SELECT count(*) AS ids, ksuid_compressed_count(''::bytea) AS counted FROM ksuid_expand(''::bytea);

-- per group, and as a growing window (the final function runs again)
CREATE TEMP TABLE ev AS
SELECT g % 3 AS device, ksuid_from_parts('2024-06-01 00:00:00Z'::timestamptz + (g / 7) * interval '1 s',
                                         decode(lpad(to_hex(g * 7919), 32, '0'), 'hex')) AS id
  FROM generate_series(1, 3000) g;
SELECT device, ksuid_compressed_count(ksuid_compress(id)) AS ids, length(ksuid_compress(id)) AS bytes,
       (SELECT array_agg(e) FROM ksuid_expand(ksuid_compress(id)) e) = array_agg(id ORDER BY id) AS same
  FROM ev GROUP BY device ORDER BY device;
SELECT n, ksuid_compressed_count(ksuid_compress(id) OVER (ORDER BY n DESC)) AS so_far
  FROM (SELECT row_number() OVER (ORDER BY id) AS n, id FROM ev LIMIT 5) s ORDER BY n;

-- a large set with long runs: 200,000 IDs in, the same out
CREATE TEMP TABLE big AS
SELECT ksuid_from_parts('2024-06-01 00:00:00Z'::timestamptz + (g / 50000) * interval '1 h',
                        decode(lpad(to_hex(g % 50000 + (g / 1000) * 4096), 32, '0'), 'hex')) AS id
  FROM generate_series(0, 199999) g;
CREATE TEMP TABLE bigset AS SELECT ksuid_compress(id) AS s FROM big;
SELECT length(s) AS bytes, ksuid_compressed_count(s) AS ids FROM bigset;
SELECT count(*) AS missing FROM (SELECT id FROM big EXCEPT SELECT ksuid_expand(s) FROM bigset) x;
SELECT count(*) AS extra FROM (SELECT ksuid_expand(s) FROM bigset EXCEPT SELECT id FROM big) x;

-- broken sets are errors that say where and why
SELECT * FROM ksuid_expand('\x40'::bytea);
SELECT * FROM ksuid_expand('\x000669f7efb5a1cd34b5f99d1154fb6853345c97'::bytea);
SELECT * FROM ksuid_expand('\x000669f7efb5a1cd34b5f99d1154fb6853345c973541'::bytea);
SELECT * FROM ksuid_expand('\x000669f7efb5a1cd34b5f99d1154fb6853345c97358100'::bytea);
SELECT * FROM ksuid_expand('\x000669f7efb5a1cd34b5f99d1154fb6853345c9735c100'::bytea);
SELECT * FROM ksuid_expand('\x010669f7efb5a1cd34b5f99d1154fb6853345c9735'::bytea);
SELECT ksuid_compressed_count('\x000669f7efb5a1cd34b5f99d1154fb6853345c9735c9000000000000000001'::bytea);
SELECT ksuid_compressed_count('\x000669f7efb5a1cd34b5f99d1154fb6853345c9735c8fffffffffffffffe'::bytea);
SELECT ksuid_compressed_count('\x000669f7efb5a1cd34b5f99d1154fb6853345c9735c87ffffffffffffffe'::bytea);
-- the whole set is checked before its first ID: a break gives no IDs at all
-- (this statement and the next are expected to fail)
SELECT * FROM ksuid_expand('\x000669f7efb5a1cd34b5f99d1154fb6853345c9735c1028100'::bytea);
-- and a set of more than 2^63 - 1 IDs (which would stream for ever) too
SELECT * FROM ksuid_expand('\x000669f7efb5a1cd34b5f99d1154fb6853345c9735c8fffffffffffffffe'::bytea);
-- so ksuid_expand and ksuid_compressed_count refuse the same sets, with the
-- same SQLSTATE and message
CREATE FUNCTION pg_temp.refusal(f text, s bytea) RETURNS text LANGUAGE plpgsql AS $$
BEGIN
  IF f = 'count' THEN
    PERFORM ksuid_compressed_count(s);
  ELSE
    PERFORM (SELECT count(*) FROM (SELECT ksuid_expand(s) LIMIT 1) x);
  END IF;
  RETURN 'accepted';
EXCEPTION WHEN OTHERS THEN
  RETURN SQLSTATE || ': ' || SQLERRM;
END $$;
SELECT note, pg_temp.refusal('count', s) AS count_says,
       pg_temp.refusal('expand', s) = pg_temp.refusal('count', s) AS expand_same
  FROM (VALUES ('2^63 - 1 IDs', '\x000669f7efb5a1cd34b5f99d1154fb6853345c9735c87ffffffffffffffe'::bytea),
               ('2^63 IDs', '\x000669f7efb5a1cd34b5f99d1154fb6853345c9735c87fffffffffffffff'),
               ('2^64 - 1 IDs', '\x000669f7efb5a1cd34b5f99d1154fb6853345c9735c8fffffffffffffffe'),
               ('2^64 IDs', '\x000669f7efb5a1cd34b5f99d1154fb6853345c9735c8ffffffffffffffff'),
               ('two long runs', '\x000669f7efb5a1cd34b5f99d1154fb6853345c9735c87ffffffffffffffec87ffffffffffffffe'),
               ('a break', '\x000669f7efb5a1cd34b5f99d1154fb6853345c9735c1028100'),
               ('truncated', '\x000669f7efb5a1cd34b5f99d1154fb6853345c97'),
               ('no start', '\x40'),
               ('empty', '')) v(note, s);

-- a set made by appending one to another (Go's AppendCompressed on a set)
-- reads as both, in turn
SELECT * FROM ksuid_expand(ksuid_compress(ARRAY['0ujzPyRiIAffKhBux4PvQdDqMHY'::ksuid])
                           || ksuid_compress(ARRAY['0ujtsYcgvSTl8PAuAdqWYSMnLOv'::ksuid]));

--
-- ksuid bounds and parts at a timestamptz_ns: its own second, where the
-- cast to timestamptz would round 0.9999996 up into the next
--
SELECT ksuid_min_at('2024-06-01 00:00:00.9999996Z'::timestamptz_ns) AS ns_min,
       ksuid_min_at('2024-06-01 00:00:00.9999996Z'::timestamptz_ns::timestamptz) AS via_timestamptz,
       ksuid_min_at('2024-06-01 00:00:00Z'::timestamptz) AS second_0;
SELECT ksuid_time(ksuid_max_at('2024-06-01 00:00:00.9999996Z'::timestamptz_ns)),
       ksuid_max_at('2024-06-01 00:00:00.9999996Z'::timestamptz_ns) = ksuid_max_at('2024-06-01 00:00:00Z'::timestamptz) AS same;
SELECT ksuid_time(ksuid_from_parts('2024-05-31 23:59:59.999999999Z'::timestamptz_ns, '\x00112233445566778899aabbccddeeff'));
SELECT ksuid_from_parts('2024-06-01 00:00:00.9999996Z'::timestamptz_ns, '\x00112233445566778899aabbccddeeff')
     = ksuid_from_parts('2024-06-01 00:00:00Z'::timestamptz, '\x00112233445566778899aabbccddeeff') AS same;
-- out of range, the infinities, a short payload
SELECT ksuid_min_at('2014-05-13 16:53:19.999999999Z'::timestamptz_ns);
SELECT ksuid_max_at('infinity'::timestamptz_ns);
SELECT ksuid_from_parts('2024-06-01Z'::timestamptz_ns, '\x00');
SELECT ksuid_min_at('2014-05-13 16:53:20Z'::timestamptz_ns), ksuid_max_at('2150-06-19 23:21:35.999999999Z'::timestamptz_ns);
