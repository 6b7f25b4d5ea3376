#!/bin/sh
# cituscluster.sh COMMAND [ARG...]: run COMMAND against a throwaway Citus
# cluster (a coordinator and two workers) and a plain server, for
# make test-citus and make bench.
#
# All four are made here with initdb and listen only on unix sockets in a
# new temporary directory, removed at the end (KEEP=1 keeps it): nothing of
# the machine's own servers is touched.  Citus comes from the PostgreSQL
# installation pg_config ($PG_CONFIG) names, or, with CITUS_SRC=<archive>,
# is built first from that source archive into a private copy of it
# (tools/citus.sh); this build of fastevent is installed there.  COMMAND
# gets PGHOST (the socket directory), PGUSER, PG_CONFIG, and the ports in
# CITUS_COORD, CITUS_W1, CITUS_W2 and CITUS_SINGLE.  Citus is created in no
# database: that is COMMAND's to do.
set -eu
make=${MAKE:-make}
cd "$(dirname "$0")/.."

if [ -n "${CITUS_SRC:-}" ]; then
	PG_CONFIG=$(sh tools/citus.sh "$CITUS_SRC")
	export PG_CONFIG
	# this build, into the private copy (nothing of the machine's)
	$make -s install PG_CONFIG="$PG_CONFIG" >/dev/null
else
	PG_CONFIG=${PG_CONFIG:-pg_config}
	MAKE=$make PG_CONFIG=$PG_CONFIG sh tools/install.sh test
fi
bindir=$("$PG_CONFIG" --bindir)
if [ ! -f "$("$PG_CONFIG" --sharedir)/extension/citus.control" ]; then
	echo "cituscluster: Citus is not installed for $("$PG_CONFIG" --version) ($PG_CONFIG);" \
		"give a source archive: make test-citus CITUS_SRC=citus-X.Y.Z.tar.gz" >&2
	exit 1
fi

as_owner=""
[ "$(id -u)" -ne 0 ] || as_owner="runuser -u postgres --"
dir=$(mktemp -d "${TMPDIR:-/tmp}/fastevent-citus.XXXXXX")
[ -z "$as_owner" ] || chown postgres: "$dir"
nodes="coord w1 w2 single"
port_of() { case $1 in coord) echo 5701 ;; w1) echo 5702 ;; w2) echo 5703 ;; single) echo 5704 ;; esac; }
cleanup() {
	trap - EXIT INT TERM
	for n in $nodes; do
		[ ! -f "$dir/$n/postmaster.pid" ] ||
			$as_owner "$bindir/pg_ctl" -D "$dir/$n" -m immediate -w stop >/dev/null 2>&1 || true
	done
	[ -n "${KEEP:-}" ] || rm -rf "$dir"
}
trap cleanup EXIT
trap 'cleanup; exit 130' INT
trap 'cleanup; exit 143' TERM

for n in $nodes; do
	$as_owner "$bindir/initdb" -D "$dir/$n" -U postgres -A trust --no-sync -E UTF8 \
		--locale=C >"$dir/initdb-$n.log" 2>&1 || { cat "$dir/initdb-$n.log" >&2; exit 1; }
	cat >>"$dir/$n/postgresql.conf" <<-EOF
		listen_addresses = ''
		unix_socket_directories = '$dir'
		port = $(port_of $n)
		fsync = off
		synchronous_commit = off
	EOF
	# Citus: 8 shards a table; logical replication for shard moves; no
	# TLS between nodes (unix sockets)
	[ $n = single ] || cat >>"$dir/$n/postgresql.conf" <<-EOF
		shared_preload_libraries = 'citus'
		citus.shard_count = 8
		citus.node_conninfo = 'sslmode=disable'
		citus.local_hostname = '$dir'
		wal_level = logical
		max_worker_processes = 20
	EOF
	$as_owner "$bindir/pg_ctl" -D "$dir/$n" -l "$dir/$n.log" -w -s start || {
		cat "$dir/$n.log" >&2
		exit 1
	}
done

export PGHOST="$dir" PGUSER=postgres PGDATABASE=postgres PG_CONFIG
export CITUS_COORD=5701 CITUS_W1=5702 CITUS_W2=5703 CITUS_SINGLE=5704
status=0
"$@" || status=$?
exit $status
