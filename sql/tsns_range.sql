--
-- tstzrange_ns: event windows to the nanosecond
--
SET TimeZone = 'UTC';
SELECT tstzrange_ns('2024-06-01 00:00:00.000000001Z', '2024-06-01 00:00:00.000000003Z') AS r,
       tstzrange_ns('2024-06-01Z', '2024-06-02Z', '(]') AS open_closed,
       tstzrange_ns(NULL, '2024-06-02Z') AS unbounded,
       tstzrange_ns('2024-06-01Z', '2024-06-01Z') AS empty;
SELECT '[2024-06-01 00:00:00.000000001+00,2024-06-01 00:00:00.000000003+00)'::tstzrange_ns
     = tstzrange_ns('2024-06-01 00:00:00.000000001Z', '2024-06-01 00:00:00.000000003Z') AS text_in;
SELECT '[2024-06-01 00:00:00.000000003Z, 2024-06-01 00:00:00.000000001Z)'::tstzrange_ns;
-- the nanosecond counts: containment, adjacency, overlap
SELECT r @> '2024-06-01 00:00:00.000000001Z'::timestamptz_ns AS has_first,
       r @> '2024-06-01 00:00:00.000000002Z'::timestamptz_ns AS has_second,
       r @> '2024-06-01 00:00:00.000000003Z'::timestamptz_ns AS has_upper,
       r -|- tstzrange_ns('2024-06-01 00:00:00.000000003Z', NULL) AS adjacent,
       r && tstzrange_ns('2024-06-01 00:00:00.000000002Z', NULL) AS overlaps_2,
       r && tstzrange_ns('2024-06-01 00:00:00.000000003Z', NULL) AS overlaps_3,
       '2024-06-01 00:00:00.000000002Z'::timestamptz_ns <@ r AS contained
  FROM (SELECT tstzrange_ns('2024-06-01 00:00:00.000000001Z', '2024-06-01 00:00:00.000000003Z') AS r) s;
-- what ranges get: bounds, set operations, order
SELECT lower(r), upper(r), lower_inc(r), upper_inc(r), lower_inf(r), upper_inf(r), isempty(r)
  FROM (VALUES (tstzrange_ns('2024-06-01Z', '2024-06-02Z')), (tstzrange_ns(NULL, 'infinity', '[]')), ('empty'::tstzrange_ns)) v(r);
SELECT a + b AS union_, a * b AS intersection, a - b AS difference, a << b AS left_of,
       a &< b AS not_right, range_merge(a, b) AS merged, a < b AS lt
  FROM (SELECT tstzrange_ns('2024-06-01Z', '2024-06-01 12:00:00.000000001Z') AS a,
               tstzrange_ns('2024-06-01 12:00Z', '2024-06-02Z') AS b) s;
SELECT tstzrange_ns('2024-06-01Z', '2024-06-02Z') - tstzrange_ns('2024-06-01 06:00Z', '2024-06-01 07:00Z');
-- the subtype difference GiST splits on: seconds, as tstzrange_subdiff
SELECT tstzrange_ns_subdiff('2024-06-01 00:00:01.5Z', '2024-06-01Z') AS ns_diff,
       tstzrange_subdiff('2024-06-01 00:00:01.5Z', '2024-06-01Z') AS core_diff,
       tstzrange_ns_subdiff('2024-06-01Z', '2024-06-01 00:00:00.000000001Z') AS one_ns_back,
       tstzrange_ns_subdiff('2024-06-01 00:00:00.000000001Z', '2024-06-01Z') AS one_ns,
       tstzrange_ns_subdiff('infinity', '-infinity') AS infinities;

-- indexes: GiST and SP-GiST give what a sequential scan gives; btree and
-- hash classes for equality and order
CREATE TABLE win AS
SELECT g AS n, tstzrange_ns(to_timestamptz_ns(1717200000000000000 + g * 60000000000 + g % 997),
                            to_timestamptz_ns(1717200000000000000 + g * 60000000000 + (g % 13 + 1) * 600000000000)) AS during
  FROM generate_series(1, 20000) g;
INSERT INTO win VALUES (0, 'empty'), (-1, tstzrange_ns(NULL, '2024-06-01Z')), (-2, tstzrange_ns('2024-08-01Z', NULL));
CREATE TEMP TABLE probe AS
SELECT tstzrange_ns('2024-06-05 10:00:00.000000500Z', '2024-06-05 10:20Z') AS q,
       '2024-06-07 08:31:00.000000007Z'::timestamptz_ns AS t,
       -- ends where window 7000 starts, 21 ns after its minute
       tstzrange_ns('2024-06-05 20:00Z', to_timestamptz_ns(1717200000000000000 + 7000 * 60000000000 + 21)) AS a;
CREATE FUNCTION pg_temp.counts() RETURNS TABLE (overlap bigint, contains bigint, within bigint, adjacent bigint, left_of bigint)
LANGUAGE sql AS $$
SELECT (SELECT count(*) FROM win, probe WHERE during && q),
       (SELECT count(*) FROM win, probe WHERE during @> t),
       (SELECT count(*) FROM win, probe WHERE during <@ q),
       (SELECT count(*) FROM win, probe WHERE during -|- a),
       (SELECT count(*) FROM win, probe WHERE during << q)
$$;
CREATE TEMP TABLE seq AS SELECT * FROM pg_temp.counts();
SELECT * FROM seq;
SET enable_seqscan = off;
SET enable_bitmapscan = off;
CREATE INDEX win_gist ON win USING gist (during);
EXPLAIN (COSTS OFF) SELECT count(*) FROM win WHERE during && tstzrange_ns('2024-06-05 10:00Z', '2024-06-05 10:20Z');
SELECT * FROM pg_temp.counts() EXCEPT SELECT * FROM seq;
DROP INDEX win_gist;
CREATE INDEX win_spgist ON win USING spgist (during);
EXPLAIN (COSTS OFF) SELECT count(*) FROM win WHERE during @> '2024-06-07 08:31Z'::timestamptz_ns;
SELECT * FROM pg_temp.counts() EXCEPT SELECT * FROM seq;
DROP INDEX win_spgist;
CREATE INDEX win_btree ON win (during);
EXPLAIN (COSTS OFF) SELECT n FROM win WHERE during = tstzrange_ns('2024-06-01 00:01:00.000000001Z', '2024-06-01 00:21Z');
SELECT n FROM win WHERE during = tstzrange_ns('2024-06-01 00:01:00.000000001Z', '2024-06-01 00:21Z');
CREATE INDEX win_hash ON win USING hash (during);
DROP INDEX win_btree;
EXPLAIN (COSTS OFF) SELECT n FROM win WHERE during = tstzrange_ns('2024-06-01 00:01:00.000000001Z', '2024-06-01 00:21Z');
SELECT n FROM win WHERE during = tstzrange_ns('2024-06-01 00:01:00.000000001Z', '2024-06-01 00:21Z');
RESET enable_seqscan;
RESET enable_bitmapscan;
SELECT count(DISTINCT during) AS distinct_windows, count(*) AS windows FROM win;

-- an exclusion constraint: no two windows overlap, to the nanosecond
CREATE TABLE booking (during tstzrange_ns, EXCLUDE USING gist (during WITH &&));
INSERT INTO booking VALUES (tstzrange_ns('2024-06-01 10:00Z', '2024-06-01 11:00Z'));
INSERT INTO booking VALUES (tstzrange_ns('2024-06-01 11:00Z', '2024-06-01 12:00Z'));
INSERT INTO booking VALUES (tstzrange_ns('2024-06-01 11:59:59.999999999Z', '2024-06-01 13:00Z'));
SELECT * FROM booking ORDER BY during;
DROP TABLE booking, win;

-- casts between tstzrange and tstzrange_ns: exact one way, rounded half up
-- to the microsecond the other, bounds and their inclusivity kept
SELECT tstzrange('2024-06-01 10:00:00.000001Z', '2024-06-01 11:00Z', '(]')::tstzrange_ns AS exact,
       tstzrange(NULL, '2024-06-01Z')::tstzrange_ns AS unbounded_below,
       tstzrange('-infinity', 'infinity', '[]')::tstzrange_ns AS infinities,
       'empty'::tstzrange::tstzrange_ns AS empty_;
SELECT tstzrange_ns('2024-06-01 10:00:00.0000005Z', '2024-06-01 10:00:00.0000014Z', '[]')::tstzrange AS up_and_down,
       tstzrange_ns('2024-06-01 10:00:00.0000001Z', '2024-06-01 10:00:00.0000004Z')::tstzrange AS met_so_empty,
       tstzrange_ns('2024-06-01 10:00:00.0000001Z', '2024-06-01 10:00:00.0000004Z', '[]')::tstzrange AS met_inclusive,
       tstzrange_ns('2024-06-01Z', NULL, '[)')::tstzrange AS unbounded_above,
       tstzrange_ns('-infinity', '2262-04-11 23:47:16.854775806Z')::tstzrange AS last_ns;
-- the function forms, and a round trip that loses nothing
SELECT tstzrange(tstzrange_ns('2024-06-01Z', '2024-06-02Z')) AS to_us,
       tstzrange_ns(tstzrange('2024-06-01Z', '2024-06-02Z')) AS to_ns,
       tstzrange(tstzrange_ns(tstzrange('2024-06-01 01:02:03.456789Z', '2024-06-02Z', '[]')))
         = tstzrange('2024-06-01 01:02:03.456789Z', '2024-06-02Z', '[]') AS round_trip;
-- a bound outside timestamptz_ns's range is an error, not a wrapped value
SELECT tstzrange('1600-01-01Z', '2024-01-01Z')::tstzrange_ns;
SELECT tstzrange('2024-01-01Z', '2300-01-01Z', '[]')::tstzrange_ns;
-- in assignments both ways; not implicitly
CREATE TEMP TABLE rc (ns tstzrange_ns, us tstzrange);
INSERT INTO rc VALUES (tstzrange('2024-06-01Z', '2024-06-02Z'), tstzrange_ns('2024-06-01Z', '2024-06-01 00:00:00.9999995Z'));
SELECT * FROM rc;
-- ranges of the two types do not mix: the next statement is expected to
-- fail (terse, as PostgreSQL 19 words its hint otherwise)
\set VERBOSITY terse
SELECT ns && tstzrange('2024-06-01Z', '2024-06-02Z') FROM rc;
\set VERBOSITY default
SELECT ns && tstzrange('2024-06-01Z', '2024-06-02Z')::tstzrange_ns AS overlaps FROM rc;
DROP TABLE rc;
SELECT castcontext, castsource::regtype, casttarget::regtype FROM pg_cast
 WHERE castsource IN ('tstzrange'::regtype, 'tstzrange_ns'::regtype)
   AND casttarget IN ('tstzrange'::regtype, 'tstzrange_ns'::regtype)
 ORDER BY 2::text;
