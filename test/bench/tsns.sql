-- timestamptz_ns against timestamptz on the same instants: a year of
-- events at whole microseconds (so that both types hold the same values),
-- in random order
CREATE TABLE bt AS
SELECT t, t::timestamptz AS tz
  FROM (SELECT to_timestamptz_ns(1704067200000000000 + (random() * 31536000000000)::bigint * 1000) AS t
          FROM generate_series(1, :rows)) s;
VACUUM FREEZE ANALYZE bt;
SET TimeZone = 'UTC';
\set nsfile :dir '/tsns.txt'
\set tzfile :dir '/timestamptz.txt'
-- ISO 8601 text with an offset, the form events arrive in
COPY (SELECT to_char(tz, 'YYYY-MM-DD"T"HH24:MI:SS.US"+00:00"') FROM bt) TO :'tzfile';
COPY (SELECT to_char(tz, 'YYYY-MM-DD"T"HH24:MI:SS.US"+00:00"') FROM bt) TO :'nsfile';
CREATE UNLOGGED TABLE bt_in_ns (t timestamptz_ns);
CREATE UNLOGGED TABLE bt_in_tz (t timestamptz);

INSERT INTO bench_case (name, a_label, b_label, target, prep, a_sql, b_sql, post) VALUES
('text output, TimeZone UTC', 'timestamptz_ns', 'timestamptz', 0.75, 'SET TimeZone = ''UTC''',
 'COPY (SELECT t FROM bt) TO ''/dev/null''', 'COPY (SELECT tz FROM bt) TO ''/dev/null''', NULL),
('text output, TimeZone America/New_York', 'timestamptz_ns', 'timestamptz', 0.75,
 'SET TimeZone = ''America/New_York''',
 'COPY (SELECT t FROM bt) TO ''/dev/null''', 'COPY (SELECT tz FROM bt) TO ''/dev/null''', NULL),
('text input, ISO 8601 (COPY FROM)', 'timestamptz_ns', 'timestamptz', 0.50, 'SET TimeZone = ''UTC''',
 format('COPY bt_in_ns FROM %L', :'nsfile'), format('COPY bt_in_tz FROM %L', :'tzfile'),
 'TRUNCATE bt_in_ns, bt_in_tz'),
('timestamptz_ns ORDER BY', 'timestamptz_ns', 'timestamptz', 1.00, NULL,
 'SELECT t FROM bt ORDER BY t OFFSET 100000000', 'SELECT tz FROM bt ORDER BY tz OFFSET 100000000', NULL),
('timestamptz_ns btree index build', 'timestamptz_ns', 'timestamptz', 1.00, NULL,
 'CREATE INDEX bt_t ON bt (t)', 'CREATE INDEX bt_tz ON bt (tz)',
 'DROP INDEX IF EXISTS bt_t; DROP INDEX IF EXISTS bt_tz'),
('to_char, ISO pattern, New York', 'timestamptz_ns', 'timestamptz', 1.00, 'SET TimeZone = ''America/New_York''',
 'SELECT count(to_char(t, ''YYYY-MM-DD HH24:MI:SS.US TZH'')) FROM bt',
 'SELECT count(to_char(tz, ''YYYY-MM-DD HH24:MI:SS.US TZH'')) FROM bt', NULL),
('to_json, New York', 'timestamptz_ns', 'timestamptz', 1.00, 'SET TimeZone = ''America/New_York''',
 'SELECT count(to_json(t)) FROM bt', 'SELECT count(to_json(tz)) FROM bt', NULL),
('AT TIME ZONE, Europe/Paris', 'timestamptz_ns', 'timestamptz', 1.00, NULL,
 'SELECT count(t AT TIME ZONE ''Europe/Paris'') FROM bt',
 'SELECT count(tz AT TIME ZONE ''Europe/Paris'') FROM bt', NULL),
('EXTRACT(epoch)', 'timestamptz_ns', 'timestamptz', 1.00, NULL,
 'SELECT count(EXTRACT(epoch FROM t)) FROM bt', 'SELECT count(EXTRACT(epoch FROM tz)) FROM bt', NULL);
RESET TimeZone;
