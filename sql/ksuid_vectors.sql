--
-- ksuid: every row of segmentio/ksuid's reference vectors
-- (test/vectors/ksuid.tsv: hex, ksuid, unix_ts, payload_hex, next, prev)
--
CREATE TEMP TABLE kv (hex text, ksuid text, unix_ts bigint, payload_hex text,
                      next text, prev text);
\copy kv FROM 'test/vectors/ksuid.tsv' WITH (FORMAT csv, DELIMITER E'\t', HEADER true)
SELECT count(*) AS vectors FROM kv;

-- a few rows in full
SELECT ksuid::ksuid, ksuid_timestamp(ksuid::ksuid), ksuid_time(ksuid::ksuid),
       ksuid_next(ksuid::ksuid), ksuid_prev(ksuid::ksuid)
  FROM kv LIMIT 4;

-- each check lists the rows that fail it: every result below must be empty

-- hex to text
SELECT hex, ksuid FROM kv WHERE ksuid(decode(hex, 'hex'))::text <> ksuid;
-- text to hex
SELECT hex, ksuid FROM kv WHERE encode(ksuid::ksuid::bytea, 'hex') <> hex;
-- the raw timestamp and the time
SELECT ksuid, unix_ts FROM kv
 WHERE ksuid_timestamp(ksuid::ksuid) <> unix_ts - 1400000000
    OR ksuid_time(ksuid::ksuid) <> to_timestamp(unix_ts);
-- the payload
SELECT ksuid, payload_hex FROM kv
 WHERE encode(ksuid_payload(ksuid::ksuid), 'hex') <> payload_hex;
-- next and prev, wrapping at both ends
SELECT ksuid, next, prev FROM kv
 WHERE ksuid_next(ksuid::ksuid)::text <> next
    OR ksuid_prev(ksuid::ksuid)::text <> prev;
-- rebuilding from the parts
SELECT ksuid FROM kv
 WHERE ksuid_from_parts(to_timestamp(unix_ts), decode(payload_hex, 'hex'))::text <> ksuid;
-- ORDER BY ksuid is byte order, and the order of the text in the C collation
SELECT count(*) AS out_of_order FROM (
  SELECT decode(hex, 'hex') AS b,
         lead(decode(hex, 'hex')) OVER (ORDER BY ksuid::ksuid) AS next_b,
         ksuid COLLATE "C" AS t,
         lead(ksuid COLLATE "C") OVER (ORDER BY ksuid::ksuid) AS next_t
    FROM kv) s
 WHERE b >= next_b OR t >= next_t;
