//! Load arbitrary bytes as a catalogue file, or as a translation file beside a valid
//! catalogue: never a panic; the catalogue, or mistakes located inside the files (the checks
//! of `checks/catalog_load.rs`).

#![no_main]

use libfuzzer_sys::fuzz_target;

#[path = "../checks/catalog_load.rs"]
mod checks;

fuzz_target!(|data: &[u8]| {
    checks::load_and_check(data);
});
