//! Synthetic catalogues of any size, shaped like the shipped one: a third of the entries
//! without parameters, a third with one, a third with two (one of them an integer); with
//! operations, as the shipped ones are: each entry listed by two of them, every tenth entry
//! returned by every operation.

// Each user (the codegen bench, the example) uses a part of it.
#![allow(dead_code)]

use std::fmt::Write;

/// The YAML text of one catalogue file with `n` entries and no operations.
pub fn catalog_yaml(n: usize) -> String {
    catalog_yaml_with_operations(n, 0)
}

/// Whether entry `i` is one every operation returns (with operations).
fn every_operation(i: usize) -> bool {
    i % 10 == 9
}

/// The operations listing entry `i`, among `ops`: two of them (one when `ops` is 1).
fn listed_by(i: usize, ops: usize) -> [usize; 2] {
    [i % ops, (i + 3) % ops]
}

/// The variants of all operation enums together: what the operation enums' compile cost
/// grows with (entries × operations, in the shape above).
pub fn operation_variants(n: usize, ops: usize) -> usize {
    if ops == 0 {
        return 0;
    }
    (0..n)
        .map(|i| match every_operation(i) {
            true => ops,
            false => {
                let [a, b] = listed_by(i, ops);
                if a == b {
                    1
                } else {
                    2
                }
            }
        })
        .sum()
}

/// The YAML text of one catalogue file with `n` entries (at least 10 when `ops` > 0, so
/// every operation lists one) and `ops` operations.
pub fn catalog_yaml_with_operations(n: usize, ops: usize) -> String {
    let mut out = String::from(
        "api: synthetic\nname: Synthetic API\ntype_base: https://example.com/problems/\n",
    );
    if ops > 0 {
        out.push_str("operations:\n");
        for op in 0..ops {
            let _ = write!(out, "  - id: operation{op}\n    entries:\n");
            for i in (0..n).filter(|&i| !every_operation(i) && listed_by(i, ops).contains(&op)) {
                let _ = writeln!(out, "      - problem_{i}");
            }
        }
    }
    out.push_str("entries:\n");
    for i in 0..n {
        let status = [400, 403, 404, 409, 429, 500][i % 6];
        let _ = write!(
            out,
            "  - id: problem_{i}\n    title: Problem number {i}\n    status: {status}\n    status_reason: Synthetic.\n"
        );
        match i % 3 {
            0 => {
                let _ = writeln!(out, "    detail: Problem {i} happened. Check the request.");
            }
            1 => {
                let _ = write!(
                    out,
                    "    detail: The reference {{reference}} cannot be used for problem {i}.\n    params:\n      - name: reference\n        example: order-{i}\n"
                );
            }
            _ => {
                let _ = write!(
                    out,
                    "    detail: Item {{sku}} has only {{count}} left (problem {i}).\n    params:\n      - name: sku\n        example: sku-{i}\n      - name: count\n        kind: integer\n        example: \"{i}\"\n"
                );
            }
        }
        let _ = write!(
            out,
            "    comment: Synthetic entry {i}.\n    links:\n      - title: Docs\n        href: https://example.com/docs/{i}\n"
        );
        if status == 429 {
            out.push_str("    retry: backoff\n");
        }
        if ops > 0 && every_operation(i) {
            out.push_str("    every_operation: true\n");
        }
    }
    out
}
