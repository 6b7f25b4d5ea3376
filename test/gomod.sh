#!/bin/sh
# gomod.sh DIR: build and vet the Go module in DIR in module mode, offline,
# with the distribution's Go libraries (/usr/share/gocode) standing in for
# the module proxy: a copy of the module gets a vendor/ folder holding, for
# every module its go.mod requires, Debian's source of it (a replaced module:
# the folder it is replaced by), and vendor/modules.txt saying so.  `go build
# -mod=vendor` then refuses a go.mod that misses a module the code imports
# (directly or not) or lists one wrongly, as a build from the proxy would.
# The versions are go.mod's; the code compiled is Debian's, whatever its
# version.  Run by test/clients.sh.
set -eu
src=$(cd "$1" && pwd)
gocode=${GOCODE:-/usr/share/gocode/src}
work=$(mktemp -d "${TMPDIR:-/tmp}/fastevent-gomod.XXXXXX")
trap 'rm -rf "$work"' EXIT INT TERM
mod=$work/mod
cp -r "$src" "$mod"
rm -rf "$mod/vendor"

# the requirements (path version indirect) and replacements (path dir)
awk '
	/^require \($/ { inreq = 1; next }
	inreq && /^\)$/ { inreq = 0; next }
	inreq && NF >= 2 { print "req", $1, $2, ($0 ~ /\/\/ indirect/) ? "indirect" : "direct"; next }
	/^require [^(]/ { print "req", $2, $3, ($0 ~ /\/\/ indirect/) ? "indirect" : "direct"; next }
	/^replace / { print "rep", $2, $4 }
' "$mod/go.mod" >"$work/reqs"
main=$(awk '/^module / { print $2; exit }' "$mod/go.mod")
goversion=$(awk '/^go / { print $2; exit }' "$mod/go.mod")

: >"$mod/vendor.txt"
while read -r kind path ver ind; do
	[ "$kind" = req ] || continue
	from=$gocode/$path
	rep=$(awk -v p="$path" '$1 == "rep" && $2 == p { print $3 }' "$work/reqs")
	[ -z "$rep" ] || from=$(cd "$src" && cd "$rep" && pwd)
	if [ ! -d "$from" ]; then
		echo "gomod: $main requires $path $ver, which this distribution does not package" >&2
		exit 1
	fi
	mkdir -p "$mod/vendor/$(dirname "$path")"
	cp -r "$from" "$mod/vendor/$path"
	rm -rf "$mod/vendor/$path/vendor"
	# a replaced module's own nested modules are not part of it
	if [ -n "$rep" ]; then
		for nested in $(cd "$mod/vendor/$path" && find . -mindepth 2 -name go.mod); do
			rm -rf "$mod/vendor/$path/$(dirname "$nested")"
		done
	fi
	{
		if [ -n "$rep" ]; then echo "# $path $ver => $rep"; else echo "# $path $ver"; fi
		# the language version of the source compiled (Debian's, which may be
		# newer than go.mod's version of it), as go mod vendor records it
		lang=$(awk '/^go / { print $2; exit }' "$from/go.mod" 2>/dev/null || true)
		echo "## explicit${lang:+; go $lang}"
		# its packages: folders with Go files that are not tests
		(cd "$mod/vendor" && find "$path" -name '*.go' ! -name '*_test.go' ! -path '*/testdata/*' |
			sed 's|/[^/]*$||' | sort -u)
		[ -z "$rep" ] || echo "# $path => $rep"
	} >>"$mod/vendor.txt"
done <"$work/reqs"
mv "$mod/vendor.txt" "$mod/vendor/modules.txt"

cd "$mod"
export GO111MODULE=on GOFLAGS=-mod=vendor GOPROXY=off GOSUMDB=off GOCACHE="${GOCACHE:-$work/cache}"
pkgs=$(go list ./... 2>"$work/list.err") || { cat "$work/list.err" >&2; exit 1; }
go build ./...
go vet ./...
echo "gomod: $main (go $goversion): $(echo $pkgs | wc -w) packages built and vetted in module mode, $(grep -c '^## explicit' vendor/modules.txt) modules required"
