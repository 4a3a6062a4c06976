#!/usr/bin/env bash
# The cost of the `opentelemetry` feature per problem response. Builds the `telemetry` bench
# (a traced request answered with a problem, see benches/telemetry.rs) without the feature
# (the baseline) and with it, then runs the two binaries in turns, ROUNDS times each (default
# 5), the order alternating, and prints each run, the medians and the median of the rounds'
# ratios (the two runs of a round share the machine's load of the moment).
#
#   bash catalog/benches/telemetry.sh
#   ROUNDS=9 bash catalog/benches/telemetry.sh
set -euo pipefail
cd "$(dirname "$0")/../.."
rounds=${ROUNDS:-5}

# The path of the bench binary built with the features "$1".
build() {
  cargo bench -q -p vipps-problems --bench telemetry --features "$1" --no-run --message-format=json \
    | sed -n 's/.*"executable":"\([^"]*\)".*/\1/p' | tail -n 1
}
plain=$(build http)
traced=$(build http,opentelemetry)
[ -n "$plain" ] && [ -n "$traced" ] || { echo "error: the bench binaries were not built" >&2; exit 1; }

# Nanoseconds per iteration: the middle of criterion's estimate.
measure() {
  "$1" --bench --warm-up-time 1 --measurement-time 3 --noplot problem_response/traced 2>/dev/null \
    | awk '/time:/ {
        v = $(NF-3); u = $(NF-2)
        if (u == "ps") v /= 1000; else if (u == "µs" || u == "us") v *= 1000; else if (u == "ms") v *= 1e6
        printf "%.1f\n", v; exit }'
}

median() { sort -g | awk '{ a[NR] = $1 } END { print (NR % 2) ? a[(NR + 1) / 2] : (a[NR / 2] + a[NR / 2 + 1]) / 2 }'; }

runs=$(mktemp)
trap 'rm -f "$runs"' EXIT
for round in $(seq 1 "$rounds"); do
  if [ $((round % 2)) = 1 ]; then a=$(measure "$plain"); b=$(measure "$traced")
  else b=$(measure "$traced"); a=$(measure "$plain"); fi
  [ -n "$a" ] && [ -n "$b" ] || { echo "error: a run printed no estimate" >&2; exit 1; }
  echo "$a $b" >>"$runs"
  printf 'round %d: without %s ns, with opentelemetry %s ns, ratio %.3f\n' "$round" "$a" "$b" "$(echo "$b $a" | awk '{ print $1 / $2 }')"
done
printf 'median without: %s ns\n' "$(cut -d' ' -f1 "$runs" | median)"
printf 'median with opentelemetry: %s ns\n' "$(cut -d' ' -f2 "$runs" | median)"
printf 'median ratio: %.3f\n' "$(awk '{ print $2 / $1 }' "$runs" | median)"
