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

-- every object of the extension says in the catalog what it is for (but
-- the array types, made with each type and members of the extension too
-- from PostgreSQL 17 on)
SELECT pg_describe_object(d.classid, d.objid, d.objsubid) AS undescribed
  FROM pg_depend d
  JOIN pg_extension e ON e.oid = d.refobjid AND d.deptype = 'e'
 WHERE e.extname = 'fastevent'
   AND NOT EXISTS (SELECT 1 FROM pg_type t
                    WHERE d.classid = 'pg_type'::regclass AND t.oid = d.objid AND t.typcategory = 'A')
   AND NOT EXISTS (SELECT 1 FROM pg_description s
                    WHERE s.classoid = d.classid AND s.objoid = d.objid AND s.objsubid = 0)
 ORDER BY 1;
SELECT count(*) AS described
  FROM pg_depend d
  JOIN pg_extension e ON e.oid = d.refobjid AND d.deptype = 'e'
  JOIN pg_description s ON s.classoid = d.classid AND s.objoid = d.objid AND s.objsubid = 0
 WHERE e.extname = 'fastevent';
