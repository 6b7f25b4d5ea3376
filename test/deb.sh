#!/bin/sh
# deb.sh: the Debian package postgresql-NN-fastevent.
#
#   deb.sh build [MAJOR...]  build test/build/deb/postgresql-NN-fastevent_V_ARCH.deb
#                            for each MAJOR (default: every installed major
#                            that has its server headers), with dpkg-deb
#   deb.sh test              (make test) build the package for the major
#                            make test builds for and check it in a throwaway
#                            root: in the root of the matrix (test/versions.sh)
#                            for this machine's Debian suite, or, inside such a
#                            root already, in that root itself
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
	if [ "${FASTEVENT_THROWAWAY_ROOT:-}" = 1 ]; then
		exec sh "$here/deb.sh" check "$deb"
	fi
	# on this machine: in a fresh overlay of the matrix's root of its suite
	share=$(mktemp -d)
	trap 'rm -rf "$share"' EXIT
	cp "$deb" "$share/"
	FASTEVENT_SHARE=$share sh "$here/versions.sh" run "$major" \
		"sh test/deb.sh check /share/$(basename "$deb")"
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
	tests=$(sed -n '/^REGRESS = /,/[^\\]$/p' "$src/Makefile" | sed 's/^REGRESS = //; s/\\$//' | tr '\n' ' ')
	[ "$major" -lt 16 ] || tests="$tests input_soft"
	export PATH=/usr/lib/postgresql/$major/bin:$PATH
	cd "$src"
	# the tests write their COPY files into results/ under the checkout
	results=.
	sh test/pgcluster.sh "/usr/lib/postgresql/$major/lib/pgxs/src/test/regress/pg_regress" \
		--inputdir=. --outputdir="$results" --bindir="/usr/lib/postgresql/$major/bin" \
		--load-extension=fastevent --dbname=deb_regression $tests || {
		status=1
		cat "$results/regression.diffs" 2>/dev/null || true
	}
	[ $status -eq 0 ] && echo "deb: the package passes the regression suite"
	exit $status
	;;
*)
	echo "usage: deb.sh build [MAJOR...] | test | check DEB" >&2
	exit 2
	;;
esac
