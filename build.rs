//! Rebuild when the embedded folders change: `include_dir!` alone does not
//! tell cargo about files added to or edited in them.
#![allow(clippy::disallowed_macros)] // printing is this program's job
fn main() {
    for dir in ["standards", "reports", "evidence-templates", "locales"] {
        println!("cargo:rerun-if-changed={dir}");
    }
}
