//! The hostile battery: bundles built to break ivaudit, each run through
//! every command and format a user has. Whatever the input, ivaudit must
//! finish in bounded time with a diagnostic or a plain error (exit 0, 1 or
//! 2), never panic, never write a byte inside the bundle, never print a raw
//! control character, and never publish a child's or volunteer's
//! reference. Each case is named after what it attacks.

use std::collections::BTreeMap;
use std::io::Read;
use std::path::{Path, PathBuf};
use std::process::{Command, Stdio};
use std::time::{Duration, Instant};

/// Every reference written in the base bundle's registers. None may appear
/// in a published commissioning document.
const REFERENCES: &[&str] =
    &["HX-0101", "HX-0102", "HX-0103", "HX-0104", "HX-0105", "HV-201", "HV-202", "HV-203", "CMP-77"];

/// A fictional authority that runs its own service (`both`), with every
/// register, two Markdown documents and a manifest entry, so that every
/// reader and every document is exercised.
fn base(root: &Path) {
    let w = |rel: &str, text: &str| {
        let p = root.join(rel);
        std::fs::create_dir_all(p.parent().unwrap()).unwrap();
        std::fs::write(p, text).unwrap();
    };
    w(
        "bundle.yaml",
        "organisation: Hostile Test County Council\nrole: both\nauthorities: [Hostile Test County Council]\nperiod: {from: 2025-04-01, to: 2026-03-31}\nas_of: 2026-03-31\ncommissioning:\n  with_advocacy: false\n  providers: [Test Visiting Service]\n  model: block contract\n",
    );
    w(
        "policies/safeguarding.md",
        "---\ntitle: Safeguarding and lone working\nevidences: [S11.P1, S05.P1]\nkind: policy\nissued: 2025-04-01\nreview_due: 2027-04-01\n---\n# Safeguarding\nWe follow the Wales Safeguarding Procedures. Volunteers have an enhanced DBS check and two references.\n",
    );
    w(
        "procedures/complaints.md",
        "---\ntitle: Complaints procedure\nevidences: [S14]\nkind: procedure\nissued: 2025-04-01\n---\nComplaints are answered in writing.\n",
    );
    w("publicity/leaflet.pdf", "%PDF-1.4 not really\n");
    w(
        "evidence.yaml",
        "- file: publicity/leaflet.pdf\n  title: Leaflet\n  evidences: [S01.P1]\n  kind: publicity\n  issued: 2025-05-01\n",
    );
    w(
        "registers/children.csv",
        "child_ref,age,gender,first_language,placement,placement_type,referred_on,referral_source,consent,matched_on,volunteer_ref,ended_on,end_reason,post18\n\
         HX-0101,12,female,welsh,in_county,foster,2025-01-10,iro,yes,2025-02-01,HV-201,,,no\n\
         HX-0102,14,male,english,out_of_county,residential,2025-03-01,social_worker,yes,2025-04-15,HV-202,,,no\n\
         HX-0103,9,female,english,in_county,foster,2025-09-01,carer,yes,,,,,no\n\
         HX-0104,16,male,english,out_of_wales,residential,2025-06-01,iro,yes,2025-11-20,HV-203,,,no\n\
         HX-0105,11,not_stated,other,in_county,kinship,2025-12-01,self,yes,,,,,no\n",
    );
    w(
        "registers/volunteers.csv",
        "volunteer_ref,gender,welsh_speaker,care_experienced,applied_on,approved_on,approvers,references,dbs_level,dbs_date,training_completed_on,training_topics,left_on\n\
         HV-201,female,yes,no,2024-09-01,2024-12-01,2,2,enhanced,2024-11-01,2024-12-15,safeguarding;children_in_care;boundaries;confidentiality;communication;equality_diversity;health_safety,\n\
         HV-202,male,no,yes,2024-10-01,2025-03-01,2,1,enhanced,2025-02-01,2025-03-10,safeguarding;boundaries,\n\
         HV-203,male,no,no,2025-05-01,2025-10-01,1,2,standard,2025-09-01,,,\n",
    );
    w(
        "registers/visits.csv",
        "child_ref,volunteer_ref,date\nHX-0101,HV-201,2025-04-12\nHX-0101,HV-201,2025-05-10\nHX-0102,HV-202,2025-05-02\nHX-0104,HV-203,2026-01-05\n",
    );
    w("registers/feedback.csv", "child_ref,date,from\nHX-0101,2026-01-10,child\nHX-0102,2025-06-01,iro\n");
    w("registers/complaints.csv", "ref,received_on,resolved_on,outcome\nCMP-77,2025-07-01,2025-07-20,upheld\n");
    let factors = "little_family_contact,contact_not_meaningful,wellbeing_health,wellbeing_education,wellbeing_protection,wellbeing_relationships,wellbeing_community,wellbeing_independence,wellbeing_voice,placed_at_distance,communication_difficulties,risk_inappropriate_relationships,residential_setting,multiple_placements";
    w(
        "registers/assessments.csv",
        &format!(
            "child_ref,assessed_on,assessed_by,{factors},age,child_view,decision,next_review\n\
             HX-0103,2025-08-20,social_worker,yes,no,yes,no,no,no,no,no,no,no,no,no,no,no,9,wants,refer,2026-02-20\n\
             HX-0105,2025-11-20,iro,no,no,no,no,no,no,no,no,no,yes,no,no,no,no,11,undecided,refer,2026-05-20\n"
        ),
    );
    w(
        "registers/population.yaml",
        "children_looked_after: 230\nover_7: 160\nout_of_county: 60\nout_of_wales: 9\niv_budget: 9600\n",
    );
}

/// What the bundle holds, down to every byte and link, without following
/// any link: compared before and after every run.
fn snapshot(root: &Path) -> BTreeMap<PathBuf, String> {
    let mut out = BTreeMap::new();
    let mut stack = vec![root.to_path_buf()];
    while let Some(dir) = stack.pop() {
        let Ok(entries) = std::fs::read_dir(&dir) else { continue };
        for entry in entries.flatten() {
            let path = entry.path();
            let meta = std::fs::symlink_metadata(&path).unwrap();
            let ft = meta.file_type();
            let what = if ft.is_symlink() {
                format!("link to {:?}", std::fs::read_link(&path).unwrap())
            } else if ft.is_dir() {
                stack.push(path.clone());
                "folder".to_string()
            } else if ft.is_file() {
                let bytes = std::fs::read(&path).unwrap();
                format!("file {} bytes, {:x}", bytes.len(), fnv(&bytes))
            } else {
                "special".to_string()
            };
            out.insert(path.strip_prefix(root).unwrap().to_path_buf(), what);
        }
    }
    out
}

fn fnv(bytes: &[u8]) -> u64 {
    bytes.iter().fold(0xcbf29ce484222325u64, |h, b| (h ^ u64::from(*b)).wrapping_mul(0x100000001b3))
}

struct Run {
    code: i32,
    stdout: Vec<u8>,
    stderr: String,
}

/// Runs ivaudit with a deadline: a hang is a failure, not a stuck test.
fn run(args: &[&std::ffi::OsStr], limit: Duration) -> Run {
    let mut child = Command::new(assert_cmd::cargo::cargo_bin("ivaudit"))
        .args(args)
        .stdin(Stdio::null())
        .stdout(Stdio::piped())
        .stderr(Stdio::piped())
        .spawn()
        .unwrap();
    let mut out = child.stdout.take().unwrap();
    let mut err = child.stderr.take().unwrap();
    let reader = std::thread::spawn(move || {
        let mut buf = Vec::new();
        out.read_to_end(&mut buf).unwrap();
        buf
    });
    let err_reader = std::thread::spawn(move || {
        let mut buf = Vec::new();
        err.read_to_end(&mut buf).unwrap();
        buf
    });
    let start = Instant::now();
    let status = loop {
        if let Some(status) = child.try_wait().unwrap() {
            break status;
        }
        if start.elapsed() > limit {
            child.kill().unwrap();
            panic!("ivaudit {args:?} did not finish within {limit:?}");
        }
        std::thread::sleep(Duration::from_millis(10));
    };
    Run {
        code: status.code().unwrap_or(-1),
        stdout: reader.join().unwrap(),
        stderr: String::from_utf8_lossy(&err_reader.join().unwrap()).into_owned(),
    }
}

/// Every command and format a user has, on the bundle at `root`.
fn every_run(root: &Path) -> Vec<(String, Vec<std::ffi::OsString>)> {
    let mut runs = Vec::new();
    let b = root.as_os_str().to_os_string();
    let with = |parts: &[&str]| -> Vec<std::ffi::OsString> {
        let mut v: Vec<std::ffi::OsString> = vec![parts[0].into(), b.clone()];
        v.extend(parts[1..].iter().map(|p| p.into()));
        v
    };
    runs.push(("check".into(), with(&["check"])));
    for format in ["md", "html", "json"] {
        runs.push((format!("audit {format}"), with(&["audit", "--format", format])));
        runs.push((format!("eligibility {format}"), with(&["eligibility", "--format", format])));
        for doc in ["needs-analysis", "plan", "specification", "report"] {
            runs.push((
                format!("commission {doc} {format}"),
                with(&["commission", "--document", doc, "--format", format]),
            ));
        }
    }
    runs.push(("self-assessment".into(), with(&["audit", "--report", "self-assessment", "--format", "html"])));
    runs
}

/// Builds the base bundle, applies `attack`, and holds ivaudit to its
/// promises on every command.
fn battery(name: &str, attack: impl FnOnce(&Path)) {
    let dir = tempfile::tempdir().unwrap();
    let root = dir.path().join("bundle");
    std::fs::create_dir_all(&root).unwrap();
    base(&root);
    attack(&root);
    let before = snapshot(&root);
    for (what, args) in every_run(&root) {
        let args: Vec<&std::ffi::OsStr> = args.iter().map(|a| a.as_os_str()).collect();
        let r = run(&args, Duration::from_secs(30));
        let context = format!("case `{name}`, `{what}`: exit {}\n{}", r.code, r.stderr);
        assert!((0..=2).contains(&r.code), "{context}");
        assert!(!r.stderr.contains("panicked"), "{context}");
        if let Some(c) = raw_control(r.stderr.as_bytes()) {
            panic!("a raw control character {c:?} reached the terminal on stderr: {context}");
        }
        if let Some(c) = raw_control(&r.stdout) {
            panic!("a raw control character {c:?} in the report on stdout: {context}");
        }
        if what.starts_with("commission") && r.code == 0 {
            let text = String::from_utf8_lossy(&r.stdout).to_lowercase();
            for reference in REFERENCES {
                assert!(!text.contains(&reference.to_lowercase()), "{reference} published: {context}");
            }
        }
    }
    assert_eq!(before, snapshot(&root), "case `{name}`: the bundle was changed");
}

/// The first character a terminal would act on (other than line breaks
/// and tabs): C0 and C1 controls, DEL, bidirectional overrides.
fn raw_control(bytes: &[u8]) -> Option<char> {
    String::from_utf8_lossy(bytes).chars().find(|&c| {
        !matches!(c, '\n' | '\r' | '\t')
            && matches!(c, '\u{0}'..='\u{1f}' | '\u{7f}'..='\u{9f}' | '\u{202a}'..='\u{202e}' | '\u{2066}'..='\u{2069}')
    })
}

fn write(root: &Path, rel: &str, bytes: impl AsRef<[u8]>) {
    let p = root.join(rel);
    std::fs::create_dir_all(p.parent().unwrap()).unwrap();
    std::fs::write(p, bytes).unwrap();
}

fn nested_brackets(depth: usize) -> String {
    format!("{}{}", "[".repeat(depth), "]".repeat(depth))
}

macro_rules! cases {
    ($($name:ident => $attack:expr;)*) => {
        $(
            #[test]
            fn $name() {
                battery(stringify!($name), $attack);
            }
        )*
    };
}

cases! {
    base_bundle_keeps_every_promise => |_: &Path| {};
    // YAML
    bundle_yaml_of_deeply_nested_brackets => |r: &Path| write(r, "bundle.yaml", format!("organisation: {}\n", nested_brackets(150_000)));
    bundle_yaml_alias_bomb => |r: &Path| write(r, "bundle.yaml", "a: &a [x, x, x, x, x, x, x, x, x]\nb: &b [*a, *a, *a, *a, *a, *a, *a, *a, *a]\nc: &c [*b, *b, *b, *b, *b, *b, *b, *b, *b]\nd: &d [*c, *c, *c, *c, *c, *c, *c, *c, *c]\ne: &e [*d, *d, *d, *d, *d, *d, *d, *d, *d]\nf: &f [*e, *e, *e, *e, *e, *e, *e, *e, *e]\ng: [*f, *f, *f, *f, *f, *f, *f, *f, *f]\norganisation: X\n");
    bundle_yaml_not_utf8 => |r: &Path| write(r, "bundle.yaml", [0xff, 0xfe, 0x41, 0x00, 0x3a, 0x00]);
    bundle_yaml_empty => |r: &Path| write(r, "bundle.yaml", "");
    bundle_yaml_is_a_folder => |r: &Path| { std::fs::remove_file(r.join("bundle.yaml")).unwrap(); std::fs::create_dir(r.join("bundle.yaml")).unwrap(); };
    bundle_yaml_period_from_year_1_to_9999 => |r: &Path| write(r, "bundle.yaml", "organisation: X\nrole: both\nperiod: {from: 0001-01-01, to: 9999-12-31}\nas_of: 9999-12-31\n");
    bundle_yaml_with_control_characters => |r: &Path| write(r, "bundle.yaml", "organisation: \"X\\e[2J\\n0 error(s)\"\nrole: bothh\x1b[31m\nperiod: {from: 2025-04-01, to: 2026-03-31}\nas_of: 2026-03-31\n");
    evidence_yaml_huge => |r: &Path| {
        let entry = "- file: publicity/leaflet.pdf\n  title: Leaflet\n  evidences: [S01.P1]\n  kind: publicity\n  issued: 2025-05-01\n";
        write(r, "evidence.yaml", entry.repeat(10_000));
    };
    evidence_yaml_deeply_indented => |r: &Path| {
        let mut text = String::new();
        for depth in 0..2_000 { text.push_str(&" ".repeat(depth)); text.push_str("- \n"); }
        write(r, "evidence.yaml", text);
    };
    front_matter_of_nested_brackets => |r: &Path| write(r, "policies/nested.md", format!("---\ntitle: {}\n---\nBody\n", nested_brackets(100_000)));
    front_matter_with_many_keys => |r: &Path| {
        let keys: String = (0..20_000).map(|i| format!("k{i}: v\n")).collect();
        write(r, "policies/keys.md", format!("---\n{keys}---\n"));
    };
    population_with_absurd_numbers => |r: &Path| write(r, "registers/population.yaml", "children_looked_after: 99999999999999999999\niv_budget: -5\nover_7: Placeholder Person\n");
    population_zero_children => |r: &Path| write(r, "registers/population.yaml", "children_looked_after: 0\niv_budget: 0\n");
    // CSV
    register_with_identity_column => |r: &Path| write(r, "registers/volunteers.csv", "volunteer_ref,FirstName,gender\nHV-201,Placeholder,female\n");
    register_separated_by_semicolons => |r: &Path| write(r, "registers/feedback.csv", "child_ref;date;from\r\nHX-0101;2026-01-10;child\r\n");
    register_with_unclosed_quote => |r: &Path| write(r, "registers/visits.csv", "child_ref,volunteer_ref,date\nHX-0101,HV-201,\"2025-04-12\nHX-0101,HV-201,2025-05-10\n");
    register_with_nul_bytes_and_bad_utf8 => |r: &Path| write(r, "registers/visits.csv", b"child_ref,volunteer_ref,date\nHX-0101,HV-201,2025-04-12\n\x00\x00\x00\nHX-0101,HV-2\xff1,2025-05-10\n");
    register_with_a_very_wide_row => |r: &Path| write(r, "registers/visits.csv", format!("child_ref,volunteer_ref,date\nHX-0101,HV-201,2025-04-12{}\n", ",x".repeat(200_000)));
    register_with_a_huge_cell => |r: &Path| write(r, "registers/visits.csv", format!("child_ref,volunteer_ref,date\nHX-0101,HV-201,{}\n", "9".repeat(5_000_000)));
    register_with_formula_cells => |r: &Path| write(r, "registers/complaints.csv", "ref,received_on,resolved_on,outcome\n=HYPERLINK(\"http://x\"),2025-07-01,,@SUM(A1)\n+CMD,2025-07-02,,-1\n");
    register_with_names_typed_into_cells => |r: &Path| write(r, "registers/children.csv", "child_ref,age,gender,first_language,placement,placement_type,referred_on,referral_source,consent,matched_on,volunteer_ref,ended_on,end_reason,post18\nPlaceholder Person,12,Placeholder Person,welsh,in_county,foster,Placeholder Person,iro,yes,,,,,no\nHX-0101,twelve,female,welsh,in county,foster,2025-01-10,iro,yes,2025-02-01,HV-201,,,no\n");
    register_with_many_rows => |r: &Path| {
        let mut text = String::from("child_ref,volunteer_ref,date\n");
        for i in 0..40_000 { text.push_str(&format!("HX-0101,HV-201,2025-{:02}-{:02}\n", 4 + i % 9, 1 + i % 28)); }
        write(r, "registers/visits.csv", text);
    };
    register_that_is_a_fifo => |r: &Path| {
        std::fs::remove_file(r.join("registers/feedback.csv")).unwrap();
        assert!(Command::new("mkfifo").arg(r.join("registers/feedback.csv")).status().unwrap().success());
    };
    // Paths
    symlink_to_a_file_outside => |r: &Path| std::os::unix::fs::symlink("/etc/passwd", r.join("policies/passwd.md")).unwrap();
    symlink_loop => |r: &Path| std::os::unix::fs::symlink(r.join("loop"), r.join("loop")).unwrap();
    symlinked_folder => |r: &Path| std::os::unix::fs::symlink("/etc", r.join("etc")).unwrap();
    manifest_paths_that_escape => |r: &Path| write(r, "evidence.yaml", "- file: ../../etc/passwd\n  title: A\n  evidences: [S01]\n  kind: other\n  issued: 2025-01-01\n- file: /etc/passwd\n  title: B\n  evidences: [S01]\n  kind: other\n  issued: 2025-01-01\n- file: C:\\\\x.pdf\n  title: C\n  evidences: [S01]\n  kind: other\n  issued: 2025-01-01\n");
    file_names_with_control_characters => |r: &Path| {
        write(r, "policies/x\n0 error(s)\x1b[2J.md", "---\ntitle: \"T\\e[31m\\x7f\\u009b\\u202e\"\nevidences: [S01]\nkind: policy\nissued: 2025-01-01\n---\n");
        write(r, "notes/\x1b]0;owned\x07.pdf", "x");
    };
    file_names_not_utf8 => |r: &Path| {
        use std::os::unix::ffi::OsStrExt;
        for name in [&b"a\xff.md"[..], &b"a\xfe.md"[..], &b"b\xff.pdf"[..]] {
            std::fs::write(r.join(std::ffi::OsStr::from_bytes(name)), "# note\n").unwrap();
        }
    };
    deeply_nested_folders => |r: &Path| {
        let mut p = r.to_path_buf();
        for _ in 0..100 { p.push("d"); }
        std::fs::create_dir_all(&p).unwrap();
        std::fs::write(p.join("deep.md"), "# deep\n").unwrap();
    };
    fifo_inside_the_bundle => |r: &Path| assert!(Command::new("mkfifo").arg(r.join("policies/pipe.md")).status().unwrap().success());
    // Encodings
    markdown_in_utf16 => |r: &Path| {
        let mut bytes = vec![0xff, 0xfe];
        for u in "---\ntitle: A\n---\n".encode_utf16() { bytes.extend(u.to_le_bytes()); }
        write(r, "policies/utf16.md", bytes);
    };
    markdown_in_latin1 => |r: &Path| write(r, "policies/latin1.md", b"---\ntitle: Caf\xe9 policy\nevidences: [S01]\nkind: policy\nissued: 2025-01-01\n---\n");
    markdown_with_cr_line_endings => |r: &Path| write(r, "policies/cr.md", "---\rtitle: A\revidences: [S01]\rkind: policy\rissued: 2025-01-01\r---\rBody\r");
    // Sizes
    a_20_megabyte_markdown_file => |r: &Path| write(r, "policies/huge.md", format!("---\ntitle: Huge\nevidences: [S11.P1]\nkind: policy\nissued: 2025-04-01\n---\n{}", "Two references are taken. ".repeat(800_000)));
    a_one_megabyte_line => |r: &Path| write(r, "policies/line.md", format!("---\ntitle: Line\nevidences: [S11.P1]\nkind: policy\nissued: 2025-04-01\n---\n{}\n", "x".repeat(1_000_000)));
    empty_files_everywhere => |r: &Path| {
        for rel in ["bundle.yaml", "evidence.yaml", "policies/safeguarding.md", "registers/children.csv", "registers/population.yaml"] {
            write(r, rel, "");
        }
    };
    // Publication leaks: references planted where documents draw their text.
    references_planted_in_titles_and_names => |r: &Path| {
        write(r, "commissioning/spec-HX-0101.md", "---\ntitle: Specification agreed for HX-0102 and HV-201\nevidences: [S04.LA1, S12.LA1]\nkind: specification\nissued: 2025-04-01\n---\nConfidentiality, equality and diversity, complaints.\n");
        write(r, "bundle.yaml", "organisation: Hostile Test County Council\nrole: both\nauthorities: [Hostile Test County Council]\nperiod: {from: 2025-04-01, to: 2026-03-31}\nas_of: 2026-03-31\ncommissioning:\n  providers: [Service for HX-0103]\n  model: spot purchase for HV-202\n");
    };
}

/// `--out` pointed at the evidence, at a device, a pipe or a folder, by
/// every command that writes: refused with exit 2, and nothing touched.
#[test]
fn out_abuse_never_touches_the_bundle_or_the_target() {
    let dir = tempfile::tempdir().unwrap();
    let root = dir.path().join("bundle");
    std::fs::create_dir_all(&root).unwrap();
    base(&root);
    let outside = dir.path().join("outside");
    std::fs::create_dir_all(&outside).unwrap();
    std::os::unix::fs::symlink(root.join("policies/safeguarding.md"), outside.join("link.html")).unwrap();
    std::fs::hard_link(root.join("procedures/complaints.md"), outside.join("hard.html")).unwrap();
    std::os::unix::fs::symlink(&root, outside.join("bundle-link")).unwrap();
    assert!(Command::new("mkfifo").arg(outside.join("pipe.html")).status().unwrap().success());
    let mut targets: Vec<PathBuf> = vec![
        outside.join("link.html"),
        outside.join("hard.html"),
        outside.join("bundle-link/new.html"),
        root.join("new.html"),
        root.clone(),
        outside.clone(),
        outside.join("pipe.html"),
        outside.join("no/such/folder/report.html"),
    ];
    let full = Path::new("/dev/full");
    if full.exists() {
        targets.push(full.to_path_buf());
    }
    let before = snapshot(&root);
    for target in &targets {
        for command in [&["audit"][..], &["eligibility"], &["commission", "--document", "report"]] {
            let mut args: Vec<&std::ffi::OsStr> = vec![command[0].as_ref(), root.as_os_str()];
            args.extend(command[1..].iter().map(|a| std::ffi::OsStr::new(*a)));
            args.extend([std::ffi::OsStr::new("--out"), target.as_os_str()]);
            let r = run(&args, Duration::from_secs(30));
            assert_eq!(r.code, 2, "{command:?} --out {}: {}", target.display(), r.stderr);
            assert!(r.stderr.starts_with("ivaudit: error: "), "one plain line: {}", r.stderr);
            assert!(!r.stderr.contains("template error") && !r.stderr.contains("os error"), "{}", r.stderr);
        }
    }
    assert_eq!(before, snapshot(&root), "the bundle was changed");
    use std::os::unix::fs::FileTypeExt;
    assert!(std::fs::symlink_metadata(outside.join("pipe.html")).unwrap().file_type().is_fifo());
    if full.exists() {
        assert!(std::fs::metadata(full).unwrap().file_type().is_char_device(), "/dev/full is still a device");
    }
}

/// Several ivaudit processes at once on one bundle, writing one file: the
/// file ends up one whole report, the same one every run gives.
#[test]
fn concurrent_runs_leave_one_whole_report() {
    let dir = tempfile::tempdir().unwrap();
    let root = dir.path().join("bundle");
    std::fs::create_dir_all(&root).unwrap();
    base(&root);
    let out = dir.path().join("report.html");
    let expected = {
        let r =
            run(&["audit".as_ref(), root.as_os_str(), "--format".as_ref(), "html".as_ref()], Duration::from_secs(30));
        assert_eq!(r.code, 0, "{}", r.stderr);
        r.stdout
    };
    let children: Vec<_> = (0..6)
        .map(|_| {
            Command::new(assert_cmd::cargo::cargo_bin("ivaudit"))
                .arg("audit")
                .arg(&root)
                .arg("--out")
                .arg(&out)
                .stdout(Stdio::null())
                .stderr(Stdio::piped())
                .spawn()
                .unwrap()
        })
        .collect();
    for child in children {
        let output = child.wait_with_output().unwrap();
        assert!(output.status.success(), "{}", String::from_utf8_lossy(&output.stderr));
    }
    assert_eq!(std::fs::read(&out).unwrap(), expected, "one whole report, byte for byte what one run writes");
    let leftovers: Vec<_> = std::fs::read_dir(dir.path())
        .unwrap()
        .flatten()
        .filter(|e| e.file_name().to_string_lossy().ends_with(".tmp"))
        .collect();
    assert!(leftovers.is_empty(), "temporary files left behind: {leftovers:?}");
}
