--
-- ksuid: text and binary I/O, casts, bad input
--

-- the reference example from segmentio/ksuid's README
SELECT '0ujtsYcgvSTl8PAuAdqWYSMnLOv'::ksuid;
SELECT '000000000000000000000000000'::ksuid AS nil,
       'aWgEPTl1tmebfsQzFP4bxwgy80V'::ksuid AS max;
SELECT pg_column_size('0ujtsYcgvSTl8PAuAdqWYSMnLOv'::ksuid);

-- wrong lengths
SELECT ''::ksuid;
SELECT '0'::ksuid;
SELECT '0ujtsYcgvSTl8PAuAdqWYSMnLO'::ksuid;
SELECT '0ujtsYcgvSTl8PAuAdqWYSMnLOv0'::ksuid;
SELECT '0ujtsYcgvSTl8PAuAdqWYSMnLOv0ujtsYcgvSTl8PAuAdqWYSMnLOv'::ksuid;

-- every class of byte outside [0-9A-Za-z]: punctuation, space, control,
-- non-ASCII, and the neighbours of each alphabet range
SELECT ' 0ujtsYcgvSTl8PAuAdqWYSMnLO'::ksuid;
SELECT '0ujtsYcgvSTl8PAuAdqWYSMnLO '::ksuid;
SELECT E'0ujtsYcgvSTl8PAuAdqWYSMnLO\t'::ksuid;
SELECT '0ujtsYcgvSTl8PAuAdqWYSMn-Ov'::ksuid;
SELECT '0ujtsYcgvSTl8PAuAdqWYSMn_Ov'::ksuid;
SELECT '0ujtsYcgvSTl8PAuAdqWYSMn+Ov'::ksuid;
SELECT '0ujtsYcgvSTl8PAuAdqWYSMn/Ov'::ksuid;
SELECT '0ujtsYcgvSTl8PAuAdqWYSMn=Ov'::ksuid;
SELECT '0ujtsYcgvSTl8PAuAdqWYSMn:Ov'::ksuid;
SELECT '0ujtsYcgvSTl8PAuAdqWYSMn@Ov'::ksuid;
SELECT '0ujtsYcgvSTl8PAuAdqWYSMn[Ov'::ksuid;
SELECT '0ujtsYcgvSTl8PAuAdqWYSMn`Ov'::ksuid;
SELECT '0ujtsYcgvSTl8PAuAdqWYSMn{Ov'::ksuid;
SELECT '0ujtsYcgvSTl8PAuAdqWYSMn~Ov'::ksuid;
SELECT '0ujtsYcgvSTl8PAuAdqWYSMnLOé'::ksuid;
SELECT '0ujtsYcgvSTl8PAuAdqWYSMné'::ksuid;
SELECT '0ujtsYcgvSTl8PAuAdqWYSMnLé'::ksuid;

-- overflow: just above the largest value, and far above
SELECT 'aWgEPTl1tmebfsQzFP4bxwgy80W'::ksuid;
SELECT 'aWgEPTl1tmebfsQzFP4bxwgy810'::ksuid;
SELECT 'aWgEPTl1tmebfsQzFP4bxwgy900'::ksuid;
SELECT 'b00000000000000000000000000'::ksuid;
SELECT 'zzzzzzzzzzzzzzzzzzzzzzzzzzz'::ksuid;

-- an untyped literal compared with a ksuid is read as a ksuid
SELECT '0ujtsYcgvSTl8PAuAdqWYSMnLOv'::ksuid = '0ujtsYcgvSTl8PAuAdqWYSMnLOv';

-- bytea casts: exactly 20 bytes, explicit only
SELECT '0ujtsYcgvSTl8PAuAdqWYSMnLOv'::ksuid::bytea;
SELECT '\x0669f7efb5a1cd34b5f99d1154fb6853345c9735'::bytea::ksuid;
SELECT '\x0669f7efb5a1cd34b5f99d1154fb6853345c97'::bytea::ksuid;
SELECT '\x0669f7efb5a1cd34b5f99d1154fb6853345c973500'::bytea::ksuid;
SELECT ''::bytea::ksuid;
CREATE TEMP TABLE implicit_cast (b bytea);
INSERT INTO implicit_cast VALUES ('0ujtsYcgvSTl8PAuAdqWYSMnLOv'::ksuid);
SELECT castcontext, castsource::regtype, casttarget::regtype
  FROM pg_cast WHERE castsource = 'ksuid'::regtype OR casttarget = 'ksuid'::regtype
  ORDER BY castsource::regtype::text, casttarget::regtype::text;

-- text round trip through a table
CREATE TEMP TABLE io (id ksuid);
INSERT INTO io VALUES ('0ujtsYcgvSTl8PAuAdqWYSMnLOv'), ('000000000000000000000000000'),
  ('aWgEPTl1tmebfsQzFP4bxwgy80V'), (NULL);
SELECT id, id::text::ksuid = id AS round_trip FROM io ORDER BY id;

-- binary COPY round trip
CREATE TEMP TABLE io_copy (LIKE io);
\copy io TO 'results/ksuid_io.bin' WITH (FORMAT binary)
\copy io_copy FROM 'results/ksuid_io.bin' WITH (FORMAT binary)
SELECT (SELECT count(*) FROM io_copy) AS copied,
       (SELECT count(*) FROM (SELECT * FROM io EXCEPT ALL SELECT * FROM io_copy) a) AS lost,
       (SELECT count(*) FROM (SELECT * FROM io_copy EXCEPT ALL SELECT * FROM io) b) AS added;

-- binary input of any other length is rejected
CREATE TEMP TABLE short (b bytea);
INSERT INTO short VALUES ('\x0669f7efb5a1cd34b5f99d1154fb6853345c97');
\copy short TO 'results/ksuid_short.bin' WITH (FORMAT binary)
\copy io_copy FROM 'results/ksuid_short.bin' WITH (FORMAT binary)
TRUNCATE short;
INSERT INTO short VALUES ('\x0669f7efb5a1cd34b5f99d1154fb6853345c973500');
\copy short TO 'results/ksuid_long.bin' WITH (FORMAT binary)
\copy io_copy FROM 'results/ksuid_long.bin' WITH (FORMAT binary)

-- binary send/recv through the wire: ksuid_send is the raw bytes
SELECT ksuid_send('0ujtsYcgvSTl8PAuAdqWYSMnLOv');
