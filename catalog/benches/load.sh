#!/usr/bin/env bash
# Load: what answering with problems costs a server. The ePayment simulation's router (the
# example server's, built by `tests/epayment-sim/examples/bench-server.rs`: release profile,
# rate limit lifted but still counted, test-only routes on) is driven over loopback with
# bounded concurrency, alternating between two routes of that same router:
#
#   problem  GET /epayment/v1/payments/order-unknown: the handler's 404 `reference_not_found`
#            problem (two parameters in `detail`), through the problem layer;
#   plain    GET /epayment/v1/test/plain/payments/order-unknown: the same header, lookup and
#            404, its body a plain-text sentence, past the problem layer (the baseline).
#
# Both are behind the same middleware (body limit, rate limit, timeout). Each of ROUNDS
# rounds (default 10) runs both routes for DURATION seconds each (default 2), in turns, the
# order alternating, after one warm-up second of each. The report gives each run (requests,
# requests/s, p50 and p99 latency, the server's CPU time per request from /proc), the medians
# of each route over the rounds and the medians of the rounds' ratios, the two runs of a
# round sharing the machine's load of the moment (target: problem throughput at least 0.95x
# plain).
#
# The load generator is wrk (Debian's package `wrk`): a packaged binary, where oha would be a
# `cargo install` of a few hundred crates; a C event loop that leaves most of the CPU it
# shares with the server to the server; HdrHistogram percentiles. Each run is bounded in
# concurrency (CONNECTIONS over THREADS, default 64 over 2) and in time (DURATION), so it
# stops by itself; wrk counts by time, not by requests, and the number each run completed is
# printed. Every response must be a 404 (wrk counts them) with no socket error, or the script
# fails. It installs wrk with apt-get when run as root and wrk is missing; otherwise it asks
# for it.
#
# SERVER=actix serves the same routes with actix-web (the `epayment-server-actix` example's
# app, behind errors-core's actix middleware instead of the tower layer); the default is axum.
#
#   bash catalog/benches/load.sh
#   SERVER=actix bash catalog/benches/load.sh
#   ROUNDS=3 DURATION=5 CONNECTIONS=128 THREADS=2 bash catalog/benches/load.sh
set -euo pipefail
cd "$(dirname "$0")/../.."
rounds=${ROUNDS:-10}
duration=${DURATION:-2}
connections=${CONNECTIONS:-64}
threads=${THREADS:-2}
server_kind=${SERVER:-axum}
case "$server_kind" in
  axum | actix) ;;
  *) echo "error: SERVER must be axum or actix, not '$server_kind'" >&2; exit 2 ;;
esac

if ! command -v wrk >/dev/null; then
  if [ "$(id -u)" = 0 ] && command -v apt-get >/dev/null; then
    echo "installing wrk (apt-get install wrk)" >&2
    DEBIAN_FRONTEND=noninteractive apt-get install -y -qq wrk >/dev/null
  else
    echo "error: this benchmark needs wrk: apt-get install wrk (Debian, Ubuntu) or brew install wrk" >&2
    exit 1
  fi
fi

cargo build -q --release -p epayment-sim --example bench-server
target=$(cargo metadata --format-version 1 --no-deps | sed -n 's/.*"target_directory":"\([^"]*\)".*/\1/p')
work=$(mktemp -d)
server=""
cleanup() {
  if [ -n "$server" ]; then kill "$server" 2>/dev/null || true; fi
  rm -rf "$work"
}
trap cleanup EXIT

"$target/release/examples/bench-server" "$server_kind" >"$work/server.out" &
server=$!
for _ in $(seq 100); do
  grep -q '^listening on ' "$work/server.out" && break
  sleep 0.1
done
base=$(sed -n 's/^listening on //p' "$work/server.out")
[ -n "$base" ] || { echo "error: the server did not start" >&2; exit 1; }
port=${base##*:}
msn=123456
declare -A path=(
  [problem]=/epayment/v1/payments/order-unknown
  [plain]=/epayment/v1/test/plain/payments/order-unknown
)

# The status line and Content-Type of one answer on `route`, read over a bare socket.
answer_of() {
  exec 3<>"/dev/tcp/127.0.0.1/$port"
  printf 'GET %s HTTP/1.1\r\nHost: localhost\r\nMerchant-Serial-Number: %s\r\nConnection: close\r\n\r\n' \
    "${path[$1]}" "$msn" >&3
  tr -d '\r' <&3 | sed -n -e '1p' -e 's/^content-type: //Ip' | paste -sd' '
  exec 3<&-
}
expect_answer() {
  local seen
  seen=$(answer_of "$1")
  [ "$seen" = "$2" ] || { echo "error: $1 answers '$seen', not '$2'" >&2; exit 1; }
}
expect_answer problem 'HTTP/1.1 404 Not Found application/problem+json'
expect_answer plain 'HTTP/1.1 404 Not Found text/plain; charset=utf-8'

# Printed once at the end of a run: requests, µs elapsed, p50 and p99 in µs, error answers,
# socket errors.
cat >"$work/report.lua" <<'EOF'
done = function(summary, latency, requests)
  local e = summary.errors
  io.write(string.format("result %d %d %d %d %d %d\n", summary.requests, summary.duration,
    latency:percentile(50), latency:percentile(99), e.status,
    e.connect + e.read + e.write + e.timeout))
end
EOF

# CPU time the server has used, in clock ticks (user + system).
server_ticks() { awk '{ print $14 + $15 }' "/proc/$server/stat"; }
ticks_per_second=$(getconf CLK_TCK)

# One run of $2 seconds on route $1: "requests req/s p50µs p99µs cpuµs-per-request".
run() {
  local out requests micros p50 p99 status socket before after
  before=$(server_ticks)
  out=$(wrk -t"$threads" -c"$connections" -d"${2}s" --timeout 5s -s "$work/report.lua" \
    -H "Merchant-Serial-Number: $msn" "$base${path[$1]}" | sed -n 's/^result //p')
  after=$(server_ticks)
  read -r requests micros p50 p99 status socket <<<"$out"
  if [ "$status" != "$requests" ] || [ "$socket" != 0 ] || [ "$requests" = 0 ]; then
    echo "error: $1: $requests answers, $status of them errors as expected, $socket socket errors" >&2
    exit 1
  fi
  awk -v n="$requests" -v us="$micros" -v p50="$p50" -v p99="$p99" \
    -v cpu="$((after - before))" -v hz="$ticks_per_second" \
    'BEGIN { printf "%d %.0f %d %d %.2f\n", n, n * 1e6 / us, p50, p99, cpu * 1e6 / hz / n }'
}

median() { sort -n | awk '{ v[NR] = $1 } END { print (NR % 2) ? v[(NR + 1) / 2] : (v[NR / 2] + v[NR / 2 + 1]) / 2 }'; }

echo "$server_kind; $(wrk --version 2>&1 | head -1 | cut -d' ' -f1-2), $threads threads, $connections connections, $rounds rounds of ${duration}s per route"
run problem 1 >/dev/null
run plain 1 >/dev/null
printf '%-6s %-8s %9s %10s %9s %9s %9s\n' round route requests 'req/s' 'p50 µs' 'p99 µs' 'cpu µs'
: >"$work/rounds"
for round in $(seq "$rounds"); do
  # Every other round the other way round: neither route always runs on a warmer server.
  order="problem plain"
  [ $((round % 2)) = 0 ] && order="plain problem"
  declare -A rps=() p99=() cpu=()
  for route in $order; do
    read -r requests rps[$route] p50 p99[$route] cpu[$route] <<<"$(run "$route" "$duration")"
    printf '%-6s %-8s %9d %10d %9d %9d %9.2f\n' "$round" "$route" "$requests" "${rps[$route]}" \
      "$p50" "${p99[$route]}" "${cpu[$route]}"
  done
  echo "${rps[problem]} ${rps[plain]} ${p99[problem]} ${p99[plain]} ${cpu[problem]} ${cpu[plain]}" >>"$work/rounds"
done
kill -0 "$server" || { echo "error: the server died" >&2; exit 1; }

# Medians over the rounds; the ratios are the medians of each round's ratio, as the two runs
# of a round share the machine's load of the moment.
column() { awk -v c="$1" '{ print $c }' "$work/rounds" | median; }
ratio() { awk -v a="$1" -v b="$2" '{ print $a / $b }' "$work/rounds" | median; }
awk -v a="$(column 1)" -v b="$(column 2)" -v c="$(column 3)" -v d="$(column 4)" \
  -v e="$(column 5)" -v f="$(column 6)" \
  -v t="$(ratio 1 2)" -v l="$(ratio 3 4)" -v u="$(ratio 5 6)" 'BEGIN {
  printf "median  problem %.0f req/s, p99 %d µs, %.2f µs CPU; plain %.0f req/s, p99 %d µs, %.2f µs CPU\n", a, c, e, b, d, f
  printf "ratio   throughput %.3fx (target >= 0.95x: %s), p99 %.2fx, server CPU per request %.3fx\n", t, (t >= 0.95) ? "met" : "missed", l, u
}'
