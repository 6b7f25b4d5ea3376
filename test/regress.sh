#!/bin/sh
# Run the pg_regress suites against the cluster in PGHOST; print the diffs
# when something fails.
set -u
rm -f regression.diffs
if make installcheck; then
	exit 0
fi
[ -f regression.diffs ] && cat regression.diffs
exit 1
