--
-- The volatility, strictness, parallel safety and leakproofness of every
-- function of the extension
--
SELECT p.oid::regprocedure AS function,
       p.provolatile AS vol, p.proisstrict AS strict, p.proparallel AS par,
       p.proleakproof AS leakproof
  FROM pg_proc p
  JOIN pg_depend d ON d.classid = 'pg_proc'::regclass AND d.objid = p.oid
  JOIN pg_extension e ON e.oid = d.refobjid AND d.deptype = 'e'
 WHERE e.extname = 'fastevent'
 ORDER BY p.oid::regprocedure::text;

-- the extension moves to another schema and keeps working there
CREATE SCHEMA fe_elsewhere;
ALTER EXTENSION fastevent SET SCHEMA fe_elsewhere;
SELECT fe_elsewhere.ksuid_nil(), fe_elsewhere.fasthash_fnv1a_32('x');
SET search_path = fe_elsewhere, public;
SELECT '0ujtsYcgvSTl8PAuAdqWYSMnLOv'::ksuid < ksuid_max() AS still_ordered;
RESET search_path;
ALTER EXTENSION fastevent SET SCHEMA public;
DROP SCHEMA fe_elsewhere;
