#!/bin/sh
# xversion.sh: data that crosses PostgreSQL majors, run by test/versions.sh
# against the cluster in PGHOST (tools/pgcluster.sh).
#
#   xversion.sh export DIR        fill a database with every fastevent type
#                                 (tables, btree, hash and BRIN indexes, a
#                                 hash-partitioned table, defaults); write a
#                                 pg_dump, binary COPY files and their digests
#   xversion.sh import ROOT MAJOR restore every dump in ROOT/*/ taken on
#                                 MAJOR or an older major, read every binary
#                                 COPY file, and compare digests and indexes
#   xversion.sh digest DB         the digest of what xversion.sql made in DB
#   xversion.sh intact DB DIGEST WHAT   DB holds that, its indexes intact
#                                 (test/pgupgrade.sh, after pg_upgrade)
#   xversion.sh update            install each released version, fill it,
#                                 update it to the default version, compare
#                                 rows, indexes and every object's
#                                 definition with a fresh install
#
# Prints "xversion: N passed, N failed" and exits non-zero on a failure.
set -eu
here=$(cd "$(dirname "$0")" && pwd)
export PGOPTIONS="-c client_min_messages=warning"
psql_q() { psql -X -q -A -t -v ON_ERROR_STOP=1 "$@"; }

# The digests, identical on every major for the same rows.  Text forms are
# taken in UTC; the bytes of each ID and the partition of each row count too.
digest_sql() {
	cat <<'SQL'
SET TimeZone = 'UTC';
SELECT 'events ' || count(*) || ' ' ||
       md5(string_agg(concat_ws(' ', encode(id::bytea, 'hex'), id, at, at_us, day, n, fnv, note),
                      E'\n' ORDER BY id))
  FROM events;
SELECT 'eventlog ' || count(*) || ' ' || md5(string_agg(id::text || ' ' || at, E'\n' ORDER BY id))
  FROM eventlog;
SELECT 'parted ' || count(*) || ' ' ||
       md5(string_agg(concat_ws(' ', tableoid::regclass, id, at), E'\n' ORDER BY id))
  FROM parted;
SQL
	for q in "$q_btree" "$q_hash" "$q_brin_at" "$q_brin_id"; do
		echo "SELECT 'count ' || ($q);"
	done
}

# One query for each index of events, and how to make the planner use it
q_btree="SELECT count(*) FROM events WHERE id > ksuid_min_at('2023-06-10 00:00:00+00')"
q_hash="SELECT count(*) FROM events WHERE at = to_timestamptz_ns(1685577600000000000 + 500 * 97000000123 + 500)"
q_brin_at="SELECT count(*) FROM events WHERE at BETWEEN '2023-06-05 00:00:00.000000001+00' AND '2023-06-06 00:00:00+00'"
q_brin_id="SELECT count(*) FROM eventlog WHERE id BETWEEN ksuid_min_at('2023-06-07 00:00:00+00') AND ksuid_max_at('2023-06-07 23:59:59+00')"
noheap="SET enable_seqscan = off; SET enable_bitmapscan = off"
bitmap="SET enable_seqscan = off; SET enable_indexscan = off"

# indexed DB INDEX SETTINGS QUERY: the count that QUERY finds through INDEX
indexed() {
	plan=$(psql_q -d "$1" -c "$3" -c "EXPLAIN (COSTS OFF) $4")
	case $plan in
	*" $2"*) psql_q -d "$1" -c "$3" -c "$4" ;;
	*) echo "$2 not used: $plan" ;;
	esac
}

check_name=xversion
. "$(dirname "$0")/check.sh"

# intact DB WHAT DIGEST: DB holds the rows DIGEST describes, every btree is
# intact, each index is chosen and finds what DIGEST counted, every row is in
# its hash partition and the defaults still work
intact() {
	check "rows of $2" "$(cat "$3")" "$(digest_sql | psql_q -d "$1")"
	check "amcheck on $2" "ok" "$(psql_q -d "$1" <<'SQL'
CREATE EXTENSION IF NOT EXISTS amcheck;
SELECT DISTINCT 'ok' FROM (SELECT bt_index_check(c.oid, true)
  FROM pg_index i JOIN pg_class c ON c.oid = i.indexrelid JOIN pg_am a ON a.oid = c.relam
 WHERE a.amname = 'btree' AND c.relkind = 'i' AND c.relnamespace = 'public'::regnamespace) s;
SQL
)"
	check "index scans on $2" "$(sed -n 's/^count //p' "$3")" "$(
		indexed "$1" events_pkey "$noheap" "$q_btree"
		indexed "$1" events_at_hash "$noheap" "$q_hash"
		indexed "$1" events_at_brin "$bitmap" "$q_brin_at"
		indexed "$1" eventlog_id_brin "$bitmap" "$q_brin_id")"
	check "hash partitions of $2" 0 "$(psql_q -d "$1" -c "
		SELECT count(*) FROM parted p
		 WHERE NOT satisfies_hash_partition('parted'::regclass, 4,
		           substr(p.tableoid::regclass::text, 8)::int, p.id)")"
	check "defaults of $2" t "$(psql_q -d "$1" -c "
		INSERT INTO events (n, note) VALUES (-1, 'after restore')
		RETURNING ksuid_time(id) > now() - interval '1 hour'
		      AND at > now() - interval '1 hour'")"
}

# catalog DB: every object of the extension in DB with its definition, as a
# binary-upgrade dump lists them, less the OIDs that differ between databases.
# pg_dump lists an operator family's members by strategy or support number
# alone, so members with the same number are sorted here.
catalog() {
	pg_dump --binary-upgrade --schema-only -d "$1" |
		grep -v -e 'binary_upgrade_set_next_' -e '^\\restrict ' -e '^\\unrestrict ' |
		awk '/^    (OPERATOR|FUNCTION) [0-9]/ { sub(/ ?[,;]$/, ""); m[++n] = $0; next }
		     n { flush() } { print }
		     END { flush() }
		     function flush(   i, j, t) {
			for (i = 2; i <= n; i++)
				for (j = i; j > 1 && m[j - 1] > m[j]; j--) { t = m[j]; m[j] = m[j - 1]; m[j - 1] = t }
			for (i = 1; i <= n; i++) print m[i]
			n = 0
		     }'
}

case ${1:-} in
export)
	dir=$2
	mkdir -p "$dir"
	createdb xv
	psql_q -d xv -f "$here/xversion.sql" >/dev/null
	pg_dump -d xv --no-owner -f "$dir/dump.sql"
	digest_sql | psql_q -d xv >"$dir/digest"
	psql_q -d xv -c "SET TimeZone = 'UTC'" \
		-c "\\copy (SELECT id, at, at_us, n, note FROM events ORDER BY id) TO '$dir/events.bin' (FORMAT binary)" \
		-c "\\copy (SELECT id, at, at_us, n, note FROM events ORDER BY id) TO '$dir/events.txt'"
	pg_config --version >"$dir/version"
	echo "xversion: exported $(cat "$dir/version") into $dir"
	;;
import)
	root=$2 me=$3
	createdb copyback
	psql_q -d copyback -c "CREATE EXTENSION fastevent"
	for d in "$root"/*/; do
		d=${d%/}
		from=$(basename "$d")
		[ -f "$d/digest" ] || continue
		# a dump restores on the same or a later major
		if [ "$from" -le "$me" ]; then
			db=restore_$from
			createdb "$db"
			log=$(mktemp)
			psql_q -d "$db" -f "$d/dump.sql" >"$log" 2>&1 || {
				cat "$log"
				rm -f "$log"
				check "restore of the dump from $from" ok failed
				continue
			}
			rm -f "$log"
			intact "$db" "$from's dump" "$d/digest"
			dropdb "$db"
		fi
		# binary COPY files from every major read back the same rows
		check "binary COPY from $from" "$(md5sum <"$d/events.txt")" "$(psql_q -d copyback <<SQL | md5sum
SET TimeZone = 'UTC';
CREATE TEMP TABLE back (id ksuid, at timestamptz_ns, at_us timestamptz, n bigint, note text);
\\copy back FROM '$d/events.bin' (FORMAT binary)
\\copy (SELECT * FROM back ORDER BY id) TO STDOUT
SQL
)"
	done
	dropdb copyback
	check_end
	;;
update)
	# each released catalog (every full script but the default version's),
	# filled, then ALTER EXTENSION UPDATE: the same rows and intact indexes,
	# and objects equal to a fresh install's
	dir=$(mktemp -d)
	trap 'rm -rf "$dir"' EXIT
	default=$(psql_q -c "SELECT default_version FROM pg_available_extensions WHERE name = 'fastevent'")
	createdb fresh
	psql_q -d fresh -c "CREATE EXTENSION fastevent"
	catalog fresh >"$dir/fresh.sql"
	# what PostgreSQL makes with another member, and which depends on it
	# internally, is made again by that member's statement, not dumped: the
	# array types (members from PostgreSQL 17 on), a range type's
	# constructors, its multirange type with its own and their cast
	check "members of a fresh install in its dump" \
		"$(psql_q -d fresh -c "SELECT count(*) FROM pg_depend d WHERE deptype = 'e'
			AND refobjid = (SELECT oid FROM pg_extension WHERE extname = 'fastevent')
			AND NOT EXISTS (SELECT 1 FROM pg_depend i WHERE i.classid = d.classid
			                AND i.objid = d.objid AND i.deptype = 'i')")" \
		"$(grep -c '^ALTER EXTENSION fastevent ADD ' "$dir/fresh.sql")"
	for from in $(psql_q -c "SELECT version FROM pg_available_extension_versions
	                          WHERE name = 'fastevent' AND version <> '$default' ORDER BY version"); do
		createdb upd
		psql_q -d upd -c "CREATE EXTENSION fastevent VERSION '$from'"
		psql_q -d upd -f "$here/xversion.sql" >/dev/null
		digest_sql | psql_q -d upd >"$dir/digest"
		# the update makes min/max and ksuid_compress again (their state
		# type changed in 0.3): a view that uses one stops it, named
		psql_q -d upd -c "CREATE VIEW newest AS SELECT max(id) AS id FROM events"
		check "a view of max(ksuid) stops the update from $from, named" yes \
			"$(psql_q -d upd -c "ALTER EXTENSION fastevent UPDATE" 2>&1 | grep -q 'view newest depends on' && echo yes || echo no)"
		psql_q -d upd -c "DROP VIEW newest"
		psql_q -d upd -c "ALTER EXTENSION fastevent UPDATE"
		check "version after the update from $from" "$default" \
			"$(psql_q -d upd -c "SELECT extversion FROM pg_extension WHERE extname = 'fastevent'")"
		intact upd "the database updated from $from" "$dir/digest"
		psql_q -d upd -c "DROP TABLE events, eventlog, parted" -c "DROP EXTENSION amcheck"
		catalog upd >"$dir/upd.sql"
		diff -u "$dir/fresh.sql" "$dir/upd.sql" | head -n 40
		check "objects updated from $from equal a fresh install's" same \
			"$(cmp -s "$dir/fresh.sql" "$dir/upd.sql" && echo same || echo different)"
		dropdb upd
	done
	dropdb fresh
	check_end
	;;
digest)
	# the digest of the rows xversion.sql made in database $2
	digest_sql | psql_q -d "$2"
	;;
intact)
	# intact DB DIGEST WHAT: DB still holds what DIGEST describes, and more
	intact "$2" "$4" "$3"
	check_end
	;;
*)
	echo "usage: xversion.sh export DIR | import ROOT MAJOR | update | digest DB | intact DB DIGEST WHAT" >&2
	exit 2
	;;
esac
