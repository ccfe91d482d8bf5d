# zhibiao -- build, test, install.  See README.md.
#
#   make            ./zhibiao and lib/libzhibiao.a (release flags)
#   make check      unit tests (cmocka) + CLI tests; ends with "N passed, N failed"
#   make asan       the same suite built with AddressSanitizer + UBSan
#   make deps       install the Debian packages (root; see README for non-root)
#   make install    PREFIX=/usr/local DESTDIR=
#   make bench      benchmark ratios (bench/)
#   make fuzz       libFuzzer targets (clang), FUZZ_SECONDS each

PREFIX  ?= /usr/local
DESTDIR ?=
BUILD   ?= build
CC      ?= cc
OPT     ?= -O2 -g
SAN     ?=
PKGS     = gsl libcjson opencc xlsxwriter uchardet
DEB_PKGS = build-essential pkg-config libgsl-dev libcjson-dev libopencc-dev opencc \
           libxlsxwriter-dev libuchardet-dev libcmocka-dev gnuplot-nox fonts-noto-cjk \
           python3 xlsx2csv clang libclang-rt-14-dev

PKG_CFLAGS := $(shell pkg-config --cflags $(PKGS) 2>/dev/null)
PKG_LIBS   := $(shell pkg-config --libs $(PKGS) 2>/dev/null)
CMOCKA_LIBS := $(shell pkg-config --libs cmocka 2>/dev/null)

ZB_CFLAGS = -std=c11 -Wall -Wextra -D_POSIX_C_SOURCE=200809L -D_DEFAULT_SOURCE \
            $(OPT) $(SAN) -Ilib $(PKG_CFLAGS) $(CFLAGS)
ZB_LDFLAGS = $(SAN) $(LDFLAGS)
ZB_LIBS = $(PKG_LIBS) -lpthread -lm

LIB_SRC  := $(sort $(wildcard lib/*.c))
CLI_SRC  := $(sort $(wildcard cli/*.c))
TEST_SRC := $(sort $(wildcard tests/test_*.c))
LIB_OBJ  := $(LIB_SRC:%.c=$(BUILD)/%.o)
CLI_OBJ  := $(CLI_SRC:%.c=$(BUILD)/%.o)
TEST_BIN := $(TEST_SRC:tests/%.c=$(BUILD)/tests/%)
HDRS     := $(wildcard lib/*.h cli/*.h tests/*.h)

ifeq ($(BUILD),build)
ZB_BIN = zhibiao
ZB_LIB = lib/libzhibiao.a
else
ZB_BIN = $(BUILD)/zhibiao
ZB_LIB = $(BUILD)/libzhibiao.a
endif

.PHONY: all check asan deps install uninstall clean bench fuzz tests
all: $(ZB_BIN) $(ZB_LIB)

$(BUILD)/%.o: %.c $(HDRS)
	@mkdir -p $(dir $@)
	$(CC) $(ZB_CFLAGS) -c -o $@ $<

$(ZB_LIB): $(LIB_OBJ)
	@mkdir -p $(dir $@)
	rm -f $@ && ar rcs $@ $^

$(ZB_BIN): $(CLI_OBJ) $(ZB_LIB)
	$(CC) $(ZB_LDFLAGS) -o $@ $(CLI_OBJ) $(ZB_LIB) $(ZB_LIBS)

$(BUILD)/tests/%: tests/%.c $(ZB_LIB) $(HDRS)
	@mkdir -p $(dir $@)
	$(CC) $(ZB_CFLAGS) $(ZB_LDFLAGS) -Itests -o $@ $< $(ZB_LIB) $(CMOCKA_LIBS) $(ZB_LIBS)

tests: $(TEST_BIN) $(ZB_BIN)

check: tests
	@ZHIBIAO=$(abspath $(ZB_BIN)) TEST_BIN_DIR=$(abspath $(BUILD)/tests) sh tests/run.sh

asan:
	$(MAKE) BUILD=build-asan OPT="-O1 -g -fno-omit-frame-pointer" \
	  SAN="-fsanitize=address,undefined -fno-sanitize-recover=undefined" check

deps:
	@if [ "$$(id -u)" != 0 ]; then echo "make deps: run as root, or: sudo apt-get install -y $(DEB_PKGS)"; exit 1; fi
	@missing=""; for p in $(DEB_PKGS); do dpkg -s $$p >/dev/null 2>&1 || missing="$$missing $$p"; done; \
	if [ -n "$$missing" ]; then \
	  echo "installing:$$missing"; apt-get update && DEBIAN_FRONTEND=noninteractive apt-get install -y $$missing; \
	else echo "make deps: all Debian packages present"; fi

zhibiao.pc: zhibiao.pc.in
	sed -e 's|@PREFIX@|$(PREFIX)|g' -e 's|@VERSION@|$(shell sed -n 's/^#define ZB_VERSION "\(.*\)"/\1/p' lib/zhibiao.h)|g' \
	    -e 's|@PKGS@|$(PKGS)|g' $< > $@

install: all zhibiao.pc
	install -d $(DESTDIR)$(PREFIX)/bin $(DESTDIR)$(PREFIX)/lib/pkgconfig $(DESTDIR)$(PREFIX)/include \
	    $(DESTDIR)$(PREFIX)/share/man/man1 $(DESTDIR)$(PREFIX)/share/zhibiao
	install -m 755 zhibiao $(DESTDIR)$(PREFIX)/bin/zhibiao
	install -m 644 lib/libzhibiao.a $(DESTDIR)$(PREFIX)/lib/libzhibiao.a
	install -m 644 lib/zhibiao.h $(DESTDIR)$(PREFIX)/include/zhibiao.h
	install -m 644 zhibiao.pc $(DESTDIR)$(PREFIX)/lib/pkgconfig/zhibiao.pc
	install -m 644 zhibiao.1 $(DESTDIR)$(PREFIX)/share/man/man1/zhibiao.1
	cp -r plots $(DESTDIR)$(PREFIX)/share/zhibiao/
	install -m 644 data/aliases.tsv $(DESTDIR)$(PREFIX)/share/zhibiao/aliases.tsv

uninstall:
	rm -f $(DESTDIR)$(PREFIX)/bin/zhibiao $(DESTDIR)$(PREFIX)/lib/libzhibiao.a \
	  $(DESTDIR)$(PREFIX)/include/zhibiao.h $(DESTDIR)$(PREFIX)/lib/pkgconfig/zhibiao.pc \
	  $(DESTDIR)$(PREFIX)/share/man/man1/zhibiao.1
	rm -rf $(DESTDIR)$(PREFIX)/share/zhibiao

-include bench/bench.mk tests/fuzz/fuzz.mk

clean:
	rm -rf build build-asan build-fuzz zhibiao lib/libzhibiao.a zhibiao.pc
