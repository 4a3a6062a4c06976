//! The smallest catalogue (one entry, no parameters, no links) generates code that compiles
//! warning-free: short-name imports and fallbacks that only bigger catalogues use stay silent.

#![deny(warnings)]

#[allow(missing_docs)]
mod tiny {
    include!(concat!(env!("OUT_DIR"), "/tiny.rs"));
}

use tiny::{TinyProblem, TinyProblemType};

#[test]
fn the_one_entry_round_trips() {
    let p = TinyProblem::example(TinyProblemType::Broken);
    assert_eq!(p.to_string(), "Something broke.");
    let json = serde_json::to_string(&p).unwrap();
    assert_eq!(serde_json::from_str::<TinyProblem>(&json).unwrap(), p);
    assert_eq!(
        TinyProblem::from_detail(TinyProblemType::Broken, "Something broke."),
        Some(p)
    );
    assert_eq!(TinyProblemType::Broken.links(), &[]);
}
