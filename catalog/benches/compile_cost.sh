#!/usr/bin/env bash
# Compile cost of the generated code: time building the vipps-problems crate itself (its
# dependencies, errors-core among them, already built) with a one-entry catalogue (the
# baseline: almost no generated code), the shipped catalogue (67 entries) and synthetic ones of 1,000
# and 2,000 entries. Each figure is the best of three whole-crate rebuilds.
#
# Growth is reported as the cost per entry above the one-entry build. The synthetic
# catalogues are measured twice: without operations, and with 8 operations shaped like the
# shipped ones (each entry listed by two, every tenth returned by all 8); the difference,
# per variant of all operation enums together (entries × operations), is the cost of the
# operation enums, linear when it stays flat from 1,000 to 2,000 entries. For scale, the same is
# measured for a bare enum with two fields per variant and `#[derive(Clone, Debug,
# PartialEq, Eq)]`, in a crate of its own: rustc's own cost per variant of any enum that
# size, which no generated code can go below.
#
#   bash catalog/benches/compile_cost.sh            # debug and release
#   PROFILES=debug bash catalog/benches/compile_cost.sh
set -euo pipefail
cd "$(dirname "$0")/../.."
# Whole-crate compiles: incremental reuse would hide the cost of the generated code.
export CARGO_INCREMENTAL=0
target=$(cargo metadata --format-version 1 --no-deps | sed -n 's/.*"target_directory":"\([^"]*\)".*/\1/p')

tmp=$(mktemp -d)
trap 'rm -rf "$tmp"' EXIT
for n in 1 1000 2000; do
  cargo run -q -p errors-codegen --example synthetic_catalog -- "$n" "$tmp/n$n"
done
# With 8 operations; the example prints the variants of all operation enums together.
declare -A variants
for n in 1000 2000; do
  variants[$n]=$(cargo run -q -p errors-codegen --example synthetic_catalog -- "$n" "$tmp/ops$n" 8)
done

# Seconds of the fastest of three runs of a command.
best_of_three() {
  local best="" start end t
  for _ in 1 2 3; do
    eval "$1"
    start=$(date +%s.%N)
    "${@:2}"
    end=$(date +%s.%N)
    t=$(echo "$end - $start" | bc)
    if [ -z "$best" ] || [ "$(echo "$t < $best" | bc)" = 1 ]; then best=$t; fi
  done
  echo "$best"
}

touch_core() { touch catalog/src/lib.rs; }

# Build vipps-problems with the catalogue in $1 and profile $2.
core_build() {
  local flags=()
  [ "$2" = release ] && flags=(--release)
  VIPPS_PROBLEMS_CATALOG_DIR=$1 cargo build -q -p vipps-problems "${flags[@]}"
}

core_time() {
  core_build "$1" "$2" # warm: generate once
  best_of_three touch_core core_build "$1" "$2"
}

# A crate with a bare enum of $1 variants, built with profile $2.
bare_dir() { echo "$tmp/bare$1"; }
bare_setup() {
  local dir
  dir=$(bare_dir "$1")
  mkdir -p "$dir/src"
  printf '[package]\nname = "bare"\nversion = "0.0.0"\nedition = "2021"\n[workspace]\n' >"$dir/Cargo.toml"
  {
    echo '#[derive(Clone, Debug, PartialEq, Eq)]'
    echo 'pub enum Bare {'
    for ((i = 0; i < $1; i++)); do echo "    V$i { a: String, b: u64 },"; done
    echo '}'
  } >"$dir/src/lib.rs"
}
bare_build() {
  local flags=()
  [ "$3" = release ] && flags=(--release)
  CARGO_TARGET_DIR="$target/compile-cost-bare" cargo build -q --manifest-path "$1/Cargo.toml" "${flags[@]}"
}
bare_time() {
  local dir
  dir=$(bare_dir "$1")
  bare_setup "$1"
  bare_build "$dir" "$1" "$2"
  best_of_three "touch $dir/src/lib.rs" bare_build "$dir" "$1" "$2"
}

per_entry_ms() { echo "scale=2; ($2 - $1) * 1000 / ($3 - 1)" | bc; }
per_variant_ms() { echo "scale=3; ($2 - $1) * 1000 / $3" | bc; }

printf '%-8s %-10s %9s %9s %9s %9s   %s\n' profile code 1 67 1000 2000 'ms per entry above 1: at 67 / 1000 / 2000'
for profile in ${PROFILES:-debug release}; do
  one=$(core_time "$tmp/n1" "$profile")
  shipped=$(core_time "$PWD/catalog" "$profile")
  k1=$(core_time "$tmp/n1000" "$profile")
  k2=$(core_time "$tmp/n2000" "$profile")
  printf '%-8s %-10s %8.2fs %8.2fs %8.2fs %8.2fs   %s / %s / %s\n' "$profile" generated \
    "$one" "$shipped" "$k1" "$k2" \
    "$(per_entry_ms "$one" "$shipped" 67)" "$(per_entry_ms "$one" "$k1" 1000)" "$(per_entry_ms "$one" "$k2" 2000)"
  o1=$(core_time "$tmp/ops1000" "$profile")
  o2=$(core_time "$tmp/ops2000" "$profile")
  printf '%-8s %-10s %9s %9s %8.2fs %8.2fs   %s / %s / %s\n' "$profile" '+8 ops' - - \
    "$o1" "$o2" - "$(per_entry_ms "$one" "$o1" 1000)" "$(per_entry_ms "$one" "$o2" 2000)"
  printf '%-8s %-10s operation enums: %s / %s ms per operation variant at 1000 / 2000 entries (%s / %s variants)\n' \
    "$profile" '+8 ops' "$(per_variant_ms "$k1" "$o1" "${variants[1000]}")" \
    "$(per_variant_ms "$k2" "$o2" "${variants[2000]}")" "${variants[1000]}" "${variants[2000]}"
  b1=$(bare_time 1 "$profile")
  b67=$(bare_time 67 "$profile")
  bk1=$(bare_time 1000 "$profile")
  bk2=$(bare_time 2000 "$profile")
  printf '%-8s %-10s %8.2fs %8.2fs %8.2fs %8.2fs   %s / %s / %s\n' "$profile" bare-enum \
    "$b1" "$b67" "$bk1" "$bk2" \
    "$(per_entry_ms "$b1" "$b67" 67)" "$(per_entry_ms "$b1" "$bk1" 1000)" "$(per_entry_ms "$b1" "$bk2" 2000)"
done
# Leave the default build as it was.
cargo build -q -p vipps-problems
