#!/usr/bin/env bash
# Instructions per request of the load benchmark's two routes (see load.sh), counted with
# valgrind's callgrind, which counts the same on a busy machine as on a quiet one: the
# example `in-process` (tests/epayment-sim/examples/in-process.rs) calls the bench server's
# app in-process, with no socket, HTTP parser or kernel. SERVER=actix counts the actix-web
# app (behind errors-core's actix middleware); the default is axum (behind the tower layer). Each count is the difference between a
# run of 2200 requests and one of 200 (start-up and warm-up cancel out), divided by 2000;
# the median of RUNS (default 5) is reported per route, and the ratio of the medians.
#
#   bash catalog/benches/instructions.sh
#   SERVER=actix bash catalog/benches/instructions.sh
set -euo pipefail
cd "$(dirname "$0")/../.."
runs=${RUNS:-5}
server=${SERVER:-axum}
case "$server" in
  axum | actix) ;;
  *) echo "error: SERVER must be axum or actix, not '$server'" >&2; exit 2 ;;
esac
command -v valgrind >/dev/null || { echo "error: this needs valgrind (apt-get install valgrind)" >&2; exit 1; }
cargo build -q --release -p epayment-sim --example in-process
target=$(cargo metadata --format-version 1 --no-deps | sed -n 's/.*"target_directory":"\([^"]*\)".*/\1/p')
bin="$target/release/examples/in-process"

# Instructions of one run of $2 requests on route $1.
count() {
  valgrind --tool=callgrind --callgrind-out-file=/dev/null "$bin" "$1" "$2" "$server" 2>&1 |
    sed -n 's/.*Collected : //p'
}
median() { sort -n | awk '{ v[NR] = $1 } END { print v[int((NR + 1) / 2)] }'; }

declare -A per=()
for route in problem plain; do
  per[$route]=$(for _ in $(seq "$runs"); do
    echo $((($(count "$route" 2200) - $(count "$route" 200)) / 2000))
  done | median)
  echo "$server $route: ${per[$route]} instructions per request (median of $runs)"
done
awk -v a="${per[problem]}" -v b="${per[plain]}" \
  'BEGIN { printf "ratio: %.3fx, problem - plain: %d instructions\n", a / b, a - b }'
