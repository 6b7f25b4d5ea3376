--
-- timestamptz_ns(p): the precision modifier, p from 0 to 9, rounding as
-- timestamptz(p) rounds (half away from zero, counted from 2000-01-01), on
-- input, on assignment, by casts, in COPY (text and binary) and ALTER TYPE
--
SET TimeZone = 'UTC';
SELECT p, x AS rounded
  FROM (VALUES (0, '2024-03-05 06:07:08.5+00'::timestamptz_ns(0)),
               (1, '2024-03-05 06:07:08.15+00'::timestamptz_ns(1)),
               (3, '2024-03-05 06:07:08.1234999+00'::timestamptz_ns(3)),
               (6, '2024-03-05 06:07:08.1234565+00'::timestamptz_ns(6)),
               (7, '2024-03-05 06:07:08.12345675+00'::timestamptz_ns(7)),
               (8, '2024-03-05 06:07:08.123456785+00'::timestamptz_ns(8)),
               (9, '2024-03-05 06:07:08.123456789+00'::timestamptz_ns(9)),
               (3, '1999-12-31 23:59:59.9995+00'::timestamptz_ns(3)),
               (3, '1969-12-31 23:59:59.9995+00'::timestamptz_ns(3)),
               (0, 'infinity'::timestamptz_ns(0))) v(p, x);

-- beside core's timestamptz(p), p = 0 to 6, on 3,000 values to the
-- microsecond around 1970 and 2000, where halves round away from 2000
SELECT count(*) AS values,
       count(*) FILTER (WHERE x::timestamptz_ns(0)::timestamptz <> x::timestamptz(0)
                           OR x::timestamptz_ns(1)::timestamptz <> x::timestamptz(1)
                           OR x::timestamptz_ns(2)::timestamptz <> x::timestamptz(2)
                           OR x::timestamptz_ns(3)::timestamptz <> x::timestamptz(3)
                           OR x::timestamptz_ns(4)::timestamptz <> x::timestamptz(4)
                           OR x::timestamptz_ns(5)::timestamptz <> x::timestamptz(5)
                           OR x::timestamptz_ns(6)::timestamptz <> x::timestamptz(6)) AS unlike_core
  FROM (SELECT t + (n * 7919 % 2000001 - 1000000) * interval '1 microsecond' * (n % 5 * 1000 + 1)
          FROM generate_series(1, 1000) n,
               (VALUES (timestamptz '1970-01-01+00'), ('2000-01-01+00'), ('2024-03-05 06:07:08.5+00')) e(t)) v(x);

-- on assignment, in COPY text and binary, and in ALTER TABLE ... TYPE
CREATE TABLE tm (a timestamptz_ns(3), b timestamptz_ns, c timestamptz_ns(0));
INSERT INTO tm VALUES ('2024-03-05 06:07:08.123456789+00', '2024-03-05 06:07:08.123456789+00',
                       timestamptz '2024-03-05 06:07:08.5+00');
INSERT INTO tm SELECT b, b, b FROM tm;
\copy tm FROM stdin
2024-03-05 06:07:08.1239 PST	2024-03-05 06:07:08.123456789+00	2024-03-05 06:07:08.4999999+00
\.
\copy (SELECT b, b, b FROM tm) TO 'results/tsns_typmod.bin' WITH (FORMAT binary)
\copy tm FROM 'results/tsns_typmod.bin' WITH (FORMAT binary)
SELECT a, b, c FROM tm;
SELECT format_type(atttypid, atttypmod) FROM pg_attribute
 WHERE attrelid = 'tm'::regclass AND attnum > 0 ORDER BY attnum;
ALTER TABLE tm ALTER COLUMN b TYPE timestamptz_ns(1);
SELECT DISTINCT b FROM tm ORDER BY b;
DROP TABLE tm;

-- the limits, as core words them for timestamptz
SELECT '2024-01-01 00:00:00+00'::timestamptz_ns(10) AS reduced_to_9;
SELECT '2024-01-01 00:00:00+00'::timestamptz_ns(-1);
SELECT '2024-01-01 00:00:00+00'::timestamptz_ns(1, 2);
SELECT '2262-04-11 23:47:16.854775806+00'::timestamptz_ns(0);
SELECT '1677-09-21 00:12:43.145224193+00'::timestamptz_ns(0);
SELECT '1677-09-21 00:12:43.645224193+00'::timestamptz_ns(0) AS first_whole_second;
RESET TimeZone;
