//! Emit: typed problem → problem+json bytes, against the practical limit (a hand-written
//! `#[derive(Serialize)]` struct of borrowed `&str` fields, detail already rendered) and
//! against `http_api_problem::HttpApiProblem`. Same output buffer, reused, for all. The
//! typed problem is also emitted in Norwegian Bokmål (`localized("nb")`, the tag resolved in
//! each iteration), to compare with the source locale (target: at most 1.1x), and through the
//! same path in the source locale (`localized("en")`), the cost of the mechanism alone.
//!
//! `emit_in_turn/*` times the typed problem and the hand-written struct in turn in one loop,
//! and prints their ratio (target: at most 1.10x): on a shared machine, two benchmarks run
//! one after the other need not see the same load.
//!
//! ```sh
//! cargo bench -p vipps-problems --bench emit
//! ```

use std::hint::black_box;

use criterion::measurement::WallTime;
use criterion::{criterion_group, criterion_main, BenchmarkGroup, Criterion};
use errors_core::ToProblem;
use serde::Serialize;
use support::InTurn;
use vipps_problems::{Problem, ProblemType};

mod support;

/// The practical limit: every field borrowed, the detail already rendered.
#[derive(Serialize)]
struct HandWritten<'a> {
    #[serde(rename = "type")]
    type_uri: &'a str,
    title: &'a str,
    status: u16,
    detail: &'a str,
    #[serde(skip_serializing_if = "Option::is_none")]
    reference: Option<&'a str>,
    #[serde(skip_serializing_if = "Option::is_none")]
    msn: Option<&'a str>,
}

fn cases() -> Vec<(&'static str, Problem)> {
    vec![
        ("no_params", Problem::AmountTooSmall),
        (
            "two_params",
            Problem::ReferenceNotFound {
                reference: "acme-shop-123-order123abc".into(),
                msn: "123456".into(),
            },
        ),
    ]
}

/// The hand-written struct of `problem`, its detail `rendered`.
fn hand_written<'a>(problem: &'a Problem, rendered: &'a str) -> HandWritten<'a> {
    let kind = problem.problem_type().unwrap_or(ProblemType::InternalError);
    let param = |n: &str| {
        problem
            .params()
            .into_iter()
            .find(|(k, _)| *k == n)
            .map(|(_, v)| match v {
                errors_core::ParamValue::Str(s) => s,
                _ => "",
            })
    };
    HandWritten {
        type_uri: kind.type_uri(),
        title: kind.title(),
        status: kind.status(),
        detail: rendered,
        reference: param("reference"),
        msn: param("msn"),
    }
}

fn emit(c: &mut Criterion) {
    let mut group = c.benchmark_group("emit");
    for (name, problem) in cases() {
        let kind = problem.problem_type().unwrap_or(ProblemType::InternalError);
        let rendered = problem.to_string();
        let params = problem.params();
        let hand = hand_written(&problem, &rendered);
        let mut peer = http_api_problem::HttpApiProblem::new(kind.status_code())
            .type_url(kind.type_uri())
            .title(kind.title())
            .detail(rendered.clone());
        for (k, v) in &params {
            peer.set_value(*k, &v.to_string());
        }
        let mut buf: Vec<u8> = Vec::with_capacity(512);

        group.bench_function(format!("{name}/hand_written_struct"), |b| {
            b.iter(|| write_json(&mut buf, &hand))
        });
        group.bench_function(format!("{name}/typed_problem"), |b| {
            b.iter(|| write_json(&mut buf, &problem))
        });
        // The same problem in Norwegian Bokmål: the ratio to `typed_problem` is the cost of
        // the locale (target: at most 1.1x).
        group.bench_function(format!("{name}/typed_problem_nb"), |b| {
            b.iter(|| write_json(&mut buf, &black_box(&problem).localized(black_box("nb"))))
        });
        // The source locale through the same path: the cost of the mechanism alone.
        group.bench_function(format!("{name}/typed_problem_localized_en"), |b| {
            b.iter(|| write_json(&mut buf, &black_box(&problem).localized(black_box("en"))))
        });
        group.bench_function(format!("{name}/http_api_problem"), |b| {
            b.iter(|| write_json(&mut buf, &peer))
        });
    }
    group.finish();
}

/// The typed problem against the hand-written struct, timed in turn: serialized as the
/// struct is (`serde_json::to_writer`), and written as a server sends it
/// (`ToProblem::write_json`, what `ProblemResponse` writes).
fn emit_in_turn(c: &mut Criterion) {
    let mut group = c.benchmark_group("emit_in_turn");
    for (name, problem) in cases() {
        let rendered = problem.to_string();
        let hand = hand_written(&problem, &rendered);
        let (mut hand_buf, mut typed_buf) = (Vec::with_capacity(512), Vec::with_capacity(512));
        let mut by_hand = || write_json(&mut hand_buf, &hand);
        let mut serialized = || write_json(&mut typed_buf, &problem);
        let id = format!("{name}/to_writer");
        in_turn(&mut group, &id, &mut [&mut by_hand, &mut serialized]);
        let mut written = || {
            typed_buf.clear();
            problem.write_json(black_box(&mut typed_buf));
            black_box(typed_buf.len());
        };
        let id = format!("{name}/write_json");
        in_turn(&mut group, &id, &mut [&mut by_hand, &mut written]);
    }
    group.finish();
}

/// The hand-written struct (path 0) and the typed problem (path 1) as `{id}/...`, timed in
/// turn; prints the ratio.
fn in_turn(group: &mut BenchmarkGroup<'_, WallTime>, id: &str, paths: &mut [&mut dyn FnMut(); 2]) {
    let in_turn = InTurn::default();
    for (which, path) in [(0, "hand_written_struct"), (1, "typed_problem")] {
        group.bench_function(format!("{id}/{path}"), |b| {
            b.iter_custom(|iters| in_turn.time(iters, which, paths))
        });
    }
    if let Some(ratio) = in_turn.ratio() {
        println!("emit {id}: typed problem / hand-written struct, timed in turn: {ratio:.3}x");
    }
}

/// `value` as JSON into `buf`, emptied first.
fn write_json(buf: &mut Vec<u8>, value: &impl Serialize) {
    buf.clear();
    serde_json::to_writer(&mut *buf, black_box(value)).unwrap();
    black_box(buf.len());
}

criterion_group!(benches, emit, emit_in_turn);
criterion_main!(benches);
