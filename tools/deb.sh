#!/bin/sh
# deb.sh: the Debian package postgresql-NN-fastevent.
#
#   deb.sh build [MAJOR...]  build test/build/deb/postgresql-NN-fastevent_V_ARCH.deb
#                            for each MAJOR (default: every installed major
#                            that has its server headers), with dpkg-deb
#   deb.sh test              (make test) build the package for the major
#                            make test builds for and check what it holds
#                            (deb.sh files); inside a throwaway root (the
#                            matrix, test/versions.sh) also install it there
#                            with apt and run the regression suite on it
#                            (deb.sh check).  Nothing here needs a second OS
#                            root, so it runs in a container or a chroot too
#   deb.sh files DEB         the package's files are the build's: the
#                            scripts and control file byte for byte, the
#                            library a stripped shared object with every
#                            function the scripts name; its control data
#   deb.sh check DEB         (inside a throwaway root) install DEB with apt, as a
#                            user would, so that it brings its server, and run
#                            the pg_regress suite against what it installed
set -eu
here=$(cd "$(dirname "$0")" && pwd)
src=$(cd "$here/.." && pwd)
out=$src/test/build/deb
release=$(sed -n 's/^   "version": "\(.*\)",$/\1/p' "$src/META.json")
debversion=$release-1
arch=$(dpkg --print-architecture)

# build_one MAJOR: the package of that major, from a clean build
build_one() {
	pgc=/usr/lib/postgresql/$1/bin/pg_config
	stage=$(mktemp -d)
	chmod 755 "$stage"
	pkg=postgresql-$1-fastevent
	make -s -C "$src" clean PG_CONFIG="$pgc" >/dev/null
	make -s -C "$src" all PG_CONFIG="$pgc" >/dev/null
	make -s -C "$src" install PG_CONFIG="$pgc" DESTDIR="$stage" >/dev/null
	make -s -C "$src" clean PG_CONFIG="$pgc" >/dev/null
	strip --strip-unneeded "$stage$("$pgc" --pkglibdir)/fastevent.so"
	# the byte code for JIT inlining is an optional extra of its own in Debian
	rm -rf "$stage$("$pgc" --pkglibdir)/bitcode"
	doc=$stage/usr/share/doc/$pkg
	mkdir -p "$doc" "$stage/DEBIAN"
	cp "$src/LICENSE" "$doc/copyright"
	gzip -9n <"$src/CHANGELOG.md" >"$doc/changelog.gz"
	gzip -9n <"$src/README.md" >"$doc/README.md.gz"
	size=$(du -sk --exclude=DEBIAN "$stage" | cut -f1)
	cat >"$stage/DEBIAN/control" <<CONTROL
Package: $pkg
Version: $debversion
Architecture: $arch
Maintainer: the fastevent developers <maintainers@users.noreply.example>
Installed-Size: $size
Depends: postgresql-$1, libc6
Section: database
Priority: optional
Homepage: https://pgxn.org/dist/fastevent/
Description: KSUIDs, nanosecond timestamps and fasthash for PostgreSQL $1
 fastevent adds the ksuid type (Segment's K-Sortable Unique IDs, printed as
 segmentio/ksuid prints them), the timestamptz_ns type (nanosecond
 timestamps passed by value) and FNV-1, FNV-1a and jody hash functions equal
 to the Go library segmentio/fasthash.
CONTROL
	mkdir -p "$out"
	deb=$out/${pkg}_${debversion}_$arch.deb
	dpkg-deb --root-owner-group -Zxz --build "$stage" "$deb" >/dev/null
	rm -rf "$stage"
	echo "deb: built $deb"
}

case ${1:-} in
build)
	shift
	majors=$*
	if [ -z "$majors" ]; then
		for d in /usr/lib/postgresql/*/lib/pgxs/src/makefiles/pgxs.mk; do
			[ -f "$d" ] || continue
			v=${d#/usr/lib/postgresql/}; v=${v%%/*}
			[ -f "/usr/include/postgresql/$v/server/postgres.h" ] && majors="$majors $v"
		done
	fi
	[ -n "$majors" ] || { echo "deb: no PostgreSQL server headers installed" >&2; exit 1; }
	for v in $majors; do build_one "$v"; done
	;;
test)
	major=$(pg_config --version | sed 's/^PostgreSQL \([0-9]*\).*/\1/')
	build_one "$major"
	# make test built and installed the extension before: build it again
	# for the suites after this one
	make -s -C "$src" all install >/dev/null
	deb=$out/postgresql-${major}-fastevent_${debversion}_$arch.deb
	sh "$here/deb.sh" files "$deb" || exit 1
	if [ "${FASTEVENT_THROWAWAY_ROOT:-}" = 1 ]; then
		exec sh "$here/deb.sh" check "$deb"
	fi
	echo "deb: installing it with apt into a clean system is checked by make test-versions"
	;;
files)
	deb=$2
	pkg=$(dpkg-deb -f "$deb" Package)
	major=$(echo "$pkg" | sed 's/^postgresql-\([0-9]*\)-fastevent$/\1/')
	x=$(mktemp -d)
	trap 'rm -rf "$x"' EXIT
	dpkg-deb -x "$deb" "$x"
	status=0
	fail() { echo "deb: $*" >&2; status=1; }
	[ "$(dpkg-deb -f "$deb" Version)" = "$debversion" ] || fail "Version is not $debversion"
	[ "$(dpkg-deb -f "$deb" Architecture)" = "$arch" ] || fail "Architecture is not $arch"
	dpkg-deb -f "$deb" Depends | grep -q "postgresql-$major\b" || fail "does not depend on postgresql-$major"
	ext=$x/usr/share/postgresql/$major/extension
	cmp -s "$src/fastevent.control" "$ext/fastevent.control" || fail "fastevent.control differs from the source"
	for f in "$src"/src/sql/*.sql; do
		cmp -s "$f" "$ext/$(basename "$f")" || fail "$(basename "$f") missing or not the source's"
	done
	extra=$(cd "$ext" && ls | grep -v '^fastevent\.control$' | while read -r f; do
		[ -f "$src/src/sql/$f" ] || echo "$f"; done)
	[ -z "$extra" ] || fail "files no script of the source has: $extra"
	so=$x/usr/lib/postgresql/$major/lib/fastevent.so
	if file -b "$so" 2>/dev/null | grep -q 'shared object' || od -An -c -N4 "$so" | grep -q 'E   L   F'; then
		syms=$(nm -D --defined-only "$so" | awk '{ print $3 }')
		for f in Pg_magic_func $(awk -f "$src/test/c_symbols.awk" "$src"/src/sql/*.sql |
			awk -v v=$((major * 10000)) '$1 <= v { print $2 }' | sort -u); do
			echo "$syms" | grep -qx "$f" || fail "fastevent.so lacks $f"
		done
		[ -z "$(nm "$so" 2>/dev/null | head -n 1)" ] || fail "fastevent.so is not stripped"
	else
		fail "no fastevent.so"
	fi
	[ -s "$x/usr/share/doc/$pkg/copyright" ] || fail "no copyright file"
	[ $status -eq 0 ] && echo "deb: $pkg's files are the build's, its control data complete"
	exit $status
	;;
check)
	deb=$2
	if [ "${FASTEVENT_THROWAWAY_ROOT:-}" != 1 ]; then
		echo "deb: check installs packages: only inside a throwaway root" >&2
		exit 2
	fi
	export DEBIAN_FRONTEND=noninteractive
	pkg=$(dpkg-deb -f "$deb" Package)
	major=$(echo "$pkg" | sed 's/^postgresql-\([0-9]*\)-fastevent$/\1/')
	# what an earlier make install put there would hide the package's files
	rm -f /usr/lib/postgresql/"$major"/lib/fastevent.so /usr/share/postgresql/"$major"/extension/fastevent*
	rm -rf /usr/lib/postgresql/"$major"/lib/bitcode/fastevent*
	apt-get update -qq
	apt-get install -y -qq --no-install-recommends "$deb" >/dev/null
	status=0
	files=$(dpkg -L "$pkg")
	for f in "/usr/lib/postgresql/$major/lib/fastevent.so" "/usr/share/postgresql/$major/extension/fastevent.control" \
		$(cd "$src" && ls src/sql/*.sql | sed "s|^src/sql/|/usr/share/postgresql/$major/extension/|"); do
		echo "$files" | grep -qx "$f" || { echo "deb: $pkg lacks $f" >&2; status=1; }
	done
	echo "deb: installed $pkg $(dpkg-query -W -f '${Version}' "$pkg") with postgresql-$major $(dpkg-query -W -f '${Version}' "postgresql-$major")"
	export PATH=/usr/lib/postgresql/$major/bin:$PATH
	tests=$(make -s -C "$src" print-regress PG_CONFIG="/usr/lib/postgresql/$major/bin/pg_config")
	cd "$src"
	# the tests write their COPY files into results/ under the checkout
	results=.
	sh tools/pgcluster.sh "/usr/lib/postgresql/$major/lib/pgxs/src/test/regress/pg_regress" \
		--inputdir=. --outputdir="$results" --bindir="/usr/lib/postgresql/$major/bin" \
		--load-extension=fastevent --dbname=deb_regression $tests || {
		status=1
		cat "$results/regression.diffs" 2>/dev/null || true
	}
	[ $status -eq 0 ] && echo "deb: the package passes the regression suite"
	exit $status
	;;
*)
	echo "usage: deb.sh build [MAJOR...] | test | files DEB | check DEB" >&2
	exit 2
	;;
esac
