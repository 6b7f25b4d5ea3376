# c_symbols.awk: the C symbol of every C function the install scripts
# create, one a line after the least server_version_num that creates it
# (0 for every version; a DO block's IF ... >= N makes it N).
/server_version_num.*>= *[0-9]+/ {
	v = $0
	sub(/.*>= */, "", v)
	sub(/[^0-9].*/, "", v)
	minv = v
}
/END IF;/ { minv = 0 }
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
	} else
		s = name
	print (minv + 0) " " s
}
