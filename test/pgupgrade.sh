#!/bin/sh
# pgupgrade.sh OLD NEW: a major upgrade with pg_upgrade, as users make one,
# inside a throwaway root (test/versions.sh) where both servers install side
# by side (18 from sid, 19 from experimental).  fastevent is built and
# installed for both; an OLD cluster gets two databases: one created at 0.1
# and one at the current version, each filled by test/xversion.sql (btree,
# hash and BRIN indexes, a table hash-partitioned by ksuid), the second also
# by test/pgupgrade.sql (tstzrange_ns, GiST, GIN and BRIN bloom indexes, a
# table hash-partitioned by timestamptz_ns).  Then pg_upgrade --check and
# pg_upgrade, and on NEW: the same rows, sort orders and partitions, amcheck,
# every index finds what a sequential scan finds, and the 0.1 database
# updates to the current version and is still intact.
# Prints "pgupgrade: N passed, N failed" and exits non-zero on a failure.
set -eu
if [ "${FASTEVENT_THROWAWAY_ROOT:-}" != 1 ]; then
	echo "pgupgrade: only inside a throwaway root (test/versions.sh)" >&2
	exit 2
fi
old=$1 new=$2
here=$(cd "$(dirname "$0")" && pwd)
src=$(cd "$here/.." && pwd)
export DEBIAN_FRONTEND=noninteractive PGOPTIONS="-c client_min_messages=warning"
check_name=pgupgrade
. "$here/check.sh"

apt-get install -y -qq --no-install-recommends "postgresql-$old" "postgresql-server-dev-$old" \
	make gcc >/dev/null
for v in "$old" "$new"; do
	make -s -C "$src" clean PG_CONFIG="/usr/lib/postgresql/$v/bin/pg_config" >/dev/null
	make -s -C "$src" all install PG_CONFIG="/usr/lib/postgresql/$v/bin/pg_config" >/dev/null
	echo "pgupgrade: fastevent built and installed for $("/usr/lib/postgresql/$v/bin/pg_config" --version)"
done
make -s -C "$src" clean >/dev/null

dir=$(mktemp -d /tmp/fastevent-upgrade.XXXXXX)
chown postgres: "$dir"
as_pg() { runuser -u postgres -- "$@"; }
bin() { echo "/usr/lib/postgresql/$1/bin"; }
started=""
stop() {	# stop DATADIR
	as_pg "$(bin "$new")/pg_ctl" -D "$1" -m fast -w stop >/dev/null 2>&1 ||
		as_pg "$(bin "$old")/pg_ctl" -D "$1" -m fast -w stop >/dev/null 2>&1 || true
}
cleanup() {
	[ -z "$started" ] || stop "$started"
	rm -rf "$dir"
}
trap cleanup EXIT
start() {	# start MAJOR DATADIR
	as_pg "$(bin "$1")/pg_ctl" -D "$2" -l "$2.log" -w -s \
		-o "-c listen_addresses='' -k $dir -p 5432" start || { cat "$2.log"; exit 1; }
	started=$2
}
export PGHOST="$dir" PGPORT=5432 PGUSER=postgres
psql_q() { psql -X -q -A -t -v ON_ERROR_STOP=1 "$@"; }
for v in "$old" "$new"; do
	as_pg "$(bin "$v")/initdb" -D "$dir/$v" -U postgres -A trust -E UTF8 --locale=C --no-sync \
		>"$dir/initdb-$v.log" 2>&1 || { cat "$dir/initdb-$v.log"; exit 1; }
done

# what each database holds, by queries whose answers must survive the
# upgrade unchanged: rows, sort orders, partitions, and what each index of
# the windows table finds next to what a sequential scan finds
state() {	# state DB
	sh "$here/xversion.sh" digest "$1"
	[ "$1" = at_current ] || return 0
	psql_q -d "$1" <<'SQL'
SET TimeZone = 'UTC';
SELECT 'windows ' || count(*) || ' ' ||
       md5(string_agg(concat_ws(' ', n, encode(id::bytea, 'hex'), id, at, during), E'\n' ORDER BY n)) FROM windows;
SELECT 'order by id ' || md5(string_agg(n::text, ',' ORDER BY id)) FROM windows;
SELECT 'order by at ' || md5(string_agg(n::text, ',' ORDER BY at, n)) FROM windows;
SELECT 'order by during ' || md5(string_agg(n::text, ',' ORDER BY during, n)) FROM windows;
SELECT 'tparted ' || count(*) || ' ' ||
       md5(string_agg(tableoid::regclass || ' ' || n, E'\n' ORDER BY n)) FROM tparted;
SELECT 'parted ' || count(*) || ' ' ||
       md5(string_agg(tableoid::regclass || ' ' || id, E'\n' ORDER BY id)) FROM parted;
SQL
	for q in "windows_at_btree|at > '2023-06-05 00:00:00.000000001+00'" \
		"windows_id_hash|id = ksuid_from_parts(timestamptz '2023-06-01 00:00:00+00' + 5000 * interval '61 seconds', decode(md5('w5000'), 'hex'))" \
		"windows_id_gist|id < ksuid_min_at('2023-06-04 00:00:00+00')" \
		"windows_at_gin|at >= '2023-06-05 00:00:00+00' AND at < '2023-06-06 00:00:00+00'" \
		"windows_during_gist|during && tstzrange_ns('2023-06-05 12:00:00+00', '2023-06-05 12:00:00.000000001+00')" \
		"windows_at_bloom|at = to_timestamptz_ns(1685577600000000000 + 7777 * 61000000007)"; do
		idx=${q%%|*} where=${q#*|}
		[ -n "$(psql_q -d "$1" -c "SELECT 1 FROM pg_class WHERE relname = '$idx'")" ] || continue
		seq=$(psql_q -d "$1" -c "SET enable_indexscan = off" -c "SET enable_bitmapscan = off" \
			-c "SET enable_indexonlyscan = off" -c "SELECT count(*) FROM windows WHERE $where")
		# the index alone: the others dropped in a transaction rolled back
		only="BEGIN;
			DO \$\$ DECLARE r record; BEGIN
				FOR r IN SELECT indexrelid::regclass AS i FROM pg_index
				          WHERE indrelid = 'windows'::regclass AND indexrelid <> '$idx'::regclass LOOP
					EXECUTE 'DROP INDEX ' || r.i;
				END LOOP;
			END \$\$;
			SET enable_seqscan = off;"
		plan=$(echo "$only EXPLAIN (COSTS OFF) SELECT count(*) FROM windows WHERE $where; ROLLBACK;" | psql_q -d "$1")
		case $plan in
		*" $idx"*) got=$(echo "$only SELECT count(*) FROM windows WHERE $where; ROLLBACK;" | psql_q -d "$1") ;;
		*) got="$idx not used: $(echo $plan)" ;;
		esac
		echo "index $idx: $got, sequential scan: $seq"
	done
}

start "$old" "$dir/$old"
psql_q -c "CREATE DATABASE at_0_1" -c "CREATE DATABASE at_current"
psql_q -d at_0_1 -c "CREATE EXTENSION fastevent VERSION '0.1'"
psql_q -d at_0_1 -f "$here/xversion.sql" >/dev/null
psql_q -d at_current -c "CREATE EXTENSION fastevent"
psql_q -d at_current -f "$here/xversion.sql" >/dev/null
psql_q -d at_current -f "$here/pgupgrade.sql" >/dev/null
current=$(psql_q -d at_current -c "SELECT extversion FROM pg_extension WHERE extname = 'fastevent'")
for db in at_0_1 at_current; do
	state "$db" >"$dir/$db.before"
	sh "$here/xversion.sh" digest "$db" >"$dir/$db.digest"
done
stop "$dir/$old"
started=""

cd "$dir"
if as_pg "$(bin "$new")/pg_upgrade" -b "$(bin "$old")" -B "$(bin "$new")" -d "$dir/$old" -D "$dir/$new" \
	-s "$dir" -p 5433 -P 5434 --check >"$dir/check.log" 2>&1; then
	check "pg_upgrade --check" ok ok
else
	cat "$dir/check.log"
	check "pg_upgrade --check" ok failed
fi
if as_pg "$(bin "$new")/pg_upgrade" -b "$(bin "$old")" -B "$(bin "$new")" -d "$dir/$old" -D "$dir/$new" \
	-s "$dir" -p 5433 -P 5434 >"$dir/upgrade.log" 2>&1; then
	check "pg_upgrade" ok ok
else
	cat "$dir/upgrade.log"
	check "pg_upgrade" ok failed
	check_end
	exit 1
fi
cd "$src"
start "$new" "$dir/$new"
check "server after the upgrade" "$new" \
	"$(psql_q -c "SELECT current_setting('server_version_num')::int / 10000")"

for db in at_0_1 at_current; do
	check "$db: version kept by the upgrade" "$([ $db = at_0_1 ] && echo 0.1 || echo "$current")" \
		"$(psql_q -d "$db" -c "SELECT extversion FROM pg_extension WHERE extname = 'fastevent'")"
	state "$db" >"$dir/$db.after"
	check "$db: rows, orders, partitions and index scans as before" "$(cat "$dir/$db.before")" \
		"$(cat "$dir/$db.after")"
	sh "$here/xversion.sh" intact "$db" "$dir/$db.digest" "$db after pg_upgrade" |
		grep -v ': [0-9]* passed, 0 failed$' && check "$db: xversion intact" ok failed ||
		check "$db: xversion intact" ok ok
done
# every index of the windows table finds what a sequential scan finds
check "index scans against sequential scans" "" \
	"$(grep '^index ' "$dir/at_current.after" | while read -r line; do
		got=${line#*: } got=${got%%,*} seq=${line##*: }
		[ "$got" = "$seq" ] || echo "$line"
	done)"
# amcheck: every GIN index where amcheck has a GIN check (18 and later)
check "amcheck on GIN indexes" ok "$(psql_q -d at_current <<'SQL'
CREATE EXTENSION IF NOT EXISTS amcheck;
DO $$
DECLARE
	r record;
BEGIN
	IF EXISTS (SELECT 1 FROM pg_proc WHERE proname = 'gin_index_check') THEN
		FOR r IN SELECT c.oid FROM pg_class c JOIN pg_am a ON a.oid = c.relam
		          WHERE a.amname = 'gin' AND c.relnamespace = 'public'::regnamespace LOOP
			PERFORM gin_index_check(r.oid);
		END LOOP;
	END IF;
END $$;
SELECT 'ok';
SQL
)"
# the 0.1 database updates to the current version on the new major (the
# digest taken again: the check above added a row)
sh "$here/xversion.sh" digest at_0_1 >"$dir/at_0_1.digest"
psql_q -d at_0_1 -c "ALTER EXTENSION fastevent UPDATE"
check "at_0_1: updated to $current" "$current" \
	"$(psql_q -d at_0_1 -c "SELECT extversion FROM pg_extension WHERE extname = 'fastevent'")"
sh "$here/xversion.sh" intact at_0_1 "$dir/at_0_1.digest" "at_0_1 updated" |
	grep -v ': [0-9]* passed, 0 failed$' && check "at_0_1 updated: xversion intact" ok failed ||
	check "at_0_1 updated: xversion intact" ok ok
check_end
