#!/bin/sh
# install.sh: install this build into the server's directories, as `make
# install` does, for make demo, psql, test and bench.  Without the right to
# write there (not root, say), a copy of the same build installed earlier is
# used as it is (the library compared without its debug information and
# build ID, which differ between checkouts); otherwise it says what to run.
set -eu
make=${MAKE:-make}
target=${1:-test}
pkglib=$(pg_config --pkglibdir)
ext=$(pg_config --sharedir)/extension
if [ -w "$pkglib" ] && [ -w "$ext" ]; then
	exec $make -s install
fi
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
	echo "install: $(id -un) cannot write to $pkglib and $ext, and what is installed there is not this build." >&2
	echo "install: install it first with  sudo $make install  and run  $make $target  again (or run  sudo $make $target)." >&2
	exit 1
fi
echo "install: already installed, the same files as this build"
