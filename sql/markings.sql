--
-- The volatility, strictness, parallel safety and leakproofness of every
-- function of the extension (but the constructors of the multirange type
-- that PostgreSQL 14 and later make with tstzrange_ns: tsns_multirange)
--
SELECT p.oid::regprocedure AS function,
       p.provolatile AS vol, p.proisstrict AS strict, p.proparallel AS par,
       p.proleakproof AS leakproof
  FROM pg_proc p
  JOIN pg_depend d ON d.classid = 'pg_proc'::regclass AND d.objid = p.oid
  JOIN pg_extension e ON e.oid = d.refobjid AND d.deptype = 'e'
 WHERE e.extname = 'fastevent'
   AND (SELECT typtype FROM pg_type WHERE oid = p.prorettype) <> 'm'
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

-- the members of the extension, but what exists on some majors only: the
-- array types (members from PostgreSQL 17 on), what PostgreSQL 14 and
-- later make with a range type, its multirange type, their constructors and
-- the cast between them (tsns_multirange checks those), and the BRIN
-- minmax-multi and bloom classes of 14 and later (brin_multi checks those)
CREATE TEMP VIEW fe_members AS
SELECT d.classid, d.objid, d.objsubid
  FROM pg_depend d
  JOIN pg_extension e ON e.oid = d.refobjid AND d.deptype = 'e'
 WHERE e.extname = 'fastevent'
   AND NOT EXISTS (SELECT 1 FROM pg_type t
                    WHERE d.classid = 'pg_type'::regclass AND t.oid = d.objid
                      AND (t.typcategory = 'A' OR t.typtype = 'm'))
   AND NOT EXISTS (SELECT 1 FROM pg_proc p JOIN pg_type t ON t.oid = p.prorettype
                    WHERE d.classid = 'pg_proc'::regclass AND p.oid = d.objid AND t.typtype = 'm')
   AND NOT EXISTS (SELECT 1 FROM pg_cast c JOIN pg_type t ON t.oid = c.casttarget
                    WHERE d.classid = 'pg_cast'::regclass AND c.oid = d.objid AND t.typtype = 'm')
   AND NOT EXISTS (SELECT 1 FROM pg_opclass c
                    WHERE d.classid = 'pg_opclass'::regclass AND c.oid = d.objid
                      AND c.opcname ~ '_(minmax_multi|bloom)_ops$')
   AND NOT EXISTS (SELECT 1 FROM pg_opfamily f
                    WHERE d.classid = 'pg_opfamily'::regclass AND f.oid = d.objid
                      AND f.opfname ~ '_(minmax_multi|bloom)_ops$');
-- every one says in the catalog what it is for
SELECT pg_describe_object(m.classid, m.objid, m.objsubid) AS undescribed
  FROM fe_members m
 WHERE NOT EXISTS (SELECT 1 FROM pg_description s
                    WHERE s.classoid = m.classid AND s.objoid = m.objid AND s.objsubid = 0)
 ORDER BY 1;
SELECT count(*) AS described
  FROM fe_members m
  JOIN pg_description s ON s.classoid = m.classid AND s.objoid = m.objid AND s.objsubid = 0;
