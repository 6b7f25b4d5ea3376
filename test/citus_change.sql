-- test/citus.sh: the same changes on both (immutable expressions: Citus
-- refuses STABLE functions of columns in a distributed UPDATE)
UPDATE events SET at = to_timestamptz_ns(epoch_ns(at) + 1), note = note || ' changed' WHERE n % 7 = 0;
DELETE FROM events WHERE n % 11 = 0;
UPDATE by_time SET v = v + 1 WHERE v % 3 = 0;
DELETE FROM by_time WHERE v % 13 = 0;
INSERT INTO events VALUES (ksuid_max(), 'infinity', 'max', -1), (ksuid_nil(), '-infinity', 'nil', -2);
