#!/bin/sh
# citus.sh: fastevent on a throwaway Citus cluster (make test-citus).
#
# A coordinator and two workers, and a plain server holding the same rows,
# all made here with initdb, listening only on unix sockets in a new
# temporary directory, and removed at the end: nothing of the machine's own
# servers is touched.  Checks what scale-out users rely on: the extension
# reaches every node (also one added later); tables distribute by a ksuid,
# by a timestamptz_ns and co-located by text, every row in its shard and
# an ID in the same shard on every node; point queries route to one shard;
# fastevent's functions run on the workers; min/max are answered from each
# worker's index and ksuid_compress runs a per-shard stage; answers equal
# the plain server's (before and after UPDATE/DELETE and a shard move) and
# the Go reference's compressed sets; time partitions by timestamptz_ns;
# columnar; a shard move under concurrent inserts loses nothing.
#
# The cluster is tools/cituscluster.sh's: Citus from pg_config's
# installation, or built from CITUS_SRC=<archive>.  Prints
# "citus: N passed, N failed" and exits non-zero on a failure.
set -eu
here=$(cd "$(dirname "$0")" && pwd)
top=$(cd "$here/.." && pwd)
rows=${CITUS_ROWS:-100000}
cd "$top"
if [ -z "${CITUS_COORD:-}" ]; then
	exec sh tools/cituscluster.sh sh test/citus.sh
fi
dir=$PGHOST
bindir=$("$PG_CONFIG" --bindir)
port_of() {
	case $1 in coord) echo $CITUS_COORD ;; w1) echo $CITUS_W1 ;; w2) echo $CITUS_W2 ;; single) echo $CITUS_SINGLE ;; esac
}
writer=""
trap '[ -z "$writer" ] || kill "$writer" 2>/dev/null || true' EXIT

export PGOPTIONS="-c client_min_messages=warning"
q() {	# q NODE SQL...: the rows, unaligned, errors fatal
	n=$1; shift
	psql -X -q -A -t -v ON_ERROR_STOP=1 -p "$(port_of $n)" "$@"
}
passed=0 failed=0
check() {	# check NAME WANT GOT
	if [ "$2" = "$3" ]; then
		passed=$((passed + 1))
		echo "ok      $1"
	else
		failed=$((failed + 1))
		echo "FAILED  $1"
		echo "  want: $2" | head -n 20
		echo "  got:  $3" | head -n 20
	fi
}
contains() {	# contains NAME TEXT PATTERN: TEXT has a line matching PATTERN
	if printf '%s\n' "$2" | grep -Eq "$3"; then check "$1" yes yes
	else check "$1" "a plan with /$3/" "$2"; fi
}
echo "citus: $("$bindir/postgres" --version), Citus $(q single -c "SELECT default_version FROM pg_available_extensions WHERE name = 'citus'" 2>/dev/null || echo '?'), in $dir"

# propagation: the coordinator and one worker first; the extension created
# on the coordinator reaches it, and a worker added later
q coord -c "CREATE EXTENSION citus" -c "SELECT citus_set_coordinator_host('$dir', $CITUS_COORD)" >/dev/null
for n in w1 w2; do q $n -c "CREATE EXTENSION citus"; done
q coord -c "SELECT citus_add_node('$dir', $CITUS_W1)" >/dev/null
# created at the last release, with a distributed table, then updated on
# the coordinator: every node updates, and min/max go to the workers since
ver=$(q coord -c "SELECT default_version FROM pg_available_extensions WHERE name = 'fastevent'")
prev=$(q coord -c "SELECT max(version COLLATE \"C\") FROM pg_available_extension_versions WHERE name = 'fastevent' AND version <> '$ver'")
q coord -c "CREATE EXTENSION fastevent VERSION '$prev'"
check "CREATE EXTENSION reaches the worker" "$prev" "$(q w1 -c "SELECT extversion FROM pg_extension WHERE extname = 'fastevent'")"
q coord -c "CREATE TABLE upd (id ksuid PRIMARY KEY)" -c "SELECT create_distributed_table('upd', 'id')" \
	-c "INSERT INTO upd SELECT gen_ksuid() FROM generate_series(1, 1000)" >/dev/null
before=$(q coord -c "SELECT min(id) || ' ' || max(id) FROM upd")
q coord -c "ALTER EXTENSION fastevent UPDATE"
check "ALTER EXTENSION UPDATE from $prev reaches every node" "$ver $ver $ver" \
	"$(for n in coord w1; do q $n -c "SELECT extversion FROM pg_extension WHERE extname = 'fastevent'"; done | tr '\n' ' ')$ver"
check "... and the same min/max after it" "$before" "$(q coord -c "SELECT min(id) || ' ' || max(id) FROM upd")"
contains "... now sent to the workers as min/max" "$(q coord -c "EXPLAIN (VERBOSE, COSTS OFF) SELECT min(id) FROM upd")" \
	"Query: SELECT (public\.)?min\(id\) AS min FROM"
q coord -c "DROP TABLE upd"
q coord -c "SELECT citus_add_node('$dir', $CITUS_W2)" >/dev/null
check "a worker added later gets it" "$ver" "$(q w2 -c "SELECT extversion FROM pg_extension WHERE extname = 'fastevent'")"
q single -c "CREATE EXTENSION fastevent"

# the same rows on both: made on the plain server, copied to the cluster
q single -v rows="$rows" -f "$here/citus_data.sql"
for t in events by_time tags event_notes; do
	q single -c "\\copy $t TO '$dir/$t.copy' WITH (FORMAT binary)"
done
q coord -f "$here/citus_schema.sql" >/dev/null
for t in events by_time tags event_notes; do
	q coord -c "\\copy $t FROM '$dir/$t.copy' WITH (FORMAT binary)"
done
q coord -c "ANALYZE"

# distribution: every row in the shard its hash says, on every shard
check "tables distributed by ksuid, timestamptz_ns, text (co-located)" \
	"by_time timestamptz_ns|event_notes text|events ksuid|tags text|event_notes with tags" \
	"$(q coord -c "SELECT table_name || ' ' || (SELECT atttypid::regtype FROM pg_attribute WHERE attrelid = table_name AND attname = distribution_column) FROM citus_tables ORDER BY 1" | tr '\n' '|')event_notes with $(q coord -c "SELECT t2.logicalrelid FROM pg_dist_partition t1, pg_dist_partition t2 WHERE t1.logicalrelid = 'event_notes'::regclass AND t2.colocationid = t1.colocationid AND t2.logicalrelid <> t1.logicalrelid")"
for t in events:id by_time:at; do
	tab=${t%%:*} col=${t#*:}
	check "$tab: every row in its shard" "0" "$(q coord -c "
		SELECT sum(result::bigint) FROM run_command_on_shards('$tab',
		  \$\$SELECT count(*) FROM %s x
		     WHERE get_shard_id_for_distribution_column('$tab', x.$col)::text
		           <> substring(x.tableoid::regclass::text FROM '_([0-9]+)\$')\$\$)")"
done
ids="SELECT md5(string_agg(get_shard_id_for_distribution_column('events', id)::text, ',' ORDER BY id)) FROM (SELECT id FROM events ORDER BY id LIMIT 500) s"
want=$(q coord -c "$ids")
check "an ID maps to the same shard on every node" "$want $want" \
	"$(q w1 -c "$ids") $(q w2 -c "$ids")"

check "events: IDs spread evenly (every shard within 10% of the mean)" "8 8" \
	"$(q coord -c "SELECT count(*) || ' ' || count(*) FILTER (WHERE n BETWEEN 0.9 * avg_n AND 1.1 * avg_n)
	                 FROM (SELECT shardid, count(*) AS n FROM (SELECT get_shard_id_for_distribution_column('events', id) AS shardid FROM events) s GROUP BY shardid) c,
	                      (SELECT count(*) / 8.0 AS avg_n FROM events) a")"

# routing: a point query goes to one shard
one=$(q coord -c "SELECT id FROM events ORDER BY id OFFSET 77 LIMIT 1")
at=$(q coord -c "SELECT at FROM by_time ORDER BY at OFFSET 77 LIMIT 1")
contains "WHERE id = ... routes to one shard" \
	"$(q coord -c "EXPLAIN (COSTS OFF) SELECT * FROM events WHERE id = '$one'")" "Task Count: 1$"
contains "WHERE at = ... routes to one shard" \
	"$(q coord -c "EXPLAIN (COSTS OFF) SELECT * FROM by_time WHERE at = '$at'")" "Task Count: 1$"
contains "fastevent functions run on the workers" \
	"$(q coord -c "EXPLAIN (VERBOSE, COSTS OFF) SELECT date_trunc('hour', at), count(*) FROM events WHERE ksuid_time(id) > '2024-01-01' AND fasthash_fnv1a_64(note) <> 0 GROUP BY 1")" \
	"Query: SELECT .*date_trunc.*ksuid_time.*fasthash_fnv1a_64"

# min/max: each worker's btree index answers min(col) (Citus knows the
# aggregates by name: an internal state); ksuid_compress: a per-shard stage
for e in "events id" "by_time at"; do
	set -- $e
	plan=$(q coord -c "SET citus.explain_all_tasks = on" -c "EXPLAIN (VERBOSE, COSTS OFF) SELECT min($2), max($2) FROM $1")
	contains "min/max($2) sent to the workers as min/max" "$plan" "Query: SELECT (public\.)?min\($2\) AS min, (public\.)?max\($2\) AS max FROM"
	check "min/max($2): an index scan on every shard, no seq scan" "16 0" \
		"$(printf '%s\n' "$plan" | grep -c 'Index Only Scan') $(printf '%s\n' "$plan" | grep -c 'Seq Scan')"
done
plan=$(q coord -c "EXPLAIN (VERBOSE, COSTS OFF) SELECT ksuid_compress(id) FROM events")
contains "ksuid_compress: a per-shard stage on the workers" "$plan" "worker_(binary_)?partial_agg\(.*ksuid_compress"
plan=$(q coord -c "EXPLAIN (VERBOSE, COSTS OFF) SELECT note, ksuid_compress(id) FROM events GROUP BY note")
contains "ksuid_compress grouped by another column: a per-shard stage" "$plan" "worker_(binary_)?partial_agg\(.*ksuid_compress"
q coord -c "CREATE TABLE note_sets (note text, s bytea)" -c "SELECT create_distributed_table('note_sets', 'note')" \
	-c "INSERT INTO note_sets SELECT note, ksuid_compress(id) FROM events GROUP BY note" >/dev/null
contains "ksuid_compress of stored sets: a per-shard stage" \
	"$(q coord -c "EXPLAIN (VERBOSE, COSTS OFF) SELECT ksuid_compress(s) FROM note_sets")" "worker_(binary_)?partial_agg\(.*ksuid_compress"
check "ksuid_compress of stored sets: the set of all their IDs" "$(q coord -c "SELECT md5(ksuid_compress(id)) FROM events")" \
	"$(q coord -c "SELECT md5(ksuid_compress(s)) FROM note_sets")"
check "ksuid_compress runs with coordinator aggregation disabled" "ok" \
	"$(q coord -c "SET citus.coordinator_aggregation_strategy = 'disabled'" -c "SELECT 'ok' FROM (SELECT ksuid_compress(id) FROM events) s")"

# the Go reference's sets: the IDs of each set of test/vectors/ksuid_set.tsv,
# distributed, compressed per set on the cluster, are that set byte for byte
q coord -c "CREATE TABLE vec (v int, set_hex text, n int, id ksuid)" \
	-c "SELECT create_distributed_table('vec', 'id')" \
	-c "CREATE TEMP TABLE sv (v serial, set_hex text, count bigint, fnv1a64 numeric, first ksuid, last ksuid, note text)" \
	-c "\\copy sv (set_hex, count, fnv1a64, first, last, note) FROM '$top/test/vectors/ksuid_set.tsv' WITH (FORMAT csv, DELIMITER E'\t', HEADER true)" \
	-c "INSERT INTO vec SELECT sv.v, sv.set_hex, e.n, e.id FROM sv, ksuid_expand(decode(sv.set_hex, 'hex')) WITH ORDINALITY e(id, n)" \
	-c "INSERT INTO vec SELECT v, set_hex, n, id FROM vec WHERE n % 4 = 0" >/dev/null
sets=$(awk -F'\t' 'NR > 1 && $2 > 0' "$top/test/vectors/ksuid_set.tsv" | wc -l)
check "ksuid_compress per set on the cluster equals Go's Compress" "$sets sets, 0 differ" \
	"$(q coord -c "SELECT count(*) || ' sets, ' || count(*) FILTER (WHERE s IS DISTINCT FROM decode(set_hex, 'hex')) || ' differ'
	                 FROM (SELECT v, set_hex, ksuid_compress(id) s FROM vec GROUP BY v, set_hex) g")"

# the same answers as the plain server: before changes, after UPDATE and
# DELETE, after a shard move
compare() {	# compare WHEN
	q single -f "$here/citus_queries.sql" >"$dir/single.out" 2>&1 || true
	q coord -f "$here/citus_queries.sql" >"$dir/coord.out" 2>&1 || true
	n=$(grep -c '^-- ' "$here/citus_queries.sql")
	if grep -q ERROR "$dir/single.out"; then
		check "$n queries: the same answers as one server, $1" "no error" "$(grep ERROR "$dir/single.out")"
	elif cmp -s "$dir/single.out" "$dir/coord.out"; then
		check "$n queries: the same answers as one server, $1" same same
	else
		check "$n queries: the same answers as one server, $1" same \
			"$(diff "$dir/single.out" "$dir/coord.out" | head -n 20)"
	fi
}
compare "as loaded"
for n in single coord; do q $n -f "$here/citus_change.sql" >/dev/null; done
compare "after UPDATE and DELETE"

# a shard move under concurrent inserts: nothing lost, nothing twice
q coord -c "CREATE TABLE moving (id ksuid PRIMARY KEY DEFAULT gen_ksuid(), n int, at timestamptz_ns DEFAULT now())" \
	-c "SELECT create_distributed_table('moving', 'id')" >/dev/null
(
	i=0
	while [ ! -f "$dir/stop" ]; do
		i=$((i + 1))
		q coord -c "INSERT INTO moving (n) SELECT $i * 100 + g FROM generate_series(1, 100) g" || exit 1
		echo $i >"$dir/inserted"
	done
) &
writer=$!
sleep 1
shard=$(q coord -c "SELECT shardid FROM citus_shards WHERE table_name = 'events'::regclass AND nodeport = $CITUS_W1 ORDER BY shardid LIMIT 1")
q coord -c "SELECT citus_move_shard_placement($shard, '$dir', $CITUS_W1, '$dir', $CITUS_W2, shard_transfer_mode => 'force_logical')" >/dev/null
touch "$dir/stop"
wait "$writer" && wstatus=0 || wstatus=$?
writer=""
inserted=$(cat "$dir/inserted")
check "shard move under concurrent inserts: every row once" "$((inserted * 100)) $((inserted * 100)) 0" \
	"$(q coord -c "SELECT count(*) || ' ' || count(DISTINCT n) || ' ' || $wstatus FROM moving")"
check "the moved shard is on the other worker" "$CITUS_W2" \
	"$(q coord -c "SELECT nodeport FROM citus_shards WHERE shardid = $shard")"
compare "after a shard move"

# time partitions by a timestamptz_ns column
# (the socket directory and shard numbers masked)
q coord -f "$here/citus_partitions.sql" 2>&1 | sed -e "s|$dir|DIR|" -e "s/port=\($CITUS_W1\\|$CITUS_W2\)/port=WORKER/" \
	-e 's/_[0-9][0-9][0-9][0-9][0-9][0-9]\b/_SHARD/g' -e '/./,$!d' >"$dir/parts.out" || true
check "time partitions by timestamptz_ns: made, filled, pruned" "$(cat "$here/citus_partitions.expected")" "$(cat "$dir/parts.out")"

# columnar: a distributed columnar table, its rows in time order, skips
# chunk groups by a timestamptz_ns range
q coord -c "CREATE EXTENSION IF NOT EXISTS citus_columnar" -c "CREATE TABLE ev_col (id ksuid, at timestamptz_ns, note text) USING columnar" \
	-c "SELECT create_distributed_table('ev_col', 'id')" \
	-c "INSERT INTO ev_col SELECT id, at, note FROM (SELECT * FROM events ORDER BY at LIMIT 100000000) s" >/dev/null
plan=$(q coord -c "EXPLAIN (ANALYZE, COSTS OFF, TIMING OFF, SUMMARY OFF) SELECT count(*) FROM ev_col WHERE at >= '2024-03-01+00' AND at < '2024-03-02+00'")
contains "columnar skips chunk groups by timestamptz_ns" "$plan" "Columnar Chunk Groups Removed by Filter: [1-9]"
check "columnar: the same rows as the heap table" \
	"$(q coord -c "SELECT count(*), md5(string_agg(id || at::text || note, ',' ORDER BY id)) FROM events")" \
	"$(q coord -c "SELECT count(*), md5(string_agg(id || at::text || note, ',' ORDER BY id)) FROM ev_col")"

# the README's Citus examples (```sql citus), in a schema of their own
q coord -c "CREATE SCHEMA readme" >/dev/null
out=$(PGOPTIONS="$PGOPTIONS -c search_path=readme,public" PGPORT=$CITUS_COORD README_LANG="sql citus" \
	README_DB=postgres sh test/readme.sh README.md docs/*.md 2>&1) || true
check "the README's Citus examples print what it shows" "readme: N passed, 0 failed" "$(echo "$out" | tail -n 1 | sed 's/[1-9][0-9]* passed/N passed/')"
[ -z "$(echo "$out" | grep FAILED)" ] || echo "$out"

# the limits the README names, as Citus has them: a STABLE function of a
# column in a distributed UPDATE is refused, for timestamptz as for
# timestamptz_ns; EXPLAIN EXECUTE of a statement prepared with a parameter
# of a type that is not built in fails, where EXECUTE works
q coord -c "CREATE TABLE lim (id ksuid PRIMARY KEY, a timestamptz_ns, b timestamptz)" \
	-c "SELECT create_distributed_table('lim', 'id')" \
	-c "INSERT INTO lim VALUES (ksuid_nil(), '2024-01-01+00', '2024-01-01+00')" >/dev/null
stable_ns=$(q coord -c "UPDATE lim SET a = a + interval '1 day'" 2>&1 | sed 's/^[^E]*ERROR: */ERROR: /')
stable_tz=$(q coord -c "UPDATE lim SET b = b + interval '1 day'" 2>&1 | sed 's/^[^E]*ERROR: */ERROR: /')
check "a STABLE function in a distributed UPDATE: refused as for timestamptz" "$stable_tz" "$stable_ns"
contains "... with Citus's error" "$stable_ns" "^ERROR: +STABLE functions used in UPDATE queries cannot be called with column references"
check "the immutable form the README gives works" "2024-01-02 00:00:00.000000000+00" \
	"$(q coord -c "SET TimeZone = 'UTC'" -c "UPDATE lim SET a = to_timestamptz_ns(epoch_ns(a) + 86400000000000) RETURNING a")"
check "EXECUTE of a statement with a ksuid parameter works" "1" \
	"$(q coord -c "PREPARE p(ksuid) AS SELECT count(*) FROM lim WHERE id = \$1" -c "EXECUTE p(ksuid_nil())")"
q coord -c "CREATE TABLE lim_u (id uuid PRIMARY KEY)" -c "SELECT create_distributed_table('lim_u', 'id')" >/dev/null
contains "EXPLAIN EXECUTE with a uuid parameter: the remote plan" \
	"$(q coord -c "PREPARE p(uuid) AS SELECT count(*) FROM lim_u WHERE id = \$1" -c "EXPLAIN (COSTS OFF) EXECUTE p(gen_random_uuid())" 2>&1)" \
	"Index Only Scan"
contains "EXPLAIN EXECUTE with a ksuid parameter: no remote plan (Citus)" \
	"$(q coord -c "PREPARE p(ksuid) AS SELECT count(*) FROM lim WHERE id = \$1" -c "EXPLAIN (COSTS OFF) EXECUTE p(ksuid_nil())" 2>&1)" \
	"Error: Could not get remote plan"

echo "citus: $passed passed, $failed failed"
[ "$failed" -eq 0 ]
