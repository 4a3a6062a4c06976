//! Classify arbitrary responses: never a panic, bounded output, consistent values (the
//! checks of `checks/classify.rs`). Built with `--cfg fuzzing`, under which the direct body
//! reader is checked against `serde_json` on every input.

#![no_main]

use libfuzzer_sys::fuzz_target;

#[path = "../checks/classify.rs"]
mod checks;

fuzz_target!(|data: &[u8]| {
    if let Some(classified) = checks::classify_input(data) {
        checks::check(&classified);
    }
});
