#!/bin/sh
# readme.sh [FILE...]: run every ```sql block of the README, the pages in
# docs/ and CONTRIBUTING.md (or of the FILEs given) against
# the cluster in PGHOST (tools/pgcluster.sh) and compare what it prints with
# what the README shows, so that an example cannot drift from the extension.
#
# Each block runs in a database of its own, new, as a reader would run it;
# a block that does not create the extension itself gets it created first.
# Output is what psql prints (aligned, no row-count footer, errors
# included), shown in the README as comment lines that directly follow the
# statement, each "-- " and then the line.  A statement followed by no such
# lines must succeed, whatever it prints.  The session TimeZone starts as
# America/New_York, so an example whose output depends on the zone must set
# it.
# Prints "readme: N passed, N failed" (one per block) and exits non-zero on a
# failure.  README_LANG="sql citus" runs the blocks fenced so instead (for
# test/citus.sh), all in the database README_DB, which already has the
# extension, in order.
set -eu
[ $# -gt 0 ] || set -- README.md docs/*.md CONTRIBUTING.md
top=$(mktemp -d)
trap 'rm -rf "$top"' EXIT
export PGTZ=America/New_York PGOPTIONS="${PGOPTIONS:-} -c client_min_messages=warning"
pass=0 fail=0
for readme in "$@"; do
work=$top/$(echo "$readme" | tr '/.' '__')
mkdir -p "$work"

# Split the README into work/N.sql (each statement behind a marker line) and
# work/N.expected (each statement's marker and its shown output, or a mark
# that its output is not shown).
awk -v dir="$work" '
function flush_stmt() {
	if (stmt == "") return
	k++
	printf "\\echo @@ %d\n%s", k, stmt > (dir "/" n ".sql")
	stmt = ""
	after = 1
}
$0 == "```" lang { n++; k = 0; insql = 1; stmt = ""; after = 0; next }
insql && /^```$/ {
	flush_stmt()
	if (after == 1) printf "@@ %d\n@@ not shown\n", k > (dir "/" n ".expected")
	insql = 0
	close(dir "/" n ".sql"); close(dir "/" n ".expected")
	next
}
!insql { next }
{
	if (after && /^-- /) {
		if (after == 1) { printf "@@ %d\n", k > (dir "/" n ".expected"); after = 2 }
		print substr($0, 4) > (dir "/" n ".expected")
		next
	}
	if (after == 1) printf "@@ %d\n@@ not shown\n", k > (dir "/" n ".expected")
	after = 0
	stmt = stmt $0 "\n"
	# a statement ends at a semicolon, before any trailing comment
	if ($0 !~ /^[ \t]*--/ && $0 ~ /;[ \t]*(--.*)?$/) flush_stmt()
}
' lang="${README_LANG:-sql}" "$readme"

for sql in "$work"/*.sql; do
	[ -f "$sql" ] || continue
	n=$(basename "$sql" .sql)
	: >>"$work/$n.expected"
	if [ -n "${README_DB:-}" ]; then
		psql -X -q -d "$README_DB" -P footer=off -f "$sql" >"$work/$n.out" 2>&1 || true
	else
		db=readme_$(basename "$work")_$n
		createdb "$db"
		grep -q 'CREATE EXTENSION fastevent' "$sql" || psql -X -q -d "$db" -c "CREATE EXTENSION fastevent"
		psql -X -q -d "$db" -P footer=off -f "$sql" >"$work/$n.out" 2>&1 || true
		dropdb "$db"
	fi
	# keep the output of the statements whose output is shown; of the
	# others keep only an error, which fails the comparison
	awk -v shown="$work/$n.expected" '
	BEGIN { while ((getline l < shown) > 0) if (l == "@@ not shown") hidden[k] = 1; else if (l ~ /^@@ /) k = substr(l, 4) }
	/^@@ [0-9]+$/ { k = substr($0, 4); print; if (hidden[k]) print "@@ not shown"; next }
	{ sub(/[ \t]+$/, ""); sub(/^psql:[^ ]*:[0-9]+: /, "") }	# an error as psql shows it in a terminal
	/^$/ { next }
	hidden[k] && !/^(psql:[^ ]* )?ERROR:/ { next }
	{ print }' "$work/$n.out" >"$work/$n.actual"
	sed 's/[ \t]*$//' "$work/$n.expected" >"$work/$n.exp"
	if cmp -s "$work/$n.exp" "$work/$n.actual"; then
		pass=$((pass + 1))
	else
		fail=$((fail + 1))
		echo "readme: FAILED block $n of $readme (- shown, + printed; @@ K is its K-th statement):"
		diff -u "$work/$n.exp" "$work/$n.actual" | tail -n +3
	fi
done
done
echo "readme: $pass passed, $fail failed"
[ "$fail" -eq 0 ]
