# bench/bench.mk -- `make bench` (included by the Makefile; see bench/README.md).
#
#   make bench                  build with the release flags, generate the inputs
#                               (once; kept in build-bench/), run bench/bench.c
#   make bench BENCH_RUNS=5     more runs per figure (median reported)
#   make bench-clean            remove build-bench/
#
# The inputs are made deterministically from datasets/corpus and rebuilt only
# when a generator or the shipped corpus changes.

BENCH_DIR    ?= build-bench
BENCH_RUNS   ?= 3
BENCH_MB     ?= 210
BENCH_CFLAGS  = -std=c11 -Wall -Wextra -D_POSIX_C_SOURCE=200809L -D_DEFAULT_SOURCE -O2 -g $(CFLAGS)
BENCH_CORPUS := $(sort $(wildcard datasets/corpus/*.txt))

.PHONY: bench-clean

$(BENCH_DIR)/gen_corpus: bench/gen_corpus.c bench/splitmix.h
	@mkdir -p $(BENCH_DIR)
	$(CC) $(BENCH_CFLAGS) $(shell pkg-config --cflags opencc) -o $@ $< $(shell pkg-config --libs opencc)

$(BENCH_DIR)/gen_records: bench/gen_records.c bench/splitmix.h
	@mkdir -p $(BENCH_DIR)
	$(CC) $(BENCH_CFLAGS) -o $@ $< -lm

$(BENCH_DIR)/floor: bench/floor.c
	@mkdir -p $(BENCH_DIR)
	$(CC) $(BENCH_CFLAGS) -o $@ $<

$(BENCH_DIR)/bench: bench/bench.c
	@mkdir -p $(BENCH_DIR)
	$(CC) $(BENCH_CFLAGS) -o $@ $<

$(BENCH_DIR)/corpus/manifest.txt: $(BENCH_DIR)/gen_corpus $(BENCH_CORPUS)
	rm -rf $(BENCH_DIR)/corpus
	$(BENCH_DIR)/gen_corpus $(BENCH_DIR)/corpus $(BENCH_MB) $(BENCH_CORPUS)

$(BENCH_DIR)/records.jsonl: $(BENCH_DIR)/gen_records
	$(BENCH_DIR)/gen_records $@.tmp && mv $@.tmp $@

# The XLSX exports take the first 1,000,000 and 100,000 lines (a sheet holds
# 1,048,575 data rows).
$(BENCH_DIR)/records-1m.jsonl: $(BENCH_DIR)/records.jsonl
	head -n 1000000 $< > $@.tmp && mv $@.tmp $@

$(BENCH_DIR)/records-100k.jsonl: $(BENCH_DIR)/records.jsonl
	head -n 100000 $< > $@.tmp && mv $@.tmp $@

bench: all $(BENCH_DIR)/bench $(BENCH_DIR)/floor $(BENCH_DIR)/corpus/manifest.txt \
       $(BENCH_DIR)/records.jsonl $(BENCH_DIR)/records-1m.jsonl $(BENCH_DIR)/records-100k.jsonl
	@$(BENCH_DIR)/bench --zhibiao $(abspath $(ZB_BIN)) --floor $(abspath $(BENCH_DIR)/floor) \
	  --dir $(BENCH_DIR) --runs $(BENCH_RUNS) | tee $(BENCH_DIR)/results.txt

bench-clean:
	rm -rf $(BENCH_DIR)
