//! What the benchmarks share: two paths timed in turn, so that their ratio holds on a busy
//! machine, where two benchmarks run one after the other need not see the same load.

use std::cell::Cell;
use std::time::{Duration, Instant};

/// Runs of one path between two readings of the clock: enough that reading the clock costs
/// little beside them, few enough that both paths see the same moment of the machine's load.
pub const TURN: u64 = 16;

/// Two paths (`0` the baseline, `1` the path measured against it) timed in turn, their
/// times summed over every call of [`InTurn::time`].
#[derive(Default)]
pub struct InTurn {
    totals: Cell<[Duration; 2]>,
}

impl InTurn {
    /// Run both paths `iters` times each, in turns of [`TURN`] runs, their order alternating;
    /// add both times to the totals and give the time of path `which` (for criterion's
    /// `iter_custom`).
    pub fn time(&self, iters: u64, which: usize, paths: &mut [&mut dyn FnMut(); 2]) -> Duration {
        let mut spent = [Duration::ZERO; 2];
        let mut done = 0;
        while done < iters {
            let runs = TURN.min(iters - done);
            let first = (done / TURN % 2) as usize;
            for path in [first, 1 - first] {
                let start = Instant::now();
                for _ in 0..runs {
                    paths[path]();
                }
                spent[path] += start.elapsed();
            }
            done += runs;
        }
        let [a, b] = self.totals.get();
        self.totals.set([a + spent[0], b + spent[1]]);
        spent[which]
    }

    /// Path 1's total time over path 0's; `None` before both ran (a filter left them out).
    pub fn ratio(&self) -> Option<f64> {
        let [baseline, measured] = self.totals.get();
        (!baseline.is_zero() && !measured.is_zero())
            .then(|| measured.as_secs_f64() / baseline.as_secs_f64())
    }
}
