# fulog: one C source tree, one shared object per Lua ABI, no -llua
# (the host process, nvim, vim or lua5.4, supplies the Lua symbols).

CC      ?= cc
CFLAGS  ?= -O3 -g
WARN    := -Wall -Wextra -Wshadow -Wstrict-prototypes -Wno-unused-function
PKG     ?= pkg-config
SQLITE_CFLAGS := $(shell $(PKG) --cflags sqlite3 2>/dev/null)
SQLITE_LIBS   := $(shell $(PKG) --libs sqlite3 2>/dev/null || echo -lsqlite3)
# The module links SQLite in when its static library is there (Debian's
# libsqlite3-dev has it), its symbols kept inside (--exclude-libs): no
# load-time binding of libsqlite3.so's symbols, no call through a PLT into
# it, and its process-wide settings (store.c sqlite_setup) are fulog's
# alone, whatever else in the editor uses SQLite. Cold index of 1k notes,
# writer thread: see the commit. SQLITE_STATIC= links the shared library.
SQLITE_STATIC ?= $(wildcard $(shell $(PKG) --variable=libdir sqlite3 2>/dev/null)/libsqlite3.a)
SQLITE_HIDE := -Wl,--exclude-libs,libsqlite3.a
SO_SQLITE := $(if $(SQLITE_STATIC),$(SQLITE_HIDE) $(SQLITE_STATIC) -lm -ldl,$(SQLITE_LIBS))
ALL_CFLAGS = -std=c99 -D_POSIX_C_SOURCE=200809L -D_DEFAULT_SOURCE -fPIC -pthread $(WARN) $(CFLAGS) $(SQLITE_CFLAGS)
LDFLAGS ?=

# The Lua-free core: parser, dates, classifier, store, indexer, write-back.
# csrc/sqlite_trim.c goes into the module only with the static SQLite: it
# keeps the archive's FTS3/FTS5/R*Tree/dbstat/sqlite_stmt code out (see it).
# It defines SQLite's own extension entry points, so they are compiled in
# only when a probe link takes them: an archive built as one amalgamation
# object (not Debian's) would define them twice, and then the file is empty
# and the module keeps them all. (A recursive variable: the probe runs only
# when sqlite_trim.o is built, not on every make.)
SQLITE_TRIM_DEF = $(shell printf 'int sqlite3_open(const char *, void **);\nint ful_probe(void) { return sqlite3_open(0, 0); }\n' | $(CC) -shared -fPIC $(SQLITE_CFLAGS) -DFUL_SQLITE_TRIM -x c csrc/sqlite_trim.c -x c - -x none $(SQLITE_HIDE) $(SQLITE_STATIC) -lm -ldl -pthread -o /dev/null 2>/dev/null && echo -DFUL_SQLITE_TRIM)
CORE_SRC  := $(sort $(filter-out csrc/fulog.c csrc/lua_%.c csrc/sqlite_trim.c,$(wildcard csrc/*.c)))
BIND_SRC  := csrc/fulog.c $(sort $(wildcard csrc/lua_*.c)) $(if $(SQLITE_STATIC),csrc/sqlite_trim.c)
HDRS      := $(wildcard csrc/*.h)

# Lua ABIs: name -> pkg-config package. An ABI whose headers are missing is
# skipped with a note; `make ABIS=lua5.4` builds one.
PC_luajit := luajit
PC_lua5.1 := lua5.1
PC_lua5.2 := lua5.2
PC_lua5.3 := lua5.3
PC_lua5.4 := lua5.4
# Vim links one Lua (Debian's vim-nox: 5.2); read it from `vim --version`,
# or name it: make VIM_LUA=lua5.3.
VIM ?= vim
VIM_LUA ?= $(shell $(VIM) --version 2>/dev/null | grep -o -- '-llua5\.[0-9]' | head -n 1 | sed 's/^-l//')
ABIS ?= $(sort luajit lua5.2 lua5.4 $(VIM_LUA))
HAVE_ABIS := $(foreach a,$(ABIS),$(if $(shell $(PKG) --exists $(PC_$(a)) 2>/dev/null && echo y),$(a)))
MISSING_ABIS := $(filter-out $(HAVE_ABIS),$(ABIS))

SOS := $(foreach a,$(HAVE_ABIS),build/$(a)/fulog_core.so)

# bin/fulog's Lua, compiled for the lua5.4 that runs it (tools/luac.lua):
# the command line, the commands and what they require, not core.lua
# (which finds the build from its own path). Skipped without lua5.4.
LUA54 ?= lua5.4
LUAC_SRC := $(wildcard lua/fulog/cli/*.lua) lua/fulog/abi.lua lua/fulog/rulesfile.lua lua/fulog/team.lua lua/fulog/draft.lua lua/fulog/written.lua lua/fulog/fileread.lua
LUAC_OUT := $(if $(shell command -v $(LUA54) 2>/dev/null),$(patsubst lua/%.lua,build/lua5.4/luac/%.luac,$(LUAC_SRC)))

.PHONY: all test test-c check-deps deps bench sanitize fuzz clean demo
all: $(SOS) $(LUAC_OUT) doc/tags

build/lua5.4/luac/%.luac: lua/%.lua tools/luac.lua
	@mkdir -p $(dir $@)
	$(LUA54) tools/luac.lua $< $@

# :help fulog without a plugin manager: the help tags, by whichever editor
# is here (plugin managers build them too).
NVIM ?= nvim
doc/tags: doc/fulog.txt
	@if command -v $(NVIM) >/dev/null 2>&1; then \
	    $(NVIM) --headless -u NONE -i NONE -c 'helptags doc' -c 'qall!' >/dev/null 2>&1; \
	elif command -v $(VIM) >/dev/null 2>&1; then \
	    $(VIM) -N -u NONE -i NONE -es -c 'helptags doc' -c 'qall!' >/dev/null 2>&1; \
	fi; true
ifneq ($(MISSING_ABIS),)
	@echo "note: no headers for $(MISSING_ABIS); skipped (make deps installs them)" >&2
endif

# Only luaopen_fulog_core leaves the module: hidden symbols are called
# directly (no PLT) and may be inlined (about 3% of a classified line).
# Link-time optimisation inlines across files too: the classifier's line
# passes live in the classify*.c files, rules.c, line.c and dates.c (about 8%
# more), and a part of the classifier calls into another as into its own.
# GCC's inlining limits, raised for the module: the classifier's line
# passes are a few large functions (ful_read_line, ful_classify_names) that
# call many small rule tests across files, and at the default growth limits
# GCC stopped inlining into them. Callgrind, whole process: 6005 -> ~5680
# instructions a generator line, ~-3.6% on labelled lines; text +18%, link
# about 25 s longer a Lua ABI. (Clang takes no such --param: GCC only.)
# The limit for functions not declared inline, raised again (200 -> 400):
# the date scan (ful_scan, ful_month_of, ful_week_number) and fact helpers
# (ful_away, ful_quantity_at) had grown past it and were calls again.
# Callgrind, whole process: 6507 -> 6424 a generator line, 8436 -> 8301 a
# labelled one; text +5%. (Twice the other three limits too: no better.)
SO_INLINE ?= $(if $(shell $(CC) --version 2>/dev/null | grep -q 'Free Software Foundation' && echo gcc),\
	--param max-inline-insns-auto=400 --param max-inline-insns-single=400 \
	--param inline-unit-growth=300 --param large-function-growth=500)
SO_CFLAGS ?= -fvisibility=hidden -flto=auto $(SO_INLINE)
# The module's relative relocations packed (DT_RELR: binutils 2.38, glibc
# 2.36), when the linker and libc take it: 5,542 of them, 134 KB of
# .rela.dyn that the loader read (its pages faulted in) on every load of
# the module, are 1 KB. Warm re-index of 1k notes: see the commit.
SO_RELR ?= $(shell printf '' | $(CC) -shared -x c - -Wl,-z,pack-relative-relocs -o /dev/null 2>/dev/null && echo -Wl,-z,pack-relative-relocs)
# The linked module is written again in 16 MB blocks, to a new file moved
# over the old (an editor that has the old one mapped keeps it): the linker
# wrote it in small pieces, and the page cache kept it so, in 4 KB folios,
# so each page fault on its code mapped the pages around it one small
# folio at a time. Written whole, the page cache holds it in large folios
# (here Linux 6.18, ext4), which a fault maps at once. The bytes are the
# linker's. Warm re-index of 1k notes: see the commit.
SO_INSTALL = dd if=$@.tmp of=$@.new bs=16777216 2>/dev/null && chmod 755 $@.new && rm -f $@.tmp && mv -f $@.new $@
define abi_rules
build/$(1)/%.o: csrc/%.c $(HDRS) | build/$(1)
	$$(CC) $$(ALL_CFLAGS) $$(SO_CFLAGS) -DFUL_ABI_NAME='"$(1)"' $$(shell $$(PKG) --cflags $$(PC_$(1))) -c $$< -o $$@
build/$(1)/sqlite_trim.o: SO_CFLAGS += $$(SQLITE_TRIM_DEF)
build/$(1)/fulog_core.so: $(patsubst csrc/%.c,build/$(1)/%.o,$(CORE_SRC) $(BIND_SRC))
	$$(CC) -shared -pthread $$(CFLAGS) $$(SO_CFLAGS) $(SO_RELR) $$(LDFLAGS) -o $$@.tmp $$^ $$(SO_SQLITE)
	$$(SO_INSTALL)
build/$(1):
	mkdir -p $$@
endef
$(foreach a,$(ABIS),$(eval $(call abi_rules,$(a))))

# The cue lookup table, generated from the cue data (csrc/cues.h). It is
# kept in the tree so any build of csrc/*.c finds it.
csrc/rules_table.h: csrc/cues.h csrc/rules.h tools/gen_rules.c
	mkdir -p build
	$(CC) -std=c99 -O1 -Icsrc tools/gen_rules.c -o build/gen_rules
	build/gen_rules > $@.tmp && mv $@.tmp $@

# C unit tests link the Lua-free core only.
TEST_SRC  := $(wildcard tests/c/test_*.c)
TEST_BINS := $(patsubst tests/c/%.c,build/tests/%,$(TEST_SRC))
build/tests/core/%.o: csrc/%.c $(HDRS) | build/tests/core
	$(CC) $(ALL_CFLAGS) -c $< -o $@
build/tests/%: tests/c/%.c tests/c/t.h $(patsubst csrc/%.c,build/tests/core/%.o,$(CORE_SRC)) | build/tests
	$(CC) $(ALL_CFLAGS) -Icsrc -o $@ $< $(patsubst csrc/%.c,build/tests/core/%.o,$(CORE_SRC)) $(SQLITE_LIBS) $(LDFLAGS)
build/tests build/tests/core:
	mkdir -p $@

test-c: $(TEST_BINS)

# Installs what is missing (Debian), then builds.
deps:
	@sh tests/deps.sh

test: all test-c
	@sh tests/run.sh

demo: all
	@sh examples/demo.sh

bench: all
	@sh bench/run.sh

# AddressSanitizer + UBSan build of the module and the C tests, and the C
# and Lua 5.4 suites run under it.
sanitize:
	@sh tests/sanitize.sh

# libFuzzer targets (clang): FUZZ_SECONDS each.
FUZZ_SECONDS ?= 60
fuzz:
	@FUZZ_SECONDS=$(FUZZ_SECONDS) sh fuzz/run.sh

clean:
	rm -rf build
