//! Emitting a problem, with or without parameters, in the source locale or in another,
//! allocates nothing beyond the output buffer.
//! (One test in this binary: the heap profiler is process-wide.)

use vipps_problems::{Problem, ProblemType};

#[global_allocator]
static ALLOC: dhat::Alloc = dhat::Alloc;

#[test]
fn emitting_a_problem_without_parameters_allocates_only_the_buffer() {
    let _profiler = dhat::Profiler::builder().testing().build();
    let mut buf: Vec<u8> = Vec::with_capacity(4096);
    let problem = Problem::AmountTooSmall;
    let before = dhat::HeapStats::get();
    serde_json::to_writer(&mut buf, &problem).unwrap();
    let after = dhat::HeapStats::get();
    assert_eq!(
        after.total_blocks, before.total_blocks,
        "allocations while emitting"
    );
    assert!(buf.starts_with(
        br#"{"type":"https://developer.vippsmobilepay.com/problems/epayment/amount-too-small""#
    ));

    // With parameters the detail is rendered straight into the buffer too.
    buf.clear();
    let problem = Problem::example(ProblemType::ReferenceNotFound);
    let before = dhat::HeapStats::get();
    serde_json::to_writer(&mut buf, &problem).unwrap();
    let after = dhat::HeapStats::get();
    assert_eq!(
        after.total_blocks, before.total_blocks,
        "allocations while emitting with parameters"
    );

    // In another locale the title and the detail's segments come from static tables too.
    for problem in [
        Problem::AmountTooSmall,
        Problem::example(ProblemType::ReferenceNotFound),
    ] {
        buf.clear();
        let before = dhat::HeapStats::get();
        let localized = problem.localized("nb-NO");
        serde_json::to_writer(&mut buf, &localized).unwrap();
        let after = dhat::HeapStats::get();
        assert_eq!(
            after.total_blocks, before.total_blocks,
            "allocations while emitting {problem:?} in nb"
        );
        let body: serde_json::Value = serde_json::from_slice(&buf).unwrap();
        assert_eq!(
            body["title"],
            problem.problem_type().unwrap().title_in("nb")
        );
        assert_ne!(
            body["title"],
            problem.title(),
            "the title is the translation"
        );
    }
}
