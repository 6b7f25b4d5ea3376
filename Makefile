# fastevent: PGXS build, plus the project's own targets:
#   make demo    install what is missing, build, install, run the showcase
#   make psql    the same, then psql on a throwaway cluster to explore
#   make test    the same set-up, then every test suite
#   make bench   fastevent against the built-ins, side by side
#   make unit / make fuzz   the PostgreSQL-free core alone
#   make test-citus CITUS_SRC=citus-X.Y.Z.tar.gz   on a throwaway Citus cluster

EXTENSION = fastevent
EXTVERSION = 0.3
MODULE_big = fastevent
OBJS = src/fastevent.o src/ksuid.o src/ksuid_set.o src/ksuid_set_agg.o src/minmax.o src/gist.o src/gin.o src/brin.o src/fasthash.o src/tsns.o src/tsns_cmp.o src/tsns_cast.o src/tsns_arith.o src/tsns_parse.o src/tsns_zone.o src/tsns_funcs.o src/tsns_fields.o src/tsns_to_char.o src/tsns_compat.o src/callsite.o src/tsns_range.o src/tsns_random.o src/core/ksuid_codec.o src/core/ksuid_set.o src/core/fasthash_hashes.o src/core/tsns_codec.o src/core/tsns_calc.o src/core/tsns_to_char.o
DATA = src/sql/fastevent--0.1.sql src/sql/fastevent--0.2.sql src/sql/fastevent--0.3.sql src/sql/fastevent--0.1--0.2.sql src/sql/fastevent--0.2--0.3.sql
PGFILEDESC = "fastevent - KSUIDs, nanosecond timestamps and fasthash"

# every test in sql/; those that need a later major join below
REGRESS_14 = tsns_multirange brin_multi
REGRESS_16 = input_soft
REGRESS = $(filter-out $(REGRESS_14) $(REGRESS_16),$(sort $(basename $(notdir $(wildcard sql/*.sql)))))
REGRESS_OPTS = --inputdir=. --load-extension=$(EXTENSION)
EXTRA_CLEAN = test/build results regression.diffs regression.out fastevent-*.zip

PG_CPPFLAGS = -I$(srcdir)/src
# make test builds with WERROR=1
ifeq ($(WERROR),1)
PG_CFLAGS += -Wall -Wextra -Werror -Wno-unused-parameter -Wno-missing-field-initializers
endif

PG_CONFIG ?= pg_config
PGXS := $(shell $(PG_CONFIG) --pgxs 2>/dev/null)

# Before `make demo` or `make test` has installed the server headers there is
# no PGXS to include: only the targets below work then.
ifneq ($(wildcard $(PGXS)),)
include $(PGXS)
# multiranges exist from PostgreSQL 14 on
ifeq ($(shell test $(MAJORVERSION) -ge 14 && echo yes),yes)
REGRESS += $(REGRESS_14)
endif
# soft input errors (pg_input_is_valid) exist from PostgreSQL 16 on
ifeq ($(shell test $(MAJORVERSION) -ge 16 && echo yes),yes)
REGRESS += $(REGRESS_16)
endif
else
all install installcheck:
	@echo "PostgreSQL server headers not found (pg_config --pgxs)."
	@echo "Run 'make demo' or 'make test' as root (or with sudo) to install them."
	@exit 1
endif

CORE_SRC = src/core/ksuid_codec.c src/core/ksuid_set.c src/core/fasthash_hashes.c src/core/tsns_codec.c src/core/tsns_calc.c src/core/tsns_to_char.c
CORE_HDR = $(wildcard src/core/*.h)
SAN_FLAGS = -g -O1 -fsanitize=address,undefined -fno-sanitize-recover=all
CORE_WARN = -std=c99 -Wall -Wextra -Werror -Wno-unused-function
FUZZ_SECONDS ?= 20
TEST_BUILD = test/build

.PHONY: deps demo psql test bench unit fuzz callgrind test-versions test-citus dist deb print-regress

# the pg_regress tests of this major, for scripts (test/regress.sh, deb.sh)
print-regress:
	@echo $(REGRESS)

deps:
	@sh tools/deps.sh test

demo:
	@MAKE="$(MAKE)" sh tools/demo.sh demo

# the same set-up, then psql on a throwaway cluster, removed when psql exits
psql:
	@MAKE="$(MAKE)" sh tools/demo.sh psql

# every suite, each run even after a failure, then a table and a count
test: deps
	@MAKE="$(MAKE)" sh test/suites.sh

# make test on PostgreSQL 13, 15, 17, 18 and 19, each in a root of its own
# Debian suite (19 from experimental), then the cross-version checks and
# pg_upgrade from 18 to 19 (VERSIONS="13 18" for some)
test-versions:
	CITUS_SRC_18="$(CITUS_SRC_18)" sh test/versions.sh

# a throwaway Citus cluster (coordinator, two workers) beside a plain
# server with the same rows (test/citus.sh); Citus from pg_config's
# installation, or built first from CITUS_SRC=<archive> into a private copy
# of it (tools/citus.sh): 13.2 for PostgreSQL 15-17, 14.0 for 16-18
test-citus: deps
	MAKE="$(MAKE)" CITUS_SRC="$(CITUS_SRC)" sh test/citus.sh

# the PGXN release archive of the committed tree (test/release.sh checks
# that META.json, the control file and CHANGELOG.md agree on the version)
RELEASE = $(shell sed -n 's/^   "version": "\(.*\)",$$/\1/p' META.json)
dist:
	git archive --format=zip --prefix=fastevent-$(RELEASE)/ -o fastevent-$(RELEASE).zip HEAD
	@echo "wrote fastevent-$(RELEASE).zip"

# postgresql-NN-fastevent_VERSION_ARCH.deb in test/build/deb for every
# installed major with server headers (MAJORS="15 17" for some)
deb:
	sh tools/deb.sh build $(MAJORS)

bench:
	@sh tools/deps.sh bench
	$(MAKE) all
	@MAKE="$(MAKE)" sh tools/install.sh bench
	sh test/bench/bench.sh
	sh test/bench/callgrind.sh
	@if [ -n "$(CITUS_SRC)" ] || [ -f "$$($(PG_CONFIG) --sharedir)/extension/citus.control" ]; then \
		MAKE="$(MAKE)" CITUS_SRC="$(CITUS_SRC)" sh test/bench/citus.sh; \
	else echo "bench: no Citus for $$($(PG_CONFIG) --version): make bench CITUS_SRC=citus-X.Y.Z.tar.gz adds its figures"; fi

callgrind:
	@sh tools/deps.sh bench
	$(MAKE) all
	@MAKE="$(MAKE)" sh tools/install.sh callgrind
	sh test/bench/callgrind.sh

# the core builds with standard headers only: a PostgreSQL include fails here
$(TEST_BUILD)/run_unit: test/unit/*.c test/unit/*.h test/common/*.h $(CORE_SRC) $(CORE_HDR)
	@mkdir -p $(TEST_BUILD)
	cc $(CORE_WARN) $(SAN_FLAGS) -o $@ test/unit/*.c $(CORE_SRC)

# the same tests without 128-bit integers, as on 32-bit platforms
$(TEST_BUILD)/run_unit_portable: test/unit/*.c test/unit/*.h test/common/*.h $(CORE_SRC) $(CORE_HDR)
	@mkdir -p $(TEST_BUILD)
	cc $(CORE_WARN) $(SAN_FLAGS) -DFE_NO_INT128 -o $@ test/unit/*.c $(CORE_SRC)

unit: $(TEST_BUILD)/run_unit $(TEST_BUILD)/run_unit_portable
	$(TEST_BUILD)/run_unit test/vectors
	$(TEST_BUILD)/run_unit_portable test/vectors

$(TEST_BUILD)/fuzz_%: test/fuzz/fuzz_%.c test/common/*.h $(CORE_SRC) $(CORE_HDR)
	@mkdir -p $(TEST_BUILD)
	clang $(CORE_WARN) $(SAN_FLAGS) -fsanitize=fuzzer -o $@ $< $(CORE_SRC)

fuzz: $(TEST_BUILD)/fuzz_ksuid $(TEST_BUILD)/fuzz_ksuid_set $(TEST_BUILD)/fuzz_fasthash $(TEST_BUILD)/fuzz_tsns $(TEST_BUILD)/fuzz_tsns_calc
	sh test/fuzz/run.sh $(FUZZ_SECONDS) $^
