#!/usr/bin/env bash
# Build cost of a generated catalogue for the crate that uses it: the same two errors (out
# of stock, 409, with two parameters; storage unavailable, 503), sent as problem+json,
#
#   A  generated: a catalogue in build.rs through errors-codegen, with errors-core;
#   B  by hand:   an enum with thiserror's Display and a serde Serialize to problem+json.
#
# Both programs print each error's Display and JSON. Each crate is built cold (`cargo
# build`, debug, a fresh target directory under the workspace's `target/build-cost`), twice;
# the faster build counts. Dependencies are fetched first, so downloads are not timed. It
# prints each wall time, the number of crates compiled (cargo's `Compiling` lines) and the
# ratio A/B (target: at most 1.5x).
#
#   bash catalog/benches/build_cost.sh
set -euo pipefail
cd "$(dirname "$0")/../.."
root=$PWD
target=$(cargo metadata --format-version 1 --no-deps | sed -n 's/.*"target_directory":"\([^"]*\)".*/\1/p')
work="$target/build-cost"
rm -rf "$work"
mkdir -p "$work"

# Crate A: the catalogue, its build script and a main.
write_generated() {
  local dir="$work/generated"
  mkdir -p "$dir/src" "$dir/catalog"
  cat >"$dir/Cargo.toml" <<EOF
[package]
name = "generated"
version = "0.0.0"
edition = "2021"

[dependencies]
errors-core = { path = "$root/errors-core" }
serde_json = "1"

[build-dependencies]
errors-codegen = { path = "$root/codegen" }

[workspace]
EOF
  cat >"$dir/catalog/shop.yaml" <<'EOF'
api: shop
name: Shop API
type_base: https://shop.example/problems/
entries:
  - id: out_of_stock
    title: Out of stock
    status: 409
    detail: Only {available} of {sku} left.
    params:
      - name: available
        kind: integer
        example: "2"
      - name: sku
        example: A-1
  - id: storage_unavailable
    title: Storage unavailable
    status: 503
    detail: The storage is unavailable; try again later.
    retry: backoff
EOF
  cat >"$dir/build.rs" <<'EOF'
fn main() {
    if let Err(err) = errors_codegen::Config::new().catalog_dir("catalog").compile("problems.rs") {
        eprintln!("{err}");
        std::process::exit(1);
    }
}
EOF
  cat >"$dir/src/main.rs" <<'EOF'
include!(concat!(env!("OUT_DIR"), "/problems.rs"));

fn to_json(problem: &Problem) -> String {
    serde_json::to_string(problem).unwrap()
}

fn main() {
    let out_of_stock = Problem::OutOfStock { available: 2, sku: "A-1".into() };
    for problem in [out_of_stock, Problem::StorageUnavailable] {
        println!("{problem}: {}", to_json(&problem));
    }
}
EOF
}

# Crate B: the same errors by hand.
write_by_hand() {
  local dir="$work/by-hand"
  mkdir -p "$dir/src"
  cat >"$dir/Cargo.toml" <<'EOF'
[package]
name = "by-hand"
version = "0.0.0"
edition = "2021"

[dependencies]
thiserror = "2"
serde = { version = "1", features = ["derive"] }
serde_json = "1"

[workspace]
EOF
  cat >"$dir/src/main.rs" <<'EOF'
use serde::{Serialize, Serializer};

#[derive(Debug, thiserror::Error)]
enum ShopError {
    #[error("Only {available} of {sku} left.")]
    OutOfStock { available: u32, sku: String },
    #[error("The storage is unavailable; try again later.")]
    StorageUnavailable,
}

/// The problem+json body.
#[derive(Serialize)]
struct Body<'a> {
    #[serde(rename = "type")]
    type_uri: &'static str,
    title: &'static str,
    status: u16,
    detail: String,
    #[serde(skip_serializing_if = "Option::is_none")]
    available: Option<u32>,
    #[serde(skip_serializing_if = "Option::is_none")]
    sku: Option<&'a str>,
}

impl Serialize for ShopError {
    fn serialize<S: Serializer>(&self, serializer: S) -> Result<S::Ok, S::Error> {
        let detail = self.to_string();
        let body = match self {
            ShopError::OutOfStock { available, sku } => Body {
                type_uri: "https://shop.example/problems/out-of-stock",
                title: "Out of stock",
                status: 409,
                detail,
                available: Some(*available),
                sku: Some(sku),
            },
            ShopError::StorageUnavailable => Body {
                type_uri: "https://shop.example/problems/storage-unavailable",
                title: "Storage unavailable",
                status: 503,
                detail,
                available: None,
                sku: None,
            },
        };
        body.serialize(serializer)
    }
}

impl ShopError {
    fn to_json(&self) -> String {
        serde_json::to_string(self).unwrap()
    }
}

fn main() {
    let out_of_stock = ShopError::OutOfStock { available: 2, sku: "A-1".into() };
    for error in [out_of_stock, ShopError::StorageUnavailable] {
        println!("{error}: {}", error.to_json());
    }
}
EOF
}

# Build crate $1 cold in a fresh target directory named $2: "seconds crates".
cold_build() {
  local dir="$work/$1" log="$work/$2.log" start end
  start=$(date +%s.%N)
  CARGO_TARGET_DIR="$work/$2" cargo build --offline --manifest-path "$dir/Cargo.toml" 2>"$log"
  end=$(date +%s.%N)
  echo "$(echo "$end - $start" | bc) $(grep -c '^ *Compiling ' "$log")"
}

# The faster of two cold builds of crate $1: "seconds crates".
best_cold_build() {
  local first second
  first=$(cold_build "$1" "target-$1-1")
  second=$(cold_build "$1" "target-$1-2")
  if [ "$(echo "${second% *} < ${first% *}" | bc)" = 1 ]; then echo "$second"; else echo "$first"; fi
}

write_generated
write_by_hand
for crate in generated by-hand; do
  cargo fetch -q --manifest-path "$work/$crate/Cargo.toml"
done
# Both programs must run and print the same lines before their builds are compared.
for crate in generated by-hand; do
  CARGO_TARGET_DIR="$work/target-check" cargo run -q --offline --manifest-path "$work/$crate/Cargo.toml" >"$work/$crate.out"
done
if ! diff -u "$work/by-hand.out" "$work/generated.out"; then
  echo "the two programs print different things" >&2
  exit 1
fi

read -r a_time a_crates <<<"$(best_cold_build generated)"
read -r b_time b_crates <<<"$(best_cold_build by-hand)"
printf '%-36s %10s %16s\n' crate 'cold build' 'crates compiled'
printf '%-36s %9.2fs %16s\n' 'A generated (errors-codegen)' "$a_time" "$a_crates"
printf '%-36s %9.2fs %16s\n' 'B by hand (thiserror + serde)' "$b_time" "$b_crates"
printf 'ratio A/B: %.2fx (target: at most 1.5x)\n' "$(echo "scale=4; $a_time / $b_time" | bc)"
