#!/bin/sh
# callgrind.sh: instructions per call of fastevent's I/O functions and of
# their built-in counterparts, counted by valgrind's callgrind on a
# single-user backend (postgres --single).  Counts are deterministic for a
# given build, unlike timings on a shared machine.
#
# Each case runs one query over CALLS rows with collection switched on only
# inside one function (--toggle-collect), so the count includes everything
# that function calls (its palloc too) and nothing else.
set -eu

CALLS=${CALLS:-20000}
. "$(dirname "$0")/../../tools/pgscratch.sh"
work=$(scratch_dir fastevent-cg)
[ -n "${KEEP:-}" ] || trap 'rm -rf "$work"' EXIT INT TERM

command -v valgrind >/dev/null || { echo "callgrind.sh: valgrind is not installed" >&2; exit 1; }

scratch_initdb "$work"

single() {	# single [valgrind args...] < sql: run statements in a single-user backend
	$as_owner "$@" "$bindir/postgres" --single -D "$work/data" \
		-c fsync=off -c max_parallel_workers_per_gather=0 postgres >"$work/single.log" 2>&1 || {
		cat "$work/single.log" >&2
		exit 1
	}
	if grep -q ERROR "$work/single.log"; then
		cat "$work/single.log" >&2
		exit 1
	fi
}

# the data: CALLS random values of each type, as values and as text;
# timestamps over the year 2024 in random order (three intervals of one
# UTC offset in New York), and over 25 years from 2000 (about 50)
single <<SQL
CREATE EXTENSION fastevent
CREATE EXTENSION btree_gist
CREATE TABLE k AS SELECT gen_ksuid() AS id, gen_ksuid()::text AS t FROM generate_series(1, $CALLS)
CREATE TABLE u AS SELECT gen_random_uuid() AS id, gen_random_uuid()::text AS t FROM generate_series(1, $CALLS)
CREATE TABLE ku AS SELECT id AS k, encode(substring(id::bytea FROM 1 FOR 16), 'hex')::uuid AS u FROM (SELECT ksuid_from_parts('2024-01-01Z'::timestamptz + g * interval '1 s', decode(md5(g::text), 'hex')) AS id FROM generate_series(1, $CALLS) g) s
CREATE TABLE i8 AS SELECT (random() * 9e18)::int8 AS v FROM generate_series(1, $CALLS)
CREATE TABLE tn AS SELECT to_timestamptz_ns(1704067200000000000 + (random() * 31536000e9)::int8) AS t FROM generate_series(1, $CALLS)
CREATE TABLE tn25 AS SELECT to_timestamptz_ns(946684800000000000 + (random() * 788923800e9)::int8) AS t FROM generate_series(1, $CALLS)
CREATE TABLE tt AS SELECT t, t::timestamptz AS tz, to_char(t::timestamptz AT TIME ZONE 'UTC', 'YYYY-MM-DD"T"HH24:MI:SS.US') || lpad((epoch_ns(t) % 1000)::text, 3, '0') || '+02:00' AS iso_ns, to_char(t::timestamptz AT TIME ZONE 'UTC', 'YYYY-MM-DD"T"HH24:MI:SS.US') || '+02:00' AS iso_us FROM tn
CREATE TABLE s AS SELECT substr(md5(i::text) || md5((i + 1)::text), 1, 8 + i % 33) AS s FROM generate_series(1, $CALLS) i
VACUUM FREEZE ANALYZE
SQL

# measure FUNCTION QUERY TARGET [LABEL [SETUP]]: print instructions per call
# of FUNCTION; SETUP (a statement such as SET TimeZone) runs first
measure() {
	fn=$1 query=$2 target=$3 label=${4:-$1} setup=${5:-SELECT 1}
	# CG_CASES: a regular expression, to measure only the labels that match
	echo "$label" | grep -Eq -- "${CG_CASES:-.}" || return 0
	out="$work/cg.$label"
	# the query runs twice and both runs are counted
	printf '%s\n%s\n%s\n' "$setup" "$query" "$query" | single valgrind --tool=callgrind \
		--callgrind-out-file="$out" --toggle-collect="$fn" --collect-atstart=no
	total=$(grep '^summary:' "$out" | awk '{print $2}')
	# two runs of the query were counted
	per_call=$(( total / (2 * CALLS) ))
	printf '%-26s %8d   %s\n' "$label" "$per_call" "$target"
}

echo "instructions per call (callgrind, $CALLS calls, postgres --single, $(pg_config --version))"
printf '%-26s %8s   %s\n' "function" "instr" "target"
measure ksuid_out "SELECT count(id::text) FROM k" "<= 350"
measure uuid_out "SELECT count(id::text) FROM u" "(reference)"
measure ksuid_in "SELECT count(t::ksuid) FROM k" "<= 300"
measure uuid_in "SELECT count(t::uuid) FROM u" "(reference)"
measure int8out "SELECT count(v::text) FROM i8" "(reference)"
measure palloc "SELECT count(id::text) FROM k" "(reference: two pallocs per row)"
measure timestamptz_ns_out "SELECT count(t::text) FROM tn" "<= 320" "tsns_out (UTC)" "SET TimeZone = 'UTC'"
measure timestamptz_ns_out "SELECT count(t::text) FROM tn" "<= 360" "tsns_out (New York)" "SET TimeZone = 'America/New_York'"
measure timestamptz_ns_out "SELECT count(t::text) FROM tn25" "<= 360" "tsns_out (NY, 25 years)" "SET TimeZone = 'America/New_York'"
measure timestamptz_out "SELECT count(tz::text) FROM tt" "(reference)" "timestamptz_out (UTC)" "SET TimeZone = 'UTC'"
measure timestamptz_out "SELECT count(tz::text) FROM tt" "(reference)" "timestamptz_out (New York)" "SET TimeZone = 'America/New_York'"
measure timestamptz_ns_in "SELECT count(iso_ns::timestamptz_ns) FROM tt" "<= 350" "tsns_in (ISO, offset)"
measure timestamptz_in "SELECT count(iso_us::timestamptz) FROM tt" "(reference)" "timestamptz_in (ISO, offset)"
measure timestamptz_ns_extract "SELECT count(EXTRACT(epoch FROM tz::timestamptz_ns)) FROM tt" "(below)" "extract epoch (ns)"
measure extract_timestamptz "SELECT count(EXTRACT(epoch FROM tz)) FROM tt" "(reference)" "extract epoch (core)"
measure timestamptz_ns_zone "SELECT count(tz::timestamptz_ns AT TIME ZONE 'Europe/Paris') FROM tt" "(below)" "AT TIME ZONE (ns)"
measure timestamptz_zone "SELECT count(tz AT TIME ZONE 'Europe/Paris') FROM tt" "(reference)" "AT TIME ZONE (core)"
measure timestamptz_ns_to_char "SELECT count(to_char(tz::timestamptz_ns, 'YYYY-MM-DD HH24:MI:SS.US TZH')) FROM tt" "(below)" "to_char TZH (ns)" "SET TimeZone = 'America/New_York'"
measure timestamptz_to_char "SELECT count(to_char(tz, 'YYYY-MM-DD HH24:MI:SS.US TZH')) FROM tt" "(reference)" "to_char TZH (core)" "SET TimeZone = 'America/New_York'"
measure timestamptz_ns_to_char "SELECT count(to_char(tz::timestamptz_ns, 'YYYY-MM-DD HH24:MI:SS.US')) FROM tt" "(below)" "to_char (ns)" "SET TimeZone = 'America/New_York'"
measure timestamptz_to_char "SELECT count(to_char(tz, 'YYYY-MM-DD HH24:MI:SS.US')) FROM tt" "(reference)" "to_char (core)" "SET TimeZone = 'America/New_York'"
measure to_json "SELECT count(to_json(tz::timestamptz_ns)) FROM tt" "(below)" "to_json (ns)"
measure to_json "SELECT count(to_json(tz)) FROM tt" "(reference)" "to_json (core)"
measure fasthash_fnv1a_64_varlena "SELECT count(fasthash_fnv1a_64(s)) FROM s" "(8-40 bytes)"
measure hashtextextended "SELECT count(hashtextextended(s, 0)) FROM s" "(reference)"
# index builds, instructions per row: the same IDs in time order (the
# uuid is the ksuid's first 16 bytes), the same instants in random order
measure btbuild "CREATE INDEX ON ku (k)" "(per row)" "btree build, ksuid"
measure btbuild "CREATE INDEX ON ku (u)" "(reference)" "btree build, uuid"
measure btbuild "CREATE INDEX ON tt (t)" "(per row)" "btree build, tsns"
measure btbuild "CREATE INDEX ON tt (tz)" "(reference)" "btree build, timestamptz"
measure gistbuild "CREATE INDEX ON ku USING gist (k)" "(per row)" "GiST build, ksuid"
measure gistbuild "CREATE INDEX ON ku USING gist (u)" "(btree_gist)" "GiST build, uuid"
measure gistbuild "CREATE INDEX ON tt USING gist (t)" "(per row)" "GiST build, tsns"
measure gistbuild "CREATE INDEX ON tt USING gist (tz)" "(btree_gist)" "GiST build, timestamptz"
if [ "$(pg_config --version | sed 's/^PostgreSQL \([0-9]*\).*/\1/')" -ge 14 ]; then
	measure brinbuild "CREATE INDEX ON ku USING brin (k ksuid_minmax_multi_ops)" "(per row)" "BRIN multi build, ksuid"
	measure brinbuild "CREATE INDEX ON ku USING brin (u uuid_minmax_multi_ops)" "(reference)" "BRIN multi build, uuid"
	measure brinbuild "CREATE INDEX ON tt USING brin (t timestamptz_ns_minmax_multi_ops)" "(per row)" "BRIN multi build, tsns"
	measure brinbuild "CREATE INDEX ON tt USING brin (tz timestamptz_minmax_multi_ops)" "(reference)" "BRIN multi build, tz"
	measure brinbuild "CREATE INDEX ON ku USING brin (k ksuid_bloom_ops)" "(per row)" "BRIN bloom build, ksuid"
	measure brinbuild "CREATE INDEX ON ku USING brin (u uuid_bloom_ops)" "(reference)" "BRIN bloom build, uuid"
	measure brinbuild "CREATE INDEX ON tt USING brin (t timestamptz_ns_bloom_ops)" "(per row)" "BRIN bloom build, tsns"
	measure brinbuild "CREATE INDEX ON tt USING brin (tz timestamptz_bloom_ops)" "(reference)" "BRIN bloom build, tz"
fi
