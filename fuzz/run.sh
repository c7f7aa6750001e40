#!/usr/bin/env bash
# Builds the libFuzzer harnesses with clang and runs each for a while.
#
#   fuzz/run.sh [SECONDS [NAME...]]     (default 20 s for every harness)
#
# Each harness fuzz/<name>_fuzzer.cc that exists (or each NAME given) is
# built as fuzz_<name> in build-fuzz/ and run from the seeds in
# fuzz/corpus/<name>/; what it learns
# goes to build-fuzz/corpus/<name>/ (the seeds stay as written) and any
# crashing input to build-fuzz/artifacts/. Exits non-zero if any harness
# crashed, leaked, hung or ran out of memory.
set -u

seconds="${1:-20}"
case "$seconds" in
  ''|*[!0-9]*) echo "usage: fuzz/run.sh [SECONDS [NAME...]]" >&2; exit 2 ;;
esac
shift $(($# > 0 ? 1 : 0))

src="$(cd "$(dirname "$0")/.." && pwd)"
build="$src/build-fuzz"
jobs="${FUZZ_BUILD_JOBS:-2}"

mkdir -p "$build"
cmake -S "$src" -B "$build" -DCMAKE_BUILD_TYPE=RelWithDebInfo \
  -DDATELINE_FUZZ=ON -DCMAKE_CXX_COMPILER=clang++ -DCMAKE_C_COMPILER=clang \
  -DDATELINE_TESTS=OFF -DDATELINE_BENCH=OFF >"$build/configure.log" 2>&1 || {
  cat "$build/configure.log" >&2
  echo "fuzz/run.sh: configure failed" >&2
  exit 1
}

# The harnesses: those named, or every fuzz/<name>_fuzzer.cc that the build
# knows as a target.
known="$(cmake --build "$build" --target help 2>/dev/null)"
wanted=("$@")
if [[ ${#wanted[@]} -eq 0 ]]; then
  for f in "$src"/fuzz/*_fuzzer.cc; do
    [[ -f "$f" ]] && wanted+=("$(basename "$f" _fuzzer.cc)")
  done
fi
names=()
for name in "${wanted[@]}"; do
  if grep -qw -- "fuzz_$name" <<<"$known"; then
    names+=("$name")
  else
    echo "fuzz/run.sh: no target fuzz_$name (is it in CMakeLists.txt's DATELINE_FUZZ list?)" >&2
    [[ $# -gt 0 ]] && exit 1
  fi
done
if [[ ${#names[@]} -eq 0 ]]; then
  echo "fuzz/run.sh: no harnesses to run" >&2
  exit 1
fi

targets=()
for name in "${names[@]}"; do targets+=("fuzz_$name"); done
cmake --build "$build" -j"$jobs" --target "${targets[@]}" || {
  echo "fuzz/run.sh: build failed" >&2
  exit 1
}

# UBSan reports are crashes too.
export UBSAN_OPTIONS="halt_on_error=1:print_stacktrace=1"
export ASAN_OPTIONS="${ASAN_OPTIONS:-detect_leaks=1}"

failed=()
for name in "${names[@]}"; do
  work="$build/corpus/$name"
  artifacts="$build/artifacts"
  mkdir -p "$work" "$artifacts" "$src/fuzz/corpus/$name"
  log="$build/fuzz_$name.log"
  echo "== fuzz_$name for ${seconds}s (log: $log)"
  "$build/fuzz_$name" "$work" "$src/fuzz/corpus/$name" \
    -max_total_time="$seconds" -rss_limit_mb=2048 -timeout=25 -max_len=65536 \
    -artifact_prefix="$artifacts/${name}-" -print_final_stats=1 >"$log" 2>&1
  rc=$?
  grep -E '^(Done [0-9]+ runs|stat::peak_rss_mb)' "$log" | sed 's/^/   /'
  if [[ $rc -ne 0 ]]; then
    echo "!! fuzz_$name failed (exit $rc); the report:" >&2
    grep -E -A 30 '^==[0-9]+==ERROR|^SUMMARY|runtime error|^artifact_prefix|Test unit written' "$log" \
      | head -60 >&2
    failed+=("$name")
  fi
done

if [[ ${#failed[@]} -ne 0 ]]; then
  echo "fuzz/run.sh: crashes in: ${failed[*]}" >&2
  exit 1
fi
echo "fuzz/run.sh: no crashes in ${names[*]}"
