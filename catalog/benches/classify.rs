//! Classification speed against two baselines measured in the same run.
//!
//! - `mix/classify`: parse + identify + recover parameters, over a realistic mix of bodies.
//! - `mix/owned_struct`: parsing the same bodies into a hand-written owned serde struct
//!   (target: classify within 1.5× of it).
//! - `mix/http_api_problem`: `http_api_problem::HttpApiProblem` parsing alone, which
//!   classifies nothing (target: classify faster).
//! - `mix/classify_english_only`: the same catalogue generated without its translations
//!   (`locales/`), as classification ran before a second locale existed: `mix/classify`,
//!   with Norwegian loaded, stays within 1.05x of it.
//! - `operation/enum`: classify the mix, then into `CapturePaymentError` with
//!   `from_problem`, against `operation/problem`, the same mix into the catalogue-wide
//!   `Problem` (target: within 1.05× of it), the two timed in turn in one loop; `operation/convert`
//!   and `operation/move` time the conversion alone, against moving the same classified problems out unconverted.
//! - `type_uri/*`: looking a type URI up (target: under 10 ns).
//!
//! The TypeScript and Python clients measure themselves on the same bodies: `classify.mjs` and
//! `classify.py` beside this file.
//!
//! ```sh
//! cargo bench -p vipps-problems --bench classify -- --warm-up-time 1 --measurement-time 3
//! ```

use std::fmt;
use std::hint::black_box;
use std::sync::OnceLock;

use criterion::{criterion_main, BatchSize, Criterion, Throughput};
use errors_core::classify::{classify, Classified};
use errors_core::http::HeaderMap;
use errors_core::ProblemKind;
use http_api_problem::HttpApiProblem;
use serde::de::{self, Deserializer, Visitor};
use serde::Deserialize;
use support::InTurn;
use vipps_problems::{CapturePaymentError, Problem, ProblemType};

mod support;

/// The shipped catalogue without its translations: the figure of a catalogue with one locale.
mod english_only {
    #![allow(missing_docs)]
    errors_macros::catalog!("epayment.yaml", "gateway.yaml", "platform.yaml");
}

/// Bodies as the live API, its gateway, legacy APIs and proxies send them: `[name, status,
/// body]` in `classify_mix.json`, which the TypeScript and Python benches read too.
fn mix() -> &'static [(String, u16, String)] {
    static MIX: OnceLock<Vec<(String, u16, String)>> = OnceLock::new();
    MIX.get_or_init(|| {
        serde_json::from_str(include_str!("classify_mix.json"))
            .expect("classify_mix.json: [name, status, body] rows")
    })
}

/// The baseline: what a client would hand-write to read these bodies, owning its strings.
#[derive(Deserialize)]
#[allow(dead_code)]
struct OwnedProblem {
    #[serde(rename = "type")]
    type_uri: Option<String>,
    title: Option<String>,
    #[serde(default, deserialize_with = "number_or_string")]
    status: Option<u16>,
    detail: Option<String>,
    instance: Option<String>,
    #[serde(rename = "traceId")]
    trace_id: Option<String>,
    #[serde(rename = "extraDetails", default)]
    extra_details: Vec<OwnedExtraDetail>,
    #[serde(rename = "statusCode")]
    status_code: Option<u16>,
    message: Option<String>,
}

#[derive(Deserialize)]
#[allow(dead_code)]
struct OwnedExtraDetail {
    name: String,
    reason: String,
}

#[derive(Deserialize)]
#[allow(dead_code)]
#[serde(rename_all = "camelCase")]
struct OwnedLegacyError {
    error_group: Option<String>,
    error_code: Option<String>,
    error_message: Option<String>,
    context_id: Option<String>,
}

#[allow(dead_code)]
enum OwnedBody {
    Problem(OwnedProblem),
    Legacy(Vec<OwnedLegacyError>),
}

fn parse_owned(body: &[u8]) -> Option<OwnedBody> {
    match body.iter().find(|b| !b.is_ascii_whitespace())? {
        b'{' => serde_json::from_slice(body).ok().map(OwnedBody::Problem),
        b'[' => serde_json::from_slice(body).ok().map(OwnedBody::Legacy),
        _ => None,
    }
}

fn number_or_string<'de, D: Deserializer<'de>>(d: D) -> Result<Option<u16>, D::Error> {
    struct Status;
    impl Visitor<'_> for Status {
        type Value = Option<u16>;
        fn expecting(&self, f: &mut fmt::Formatter<'_>) -> fmt::Result {
            f.write_str("a status")
        }
        fn visit_u64<E: de::Error>(self, v: u64) -> Result<Option<u16>, E> {
            Ok(u16::try_from(v).ok())
        }
        fn visit_str<E: de::Error>(self, v: &str) -> Result<Option<u16>, E> {
            Ok(v.parse().ok())
        }
        fn visit_unit<E: de::Error>(self) -> Result<Option<u16>, E> {
            Ok(None)
        }
    }
    d.deserialize_any(Status)
}

fn bench_mix(c: &mut Criterion) {
    let headers = HeaderMap::new();
    let bytes: usize = mix().iter().map(|(_, _, b)| b.len()).sum();
    let mut group = c.benchmark_group("mix");
    group.throughput(Throughput::Bytes(bytes as u64));
    group.bench_function("classify", |b| {
        b.iter(|| {
            for (_, status, body) in mix() {
                let c: Classified<Problem> =
                    classify(*status, &headers, black_box(body.as_bytes()));
                black_box(c);
            }
        })
    });
    group.bench_function("classify_english_only", |b| {
        b.iter(|| {
            for (_, status, body) in mix() {
                let c: Classified<english_only::Problem> =
                    classify(*status, &headers, black_box(body.as_bytes()));
                black_box(c);
            }
        })
    });
    group.bench_function("owned_struct", |b| {
        b.iter(|| {
            for (_, _, body) in mix() {
                black_box(parse_owned(black_box(body.as_bytes())));
            }
        })
    });
    group.bench_function("http_api_problem", |b| {
        b.iter(|| {
            for (_, _, body) in mix() {
                black_box(
                    serde_json::from_slice::<HttpApiProblem>(black_box(body.as_bytes())).ok(),
                );
            }
        })
    });
    group.finish();
}

fn bench_each(c: &mut Criterion) {
    let headers = HeaderMap::new();
    let mut group = c.benchmark_group("body");
    for (name, status, body) in mix() {
        group.bench_function(format!("{name}/classify"), |b| {
            b.iter(|| {
                let c: Classified<Problem> =
                    classify(*status, &headers, black_box(body.as_bytes()));
                black_box(c)
            })
        });
        group.bench_function(format!("{name}/classify_english_only"), |b| {
            b.iter(|| {
                let c: Classified<english_only::Problem> =
                    classify(*status, &headers, black_box(body.as_bytes()));
                black_box(c)
            })
        });
        group.bench_function(format!("{name}/owned_struct"), |b| {
            b.iter(|| black_box(parse_owned(black_box(body.as_bytes()))))
        });
        group.bench_function(format!("{name}/http_api_problem"), |b| {
            b.iter(|| {
                black_box(serde_json::from_slice::<HttpApiProblem>(black_box(body.as_bytes())).ok())
            })
        });
    }
    group.finish();
}

/// The mix classified into the catalogue-wide `Problem`.
fn mix_into_problem(headers: &HeaderMap) {
    for (_, status, body) in mix() {
        let problem: Problem =
            classify(*status, headers, black_box(body.as_bytes())).into_problem();
        black_box(problem);
    }
}

/// The mix classified, then into `CapturePaymentError`.
fn mix_into_operation(headers: &HeaderMap) {
    for (_, status, body) in mix() {
        let problem: Problem =
            classify(*status, headers, black_box(body.as_bytes())).into_problem();
        black_box(CapturePaymentError::from_problem(problem));
    }
}

fn bench_operation(c: &mut Criterion) {
    let headers = HeaderMap::new();
    let in_turn = InTurn::default();
    let mut into_problem = || mix_into_problem(&headers);
    let mut into_operation = || mix_into_operation(&headers);
    let mut group = c.benchmark_group("operation");
    for (which, name) in [(0, "problem"), (1, "enum")] {
        group.bench_function(name, |b| {
            b.iter_custom(|iters| {
                in_turn.time(iters, which, &mut [&mut into_problem, &mut into_operation])
            })
        });
    }
    if let Some(ratio) = in_turn.ratio() {
        println!("operation: into CapturePaymentError / into Problem, timed in turn: {ratio:.3}x");
    }
    let classified: Vec<Problem> = mix()
        .iter()
        .map(|(_, status, body)| classify(*status, &headers, body.as_bytes()).into_problem())
        .collect();
    group.bench_function("convert", |b| {
        b.iter_batched(
            || classified.clone(),
            |problems| {
                for problem in problems {
                    black_box(CapturePaymentError::from_problem(problem));
                }
            },
            BatchSize::SmallInput,
        )
    });
    group.bench_function("move", |b| {
        b.iter_batched(
            || classified.clone(),
            |problems| {
                for problem in problems {
                    black_box(problem);
                }
            },
            BatchSize::SmallInput,
        )
    });
    group.finish();
}

fn bench_type_uri(c: &mut Criterion) {
    let mut group = c.benchmark_group("type_uri");
    let hit = "https://developer.vippsmobilepay.com/problems/epayment/reference-not-found";
    let miss = "https://developer.vippsmobilepay.com/problems/epayment/reference-not-fount";
    group.bench_function("from_type_uri/hit", |b| {
        b.iter(|| ProblemType::from_type_uri(black_box(hit)))
    });
    group.bench_function("from_type_uri/miss", |b| {
        b.iter(|| ProblemType::from_type_uri(black_box(miss)))
    });
    group.bench_function("is_generic_type_uri", |b| {
        b.iter(|| ProblemType::is_generic_type_uri(black_box("https://httpstatuses.io/404")))
    });
    group.finish();
}

mod group {
    // `criterion_group!` makes an undocumented public function.
    #![allow(missing_docs)]
    use super::{bench_each, bench_mix, bench_operation, bench_type_uri};
    criterion::criterion_group!(
        benches,
        bench_mix,
        bench_each,
        bench_operation,
        bench_type_uri
    );
}
criterion_main!(group::benches);
