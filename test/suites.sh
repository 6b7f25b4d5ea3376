#!/bin/sh
# suites.sh: every test suite of `make test`, in order, each run even when
# an earlier one failed (but none against a build that failed), then a table
# of what passed, failed or was not available, and a closing count.  The
# table is also written to test/report/results.tsv (suite, status, note) for
# test/versions.sh.  Exits non-zero on any failure.
set -u
make=${MAKE:-make}
out=test/report
results=$out/results.tsv
mkdir -p "$out"
: >"$results"
unavailable=$(cat "$out/unavailable" 2>/dev/null || true)

record() {	# record SUITE STATUS NOTE
	printf '%s\t%s\t%s\n' "$1" "$2" "$3" >>"$results"
}

# run SUITE COMMAND...: passed or failed by COMMAND's exit status
run() {
	name=$1; shift
	echo "== $name"
	start=$(date +%s)
	if "$@"; then st=passed; else st=failed; fi
	record "$name" "$st" "$(($(date +%s) - start)) s"
	echo "== $name: $st"
	[ "$st" = passed ]
}

# not_packaged PACKAGE...: those of them the distribution does not package
not_packaged() {
	for p in "$@"; do
		case " $(echo $unavailable) " in *" $p "*) printf ' %s' "$p" ;; esac
	done
}

built=no
run "build -Werror" sh -c "$make clean >/dev/null && $make WERROR=1 all && MAKE=$make sh tools/install.sh test" && built=yes
run unit $make unit

server_suite() {	# server_suite SUITE COMMAND...: needs the build just installed
	if [ $built = yes ]; then
		run "$@"
	else
		record "$1" failed "not run: the build failed"
	fi
}
server_suite pg_regress sh tools/pgcluster.sh sh test/regress.sh
# each of them alone, in a new database: no test leans on another's objects
server_suite "regress alone" sh tools/pgcluster.sh sh test/regress.sh alone
# each released version, filled and updated, equals a fresh install, data intact
server_suite update sh tools/pgcluster.sh sh test/xversion.sh update
# a database owner who is not a superuser installs it, and nothing planted
# in its schema is picked up by the install script
server_suite trusted sh tools/pgcluster.sh sh test/trusted.sh
# every SQL example of the README, docs/ and CONTRIBUTING.md runs and prints
# what the page shows
server_suite readme sh tools/pgcluster.sh sh test/readme.sh
# META.json, the control file, the Makefile and CHANGELOG.md agree
server_suite release sh tools/pgcluster.sh sh test/release.sh
# the Debian package holds the build's files and complete control data; in
# a throwaway root of the matrix (make test-versions) it is also installed
# with apt and passes pg_regress.  Nothing here needs a second OS root, so
# this runs in a container too
server_suite deb sh tools/deb.sh test

go_missing=$(not_packaged golang-go golang-github-segmentio-ksuid-dev \
	golang-github-segmentio-fasthash-dev golang-github-jackc-pgx-v4-dev)
if [ -n "$go_missing" ]; then
	record "Go crosscheck" "not available" "not packaged:$go_missing"
else
	server_suite "Go crosscheck" sh tools/pgcluster.sh sh test/go/crosscheck.sh
fi
# the Go client packages (clients/go) with pgx v4, against a real server
go_client_missing=$(not_packaged golang-go golang-github-segmentio-ksuid-dev golang-github-jackc-pgx-v4-dev)
if [ -n "$go_client_missing" ]; then
	record "Go client" "not available" "not packaged:$go_client_missing"
else
	server_suite "Go client" sh tools/pgcluster.sh sh test/clients.sh go
fi
# the Python client package (clients/python), installed with pip, with psycopg 3
py_missing=$(not_packaged python3-psycopg python3-venv python3-setuptools python3-wheel)
if [ -n "$py_missing" ]; then
	record "Python client" "not available" "not packaged:$py_missing"
else
	server_suite "Python client" sh tools/pgcluster.sh sh test/clients.sh python
fi
# the Node client package (clients/node) with node-postgres
if [ -n "$(not_packaged 'nodejs>=18')" ]; then
	record "Node client" "not available" "not packaged: Node.js 18 or later (node:test)"
elif [ -n "$(not_packaged nodejs node-pg)" ]; then
	record "Node client" "not available" "not packaged:$(not_packaged nodejs node-pg)"
else
	server_suite "Node client" sh tools/pgcluster.sh sh test/clients.sh node
fi

server_suite preload env PGCLUSTER_OPTS="-c shared_preload_libraries=fastevent" \
	sh tools/pgcluster.sh sh test/preload.sh

if ! ls /usr/lib/llvm-*/lib/clang/*/lib/linux/libclang_rt.fuzzer-*.a >/dev/null 2>&1 &&
	[ -n "$(not_packaged clang libclang-rt-dev)" ]; then
	record fuzz "not available" "not packaged:$(not_packaged clang libclang-rt-dev)"
else
	run fuzz $make fuzz
fi

# the table and the closing count
. /etc/os-release 2>/dev/null || PRETTY_NAME=unknown
pgv=$(pg_config --version 2>/dev/null || echo "PostgreSQL not found")
echo
echo "make test on $PRETTY_NAME, $pgv:"
awk -F'\t' '{ printf "  %-15s %-14s %s\n", $1, $2, $3 }' "$results"
passed=$(grep -c '	passed	' "$results")
failed=$(grep -c '	failed	' "$results")
na=$(grep -c '	not available	' "$results")
if [ "$na" -gt 0 ]; then
	echo "test: $passed passed, $failed failed, $na skipped"
else
	echo "test: $passed passed, $failed failed"
fi
[ "$failed" -eq 0 ]
