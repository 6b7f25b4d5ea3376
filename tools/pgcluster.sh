#!/bin/sh
# pgcluster.sh COMMAND [ARG...]
#
# Run COMMAND against a throwaway PostgreSQL cluster: initdb into a new
# temporary directory, start it listening only on a unix socket inside that
# directory, export PGHOST/PGPORT/PGUSER/PGDATABASE, run COMMAND, then stop
# the server and remove the directory, also on failure or Ctrl-C.  Run as
# root, the server runs as the postgres OS user.  Extra server settings can
# be passed in PGCLUSTER_OPTS (for example "-c shared_buffers=1GB");
# PGCLUSTER_VERBOSE=1 says where the cluster is and how to connect to it.
set -eu

. "$(dirname "$0")/pgscratch.sh"
dir=$(scratch_dir fastevent-pg)

cleanup() {
	trap - EXIT INT TERM
	if [ -f "$dir/data/postmaster.pid" ]; then
		$as_owner "$bindir/pg_ctl" -D "$dir/data" -m immediate -w stop >/dev/null 2>&1 || true
	fi
	rm -rf "$dir"
}
trap cleanup EXIT
trap 'cleanup; exit 130' INT
trap 'cleanup; exit 143' TERM

scratch_initdb "$dir"
# shellcheck disable=SC2086
$as_owner "$bindir/pg_ctl" -D "$dir/data" -l "$dir/server.log" -w -s \
	-o "-c listen_addresses='' -k $dir -c fsync=off -c synchronous_commit=off ${PGCLUSTER_OPTS:-}" \
	start || {
	cat "$dir/server.log" >&2
	exit 1
}

export PGHOST="$dir" PGPORT=5432 PGUSER=postgres PGDATABASE=postgres
export PGCLUSTER_DIR="$dir"
if [ -n "${PGCLUSTER_VERBOSE:-}" ]; then
	echo "cluster: a throwaway cluster in $dir (unix socket only, no TCP), removed when this ends"
	echo "cluster: to connect from another terminal while it runs:  psql -h $dir -p 5432 -U postgres postgres"
fi
status=0
"$@" || status=$?
exit $status
