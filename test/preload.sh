#!/bin/sh
# preload.sh: with fastevent in shared_preload_libraries (loaded by the
# postmaster before it forks the backends), concurrent sessions still never
# hand out the same random bytes.  Runs against the cluster in PGHOST, which
# pgcluster.sh must have started with PGCLUSTER_OPTS containing
# "-c shared_preload_libraries=fastevent".
set -eu
sessions=4
per_session=50000

loaded=$(psql -X -A -t -c "SHOW shared_preload_libraries")
[ "$loaded" = fastevent ] || { echo "preload: fastevent is not preloaded ($loaded)" >&2; exit 1; }

psql -X -q -v ON_ERROR_STOP=1 <<'SQL'
SET client_min_messages = warning;
CREATE EXTENSION IF NOT EXISTS fastevent;
DROP TABLE IF EXISTS preload_ids;
CREATE TABLE preload_ids (id ksuid, mono ksuid);
SQL
pids=""
for i in $(seq "$sessions"); do
	psql -X -q -v ON_ERROR_STOP=1 -c "INSERT INTO preload_ids
		SELECT gen_ksuid(), gen_ksuid_monotonic() FROM generate_series(1, $per_session)" &
	pids="$pids $!"
done
for pid in $pids; do
	wait "$pid"
done
result=$(psql -X -A -t -v ON_ERROR_STOP=1 -c "
	SELECT count(*) = $sessions * $per_session
	   AND count(DISTINCT ksuid_payload(id)) = count(*)
	   AND count(DISTINCT mono) = count(*)
	  FROM preload_ids")
if [ "$result" = t ]; then
	echo "preload: 1 passed, 0 failed ($sessions sessions, $per_session IDs each, all distinct)"
else
	echo "preload: 0 passed, 1 failed: IDs repeat across preloaded backends"
	exit 1
fi
