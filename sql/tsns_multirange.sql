--
-- tstzmultirange_ns (PostgreSQL 14 and later): made with tstzrange_ns
--
SET TimeZone = 'UTC';
SELECT range_agg(r ORDER BY r) AS merged
  FROM (VALUES (tstzrange_ns('2024-06-01 10:00Z', '2024-06-01 11:00Z')),
               (tstzrange_ns('2024-06-01 11:00Z', '2024-06-01 11:30:00.000000001Z')),
               (tstzrange_ns('2024-06-01 12:00Z', '2024-06-01 13:00Z'))) v(r);
SELECT pg_typeof(range_agg(r)) FROM (VALUES (tstzrange_ns('2024-06-01Z', '2024-06-02Z'))) v(r);
SELECT tstzmultirange_ns(tstzrange_ns('2024-06-01Z', '2024-06-03Z'))
       - tstzmultirange_ns(tstzrange_ns('2024-06-01 12:00Z', '2024-06-01 12:00:00.000000001Z')) AS punched,
       tstzmultirange_ns() AS empty,
       tstzmultirange_ns(tstzrange_ns('2024-06-01Z', '2024-06-02Z'), tstzrange_ns('2024-06-02Z', '2024-06-03Z')) AS joined;
SELECT '{[2024-06-01 00:00:00.000000001+00,2024-06-02 00:00:00+00)}'::tstzmultirange_ns
       @> '2024-06-01 00:00:00.000000001Z'::timestamptz_ns AS has_first,
       '{[2024-06-01 00:00:00.000000001+00,2024-06-02 00:00:00+00)}'::tstzmultirange_ns
       @> '2024-06-01 00:00:00Z'::timestamptz_ns AS has_before,
       tstzrange_ns('2024-06-01Z', '2024-06-02Z')::tstzmultirange_ns AS cast_;
SELECT range_intersect_agg(r) FROM (VALUES (tstzrange_ns('2024-06-01Z', '2024-06-03Z')),
                                           (tstzrange_ns('2024-06-02Z', '2024-06-04Z'))) v(r);
SELECT unnest('{[2024-06-01Z,2024-06-02Z), [2024-06-03Z,2024-06-04Z)}'::tstzmultirange_ns);
-- a GiST index on a multirange
CREATE TABLE mr AS
SELECT g AS n, tstzmultirange_ns(tstzrange_ns('2024-06-01Z'::timestamptz_ns + g * interval '1 h', '2024-06-01Z'::timestamptz_ns + g * interval '1 h' + interval '10 min'),
                                 tstzrange_ns('2024-06-01Z'::timestamptz_ns + g * interval '1 h' + interval '30 min', '2024-06-01Z'::timestamptz_ns + g * interval '1 h' + interval '31 min')) AS m
  FROM generate_series(1, 5000) g;
SELECT count(*) AS seq FROM mr WHERE m && tstzrange_ns('2024-06-10 10:05Z', '2024-06-10 10:35Z');
CREATE INDEX ON mr USING gist (m);
SET enable_seqscan = off;
EXPLAIN (COSTS OFF) SELECT count(*) FROM mr WHERE m && tstzrange_ns('2024-06-10 10:05Z', '2024-06-10 10:35Z');
SELECT count(*) AS indexed FROM mr WHERE m && tstzrange_ns('2024-06-10 10:05Z', '2024-06-10 10:35Z');
RESET enable_seqscan;
DROP TABLE mr;

-- what PostgreSQL made with the range is the extension's, and described
SELECT pg_describe_object(d.classid, d.objid, 0) AS member,
       obj_description(d.objid, d.classid::regclass::name) AS description
  FROM pg_depend d
  JOIN pg_extension e ON e.oid = d.refobjid AND d.deptype = 'e'
 WHERE e.extname = 'fastevent'
   AND pg_describe_object(d.classid, d.objid, 0) LIKE '%multirange%'
   AND NOT (d.classid = 'pg_type'::regclass AND (SELECT typcategory FROM pg_type WHERE oid = d.objid) = 'A')
 ORDER BY 1;
SELECT p.oid::regprocedure AS function, p.provolatile AS vol, p.proisstrict AS strict, p.proparallel AS par
  FROM pg_proc p WHERE p.proname = 'tstzmultirange_ns' ORDER BY p.oid::regprocedure::text;

-- casts between tstzmultirange and tstzmultirange_ns: exact one way; the
-- other rounds each bound, then merges what now touches and drops what is
-- now empty
SELECT '{[2024-06-01 10:00Z,2024-06-01 11:00Z), (2024-06-01 12:00:00.000001Z,)}'::tstzmultirange::tstzmultirange_ns AS exact,
       '{}'::tstzmultirange::tstzmultirange_ns AS empty_;
SELECT tstzmultirange_ns(tstzrange_ns('2024-06-01 10:00Z', '2024-06-01 10:00:00.0000006Z'),
                         tstzrange_ns('2024-06-01 10:00:00.0000011Z', '2024-06-01 11:00Z'),
                         tstzrange_ns('2024-06-01 12:00:00.0000001Z', '2024-06-01 12:00:00.0000002Z'))::tstzmultirange AS merged;
SELECT tstzmultirange(tstzmultirange_ns(tstzrange_ns('2024-06-01Z', '2024-06-02Z'))) AS to_us,
       tstzmultirange_ns('{[2024-06-01Z,2024-06-02Z)}'::tstzmultirange) AS to_ns;
SELECT '{[1600-01-01Z,2024-01-01Z)}'::tstzmultirange::tstzmultirange_ns;
CREATE TEMP TABLE mrc (ns tstzmultirange_ns, us tstzmultirange);
INSERT INTO mrc VALUES ('{[2024-06-01Z,2024-06-02Z)}'::tstzmultirange, '{[2024-06-01Z,2024-06-01 00:00:00.0000004Z)}'::tstzmultirange_ns);
SELECT * FROM mrc;
DROP TABLE mrc;
