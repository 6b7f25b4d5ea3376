--
-- timestamptz_ns: comparison, against timestamptz, indexes, window frames
--
SET client_min_messages = warning;
CREATE EXTENSION IF NOT EXISTS amcheck;
RESET client_min_messages;
SET TimeZone = 'UTC';

SELECT a, b, a < b AS lt, a <= b AS le, a = b AS eq, a <> b AS ne, a >= b AS ge, a > b AS gt,
       timestamptz_ns_cmp(a, b) AS cmp
  FROM (VALUES
    ('2024-01-01 00:00:00.000000001+00'::timestamptz_ns, '2024-01-01 00:00:00.000000002+00'::timestamptz_ns),
    ('2024-01-01 00:00:00.000000002+00', '2024-01-01 00:00:00.000000002+00'),
    ('infinity', '2262-04-11 23:47:16.854775806+00'),
    ('-infinity', '-infinity')) v(a, b);

-- against timestamptz, exactly: no rounding of either side
SELECT a, b, a < b AS lt, a <= b AS le, a = b AS eq, a <> b AS ne, a >= b AS ge, a > b AS gt,
       timestamptz_ns_cmp_timestamptz(a, b) AS cmp, b < a AS b_lt_a, b = a AS b_eq_a,
       timestamptz_cmp_timestamptz_ns(b, a) AS b_cmp_a
  FROM (VALUES
    ('2024-01-01 00:00:00.000001+00'::timestamptz_ns, '2024-01-01 00:00:00.000001+00'::timestamptz),
    ('2024-01-01 00:00:00.000001001+00', '2024-01-01 00:00:00.000001+00'),
    ('2024-01-01 00:00:00.000000999+00', '2024-01-01 00:00:00.000001+00'),
    ('1969-12-31 23:59:59.999999999+00', '1970-01-01 00:00:00+00'),
    ('2262-04-11 23:47:16.854775806+00', '3000-01-01 00:00:00+00'),
    ('1677-09-21 00:12:43.145224193+00', '1000-01-01 00:00:00+00'),
    ('infinity', '3000-01-01 00:00:00+00'),
    ('infinity', 'infinity'),
    ('-infinity', '-infinity'),
    ('-infinity', '1000-01-01 00:00:00+00')) v(a, b);
-- an untyped literal is read as timestamptz_ns
SELECT '2024-01-01 00:00:00.000000001+00'::timestamptz_ns > '2024-01-01 00:00:00+00' AS literal;

-- min and max
SELECT min(t), max(t) FROM (VALUES ('2024-01-01+00'::timestamptz_ns), ('2023-01-01+00'), (NULL)) v(t);
SELECT min(t), max(t) FROM (VALUES ('2024-01-01+00'::timestamptz_ns), ('infinity'), ('-infinity')) v(t);

-- operator classes validate; operator properties
SELECT am.amname, opc.opcname, opc.opcdefault, amvalidate(opc.oid)
  FROM pg_opclass opc JOIN pg_am am ON am.oid = opc.opcmethod
 WHERE opc.opcintype = 'timestamptz_ns'::regtype
   AND opc.opcname !~ '_(minmax_multi|bloom)_ops$'  -- 14 and later: brin_multi
 ORDER BY 1, 2;
SELECT oprleft::regtype, oprname, oprright::regtype, oprresult::regtype, oprcom::regoperator,
       oprnegate::regoperator, oprcanmerge, oprcanhash
  FROM pg_operator
 WHERE 'timestamptz_ns'::regtype IN (oprleft, oprright)
 ORDER BY oprleft::regtype::text, oprname, oprright::regtype::text;

-- hash: the hash of int8 over the same bits; both support functions agree
SELECT timestamptz_ns_hash(t) = hashint8(epoch_ns(t)) AS same_as_int8,
       timestamptz_ns_hash_extended(t, 7) = hashint8extended(epoch_ns(t), 7) AS extended_same,
       timestamptz_ns_hash(t) = (timestamptz_ns_hash_extended(t, 0) & x'ffffffff'::bigint)::bit(32)::integer
         AS low_bits_agree
  FROM (VALUES ('2024-01-01 00:00:00.123456789+00'::timestamptz_ns), ('1901-01-01+00'),
               ('infinity'), ('-infinity')) v(t);

-- a second of events: 20000 rows 50 us apart, half of them a few ns off
-- the microsecond, plus duplicates
CREATE TABLE tsns_ev (t timestamptz_ns, n integer);
INSERT INTO tsns_ev SELECT '2024-03-10 06:59:59.5+00'::timestamptz_ns + i * interval '50 microseconds', i
  FROM generate_series(0, 19999) i;
UPDATE tsns_ev SET t = to_timestamptz_ns(epoch_ns(t) + n % 997) WHERE n % 2 = 0;
INSERT INTO tsns_ev SELECT t, n + 100000 FROM tsns_ev WHERE n % 5 = 0;
CREATE INDEX tsns_ev_bulk ON tsns_ev (t);
CREATE TABLE tsns_ev_rows (t timestamptz_ns, n integer);
CREATE INDEX tsns_ev_rows_t ON tsns_ev_rows (t);
INSERT INTO tsns_ev_rows SELECT t, n FROM tsns_ev ORDER BY md5(n::text);
-- vacuumed, so that plans do not depend on whether the visibility map is
-- set (PostgreSQL 19 sets it when a table is first read)
VACUUM ANALYZE tsns_ev;
VACUUM ANALYZE tsns_ev_rows;
SELECT bt_index_parent_check('tsns_ev_bulk', true, true);
SELECT bt_index_parent_check('tsns_ev_rows_t', true, true);

SET enable_seqscan = off;
SET enable_bitmapscan = off;
-- a range on the column's own type
EXPLAIN (COSTS OFF)
SELECT count(*) FROM tsns_ev WHERE t >= '2024-03-10 07:00:00+00' AND t < '2024-03-10 07:00:00.1+00';
SELECT count(*) FROM tsns_ev WHERE t >= '2024-03-10 07:00:00+00' AND t < '2024-03-10 07:00:00.1+00';
SELECT count(*) FROM tsns_ev_rows WHERE t >= '2024-03-10 07:00:00+00' AND t < '2024-03-10 07:00:00.1+00';
-- a range on timestamptz uses the same index
EXPLAIN (COSTS OFF)
SELECT count(*) FROM tsns_ev WHERE t > timestamptz '2024-03-10 07:00:00.5+00' - interval '100 milliseconds';
SELECT count(*) FROM tsns_ev WHERE t > timestamptz '2024-03-10 07:00:00.5+00' - interval '100 milliseconds';
EXPLAIN (COSTS OFF)
SELECT count(*) FROM tsns_ev WHERE t > now() - interval '1 hour';
-- nanosecond bounds are exact
SELECT count(*) FROM tsns_ev WHERE t = (SELECT t FROM tsns_ev WHERE n = 4);
SELECT n FROM tsns_ev WHERE t BETWEEN to_timestamptz_ns(epoch_ns((SELECT t FROM tsns_ev WHERE n = 4)))
                            AND to_timestamptz_ns(epoch_ns((SELECT t FROM tsns_ev WHERE n = 4)) + 1)
 ORDER BY n;
EXPLAIN (COSTS OFF) SELECT t FROM tsns_ev ORDER BY t DESC LIMIT 3;
SELECT t FROM tsns_ev ORDER BY t DESC LIMIT 3;
RESET enable_seqscan;
RESET enable_bitmapscan;

-- a sort is a sort of the integers
SET enable_indexscan = off;
SET enable_indexonlyscan = off;
SELECT count(*) AS out_of_order FROM (
  SELECT epoch_ns(t) AS e, lead(epoch_ns(t)) OVER (ORDER BY t) AS next_e FROM tsns_ev) s
 WHERE e > next_e;
RESET enable_indexscan;
RESET enable_indexonlyscan;

-- hash index
CREATE INDEX tsns_ev_hash ON tsns_ev USING hash (t);
SET enable_seqscan = off;
SET enable_bitmapscan = off;
DROP INDEX tsns_ev_bulk;
EXPLAIN (COSTS OFF) SELECT n FROM tsns_ev WHERE t = '2024-03-10 07:00:00.000000000+00';
SELECT n FROM tsns_ev WHERE t = (SELECT t FROM tsns_ev WHERE n = 10) ORDER BY n;
RESET enable_seqscan;
RESET enable_bitmapscan;

-- BRIN
CREATE TABLE tsns_ev_brin (t timestamptz_ns) WITH (fillfactor = 100);
INSERT INTO tsns_ev_brin SELECT t FROM tsns_ev ORDER BY t;
CREATE INDEX tsns_ev_brin_t ON tsns_ev_brin USING brin (t) WITH (pages_per_range = 2);
SET enable_seqscan = off;
EXPLAIN (COSTS OFF)
SELECT count(*) FROM tsns_ev_brin WHERE t >= '2024-03-10 07:00:00+00' AND t < '2024-03-10 07:00:00.1+00';
SELECT count(*) FROM tsns_ev_brin WHERE t >= '2024-03-10 07:00:00+00' AND t < '2024-03-10 07:00:00.1+00';
EXPLAIN (COSTS OFF)
SELECT count(*) FROM tsns_ev_brin WHERE t < timestamptz '2024-03-10 07:00:00+00';
SELECT count(*) FROM tsns_ev_brin WHERE t < timestamptz '2024-03-10 07:00:00+00';
RESET enable_seqscan;

-- hash and merge joins
SET enable_nestloop = off;
SET enable_mergejoin = off;
EXPLAIN (COSTS OFF) SELECT count(*) FROM tsns_ev a JOIN tsns_ev_rows b USING (t);
SELECT count(*) FROM tsns_ev a JOIN tsns_ev_rows b USING (t);
SET enable_hashjoin = off;
SET enable_mergejoin = on;
SELECT count(*) FROM tsns_ev a JOIN tsns_ev_rows b USING (t);
RESET enable_nestloop;
RESET enable_mergejoin;
RESET enable_hashjoin;

-- hash partitioning
CREATE TABLE tsns_hp (t timestamptz_ns) PARTITION BY HASH (t);
CREATE TABLE tsns_hp_0 PARTITION OF tsns_hp FOR VALUES WITH (MODULUS 4, REMAINDER 0);
CREATE TABLE tsns_hp_1 PARTITION OF tsns_hp FOR VALUES WITH (MODULUS 4, REMAINDER 1);
CREATE TABLE tsns_hp_2 PARTITION OF tsns_hp FOR VALUES WITH (MODULUS 4, REMAINDER 2);
CREATE TABLE tsns_hp_3 PARTITION OF tsns_hp FOR VALUES WITH (MODULUS 4, REMAINDER 3);
INSERT INTO tsns_hp SELECT t FROM tsns_ev;
SELECT count(*) AS partitions, bool_and(c BETWEEN 5500 AND 6500) AS even FROM
  (SELECT tableoid, count(*) AS c FROM tsns_hp GROUP BY tableoid) s;

-- window frames: RANGE BETWEEN interval PRECEDING AND CURRENT ROW
SELECT n, t, count(*) OVER w AS in_last_120us, min(n) OVER w AS first_n
  FROM tsns_ev WHERE n BETWEEN 0 AND 9
WINDOW w AS (ORDER BY t RANGE BETWEEN interval '120 microseconds' PRECEDING AND CURRENT ROW)
 ORDER BY t, n;
SELECT n, count(*) OVER (ORDER BY t RANGE BETWEEN CURRENT ROW AND interval '1 day' FOLLOWING)
  FROM (VALUES (1, '2024-01-01 00:00:00.000000001+00'::timestamptz_ns),
               (2, '2024-01-02 00:00:00.000000001+00'), (3, '2024-01-02 00:00:00.000000002+00'),
               (4, 'infinity')) v(n, t)
 ORDER BY n;
-- a negative offset is refused, as core refuses it (an error is expected)
SELECT count(*) OVER (ORDER BY t RANGE BETWEEN interval '-1 day' PRECEDING AND CURRENT ROW)
  FROM (VALUES ('2024-01-01+00'::timestamptz_ns)) v(t);

RESET TimeZone;
