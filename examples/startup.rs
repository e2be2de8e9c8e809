//! How long building the analyser takes (decoding and parsing every
//! table), natively: the page pays this once, in wasm, before its first
//! analysis.
//!
//! ```text
//! cargo run --release --example startup
//! ```

use std::time::Instant;

fn main() {
    let t = Instant::now();
    std::hint::black_box(dateline::Dateline::new());
    let first = t.elapsed().as_secs_f64() * 1000.0;
    let mut times: Vec<f64> = (0..20)
        .map(|_| {
            let t = Instant::now();
            std::hint::black_box(dateline::Dateline::new());
            t.elapsed().as_secs_f64() * 1000.0
        })
        .collect();
    times.sort_by(f64::total_cmp);
    println!(
        "Dateline::new(): first {first:.2} ms (tables decoded); then median {:.2} ms, min {:.2} ms (20 builds)",
        times[10], times[0]
    );
}
