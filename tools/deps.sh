#!/bin/sh
# deps.sh [demo|test|bench]: install, from the distribution's packages, what
# that target needs and is missing.  A machine that has everything installs
# nothing; installed packages are never upgraded.  Installing needs root;
# otherwise this prints the command to run.
#
# For `test`, tools this distribution does not package at all (bullseye has
# no segmentio Go libraries, say) are listed in test/report/unavailable, one
# package a line, so the suites that need them report "not available" and
# name them.  Any other missing package is an error.
set -eu
mode=${1:-test}
unavailable_file=test/report/unavailable

# The server version: the one pg_config names, else the newest installed,
# else (decided after apt-get update) the distribution's default.
pgver=""
if [ -n "${PG_CONFIG:-}" ] && command -v "$PG_CONFIG" >/dev/null 2>&1; then
	pgver=$("$PG_CONFIG" --version | sed 's/^PostgreSQL \([0-9]*\).*/\1/')
elif [ -d /usr/lib/postgresql ]; then
	for v in $(ls /usr/lib/postgresql | sort -n); do
		[ -x "/usr/lib/postgresql/$v/bin/postgres" ] && pgver=$v
	done
fi

required=""				# missing, and the target cannot do without
optional=""				# missing, and a suite reports "not available" if unpackaged
need() {	# need required|optional PACKAGE TEST...: missing unless TEST passes
	kind=$1 pkg=$2; shift 2
	"$@" >/dev/null 2>&1 && return 0
	if [ "$kind" = required ]; then required="$required $pkg"; else optional="$optional $pkg"; fi
}

if [ -n "$pgver" ]; then
	# PGXS can outlive the headers (another package ships it): test both
	need required "postgresql-server-dev-$pgver" test -f "/usr/lib/postgresql/$pgver/lib/pgxs/src/makefiles/pgxs.mk" \
		-a -f "/usr/include/postgresql/$pgver/server/postgres.h"
else
	required="$required postgresql-NN postgresql-server-dev-NN"
fi
need required make command -v make
need required gcc command -v cc
case $mode in
test)
	# amcheck ships in the server package on Debian, in contrib elsewhere
	[ -z "$pgver" ] || need required "postgresql-contrib-$pgver" \
		test -f "/usr/share/postgresql/$pgver/extension/amcheck.control"
	need optional clang command -v clang
	# libFuzzer's runtime: its own package from clang 13 on, in clang's before
	need optional libclang-rt-dev sh -c 'ls /usr/lib/llvm-*/lib/clang/*/lib/linux/libclang_rt.fuzzer-*.a'
	# the Go reference libraries, for test/go/crosscheck.sh
	need optional golang-go command -v go
	need optional golang-github-segmentio-ksuid-dev test -d /usr/share/gocode/src/github.com/segmentio/ksuid
	need optional golang-github-segmentio-fasthash-dev test -d /usr/share/gocode/src/github.com/segmentio/fasthash
	need optional golang-github-jackc-pgx-v4-dev test -d /usr/share/gocode/src/github.com/jackc/pgx/v4
	# psycopg 3, for clients/python (Debian's python3, whatever is on PATH)
	need optional python3-psycopg /usr/bin/python3 -c 'import psycopg'
	# and what pip install ./clients/python needs, offline: a venv (with its
	# pip), setuptools and wheel to build the package
	need optional python3-venv dpkg -s python3-venv
	need optional python3-setuptools /usr/bin/python3 -c 'import setuptools.build_meta'
	need optional python3-wheel /usr/bin/python3 -c 'import wheel'
	# pgx v5, for clients/go/pgxv5: Debian has it in sid only
	need optional golang-github-jackc-pgx-v5-dev test -d /usr/share/gocode/src/github.com/jackc/pgx/v5
	# Node.js and node-postgres, for clients/node: npm's pg (its version in
	# clients/node/package-lock.json, installed by npm_pg below) where npm
	# is, else Debian's node-pg; node:test needs Node.js 18
	need optional nodejs command -v node
	command -v npm >/dev/null 2>&1 || need optional node-pg test -f /usr/share/nodejs/pg/package.json
	;;
bench)
	need required valgrind command -v valgrind
	;;
esac

record_unavailable() {
	[ "$mode" = test ] || return 0
	mkdir -p "$(dirname "$unavailable_file")"
	if [ -n "$1" ]; then printf '%s\n' $1; fi >"$unavailable_file"
}

# npm_pg: with npm, the pg of clients/node/package-lock.json in
# clients/node/node_modules (npm ci), unless it is there already
npm_pg() {
	[ "$mode" = test ] && command -v npm >/dev/null 2>&1 && command -v node >/dev/null 2>&1 || return 0
	lock=clients/node/package-lock.json
	have=clients/node/node_modules/.package-lock.json
	if [ -f "$have" ] && [ ! "$lock" -nt "$have" ]; then return 0; fi
	echo "deps: npm ci in clients/node (node-postgres, from the npm registry)"
	(cd clients/node && npm ci --no-audit --no-fund --loglevel=error) ||
		echo "deps: npm ci failed: the Node client suite will fail until it succeeds" >&2
}

if [ -z "$required$optional" ]; then
	record_unavailable ""
	npm_pg
	exit 0
fi

if [ "$(id -u)" -ne 0 ]; then
	echo "fastevent needs these packages:$(echo "$required$optional" | sed 's/NN/<version>/g')" >&2
	echo "Install them with:  sudo apt-get update && sudo apt-get install -y$(echo "$required$optional" |
		sed 's/postgresql-server-dev-NN/postgresql-server-dev-all/; s/postgresql-NN/postgresql/')" >&2
	echo "(or run this make target with sudo)" >&2
	exit 1
fi

export DEBIAN_FRONTEND=noninteractive
echo "deps: apt-get update"
apt-get update -qq

packaged() {	# packaged PACKAGE: the archive has a real package of that name
	[ -n "$(apt-cache madison "$1" 2>/dev/null)" ]
}

# no server yet: the version the distribution's postgresql package depends on
if [ -z "$pgver" ]; then
	pgver=$(apt-cache depends postgresql 2>/dev/null |
		sed -n 's/^ *Depends: postgresql-\([0-9][0-9]*\)$/\1/p' | head -n 1)
	[ -n "$pgver" ] || { echo "deps: this distribution packages no PostgreSQL server" >&2; exit 1; }
	required=$(echo "$required" | sed "s/-NN/-$pgver/g")
	[ "$mode" != test ] || required="$required postgresql-contrib-$pgver"
fi

install=""
for p in $required; do
	if packaged "$p"; then
		install="$install $p"
	elif [ "$p" = "postgresql-contrib-$pgver" ]; then
		:	# merged into the server package (amcheck is tested for by the suite)
	else
		echo "deps: the package $p is needed and this distribution has none of that name" >&2
		exit 1
	fi
done
# node_too_old: the archive's Node.js is older than 18 (bullseye's is 12)
node_too_old() {
	v=$(apt-cache policy nodejs 2>/dev/null | sed -n 's/^ *Candidate: \([0-9]*:\)\{0,1\}\([0-9][0-9]*\)\..*/\2/p')
	[ -n "$v" ] && [ "$v" -lt 18 ]
}
notpackaged=""
for p in $optional; do
	case $p in
	nodejs | node-pg)
		if node_too_old; then
			case " $notpackaged " in *" nodejs>=18 "*) ;; *) notpackaged="$notpackaged nodejs>=18" ;; esac
			continue
		fi
		;;
	esac
	if packaged "$p"; then install="$install $p"; else notpackaged="$notpackaged $p"; fi
done
[ -z "$notpackaged" ] || echo "deps: not packaged here, so their suites are not available:$notpackaged"

# Never upgrade: --no-upgrade spares the packages named, not what they pull
# in.  The archive may be newer than the machine: the headers of a newer
# point release bring a libpq-dev that upgrades libpq5, and a -dev package of
# a newer systemd upgrades libsystemd0.  So plan first; for every package the
# plan would upgrade, look among the packages it adds for one the archive also
# has at the installed version (built from the same source, as libpq-dev is
# with libpq5) and ask for that version.  Plan again, until nothing is
# upgraded; if no such version is found, stop and say so.  Installed packages
# are never named, so their auto/manual marks stay as they were.
pins=""
request() {	# what to ask apt for: each package, at its pinned version if it has one
	for p in $install; do
		pin=$p
		for q in $pins; do
			if [ "${q%%=*}" = "$p" ]; then pin=$q; fi
		done
		printf ' %s' "$pin"
	done
	for q in $pins; do
		case " $install " in *" ${q%%=*} "*) ;; *) printf ' %s' "$q" ;; esac
	done
}
plan() {	# the simulated install: "up PKG OLD NEW" and "new PKG VERSION" lines
	# shellcheck disable=SC2046
	apt-get install -s -qq --no-install-recommends --no-upgrade $(request) 2>&1 |
		sed -n 's/^Inst \([^ ]*\) \[\([^]]*\)\] (\([^ ]*\).*/up \1 \2 \3/p
			s/^Inst \([^ ]*\) (\([^ ]*\).*/new \1 \2/p; s/^E: /error: /p'
}
first=""
for round in 1 2 3 4 5; do
	out=$(plan)
	up=$(echo "$out" | sed -n 's/^up \([^ ]*\) \([^ ]*\) \([^ ]*\)$/\1 \2 -> \3/p; /^error: /p')
	[ -n "$first" ] || first=$up
	[ -n "$up" ] || break
	olds=$(echo "$out" | awk '$1 == "up" { print $3 }' | sort -u)
	added=""
	for p in $(echo "$out" | awk '$1 == "new" { print $2 }'); do
		case " $pins " in *" $p="*) continue ;; esac
		for v in $(apt-cache madison "$p" 2>/dev/null | awk -F'|' '{ gsub(/ /, "", $2); print $2 }'); do
			if echo "$olds" | grep -qxF "$v"; then added="$added $p=$v"; break; fi
		done
	done
	[ -n "$added" ] || break
	pins="$pins$added"
done
if [ -n "$up" ]; then
	echo "deps: installing$install would upgrade installed packages, which this never does:" >&2
	echo "$first" | sed 's/^/deps:   /' >&2
	if [ -n "$pins" ]; then
		echo "deps: and asking for the installed versions ($pins ) still upgrades:" >&2
		echo "$up" | sed 's/^/deps:   /' >&2
	fi
	echo "deps: upgrade those packages first (apt-get upgrade), then run this again" >&2
	exit 1
fi
[ -z "$pins" ] || echo "deps: the archive has newer packages than those installed; matching them:$pins"
install_req=$(request)

# the clusters there before: a server install may create and start a default
# cluster; that one (only that one) is stopped afterwards
before=$(pg_lsclusters -h 2>/dev/null | awk '{print $1 "/" $2}' || true)
echo "deps: installing$install_req"
# shellcheck disable=SC2086
apt-get install -y -qq --no-install-recommends --no-upgrade $install_req
if command -v pg_lsclusters >/dev/null 2>&1; then
	pg_lsclusters -h 2>/dev/null | while read -r ver name _port status _; do
		case " $(echo $before) " in *" $ver/$name "*) continue ;; esac
		[ "$status" = online ] || continue
		echo "deps: stopping $ver/$name, the default cluster the package install started"
		pg_ctlcluster "$ver" "$name" stop >/dev/null 2>&1 || true
	done
fi
record_unavailable "$notpackaged"
npm_pg
