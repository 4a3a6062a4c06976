//! Emitting a problem without parameters allocates nothing beyond the output buffer.
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
}
