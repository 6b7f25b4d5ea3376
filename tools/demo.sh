#!/bin/sh
# demo.sh demo|psql: what `make demo` and `make psql` do, step by step.
#   demo   install what is missing, build, install, then run the showcase
#          (tools/demo.sql) on a throwaway cluster and remove it
#   psql   the same set-up, then an interactive psql on a throwaway cluster
#          with the extension created; the cluster goes when psql exits
# Without root, a step that needs root says what to run instead.
set -eu
mode=${1:-demo}
make=${MAKE:-make}
step() { echo "==> $*"; }

step "1/4 packages: what the demo needs and is missing (tools/deps.sh)"
sh tools/deps.sh demo

step "2/4 build"
$make -s all

step "3/4 install into $(pg_config --pkglibdir) and $(pg_config --sharedir)/extension"
sh tools/install.sh "$mode"

version=$(pg_config --version)
case $mode in
demo)
	step "4/4 showcase (tools/demo.sql) on a throwaway cluster of $version"
	PGCLUSTER_VERBOSE=1 sh tools/pgcluster.sh psql -X -q -v ON_ERROR_STOP=1 -f tools/demo.sql
	echo "demo: done: fastevent works on $version; the throwaway cluster is removed. To explore: $make psql"
	;;
psql)
	step "4/4 psql on a throwaway cluster of $version, with CREATE EXTENSION fastevent done"
	PGCLUSTER_VERBOSE=1 sh tools/pgcluster.sh sh -c 'psql -X -q -c "CREATE EXTENSION fastevent" && psql'
	echo "psql: the throwaway cluster is removed"
	;;
*)
	echo "usage: demo.sh demo|psql" >&2
	exit 2
	;;
esac
