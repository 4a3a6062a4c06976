# Python client of the problem catalogue

The package `problems` for Python ≥ 3.9, standard library only and fully typed: `classify`
reads a response of the API (status, headers, body) into a typed problem with the rules of
the Rust classifier, and says whether, how and when to retry.

Take this folder as it is (or write it with `errors-codegen client --lang python --out DIR`),
put it on the import path, and import `problems`:

```python
import json

from problems import OPERATION_PROBLEMS, $variant, classify, texts

body = json.dumps({"title": $title, "status": $status, "detail": $detail})
c = classify($status, {"Retry-After": "30"}, body.encode())
assert isinstance(c.problem, $variant)
$$param_check
$$operation_check
advice = c.retry_advice(0)
print(advice.action, advice.same_idempotency_key, advice.delay_ms)
print(texts(c.problem, $locale))
```

- `c.problem` is a frozen dataclass per entry (its parameters as fields), narrowed with
  `isinstance`; `Unknown` when the catalogue does not describe the body (`c.id` still names
  an entry whose parameters were lost).
- Each operation has a union (`CapturePaymentProblem`) and a tuple of its classes for
  `isinstance` (`CAPTURE_PAYMENT_PROBLEMS`); `OPERATIONS` lists their ids.
- A body no one expected (HTML, empty, truncated, nested too deep, over 64 KiB) gives an
  `Unknown` problem with what was read (`c.raw_text`); `classify` does not raise on a body.
- Headers are a mapping, or `(name, value)` pairs (which keep repeated headers apart).

The command line prints what the Rust example `classify` prints, member for member:

```sh
python3 classify.py --status 404 [--header 'Retry-After: 30'] [--attempt N] < body.json
```
