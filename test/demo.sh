#!/bin/sh
# demo.sh demo|psql: what `make demo` and `make psql` do, step by step.
#   demo   install what is missing, build, install, then run the showcase
#          (test/demo.sql) on a throwaway cluster and remove it
#   psql   the same set-up, then an interactive psql on a throwaway cluster
#          with the extension created; the cluster goes when psql exits
# Without root, a step that needs root says what to run instead.
set -eu
mode=${1:-demo}
make=${MAKE:-make}
step() { echo "==> $*"; }

step "1/4 packages: what the demo needs and is missing (test/deps.sh)"
sh test/deps.sh demo

step "2/4 build"
$make -s all

step "3/4 install into $(pg_config --pkglibdir) and $(pg_config --sharedir)/extension"
pkglib=$(pg_config --pkglibdir)
ext=$(pg_config --sharedir)/extension
if [ -w "$pkglib" ] && [ -w "$ext" ]; then
	$make -s install
else
	# without the right to write there, the files installed earlier will
	# do if they are this build's (the library compared without its debug
	# information and build ID, which differ between checkouts)
	same=yes
	t=$(mktemp -d)
	strip --strip-all -R .note.gnu.build-id -o "$t/built.so" fastevent.so 2>/dev/null &&
		strip --strip-all -R .note.gnu.build-id -o "$t/installed.so" "$pkglib/fastevent.so" 2>/dev/null &&
		cmp -s "$t/built.so" "$t/installed.so" || same=no
	rm -rf "$t"
	for f in fastevent.control src/sql/*.sql; do
		cmp -s "$f" "$ext/$(basename "$f")" || same=no
	done
	if [ $same = no ]; then
		echo "demo: $(id -un) cannot write to $pkglib and $ext, and what is installed there is not this build." >&2
		echo "demo: install it first with  sudo $make install  and run  $make $mode  again (or run  sudo $make $mode)." >&2
		exit 1
	fi
	echo "demo: already installed, the same files as this build"
fi

version=$(pg_config --version)
case $mode in
demo)
	step "4/4 showcase (test/demo.sql) on a throwaway cluster of $version"
	PGCLUSTER_VERBOSE=1 sh test/pgcluster.sh psql -X -q -v ON_ERROR_STOP=1 -f test/demo.sql
	echo "demo: done: fastevent works on $version; the throwaway cluster is removed. To explore: $make psql"
	;;
psql)
	step "4/4 psql on a throwaway cluster of $version, with CREATE EXTENSION fastevent done"
	PGCLUSTER_VERBOSE=1 sh test/pgcluster.sh sh -c 'psql -X -q -c "CREATE EXTENSION fastevent" && psql'
	echo "psql: the throwaway cluster is removed"
	;;
*)
	echo "usage: demo.sh demo|psql" >&2
	exit 2
	;;
esac
