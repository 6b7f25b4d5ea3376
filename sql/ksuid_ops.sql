--
-- ksuid: operators, aggregates, operator classes, function markings
--
CREATE TEMP TABLE ops (a ksuid, b ksuid);
INSERT INTO ops VALUES
  ('0ujtsYcgvSTl8PAuAdqWYSMnLOv', '0ujtsYcgvSTl8PAuAdqWYSMnLOv'),
  ('0ujtsYcgvSTl8PAuAdqWYSMnLOv', '0ujtsYcgvSTl8PAuAdqWYSMnLOw'),
  ('0ujtsYcgvSTl8PAuAdqWYSMnLOw', '0ujtsYcgvSTl8PAuAdqWYSMnLOv'),
  ('000000000000000000000000000', 'aWgEPTl1tmebfsQzFP4bxwgy80V'),
  -- the same second, payloads that differ only in the first byte
  (ksuid_from_parts('2024-01-01 00:00:00+00', '\x00ffffffffffffffffffffffffffffff'),
   ksuid_from_parts('2024-01-01 00:00:00+00', '\x01000000000000000000000000000000'));
SELECT a, b, a < b AS lt, a <= b AS le, a = b AS eq, a <> b AS ne,
       a >= b AS ge, a > b AS gt, ksuid_cmp(a, b) AS cmp
  FROM ops;

-- NULLs
SELECT NULL::ksuid = NULL::ksuid AS eq, ksuid_cmp(NULL, 'aWgEPTl1tmebfsQzFP4bxwgy80V') AS cmp;

-- min and max, also with NULLs and in parallel-capable form
SELECT min(x), max(x) FROM (SELECT a FROM ops UNION ALL SELECT b FROM ops
                            UNION ALL SELECT NULL) s(x);
SELECT min(x), max(x) FROM (SELECT NULL::ksuid) s(x);
SELECT aggcombinefn, aggsortop::regoperator FROM pg_aggregate
 WHERE aggfnoid IN ('min(ksuid)'::regprocedure, 'max(ksuid)'::regprocedure)
 ORDER BY aggsortop::regoperator::text;

-- every operator class validates
SELECT am.amname, opc.opcname, opc.opcdefault, amvalidate(opc.oid)
  FROM pg_opclass opc JOIN pg_am am ON am.oid = opc.opcmethod
 WHERE opc.opcintype = 'ksuid'::regtype
   AND opc.opcname !~ '_(minmax_multi|bloom)_ops$'  -- 14 and later: brin_multi
 ORDER BY 1, 2;

-- the operator families are the extension's own
SELECT am.amname, opf.opfname, count(*) AS members
  FROM pg_opfamily opf JOIN pg_am am ON am.oid = opf.opfmethod
  JOIN pg_amop amop ON amop.amopfamily = opf.oid
 WHERE amop.amoplefttype = 'ksuid'::regtype
   AND opf.opfname !~ '_(minmax_multi|bloom)_ops$'
 GROUP BY 1, 2 ORDER BY 1, 2;

-- operator properties
SELECT oprname, oprcom::regoperator, oprnegate::regoperator, oprrest, oprjoin,
       oprcanmerge, oprcanhash
  FROM pg_operator WHERE oprleft = 'ksuid'::regtype ORDER BY oprname;

-- hash support: both functions agree with seed 0 in their low 32 bits
SELECT ksuid_hash(a) = (ksuid_hash_extended(a, 0) & x'ffffffff'::bigint)::bit(32)::integer
         AS low_bits_agree,
       ksuid_hash_extended(a, 0) <> ksuid_hash_extended(a, 1) AS seed_matters
  FROM ops LIMIT 1;
