//! Prints the passages ivaudit reads from documents (`.docx`, `.odt`,
//! `.pdf`, `.txt`), with the location each is quoted by: a way to see why a
//! criterion was or was not found in a file.
//!
//! `cargo run --example read-document -- policy.pdf [more files]`

#![allow(clippy::disallowed_macros)] // printing is this program's job

fn main() -> std::process::ExitCode {
    let mut failed = false;
    for path in std::env::args().skip(1) {
        let Some(format) = ivaudit::bundle::document::Format::of(&path) else {
            eprintln!("{path}: not a document ivaudit reads (.docx, .odt, .pdf, .txt)");
            failed = true;
            continue;
        };
        let bytes = match std::fs::read(&path) {
            Ok(b) => b,
            Err(e) => {
                eprintln!("{path}: {e}");
                failed = true;
                continue;
            }
        };
        match ivaudit::bundle::document::passages(&path, &bytes, format, &ivaudit::limits::DOCUMENT) {
            Ok(p) => {
                println!("{path}:");
                for x in &p.passages {
                    let headings: Vec<&str> = x.context.iter().map(|i| p.headings[*i].as_str()).collect();
                    println!("  [{:?}, {}] {}", x.kind, x.location, x.text);
                    if !headings.is_empty() {
                        println!("      under: {}", headings.join(" > "));
                    }
                }
            }
            Err(d) => {
                eprintln!("{d}");
                failed = true;
            }
        }
    }
    if failed { std::process::ExitCode::FAILURE } else { std::process::ExitCode::SUCCESS }
}
