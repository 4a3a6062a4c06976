"""The agreement test's batch: many runs of the command line in one process. Each line of
standard input is {"args": [...], "body": hex}; each line of output is what classify.py
would print for it, {"code", "stdout", "stderr"}, through the same function.

    python3 batch.py CLIENT_FOLDER < cases.jsonl
"""

import json
import sys

sys.path.insert(0, sys.argv[1])

from problems._body import MAX_BODY  # noqa: E402
from problems._cli import run  # noqa: E402

out = []
for line in sys.stdin.buffer.read().decode("utf-8").splitlines():
    case = json.loads(line)
    # As classify.py reads standard input: at most one byte more than the limit.
    body = bytes.fromhex(case["body"])[: MAX_BODY + 1]
    code, stdout, stderr = run(case["args"], lambda: body)
    out.append(json.dumps({"code": code, "stdout": stdout, "stderr": stderr}, ensure_ascii=False))
sys.stdout.buffer.write("".join(line + "\n" for line in out).encode("utf-8"))
