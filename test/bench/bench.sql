-- fastevent benchmark: the harness.  bench.sh runs it, then each suite
-- (ksuid.sql, ...), which adds data and cases, then run.sql.
--
-- Each case times statement A (fastevent) and statement B (the built-in)
-- on the same data, alternating which goes first, for :rounds rounds, and
-- reports the median of the per-round time ratios A/B with their range.
\set ON_ERROR_STOP 1
\pset footer off
SET client_min_messages = warning;
SET max_parallel_workers_per_gather = 0;
SET max_parallel_maintenance_workers = 0;
SET work_mem = '1GB';
SET maintenance_work_mem = '1GB';
SET jit = off;
-- every case reads whole tables: no index left behind by one case may serve another
SET enable_indexscan = off;
SET enable_indexonlyscan = off;
SET enable_bitmapscan = off;

CREATE EXTENSION IF NOT EXISTS fastevent;

CREATE TABLE bench_case (
	ord serial, name text, a_label text, b_label text, target float8,
	prep text, a_sql text, b_sql text, post text,
	bytes bigint);	-- bytes each statement hashes, for a throughput figure
CREATE TABLE bench_result (ord int, round int, a_ms float8, b_ms float8);

-- Run sql and return its elapsed time in milliseconds.
CREATE FUNCTION bench_time(sql text) RETURNS float8 LANGUAGE plpgsql AS $$
DECLARE
	t0 timestamptz;
BEGIN
	t0 := clock_timestamp();
	EXECUTE sql;
	RETURN extract(epoch FROM clock_timestamp() - t0) * 1000;
END $$;

-- Time one statement of a case, with its prep before and its post after.
CREATE FUNCTION bench_side(c bench_case, sql text) RETURNS float8 LANGUAGE plpgsql AS $$
DECLARE
	ms float8;
BEGIN
	IF c.prep IS NOT NULL THEN EXECUTE c.prep; END IF;
	ms := bench_time(sql);
	IF c.post IS NOT NULL THEN EXECUTE c.post; END IF;
	RETURN ms;
END $$;

-- Time one round of one case; even rounds run B first.
CREATE FUNCTION bench_round(c bench_case, r int) RETURNS void LANGUAGE plpgsql AS $$
DECLARE
	a float8;
	b float8;
BEGIN
	IF r % 2 = 0 THEN
		b := bench_side(c, c.b_sql);
		a := bench_side(c, c.a_sql);
	ELSE
		a := bench_side(c, c.a_sql);
		b := bench_side(c, c.b_sql);
	END IF;
	INSERT INTO bench_result VALUES (c.ord, r, a, b);
END $$;

-- Run sql with max_parallel_workers_per_gather = workers, parallel plans
-- made cheap so that the planner takes them whenever it can (the one
-- setting the two sides of a parallel case differ in).
CREATE FUNCTION bench_workers(workers int, sql text) RETURNS void LANGUAGE plpgsql AS $$
BEGIN
	PERFORM set_config('max_parallel_workers_per_gather', workers::text, true);
	PERFORM set_config('parallel_setup_cost', '0', true);
	PERFORM set_config('parallel_tuple_cost', '0', true);
	EXECUTE sql;
	PERFORM set_config('max_parallel_workers_per_gather', '0', true);
END $$;
