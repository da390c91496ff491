//! Writes a synthetic evidence bundle for benchmarking:
//! `cargo run --release --example gen-bundle -- DIR [DOCUMENTS] [OFFICE]`
//! (default 10000 Markdown documents; OFFICE Word documents and as many
//! PDFs, default none).
#![allow(clippy::disallowed_macros)] // printing is this program's job

use ivaudit::catalog::{Catalog, CatalogSource};

fn main() {
    let mut args = std::env::args().skip(1);
    let Some(dir) = args.next() else {
        eprintln!("usage: gen-bundle DIR [DOCUMENTS] [OFFICE]");
        std::process::exit(2);
    };
    let documents = args.next().map(|n| n.parse().expect("DOCUMENTS is a number")).unwrap_or(10_000);
    let catalog = Catalog::load(&CatalogSource::Embedded).expect("built-in catalog");
    let office: usize = args.next().map(|n| n.parse().expect("OFFICE is a number")).unwrap_or(0);
    let root = std::path::Path::new(&dir);
    ivaudit::synth::write_bundle(root, &catalog, documents).expect("bundle written");
    ivaudit::synth::add_office_documents(root, &catalog, office).expect("office documents written");
    eprintln!("wrote {documents} documents and {office} Word documents and PDFs to {dir}");
}
