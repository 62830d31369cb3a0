# dyad — thin wrapper over CMake (CMakeLists.txt is the source of truth).
#
#   make            build build/dyad, build/libdyad.a, build/libdyad.so
#   make demo       install dependencies if missing, build, code examples/
#   make check      all tests (unit, spec, CLI, fuzz-corpus replay, and the
#                   TABARI validation suite when ../shared is present)
#   make asan       the whole test suite again under ASan+UBSan (build-asan/)
#   make fuzz       build the libFuzzer targets with clang and run each
#                   for FUZZ_SECONDS (default 60)
#   make bench      throughput benchmark (bench/), Release build in build-bench/
#   make man        regenerate docs/man/dyad.1 from docs/cli/*.md
#   make clean

BUILD       ?= build
CC          ?= cc
JOBS        ?= $(shell nproc 2>/dev/null || echo 2)
FUZZ_SECONDS ?= 60
CMAKE_FLAGS ?=

.PHONY: all deps demo check test asan fuzz bench man clean

all: $(BUILD)/Makefile
	@cmake --build $(BUILD) -j $(JOBS)

$(BUILD)/Makefile:
	@cmake -S . -B $(BUILD) -DCMAKE_C_COMPILER=$(CC) $(CMAKE_FLAGS) >/dev/null

deps:
	@scripts/install-deps

demo: deps all
	@echo "== dyad code examples/*.txt (default dictionaries) =="
	@$(BUILD)/dyad code -f tsv examples/*.txt

check test: all
	@tests/run-all $(BUILD)

asan:
	@$(MAKE) --no-print-directory BUILD=build-asan CC=clang \
		CMAKE_FLAGS="-DDYAD_SANITIZE=ON -DCMAKE_BUILD_TYPE=Debug" check

fuzz:
	@tests/run-fuzz build-fuzz $(FUZZ_SECONDS)

# the benchmark measures an optimised build of its own (build-bench/)
bench:
	@$(MAKE) --no-print-directory BUILD=build-bench CMAKE_FLAGS="-DCMAKE_BUILD_TYPE=Release" all
	@bench/run build-bench

man:
	@tools/gen-man docs/cli docs/man/dyad.1

clean:
	rm -rf build build-asan build-fuzz build-clang build-bench
