-- Aggregates that run in parts (combine functions): with 2 parallel
-- workers against none, on one server, and min/max against the built-in
-- types' on the same data (bk, bt), without an index.  0.2's min/max
-- (a state of the type itself, no combine step: what Citus would push down
-- by name too, but no parallel plan) are made again here to compare.
CREATE AGGREGATE min_02(ksuid) (SFUNC = ksuid_smaller, STYPE = ksuid, SORTOP = <);
CREATE AGGREGATE max_02(ksuid) (SFUNC = ksuid_larger, STYPE = ksuid, SORTOP = >);
CREATE AGGREGATE min_02(timestamptz_ns) (SFUNC = timestamptz_ns_smaller, STYPE = timestamptz_ns, SORTOP = <);
CREATE AGGREGATE max_02(timestamptz_ns) (SFUNC = timestamptz_ns_larger, STYPE = timestamptz_ns, SORTOP = >);
INSERT INTO bench_case (name, a_label, b_label, target, prep, a_sql, b_sql, post) VALUES
('ksuid_compress, 2 parallel workers', '2 workers', 'none', 1.00, NULL,
 'SELECT bench_workers(2, ''SELECT length(ksuid_compress(k)) FROM bk'')',
 'SELECT bench_workers(0, ''SELECT length(ksuid_compress(k)) FROM bk'')', NULL),
('min/max(ksuid), 2 parallel workers', '2 workers', 'none', 1.00, NULL,
 'SELECT bench_workers(2, ''SELECT min(k), max(k) FROM bk'')',
 'SELECT bench_workers(0, ''SELECT min(k), max(k) FROM bk'')', NULL),
('min/max(ksuid) vs 0.2''s', '0.3', '0.2', NULL, NULL,
 'SELECT bench_workers(0, ''SELECT min(k), max(k) FROM bk'')',
 'SELECT bench_workers(0, ''SELECT min_02(k), max_02(k) FROM bk'')', NULL),
('min/max(timestamptz_ns) vs 0.2''s', '0.3', '0.2', NULL, NULL,
 'SELECT bench_workers(0, ''SELECT min(t), max(t) FROM bt'')',
 'SELECT bench_workers(0, ''SELECT min_02(t), max_02(t) FROM bt'')', NULL),
('min/max(timestamptz_ns) vs timestamptz', 'timestamptz_ns', 'timestamptz', 1.20, NULL,
 'SELECT bench_workers(0, ''SELECT min(t), max(t) FROM bt'')',
 'SELECT bench_workers(0, ''SELECT min(tz), max(tz) FROM bt'')', NULL);
