//! Files embedded in the binary so that `ivaudit` runs from anywhere: the
//! standards catalog, the report templates and the evidence templates that
//! `init` hands a new user. Each can be replaced by a folder of the user's
//! own (`--standards`, `--templates`).

use include_dir::{Dir, include_dir};

pub static STANDARDS: Dir<'static> = include_dir!("$CARGO_MANIFEST_DIR/standards");
pub static REPORTS: Dir<'static> = include_dir!("$CARGO_MANIFEST_DIR/reports");
pub static EVIDENCE_TEMPLATES: Dir<'static> = include_dir!("$CARGO_MANIFEST_DIR/evidence-templates");
pub static LOCALES: Dir<'static> = include_dir!("$CARGO_MANIFEST_DIR/locales");
