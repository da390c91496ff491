//! Writes a synthetic evidence bundle for benchmarking:
//! `cargo run --release --example gen-bundle -- DIR [DOCUMENTS]` (default 10000).
#![allow(clippy::disallowed_macros)] // printing is this program's job

use ivaudit::catalog::{Catalog, CatalogSource};

fn main() {
    let mut args = std::env::args().skip(1);
    let Some(dir) = args.next() else {
        eprintln!("usage: gen-bundle DIR [DOCUMENTS]");
        std::process::exit(2);
    };
    let documents = args.next().map(|n| n.parse().expect("DOCUMENTS is a number")).unwrap_or(10_000);
    let catalog = Catalog::load(&CatalogSource::Embedded).expect("built-in catalog");
    ivaudit::synth::write_bundle(std::path::Path::new(&dir), &catalog, documents).expect("bundle written");
    eprintln!("wrote {documents} documents to {dir}");
}
