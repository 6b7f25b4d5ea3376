# the C symbol of every C function the install scripts create
/CREATE (OR REPLACE )?FUNCTION/ {
	s = $0
	sub(/.*FUNCTION[ \t]+/, "", s)
	sub(/\(.*/, "", s)
	gsub(/"/, "", s)
	sub(/.*\./, "", s)
	name = s
}
/'MODULE_PATHNAME'/ {
	if (match($0, /'MODULE_PATHNAME', *'[A-Za-z0-9_]+'/)) {
		s = substr($0, RSTART, RLENGTH)
		sub(/.*, *'/, "", s)
		sub(/'$/, "", s)
		print s
	} else
		print name
}
