"""The Python client's edge cases, by Python's own runner:
``python3 -m unittest discover -s tests/clients/python``. The same cases as the Rust
classifier's unit tests where they exist; the agreement test (tests/tests/clients_agree.rs)
compares whole outputs with Rust's."""

import calendar
import json
import sys
import unittest
from pathlib import Path

sys.path.insert(0, str(Path(__file__).resolve().parents[3] / "docs" / "clients" / "python"))

from problems import (  # noqa: E402
    CAPTURE_PAYMENT_PROBLEMS,
    LOCALES,
    OPERATIONS,
    GatewayRateLimitExceeded,
    ReferenceNotFound,
    Unknown,
    classify,
    texts,
)
from problems._args import Args, Help, parse_args  # noqa: E402
from problems._body import status_of_text  # noqa: E402
from problems._canonical import format_float, member_json  # noqa: E402
from problems._body import Raw  # noqa: E402
from problems._httpdate import http_date  # noqa: E402
from problems._retry import delay_in_text, retry_after  # noqa: E402
from problems._text import bounded_bytes, trim  # noqa: E402

LIVE = json.dumps(
    {
        "type": "https://httpstatuses.io/404",
        "title": "Reference not found",
        "detail": "The reference order-9 does not exist for MSN 654321",
        "status": 404,
        "traceId": "t",
    }
)
GATEWAY = '{"statusCode":429,"message":"Rate limit is exceeded. Try again in 57 seconds."}'


class Classify(unittest.TestCase):
    def test_a_live_epayment_body_gives_the_typed_problem_as_text_or_bytes(self) -> None:
        for body in (LIVE, LIVE.encode()):
            c = classify(404, None, body)
            self.assertEqual(c.problem, ReferenceNotFound(reference="order-9", msn="654321"))
            self.assertEqual(c.identified_by, "title")
            self.assertEqual(c.trace_id, "t")
            self.assertEqual(c.extensions, {"traceId": "t"})
            self.assertEqual(c.locale, "en")

    def test_bodies_no_one_expected_are_unknown_never_an_exception(self) -> None:
        odd = ["", "<html>502</html>", "{", "[", '{"title":', "\x00", "\ud800{}", "[" * 10000, "x" * 70000]
        for body in odd:
            self.assertIsInstance(classify(502, None, body).problem, Unknown, body[:20])
        garbage = b"{" + bytes((i * 7919) % 256 for i in range(4096))
        self.assertEqual(classify(500, None, garbage).shape, "invalid_json")
        self.assertEqual(len(classify(500, None, b"x" * 70000).raw_text or ""), 4096)

    def test_nesting_past_serde_jsons_limit_is_invalid_json_whatever_the_brackets(self) -> None:
        def nested(levels: int) -> str:
            return '{"title":"Reference not found","a":' + '[{"a":' * (levels // 2) + "1" + "}]" * (levels // 2) + "}"
        deep = classify(404, None, nested(200))
        self.assertEqual(deep.shape, "invalid_json")
        self.assertEqual(deep.members, [])
        within = classify(404, None, nested(126))
        self.assertEqual(within.id, "reference_not_found")
        self.assertEqual(len(within.members), 1)

    def test_headers_as_a_mapping_or_pairs_the_first_retry_after_that_reads(self) -> None:
        for headers in ({"Retry-After": "30"}, {"retry-after": ["soon", "30"]}, [("Retry-After", "soon"), ("retry-after", "30")]):
            advice = classify(429, headers, GATEWAY).retry_advice(0)
            self.assertEqual((advice.action, advice.whole_seconds, advice.source), ("resend", 30, "retry_after"))
            self.assertTrue(advice.same_idempotency_key)
        advice = classify(429, None, GATEWAY).retry_advice(0)
        self.assertEqual((advice.delay_ms, advice.source), (57000, "message"))
        self.assertEqual(classify(429, None, GATEWAY).retry_advice(5).action, "give_up")

    def test_retry_after_beyond_2_64_seconds_stays_exact(self) -> None:
        delay = retry_after([("retry-after", "99999999999999999999999")])
        assert delay is not None
        self.assertEqual(delay.seconds, 18446744073709551615)
        self.assertIsNone(retry_after([("retry-after", "-5")]))

    def test_http_dates_three_formats_real_days_and_weekdays_only(self) -> None:
        at = calendar.timegm((1994, 11, 6, 8, 49, 37, 0, 0, 0))
        for text in ("Sun, 06 Nov 1994 08:49:37 GMT", "Sunday, 06-Nov-94 08:49:37 GMT", "Sun Nov  6 08:49:37 1994"):
            self.assertEqual(http_date(text), at, text)
        self.assertIsNone(http_date("Mon, 06 Nov 1994 08:49:37 GMT"))
        self.assertIsNone(http_date("Sat, 31 Feb 2015 07:28:00 GMT"))
        self.assertEqual(http_date("Thu, 01 Jan 1970 00:00:00 GMT"), 0)
        dated = retry_after([("retry-after", "Wed, 21 Oct 2015 07:28:00 GMT"), ("date", "Wed, 21 Oct 2015 07:27:15 GMT")])
        assert dated is not None
        self.assertEqual(dated.whole_seconds(), 45)

    def test_waits_named_in_messages(self) -> None:
        cases = [
            ("Rate limit is exceeded. Try again in 57 seconds.", 57),
            ("try again IN 1 second", 1),
            ("Out of call volume quota. Quota will be replenished in 00:59:57.", 3597),
            ("Payment in 3 parts", None),
            ("in 12:3:00", None),
            ("Try again in a minute", None),
            ("in 1234567890 seconds", None),
            ("ø in 5 seconds", 5),
            ("in 5:59:\ufffd\ufffd}", None),
        ]
        for text, seconds in cases:
            self.assertEqual(delay_in_text(text), seconds, text)

    def test_statuses_as_strings_and_plain_numbers_within_range(self) -> None:
        for text, status in (("400", 400), (" 409 ", 409), ("099", None), ("+409", None), ("\t409", None), ("0400", None)):
            self.assertEqual(status_of_text(text), status, text)
        self.assertIsNone(classify(400, None, '{"title":"x","status":404.0}').body_status)
        self.assertEqual(classify(400, None, '{"title":"x","status":"404"}').body_status, 404)

    def test_numbers_and_objects_written_as_serde_json_writes_them(self) -> None:
        for x, text in ((1.0, "1.0"), (1e15, "1000000000000000.0"), (1e16, "1e+16"), (0.00001, "0.00001"), (1e-6, "1e-6"), (-0.0, "-0.0"), (1.5e300, "1.5e+300")):
            self.assertEqual(format_float(x), text)
        self.assertEqual(member_json(Raw('{"b":1,"a":[1.0,-0],"b":2}')), '{"a":[1.0,-0.0],"b":2}')
        self.assertEqual(member_json(Raw("[1e400]")), "null")
        self.assertEqual(member_json(Raw('"\\ud800"')), "null")

    def test_whole_number_parameters_are_ints(self) -> None:
        body = '{"statusCode":429,"message":"Rate limit is exceeded. Try again in 18446744073709551615 seconds."}'
        self.assertEqual(classify(429, None, body).problem, GatewayRateLimitExceeded(seconds=18446744073709551615))

    def test_raw_text_is_cut_at_a_character_boundary(self) -> None:
        self.assertEqual(bounded_bytes("aøb".encode(), 2), ("a", True))
        self.assertEqual(bounded_bytes(b"a\xffb", 10), ("a\ufffdb", False))
        self.assertEqual(trim("\x85 x\u3000"), "x")
        self.assertEqual(trim("\ufeffx"), "\ufeffx")

    def test_operations_and_locales_from_the_catalogue(self) -> None:
        self.assertEqual(LOCALES, ["en", "nb"])
        c = classify(404, None, LIVE)
        self.assertIsInstance(c.problem, CAPTURE_PAYMENT_PROBLEMS)
        self.assertIn("reference_not_found", OPERATIONS["capturePayment"])
        assert isinstance(c.problem, ReferenceNotFound)
        self.assertEqual(texts(c.problem, "nb"), ("Fant ikke referansen", "Referansen order-9 finnes ikke for MSN 654321"))
        nb = classify(404, None, json.dumps({"title": "Fant ikke referansen", "detail": "Referansen x finnes ikke for MSN 1"}))
        self.assertEqual((nb.id, nb.locale), ("reference_not_found", "nb"))

    def test_arguments_as_the_rust_example_reads_them(self) -> None:
        self.assertEqual(parse_args(["--status=+404", "--header", " X : y ", "--attempt", "00"]), Args(404, [("x", "y")], 0))
        self.assertIsInstance(parse_args(["-h"]), Help)
        for bad in ([], ["--status", "42"], ["--status", "-1"], ["--status", "404", "--status", "405"], ["--status", "404", "--header", "bad name: x"], ["--status", "404", "x"]):
            parsed = parse_args(bad)
            assert isinstance(parsed, str)
            self.assertTrue(parsed.startswith("error: ") and "\n" not in parsed, bad)


if __name__ == "__main__":
    unittest.main()
