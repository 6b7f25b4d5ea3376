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

-- the extension is not relocatable (its EXTRACT, AT TIME ZONE and OVERLAPS
-- functions are in pg_catalog), but installs in any schema, with its
-- pg_catalog functions naming its types there
CREATE SCHEMA fe_elsewhere;
ALTER EXTENSION fastevent SET SCHEMA fe_elsewhere;
SELECT p.oid::regprocedure AS in_pg_catalog
  FROM pg_proc p
  JOIN pg_depend d ON d.classid = 'pg_proc'::regclass AND d.objid = p.oid
  JOIN pg_extension e ON e.oid = d.refobjid AND d.deptype = 'e'
 WHERE e.extname = 'fastevent' AND p.pronamespace = 'pg_catalog'::regnamespace
 ORDER BY p.oid::regprocedure::text;
DROP SCHEMA fe_elsewhere;
\set regression_db :DBNAME
CREATE DATABASE regression_fastevent_schema;
\c regression_fastevent_schema
SET DateStyle = ISO;
CREATE SCHEMA fe_elsewhere;
CREATE EXTENSION fastevent SCHEMA fe_elsewhere;
SELECT fe_elsewhere.ksuid_nil(), fe_elsewhere.fasthash_fnv1a_32('x');
SELECT EXTRACT(nanosecond FROM '2024-06-01 00:00:01.000000002+00'::fe_elsewhere.timestamptz_ns) AS ns,
       '2024-06-01 00:00:01.000000002+00'::fe_elsewhere.timestamptz_ns AT TIME ZONE 'UTC' AS utc;
SET search_path = fe_elsewhere, public;
SELECT '0ujtsYcgvSTl8PAuAdqWYSMnLOv'::ksuid < ksuid_max() AS still_ordered;
RESET search_path;
\c :regression_db
DROP DATABASE regression_fastevent_schema;

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
