#!/bin/sh
# citus.sh: fastevent on Citus against one server and against the
# built-in types, for make bench (docs/performance.md, "Citus").  Runs in a
# throwaway cluster of tools/cituscluster.sh (a coordinator and two workers
# on this machine, 8 shards a table) beside a plain server.  Asserts nothing.
#   BENCH_ROWS (default 1000000), BENCH_ROUNDS (default 5)
# Each case runs A and B alternately, BENCH_ROUNDS times, and prints the
# median time ratio A/B with its range, and the median times.
set -eu
cd "$(dirname "$0")/../.."
if [ -z "${CITUS_COORD:-}" ]; then
	exec sh tools/cituscluster.sh sh test/bench/citus.sh
fi
rows=${BENCH_ROWS:-1000000}
rounds=${BENCH_ROUNDS:-5}
dir=$PGHOST
export PGOPTIONS="-c client_min_messages=warning"
port_of() { case $1 in coord) echo $CITUS_COORD ;; w1) echo $CITUS_W1 ;; w2) echo $CITUS_W2 ;; single) echo $CITUS_SINGLE ;; esac; }
q() { n=$1; shift; psql -X -q -A -t -v ON_ERROR_STOP=1 -p "$(port_of $n)" "$@"; }
# ms NODE SQL: the statement's time in milliseconds (after SETUP, if set)
ms() {
	psql -X -q -v ON_ERROR_STOP=1 -p "$(port_of $1)" -c "${setup:-SELECT 1}" -c '\timing on' -c "$2" |
		sed -n 's/^Time: \([0-9.]*\) ms.*/\1/p' | tail -n 1
}

q coord -c "CREATE EXTENSION citus" -c "SELECT citus_set_coordinator_host('$dir', $CITUS_COORD)" >/dev/null
for n in w1 w2; do q $n -c "CREATE EXTENSION citus"; done
q coord -c "SELECT citus_add_node('$dir', $CITUS_W1)" -c "SELECT citus_add_node('$dir', $CITUS_W2)" >/dev/null
q coord -c "CREATE EXTENSION fastevent"
q single -c "CREATE EXTENSION fastevent"
echo "fastevent on Citus: $rows events, $rounds rounds, $("$PG_CONFIG" --version), Citus $(q coord -c "SELECT extversion FROM pg_extension WHERE extname = 'citus'"), $(nproc) cores"

# the events: random times over 1500 days; the uuid holds the ksuid's
# payload, the timestamptz its time to the microsecond
q single -c "CREATE TABLE src AS
	SELECT k, encode(ksuid_payload(k), 'hex')::uuid AS u, t, t::timestamptz AS tz, 'note ' || (g % 100) AS note
	  FROM (SELECT g, gen_ksuid(timestamptz '2020-01-01+00' + random() * interval '1500 days') AS k,
	               to_timestamptz_ns(1577836800000000000 + (random() * 1500 * 86400e9)::bigint / 1000 * 1000) AS t
	          FROM generate_series(1, $rows) g) s" \
	-c "COPY (SELECT k, t, note FROM src) TO '$dir/k.copy'" \
	-c "COPY (SELECT u, tz, note FROM src) TO '$dir/u.copy'"
tables="CREATE TABLE ek (id ksuid PRIMARY KEY, at timestamptz_ns NOT NULL, note text);
	CREATE INDEX ON ek (at);
	CREATE TABLE eu (id uuid PRIMARY KEY, at timestamptz NOT NULL, note text);
	CREATE INDEX ON eu (at);"
q single -c "$tables"
q coord -c "$tables" -c "SELECT create_distributed_table('ek', 'id')" -c "SELECT create_distributed_table('eu', 'id')" >/dev/null

# case NAME A_LABEL B_LABEL A_NODE A_SQL B_NODE B_SQL [PREP]: time A and B
# alternately (PREP, a statement, before each), one line of results
results=$(mktemp "$dir/results.XXXXXX")
case_() {
	name=$1 al=$2 bl=$3 an=$4 asql=$5 bn=$6 bsql=$7 prep=${8:-}
	: >"$results.case"
	r=1
	while [ $r -le "$rounds" ]; do
		if [ $((r % 2)) -eq 1 ]; then
			[ -z "$prep" ] || { q $an -c "$prep"; q $bn -c "$prep"; }
			a=$(ms $an "$asql"); b=$(ms $bn "$bsql")
		else
			[ -z "$prep" ] || { q $an -c "$prep"; q $bn -c "$prep"; }
			b=$(ms $bn "$bsql"); a=$(ms $an "$asql")
		fi
		echo "$a $b" >>"$results.case"
		r=$((r + 1))
	done
	awk -v name="$name" -v lab="$al / $bl" '
		{ ra[NR] = $1 / $2; ta[NR] = $1; tb[NR] = $2 }
		function median(v, n,   i, j, t) {
			for (i = 1; i <= n; i++) for (j = i + 1; j <= n; j++) if (v[j] < v[i]) { t = v[i]; v[i] = v[j]; v[j] = t }
			return n % 2 ? v[(n + 1) / 2] : (v[n / 2] + v[n / 2 + 1]) / 2
		}
		END {
			n = NR; lo = ra[1]; hi = ra[1]
			for (i = 1; i <= n; i++) { if (ra[i] < lo) lo = ra[i]; if (ra[i] > hi) hi = ra[i] }
			printf "%-44s %-34s %.3f [%.3f - %.3f]  %8.1f %8.1f\n", name, lab, median(ra, n), lo, hi, median(ta, n), median(tb, n)
		}' "$results.case" | tee -a "$results"
}

echo
printf '%-44s %-34s %-22s  %8s %8s\n' "case" "A / B" "ratio A/B [min - max]" "A ms" "B ms"
trunc="TRUNCATE ek, eu"
case_ "COPY of the events, Citus / one server" "Citus" "one server" \
	coord "COPY ek FROM '$dir/k.copy'" single "COPY ek FROM '$dir/k.copy'" "$trunc"
case_ "COPY of the events into Citus" "ksuid, timestamptz_ns" "uuid, timestamptz" \
	coord "COPY ek FROM '$dir/k.copy'" coord "COPY eu FROM '$dir/u.copy'" "$trunc"
for n in coord single; do
	q $n -c "TRUNCATE ek, eu" -c "COPY ek FROM '$dir/k.copy'" -c "COPY eu FROM '$dir/u.copy'" -c "VACUUM ANALYZE ek" -c "VACUUM ANALYZE eu"
done

# min/max: each worker's index; uuid has no min() on 15 or 18 (core adds
# it after 19): there ORDER BY ... LIMIT 1, which Citus sends to every
# shard the same way
if [ -n "$(q coord -c "SELECT to_regprocedure('min(uuid)')")" ]; then
	umin="SELECT min(id), max(id) FROM eu"
else
	umin="SELECT (SELECT id FROM eu ORDER BY id LIMIT 1), (SELECT id FROM eu ORDER BY id DESC LIMIT 1)"
fi
case_ "min/max of the ID on Citus" "ksuid" "uuid" \
	coord "SELECT min(id), max(id) FROM ek" coord "$umin"
case_ "min/max of the time on Citus" "timestamptz_ns" "timestamptz" \
	coord "SELECT min(at), max(at) FROM ek" coord "SELECT min(at), max(at) FROM eu"
case_ "min/max of the ID, Citus / one server" "Citus" "one server" \
	coord "SELECT min(id), max(id) FROM ek" single "SELECT min(id), max(id) FROM ek"

# ksuid_compress: a per-shard stage on the workers, merged on the
# coordinator; against the same on one server (no parallel workers there)
setup="SET max_parallel_workers_per_gather = 0"
case_ "ksuid_compress of all, Citus / one server" "Citus" "one server" \
	coord "SELECT length(ksuid_compress(id)) FROM ek" single "SELECT length(ksuid_compress(id)) FROM ek"
case_ "ksuid_compress by note, Citus / one server" "Citus" "one server" \
	coord "SELECT sum(length(s)) FROM (SELECT ksuid_compress(id) s FROM ek GROUP BY note) x" \
	single "SELECT sum(length(s)) FROM (SELECT ksuid_compress(id) s FROM ek GROUP BY note) x"
setup=""
# 0.2's aggregate (no combine step: Citus gathers every row on the
# coordinator), made again from the same library to compare
for n in coord single; do
	q $n -c "CREATE FUNCTION compress_02_trans(internal, ksuid) RETURNS internal AS '\$libdir/fastevent', 'ksuid_compress_trans' LANGUAGE C" \
		-c "CREATE FUNCTION compress_02_final(internal) RETURNS bytea AS '\$libdir/fastevent', 'ksuid_compress_final' LANGUAGE C" \
		-c "CREATE AGGREGATE compress_02(ksuid) (SFUNC = compress_02_trans, STYPE = internal, FINALFUNC = compress_02_final)" >/dev/null
done
case_ "ksuid_compress on Citus, 0.3 / 0.2" "0.3" "0.2" \
	coord "SELECT length(ksuid_compress(id)) FROM ek" coord "SELECT length(compress_02(id)) FROM ek"

echo
echo "sizes of the events (heap and indexes, all shards), Citus / one server:"
q coord -c "SELECT 'ksuid, timestamptz_ns: ' || pg_size_pretty(citus_total_relation_size('ek')) || ', uuid, timestamptz: ' || pg_size_pretty(citus_total_relation_size('eu'))"
q single -c "SELECT 'ksuid, timestamptz_ns: ' || pg_size_pretty(pg_total_relation_size('ek')) || ', uuid, timestamptz: ' || pg_size_pretty(pg_total_relation_size('eu'))"
q coord -c "CREATE EXTENSION IF NOT EXISTS citus_columnar" \
	-c "CREATE TABLE ek_col (id ksuid, at timestamptz_ns, note text) USING columnar" \
	-c "SELECT create_distributed_table('ek_col', 'id')" \
	-c "INSERT INTO ek_col SELECT * FROM ek" \
	-c "CREATE TABLE eu_col (id uuid, at timestamptz, note text) USING columnar" \
	-c "SELECT create_distributed_table('eu_col', 'id')" \
	-c "INSERT INTO eu_col SELECT * FROM eu" >/dev/null
q coord -c "SELECT 'columnar (zstd): ksuid, timestamptz_ns: ' || pg_size_pretty(citus_table_size('ek_col')) || ', uuid, timestamptz: ' || pg_size_pretty(citus_table_size('eu_col'))"
