#!/bin/sh
# Install what building and testing fastevent needs, from the distribution's
# packages, when it is missing.  A machine that has everything installs
# nothing.  Installing needs root; otherwise this prints the command to run.
set -eu

missing=""
need() {	# need PACKAGE TEST...: PACKAGE is missing unless the test passes
	pkg=$1; shift
	"$@" >/dev/null 2>&1 || missing="$missing $pkg"
}

# The server version: the one already installed, else the distribution's default.
pgver=""
if [ -d /usr/lib/postgresql ]; then
	pgver=$(ls /usr/lib/postgresql | sort -n | tail -n 1)
fi
if [ -z "$pgver" ] || [ ! -x "/usr/lib/postgresql/$pgver/bin/postgres" ]; then
	missing="$missing postgresql postgresql-contrib"
	pgver=""
fi

# server headers and PGXS for that version (all versions if not known yet)
if [ -n "$pgver" ]; then
	# PGXS itself can outlive the headers (another package ships it): test both
	need "postgresql-server-dev-$pgver" test -f "/usr/lib/postgresql/$pgver/lib/pgxs/src/makefiles/pgxs.mk" \
		-a -f "/usr/include/postgresql/$pgver/server/postgres.h"
	# amcheck is part of the server package on Debian; contrib elsewhere
	need postgresql-contrib test -f "/usr/share/postgresql/$pgver/extension/amcheck.control"
else
	missing="$missing postgresql-server-dev-all"
fi
need make command -v make
need gcc command -v cc
need clang command -v clang
# libFuzzer and the sanitizers' runtime
need libclang-rt-dev sh -c 'ls /usr/lib/llvm-*/lib/clang/*/lib/linux/libclang_rt.fuzzer-*.a'
need valgrind command -v valgrind
# the Go reference libraries, for test/go/crosscheck.sh
need golang-go command -v go
need golang-github-segmentio-ksuid-dev test -d /usr/share/gocode/src/github.com/segmentio/ksuid
need golang-github-segmentio-fasthash-dev test -d /usr/share/gocode/src/github.com/segmentio/fasthash
need golang-github-jackc-pgx-v4-dev test -d /usr/share/gocode/src/github.com/jackc/pgx/v4

if [ -z "$missing" ]; then
	exit 0
fi

if [ "$(id -u)" -ne 0 ]; then
	echo "fastevent needs these packages:$missing" >&2
	echo "Install them with:  sudo apt-get update && sudo apt-get install -y$missing" >&2
	echo "(or run this make target with sudo)" >&2
	exit 1
fi

echo "Installing:$missing"
export DEBIAN_FRONTEND=noninteractive
apt-get update -qq
# shellcheck disable=SC2086
apt-get install -y -qq --no-install-recommends $missing
# a fresh server install may leave a default cluster running: it is not ours
if command -v pg_lsclusters >/dev/null 2>&1; then
	pg_lsclusters -h 2>/dev/null | while read -r ver name _; do
		pg_ctlcluster "$ver" "$name" stop 2>/dev/null || true
	done
fi
