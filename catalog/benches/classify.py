"""The Python client's classify per body against Python's floor (json.loads plus a dict
lookup on the status), on the Rust bench's mix (classify_mix.json), timed in turns of 16
calls each in one run so both see the same load. Target: at most 2x the floor on the
problem+json bodies.

    python3 catalog/benches/classify.py [client folder, default docs/clients/python]
"""

import json
import platform
import statistics
import sys
import time
from pathlib import Path

HERE = Path(__file__).resolve().parent
sys.path.insert(0, str(Path(sys.argv[1]).resolve() if len(sys.argv) > 1 else HERE.parent.parent / "docs/clients/python"))

from problems import classify  # noqa: E402

MIX = [(name, status, body.encode()) for name, status, body in json.loads((HERE / "classify_mix.json").read_text())]
#: The problem+json bodies: the mix's first five.
PROBLEMS = {name for name, _, _ in MIX[:5]}
STATUSES = {400: "bad request", 404: "not found", 409: "conflict", 429: "too many requests"}


def floor(status, body):
    """What a client hand-writes at least: parse, then look the status up."""
    try:
        value = json.loads(body)
    except ValueError:
        value = None
    return STATUSES.get(status), value


def via_classify(status, body):
    return classify(status, None, body)


#: Calls of each function in a turn: the two take turns this often, so both see the same
#: state of the machine (its load, the allocator, the caches).
TURN = 16


def in_turn(f, g, turns):
    """Nanoseconds per call of ``f`` and of ``g`` on each body, ``turns`` turns of each per
    body."""
    out = []
    clock = time.perf_counter_ns
    calls = range(TURN)
    for _, status, body in MIX:
        tf = tg = 0
        for _ in range(turns):
            start = clock()
            for _ in calls:
                f(status, body)
            middle = clock()
            for _ in calls:
                g(status, body)
            tf += middle - start
            tg += clock() - middle
        out.append((tf / (turns * TURN), tg / (turns * TURN)))
    return out


ROUNDS, TURNS = 9, 200
N = TURNS * TURN
in_turn(floor, via_classify, TURNS)
rounds = []
for _ in range(ROUNDS):
    times = in_turn(floor, via_classify, TURNS)
    rounds.append(([f for f, _ in times], [c for _, c in times]))
print(f"python {platform.python_version()}, {ROUNDS} rounds of {N} calls per body, medians")
print("| body | floor | classify | ratio |\n| --- | --- | --- | --- |")
for i, (name, _, _) in enumerate(MIX):
    f = statistics.median(r[0][i] for r in rounds)
    c = statistics.median(r[1][i] for r in rounds)
    print(f"| {name} | {f:.0f} ns | {c:.0f} ns | {c / f:.2f}x |")


def ratio(keep):
    return [
        sum(c for (n, _, _), c in zip(MIX, cs) if keep(n)) / sum(f for (n, _, _), f in zip(MIX, fs) if keep(n))
        for fs, cs in rounds
    ]


problems = ratio(lambda n: n in PROBLEMS)
print(
    f"problem+json bodies: {statistics.median(problems):.2f}x the floor "
    f"(rounds {min(problems):.2f}-{max(problems):.2f}); whole mix: {statistics.median(ratio(lambda n: True)):.2f}x"
)
