--
-- timestamptz_ns: every row of the Go reference vectors
-- (test/vectors/tsns.tsv: epoch_ns, utc, new_york, rfc3339nano, note)
--
CREATE TEMP TABLE tv (epoch_ns bigint, utc text, new_york text, rfc3339nano text, note text);
\copy tv FROM 'test/vectors/tsns.tsv' WITH (FORMAT csv, DELIMITER E'\t', HEADER true)
SELECT count(*) AS vectors, count(DISTINCT note) AS kinds FROM tv;
SELECT note, count(*) FROM tv GROUP BY note ORDER BY note;

-- each check lists the rows that fail it: every result below must be empty

-- output in UTC
SET TimeZone = 'UTC';
SELECT epoch_ns, utc, to_timestamptz_ns(epoch_ns)::text AS got FROM tv
 WHERE to_timestamptz_ns(epoch_ns)::text <> utc;
-- input of the RFC 3339 form, in any session zone
SELECT epoch_ns, rfc3339nano FROM tv WHERE epoch_ns(rfc3339nano::timestamptz_ns) <> epoch_ns;
-- input of the printed forms
SELECT epoch_ns, utc FROM tv WHERE epoch_ns(utc::timestamptz_ns) <> epoch_ns;
SELECT epoch_ns, new_york FROM tv WHERE epoch_ns(new_york::timestamptz_ns) <> epoch_ns;

-- output in New York
SET TimeZone = 'America/New_York';
SELECT epoch_ns, new_york, to_timestamptz_ns(epoch_ns)::text AS got FROM tv
 WHERE to_timestamptz_ns(epoch_ns)::text <> new_york;
SELECT epoch_ns, rfc3339nano FROM tv WHERE epoch_ns(rfc3339nano::timestamptz_ns) <> epoch_ns;
-- text round trip in the session zone, also through the zone-less local form
SELECT epoch_ns FROM tv
 WHERE to_timestamptz_ns(epoch_ns)::text::timestamptz_ns <> to_timestamptz_ns(epoch_ns);
SELECT epoch_ns FROM tv
 WHERE epoch_ns(left(new_york, 29)::timestamptz_ns) <> epoch_ns
   AND note NOT LIKE 'dst%';
-- the same instants in rows: ordering by value is ordering by epoch_ns
SELECT count(*) AS out_of_order FROM (
  SELECT epoch_ns, lead(epoch_ns) OVER (ORDER BY to_timestamptz_ns(epoch_ns)) AS next FROM tv) s
 WHERE epoch_ns >= next;

-- a few rows in full
SELECT to_timestamptz_ns(epoch_ns), note FROM tv WHERE note LIKE 'range%' ORDER BY epoch_ns;
RESET TimeZone;
