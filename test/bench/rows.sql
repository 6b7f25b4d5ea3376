-- Row packing: what a row of each layout costs, on :rows real rows.
-- Nothing here is timed.  pg_column_size(t.*) is the row's data with its
-- 24-byte tuple header; on a heap page each tuple is then rounded up to 8
-- bytes and has a 4-byte line pointer, which the table sizes include.
CREATE TABLE rows_src AS
SELECT gen_ksuid(timestamptz '2020-01-01+00' + random() * interval '1500 days') AS id,
       to_timestamptz_ns(1577836800000000000 + (random() * 1.3e17)::bigint) AS at,
       (random() * 1e6)::int AS n
  FROM generate_series(1, :rows);
CREATE TABLE rows_ksuid_at (id ksuid, at timestamptz_ns);
CREATE TABLE rows_at_ksuid (at timestamptz_ns, id ksuid);
CREATE TABLE rows_ksuid_at_int (id ksuid, at timestamptz_ns, n int);
CREATE TABLE rows_at_int_ksuid (at timestamptz_ns, n int, id ksuid);
CREATE TABLE rows_uuid_at (id uuid, at timestamptz);
CREATE TABLE rows_text_at (id text, at timestamptz);
INSERT INTO rows_ksuid_at SELECT id, at FROM rows_src;
INSERT INTO rows_at_ksuid SELECT at, id FROM rows_src;
INSERT INTO rows_ksuid_at_int SELECT id, at, n FROM rows_src;
INSERT INTO rows_at_int_ksuid SELECT at, n, id FROM rows_src;
INSERT INTO rows_uuid_at SELECT encode(ksuid_payload(id), 'hex')::uuid, at FROM rows_src;
INSERT INTO rows_text_at SELECT id::text, at FROM rows_src;
VACUUM FREEZE rows_ksuid_at, rows_at_ksuid, rows_ksuid_at_int, rows_at_int_ksuid, rows_uuid_at, rows_text_at;

\echo
\echo 'row packing: bytes per row (pg_column_size of the row) and the table of all rows'
SELECT layout AS "columns, in order", row_bytes AS "row bytes",
       pg_size_pretty(pg_relation_size(tab)) AS "table",
       round(pg_relation_size(tab)::numeric / :rows, 1) AS "table bytes per row"
  FROM (VALUES
	(1, '(id ksuid, at timestamptz_ns)', 'rows_ksuid_at'::regclass,
	 (SELECT max(pg_column_size(t.*)) FROM rows_ksuid_at t)),
	(2, '(at timestamptz_ns, id ksuid)', 'rows_at_ksuid'::regclass,
	 (SELECT max(pg_column_size(t.*)) FROM rows_at_ksuid t)),
	(3, '(id ksuid, at timestamptz_ns, n int)', 'rows_ksuid_at_int'::regclass,
	 (SELECT max(pg_column_size(t.*)) FROM rows_ksuid_at_int t)),
	(4, '(at timestamptz_ns, n int, id ksuid)', 'rows_at_int_ksuid'::regclass,
	 (SELECT max(pg_column_size(t.*)) FROM rows_at_int_ksuid t)),
	(5, '(id uuid, at timestamptz)', 'rows_uuid_at'::regclass,
	 (SELECT max(pg_column_size(t.*)) FROM rows_uuid_at t)),
	(6, '(id text, at timestamptz), the ksuid as text', 'rows_text_at'::regclass,
	 (SELECT max(pg_column_size(t.*)) FROM rows_text_at t))
  ) v(ord, layout, tab, row_bytes)
 ORDER BY ord;
DROP TABLE rows_src, rows_ksuid_at, rows_at_ksuid, rows_ksuid_at_int, rows_at_int_ksuid, rows_uuid_at, rows_text_at;
