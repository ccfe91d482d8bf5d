# tests/fuzz/fuzz.mk -- libFuzzer targets (issue 8), included by the Makefile.
#
#   make fuzz                    every target FUZZ_SECONDS (10) seconds each
#   make fuzz FUZZ_SECONDS=60    longer
#   make fuzz-build              only build them, into build-fuzz/
#   build-fuzz/fuzz_decode FILE  replay one input (a crash, a seed)
#
# The library is rebuilt with clang, ASan + UBSan (UB aborts) and
# -fsanitize=fuzzer-no-link into build-fuzz/; each target links it with
# -fsanitize=fuzzer.  Seeds live in tests/fuzz/corpus/<target>/ (read only);
# inputs the fuzzer finds go to build-fuzz/corpus/<target>/, crashes to
# build-fuzz/crashes/<target>-crash-*.  Copy a crash into
# tests/fuzz/crashes/<target>/ to keep it as a regression input: `make fuzz`
# replays those first and fails if any still crashes.

FUZZ_SECONDS ?= 10
FUZZ_CC      ?= clang
FUZZ_DIR     := build-fuzz
FUZZ_SAN     := -fsanitize=address,undefined -fno-sanitize-recover=undefined \
                -fno-omit-frame-pointer
FUZZ_CFLAGS  := -std=c11 -Wall -Wextra -D_POSIX_C_SOURCE=200809L -D_DEFAULT_SOURCE \
                -O1 -g $(FUZZ_SAN) -Ilib $(PKG_CFLAGS)
# the numeral and extractor targets once their modules exist
FUZZ_TARGETS := decode record $(if $(wildcard lib/numeral.c),numeral) \
                $(if $(wildcard lib/extract.c),extract)
FUZZ_LIB_OBJ := $(LIB_SRC:%.c=$(FUZZ_DIR)/%.o)
FUZZ_BINS    := $(FUZZ_TARGETS:%=$(FUZZ_DIR)/fuzz_%)

.PHONY: fuzz-build
fuzz-build: $(FUZZ_BINS)

$(FUZZ_DIR)/lib/%.o: lib/%.c $(HDRS)
	@mkdir -p $(dir $@)
	$(FUZZ_CC) $(FUZZ_CFLAGS) -fsanitize=fuzzer-no-link -c -o $@ $<

$(FUZZ_DIR)/libzhibiao.a: $(FUZZ_LIB_OBJ)
	rm -f $@ && ar rcs $@ $^

$(FUZZ_DIR)/fuzz_%: tests/fuzz/fuzz_%.c $(FUZZ_DIR)/libzhibiao.a $(HDRS)
	$(FUZZ_CC) $(FUZZ_CFLAGS) -fsanitize=fuzzer -o $@ $< $(FUZZ_DIR)/libzhibiao.a $(ZB_LIBS)

# For each target: replay the saved crashes, then fuzz FUZZ_SECONDS seconds
# and print the executions.  Stops at the first target that crashes.
fuzz: $(FUZZ_BINS)
	@for t in $(FUZZ_TARGETS); do \
	  mkdir -p $(FUZZ_DIR)/corpus/$$t $(FUZZ_DIR)/crashes; \
	  if [ -d tests/fuzz/crashes/$$t ] && [ -n "$$(ls tests/fuzz/crashes/$$t)" ]; then \
	    $(FUZZ_DIR)/fuzz_$$t tests/fuzz/crashes/$$t/* >$(FUZZ_DIR)/fuzz_$$t.log 2>&1 || \
	      { tail -40 $(FUZZ_DIR)/fuzz_$$t.log; echo "fuzz_$$t: a saved crash still crashes"; exit 1; }; \
	  fi; \
	  dict=; [ -f tests/fuzz/$$t.dict ] && dict=-dict=tests/fuzz/$$t.dict; \
	  $(FUZZ_DIR)/fuzz_$$t -max_total_time=$(FUZZ_SECONDS) -print_final_stats=1 \
	    -max_len=65536 -timeout=20 -rss_limit_mb=2048 $$dict \
	    -artifact_prefix=$(FUZZ_DIR)/crashes/$$t- \
	    $(FUZZ_DIR)/corpus/$$t tests/fuzz/corpus/$$t >$(FUZZ_DIR)/fuzz_$$t.log 2>&1; rc=$$?; \
	  execs=$$(sed -n 's/^stat::number_of_executed_units: *//p' $(FUZZ_DIR)/fuzz_$$t.log); \
	  if [ $$rc != 0 ]; then \
	    tail -60 $(FUZZ_DIR)/fuzz_$$t.log; \
	    echo "fuzz_$$t: FAILED after $${execs:-?} executions (input in $(FUZZ_DIR)/crashes/)"; exit 1; \
	  fi; \
	  echo "fuzz_$$t: $$execs executions in $(FUZZ_SECONDS) s, no crash"; \
	done
