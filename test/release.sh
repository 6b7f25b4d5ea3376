#!/bin/sh
# release.sh: the release files agree with each other and with the catalog.
# Run against the cluster in PGHOST (tools/pgcluster.sh), with the extension
# installed: META.json is parsed by the server, so no JSON tool is needed.
#   - META.json is valid PGXN metadata naming version X.Y.Z, the PostgreSQL
#     License and the full install script of X.Y;
#   - fastevent.control's default_version and the Makefile's EXTVERSION are
#     X.Y, and CHANGELOG.md has a section for X.Y.Z;
#   - the Makefile installs every script in src/sql, and every released
#     version updates to X.Y;
#   - a released script is never edited (its checksum is recorded here);
#   - every C function a script names is written out in src/ under that name,
#     under a comment that says what it does.
# Prints "release: N passed, N failed" and exits non-zero on a failure.
set -eu
psql_q() { psql -X -q -A -t -v ON_ERROR_STOP=1 "$@"; }

# version SCRIPT CHECKSUM for every released install or update script
released="fastevent--0.1.sql 7a5bfc694954105deb8c81d1f314e5bd
fastevent--0.2.sql 056a98e3f4be8e51d272403bfab2cd16
fastevent--0.1--0.2.sql 0c01454ce00019dfc1e85e15956ed78f"

check_name=release
. "$(dirname "$0")/check.sh"

meta() {	# meta PATH...: the text at that path of META.json, or ERROR
	echo "SELECT (:'meta'::jsonb) #>> '{$*}'" | psql_q -v meta="$(cat META.json)" 2>&1 || echo ERROR
}
version=$(meta version)
ext=${version%.*}
check "META.json: name" fastevent "$(meta name)"
check "META.json: version is X.Y.Z" yes "$(echo "$version" | grep -Eq '^[0-9]+\.[0-9]+\.[0-9]+$' && echo yes || echo "$version")"
check "META.json: license" postgresql "$(meta license)"
check "META.json: provides the same version" "$version" "$(meta provides,fastevent,version)"
check "META.json: provides the full script of $ext" "src/sql/fastevent--$ext.sql" "$(meta provides,fastevent,file)"
check "META.json: meta-spec" 1.0.0 "$(meta meta-spec,version)"
for f in abstract maintainer prereqs,runtime,requires,PostgreSQL; do
	check "META.json: $f is set" yes "$(case $(meta "$f") in ''|ERROR) echo no ;; *) echo yes ;; esac)"
done
check "LICENSE is the PostgreSQL License" yes "$(head -n 1 LICENSE | grep -qx 'PostgreSQL License' && echo yes || echo no)"
check "fastevent.control: default_version" "'$ext'" "$(sed -n 's/^default_version = //p' fastevent.control)"
check "Makefile: EXTVERSION" "$ext" "$(sed -n 's/^EXTVERSION = //p' Makefile)"
check "CHANGELOG.md: a section for $version" yes "$(grep -q "^## $version\b" CHANGELOG.md && echo yes || echo no)"
check "Makefile: DATA is every script in src/sql" "$(ls src/sql/*.sql | sort | tr '\n' ' ')" \
	"$(sed -n 's/^DATA = //p' Makefile | tr ' ' '\n' | grep . | sort | tr '\n' ' ')"
check "every version updates to $ext" "" "$(psql_q -c "
	SELECT string_agg(source, ' ') FROM pg_extension_update_paths('fastevent')
	 WHERE target = '$ext' AND source <> '$ext' AND path IS NULL")"
echo "$released" | while read -r script sum; do
	[ -n "$script" ] || continue
	echo "$script $sum $(md5sum <"src/sql/$script" | cut -d' ' -f1)"
done >"${PGCLUSTER_DIR:-/tmp}/released.sums"
while read -r script sum actual; do
	check "released $script is unchanged" "$sum" "$actual"
done <"${PGCLUSTER_DIR:-/tmp}/released.sums"
# one comment line right above each PG_FUNCTION_INFO_V1 (but inside a
# macro, whose invocations carry it) says what the function does
check "a comment above every PG_FUNCTION_INFO_V1" "" "$(awk '
	FNR == 1 { prev = "" }
	/^PG_FUNCTION_INFO_V1\(/ && $0 !~ /\\$/ && prev !~ /\*\/[ \t]*$/ { printf " %s:%d", FILENAME, FNR }
	{ prev = $0 }' src/*.c)"
# every C function a script names is written out under that name in src/
# (macros take full names), so that grep finds its definition
check "every C function a script names is greppable in src/" "" "$(
	awk -f test/c_symbols.awk src/sql/*.sql | awk '{ print $2 }' | sort -u | while read -r f; do
		grep -hw "$f" src/*.c | grep -v '^[[:space:]]*\(/\*\|\*\)' | grep -q . || printf ' %s' "$f"
	done)"

check_end
