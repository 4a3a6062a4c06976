//! Synthetic catalogues of any size, shaped like the shipped one: a third of the entries
//! without parameters, a third with one, a third with two (one of them an integer).

use std::fmt::Write;

/// The YAML text of one catalogue file with `n` entries.
pub fn catalog_yaml(n: usize) -> String {
    let mut out = String::from(
        "api: synthetic\nname: Synthetic API\ntype_base: https://example.com/problems/\nentries:\n",
    );
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
    }
    out
}
