//! The build side's vocabularies (errors-codegen's model) and the runtime's (errors-core)
//! hold the same values: each model value's spelling names a runtime value whose variant is
//! the one the generated code writes, and each runtime value has a model value. The shipped
//! catalogue uses every value, so its generated code (compiled as `vipps-problems`) shows
//! that the emitters handle each one.

use std::fmt::Debug;

use errors_codegen::{Catalog, Entry, Vocabulary};
use errors_core::{ParamKind, ProblemKind, ProblemTypeInfo, RetryHint, WireShape};
use vipps_problems::ProblemType;

/// Check one vocabulary both ways; `spelling` is the runtime's name of a runtime value.
fn agree<M: Vocabulary + Debug, R: Copy + Debug>(runtime: &[R], spelling: fn(R) -> &'static str) {
    for &value in M::ALL {
        let twin = runtime.iter().find(|r| spelling(**r) == value.name());
        let Some(twin) = twin else {
            panic!(
                "model value {value:?} (`{}`) has no runtime value",
                value.name()
            );
        };
        // The generated code writes `Runtime::<runtime_name>`.
        assert_eq!(format!("{twin:?}"), value.runtime_name(), "{value:?}");
    }
    for &value in runtime {
        assert!(
            M::from_name(spelling(value)).is_some(),
            "runtime value {value:?} (`{}`) has no model value",
            spelling(value)
        );
    }
}

#[test]
fn every_value_exists_on_both_sides_under_one_spelling() {
    agree::<errors_codegen::Retry, _>(RetryHint::ALL, RetryHint::as_str);
    agree::<errors_codegen::SentAs, _>(WireShape::ALL, WireShape::as_str);
    agree::<errors_codegen::ParamKind, _>(ParamKind::ALL, ParamKind::as_str);
}

fn shipped() -> Catalog {
    let dir = concat!(env!("CARGO_MANIFEST_DIR"), "/../catalog");
    errors_codegen::load_catalog(dir).unwrap().0
}

/// Each value of `M` occurs in the shipped catalogue (`of` reads the values of an entry)
/// and, with its runtime name, in the compiled facts (`compiled` reads those of a type).
fn used_everywhere<M: Vocabulary + Debug, R: Debug>(
    catalog: &Catalog,
    of: fn(&Entry) -> Vec<M>,
    compiled: fn(&ProblemTypeInfo) -> Vec<R>,
) {
    let written: Vec<M> = catalog.entries().iter().flat_map(of).collect();
    let built: Vec<String> = ProblemType::all()
        .iter()
        .flat_map(|t| compiled(t.info()))
        .map(|r| format!("{r:?}"))
        .collect();
    for &value in M::ALL {
        assert!(
            written.contains(&value),
            "no shipped entry uses {value:?}: use it there, so its generated code is compiled"
        );
        assert!(
            built.iter().any(|r| r == value.runtime_name()),
            "the compiled catalogue has no {value:?}"
        );
    }
}

#[test]
fn the_shipped_catalogue_uses_every_value_and_its_code_carries_each() {
    let catalog = shipped();
    used_everywhere(&catalog, |e| vec![e.retry()], |i| vec![i.retry()]);
    used_everywhere(&catalog, |e| vec![e.sent_as()], |i| vec![i.sent_as()]);
    used_everywhere(
        &catalog,
        |e| e.params().iter().map(|p| p.kind()).collect(),
        |i| i.params().iter().map(|p| p.kind()).collect(),
    );
}
