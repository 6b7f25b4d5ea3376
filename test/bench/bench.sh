#!/bin/sh
# bench.sh: fastevent against the built-ins, side by side, on a throwaway
# cluster.  Asserts nothing.  (make bench then runs callgrind.sh.)
#   BENCH_ROWS (default 1000000), BENCH_ROUNDS (default 5, at least 5),
#   BENCH_CASES (a regular expression: only the cases whose name matches)
set -eu
here=$(cd "$(dirname "$0")" && pwd)
rows=${BENCH_ROWS:-1000000}
rounds=${BENCH_ROUNDS:-5}
cases=${BENCH_CASES:-.}

export PGCLUSTER_OPTS="-c shared_buffers=1GB -c max_wal_size=4GB -c checkpoint_timeout=1h"
echo "fastevent benchmark: $rows rows, $rounds rounds, $(pg_config --version), $(nproc) cores"
sh "$here/../../tools/pgcluster.sh" sh -c '
	psql -X -q -v rows="$1" -v rounds="$2" -v cases="$4" -v dir="$PGCLUSTER_DIR" \
		-f "$3/bench.sql" -f "$3/ksuid.sql" -f "$3/ksuid_set.sql" -f "$3/tsns.sql" -f "$3/brin.sql" -f "$3/fasthash.sql" -f "$3/agg.sql" -f "$3/run.sql" \
		-f "$3/rows.sql"
' bench "$rows" "$rounds" "$here" "$cases"
