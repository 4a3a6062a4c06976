//! Emit: typed problem → problem+json bytes, against the practical limit (a hand-written
//! `#[derive(Serialize)]` struct of borrowed `&str` fields, detail already rendered) and
//! against `http_api_problem::HttpApiProblem`. Same output buffer, reused, for all. The
//! typed problem is also emitted in Norwegian Bokmål (`localized("nb")`, the tag resolved in
//! each iteration), to compare with the source locale (target: at most 1.1x), and through the
//! same path in the source locale (`localized("en")`), the cost of the mechanism alone.

use std::hint::black_box;

use criterion::{criterion_group, criterion_main, Criterion};
use serde::Serialize;
use vipps_problems::{Problem, ProblemType};

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

fn emit(c: &mut Criterion) {
    let mut group = c.benchmark_group("emit");
    for (name, problem) in cases() {
        let kind = problem.problem_type().unwrap_or(ProblemType::InternalError);
        let rendered = problem.to_string();
        let params = problem.params();
        let param = |n: &str| {
            params.iter().find(|(k, _)| *k == n).map(|(_, v)| match v {
                errors_core::ParamValue::Str(s) => *s,
                _ => "",
            })
        };
        let hand = HandWritten {
            type_uri: kind.type_uri(),
            title: kind.title(),
            status: kind.status(),
            detail: &rendered,
            reference: param("reference"),
            msn: param("msn"),
        };
        let mut peer = http_api_problem::HttpApiProblem::new(kind.status_code())
            .type_url(kind.type_uri())
            .title(kind.title())
            .detail(rendered.clone());
        for (k, v) in &params {
            peer.set_value(*k, &v.to_string());
        }
        let mut buf: Vec<u8> = Vec::with_capacity(512);

        group.bench_function(format!("{name}/hand_written_struct"), |b| {
            b.iter(|| {
                buf.clear();
                serde_json::to_writer(&mut buf, black_box(&hand)).unwrap();
                black_box(buf.len())
            })
        });
        group.bench_function(format!("{name}/typed_problem"), |b| {
            b.iter(|| {
                buf.clear();
                serde_json::to_writer(&mut buf, black_box(&problem)).unwrap();
                black_box(buf.len())
            })
        });
        // The same problem in Norwegian Bokmål: the ratio to `typed_problem` is the cost of
        // the locale (target: at most 1.1x).
        group.bench_function(format!("{name}/typed_problem_nb"), |b| {
            b.iter(|| {
                buf.clear();
                let localized = black_box(&problem).localized(black_box("nb"));
                serde_json::to_writer(&mut buf, &localized).unwrap();
                black_box(buf.len())
            })
        });
        // The source locale through the same path: the cost of the mechanism alone.
        group.bench_function(format!("{name}/typed_problem_localized_en"), |b| {
            b.iter(|| {
                buf.clear();
                let localized = black_box(&problem).localized(black_box("en"));
                serde_json::to_writer(&mut buf, &localized).unwrap();
                black_box(buf.len())
            })
        });
        group.bench_function(format!("{name}/http_api_problem"), |b| {
            b.iter(|| {
                buf.clear();
                serde_json::to_writer(&mut buf, black_box(&peer)).unwrap();
                black_box(buf.len())
            })
        });
    }
    group.finish();
}

criterion_group!(benches, emit);
criterion_main!(benches);
