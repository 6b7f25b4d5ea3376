-- test/citus.sh: the tables, the same on the plain server and the cluster
CREATE TABLE events (id ksuid PRIMARY KEY, at timestamptz_ns NOT NULL, note text, n int);
CREATE INDEX ON events (at);
CREATE TABLE by_time (at timestamptz_ns NOT NULL, id ksuid, v int);
CREATE INDEX ON by_time (at);
CREATE INDEX ON by_time USING hash (id);
CREATE INDEX ON by_time USING brin (at);
CREATE TABLE tags (note text, tag text);
CREATE TABLE event_notes (note text, id ksuid, at timestamptz_ns);
