# check.sh: sourced by the shell test scripts.  Set check_name first.
#   check WHAT EXPECTED ACTUAL   count a pass, or a failure with both sides
#   check_end                    print "NAME: N passed, N failed" and return
#                                non-zero on a failure
pass=0 fail=0
check() {
	if [ "$2" = "$3" ]; then
		pass=$((pass + 1))
	else
		fail=$((fail + 1))
		echo "$check_name: FAILED $1"
		echo "  expected: $2" | head -n 20
		echo "  actual:   $3" | head -n 20
	fi
}
check_end() {
	echo "$check_name: $pass passed, $fail failed"
	[ "$fail" -eq 0 ]
}
