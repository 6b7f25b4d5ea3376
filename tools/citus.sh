#!/bin/sh
# citus.sh ARCHIVE [DEST]: build Citus from a source archive (a .tar.gz of a
# Citus release) into a private copy of the PostgreSQL installation that
# pg_config (or $PG_CONFIG) names, and print the copy's pg_config.  Nothing
# of the installed server changes: its binaries, libraries and headers are
# copied under DEST (default /var/tmp/fastevent-citus/<archive>-pg<major>,
# kept between runs: a second run with the same archive and server only
# prints the path).
#
# Headers Citus needs and the machine lacks (lz4, zstd, Kerberos, ICU, curl)
# are unpacked from the distribution's -dev packages into DEST/deps with
# apt-get download and dpkg -x, never installed: installing them could
# upgrade the runtime libraries the machine already has.  Linking uses the
# runtime libraries as they are.
set -eu
archive=$1
pgc=${PG_CONFIG:-pg_config}
[ -f "$archive" ] || { echo "citus: no archive $archive" >&2; exit 1; }
major=$("$pgc" --version | sed 's/^PostgreSQL \([0-9]*\).*/\1/')
name=$(basename "$archive" .tar.gz)
dest=${2:-/var/tmp/fastevent-citus/$name-pg$major}
stamp="$(sha256sum <"$archive" | cut -c1-64) $("$pgc" --version)"
bindir=$("$pgc" --bindir)
newpgc=$dest/root$bindir/pg_config
if [ -f "$dest/stamp" ] && [ "$(cat "$dest/stamp")" = "$stamp" ] && [ -x "$newpgc" ]; then
	echo "$newpgc"
	exit 0
fi
rm -rf "$dest"
mkdir -p "$dest/root" "$dest/deps/lib"
log=$dest/build.log
echo "citus: building $name for PostgreSQL $major into $dest (log: $log)" >&2

# the private copy: the server's files at the same paths under $dest/root;
# pg_config and postgres find their directories relative to themselves
for d in "$(dirname "$bindir")" "$("$pgc" --sharedir)" "$("$pgc" --includedir)"; do
	mkdir -p "$dest/root$(dirname "$d")"
	cp -a "$d" "$dest/root$d"
done
# Debian's server headers live in /usr/include/postgresql/NN/server
inc=$("$pgc" --includedir-server)
case $inc in "$("$pgc" --includedir)"/*) ;; *)
	mkdir -p "$dest/root$(dirname "$inc")"
	cp -a "$inc" "$dest/root$inc" ;;
esac
[ "$("$newpgc" --bindir)" = "$dest/root$bindir" ] || {
	echo "citus: the copied pg_config does not report the copy's paths" >&2
	exit 1
}

# private_header HEADER PACKAGE...: unpack PACKAGEs into deps/ unless a
# compiler already finds HEADER
cppflags="" ldflags="-L$dest/deps/lib"
private_header() {
	h=$1; shift
	printf '#include <%s>\n' "$h" | cc -E $cppflags -I"$inc" - >/dev/null 2>&1 && return 0
	(cd "$dest/deps" && apt-get download -qq "$@" >>"$log" 2>&1) || {
		echo "citus: cannot download $* for <$h>: see $log" >&2
		exit 1
	}
	for p in "$dest"/deps/*.deb; do dpkg -x "$p" "$dest/deps/x"; done
	rm -f "$dest"/deps/*.deb
	cppflags="-I$dest/deps/x/usr/include"
}
# runtime_lib NAME: link -lNAME against the machine's libNAME.so.N
runtime_lib() {
	so=$(ldconfig -p | sed -n "s|^[[:space:]]*lib$1\.so\.[0-9]* (.*x86-64.*) => \(.*\)|\1|p;s|^[[:space:]]*lib$1\.so\.[0-9]* (libc6) => \(.*\)|\1|p" | head -n1)
	[ -n "$so" ] || so=$(ldconfig -p | sed -n "s|^[[:space:]]*lib$1\.so\.[0-9]* .* => \(.*\)|\1|p" | head -n1)
	[ -n "$so" ] || { echo "citus: no runtime library lib$1 on this machine" >&2; exit 1; }
	ln -sf "$so" "$dest/deps/lib/lib$1.so"
}
private_header lz4.h liblz4-dev
private_header zstd.h libzstd-dev
private_header gssapi/gssapi.h libkrb5-dev krb5-multidev
runtime_lib lz4
runtime_lib zstd
opts=--without-libcurl
if [ "$major" -ge 16 ]; then
	private_header unicode/ucol.h libicu-dev
	# 18's pg_config.h defines HAVE_LIBCURL: Citus then includes curl's
	# headers whatever configure says, so it is built with libcurl there
	if grep -q '^#define HAVE_LIBCURL 1' "$inc/pg_config.h"; then
		private_header curl/curl.h libcurl4-openssl-dev
		runtime_lib curl
		opts=""
	fi
fi

src=$dest/src
mkdir -p "$src"
tar -xzf "$archive" -C "$src" --strip-components=1
(
	cd "$src"
	PG_CONFIG=$newpgc CPPFLAGS="$cppflags" LDFLAGS="$ldflags" ./configure $opts >>"$log" 2>&1
	make -j"$(nproc)" >>"$log" 2>&1
	make install >>"$log" 2>&1
) || {
	tail -n 30 "$log" >&2
	echo "citus: the build failed; see $log" >&2
	exit 1
}
rm -rf "$src"
echo "$stamp" >"$dest/stamp"
echo "$newpgc"
