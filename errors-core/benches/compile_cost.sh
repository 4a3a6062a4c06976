#!/usr/bin/env bash
# Compile cost of the generated code: time building the errors-core crate itself (its
# dependencies already built) with a one-entry catalogue (the baseline: the runtime with
# almost no generated code), the shipped catalogue, and a synthetic 1,000-entry one, in debug
# and release. Each figure is the best of three rebuilds.
#
#   bash errors-core/benches/compile_cost.sh
set -euo pipefail
cd "$(dirname "$0")/../.."
# Whole-crate compiles: incremental reuse would hide the cost of the generated code.
export CARGO_INCREMENTAL=0

tmp=$(mktemp -d)
trap 'rm -rf "$tmp"' EXIT
cargo run -q -p errors-codegen --example synthetic_catalog -- 1 "$tmp/one"
cargo run -q -p errors-codegen --example synthetic_catalog -- 1000 "$tmp/thousand"

best_of_three() {
  local dir=$1 profile=$2 best="" start end t
  local flags=()
  [ "$profile" = release ] && flags=(--release)
  ERRORS_CORE_CATALOG_DIR=$dir cargo build -q -p errors-core "${flags[@]}"   # warm: generate once
  for _ in 1 2 3; do
    touch errors-core/src/lib.rs
    start=$(date +%s.%N)
    ERRORS_CORE_CATALOG_DIR=$dir cargo build -q -p errors-core "${flags[@]}"
    end=$(date +%s.%N)
    t=$(echo "$end - $start" | bc)
    if [ -z "$best" ] || [ "$(echo "$t < $best" | bc)" = 1 ]; then best=$t; fi
  done
  echo "$best"
}

printf '%-8s %10s %10s %10s %12s %14s\n' profile one-entry shipped 1000 shipped-one 1000/shipped
for profile in debug release; do
  one=$(best_of_three "$tmp/one" "$profile")
  shipped=$(best_of_three "$PWD/catalog" "$profile")
  thousand=$(best_of_three "$tmp/thousand" "$profile")
  printf '%-8s %9.2fs %9.2fs %9.2fs %11.2fs %13.1fx\n' "$profile" "$one" "$shipped" "$thousand" \
    "$(echo "$shipped - $one" | bc)" "$(echo "$thousand / $shipped" | bc -l)"
done
# Leave the default build as it was.
cargo build -q -p errors-core
