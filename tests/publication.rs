//! A published commissioning document can never identify a child.
//!
//! A bundle is built here with children's, volunteers' and a complaint's
//! references planted wherever a document might pick them up (evidence
//! titles and file names, a commissioning document's title, bundle.yaml),
//! and with small counts in what the audit finds (one child waiting over a
//! year, two of eight matches without a review, one matched volunteer
//! without an enhanced DBS check). Every document in every format is then
//! read as a publisher would read it.

use assert_cmd::Command;
use serde_json::Value;
use std::path::Path;

const DOCUMENTS: [&str; 4] = ["needs-analysis", "plan", "specification", "report"];
const FORMATS: [&str; 3] = ["md", "html", "json"];

/// The references planted in the bundle's text.
const CHILD: &str = "CH-7Q41";
const VOLUNTEER: &str = "VOL-7Q03";
const COMPLAINT: &str = "CMP-7Q60";

fn ivaudit() -> Command {
    Command::cargo_bin("ivaudit").unwrap()
}

fn write(root: &Path, path: &str, text: &str) {
    let path = root.join(path);
    std::fs::create_dir_all(path.parent().unwrap()).unwrap();
    std::fs::write(path, text).unwrap();
}

/// What bundle.yaml says, so that a test can plant a reference in one field.
struct Meta<'a> {
    organisation: &'a str,
    model: &'a str,
    provider: &'a str,
}

const CLEAN: Meta<'static> =
    Meta { organisation: "Glannau County Council", model: "spot purchase", provider: "Glannau Independent Visitors" };

const MATCHED: [&str; 8] = ["CH-7Q41", "CH-7Q42", "CH-7Q43", "CH-7Q44", "CH-7Q45", "CH-7Q46", "CH-7Q47", "CH-7Q48"];
const VOLUNTEERS: [&str; 8] =
    ["VOL-7Q03", "VOL-7Q04", "VOL-7Q05", "VOL-7Q06", "VOL-7Q07", "VOL-7Q08", "VOL-7Q09", "VOL-7Q10"];
const WAITING: [(&str, &str); 3] = [("CH-7Q50", "2024-11-01"), ("CH-7Q51", "2026-01-20"), ("CH-7Q52", "2026-03-01")];
/// Assessed but never referred: held only in assessments.csv.
const ASSESSED_ONLY: &str = "CH-7Q70";

/// Every reference the registers hold.
fn all_references() -> Vec<&'static str> {
    let mut refs: Vec<&str> = MATCHED.iter().chain(&VOLUNTEERS).copied().collect();
    refs.extend(WAITING.iter().map(|(c, _)| *c));
    refs.extend([ASSESSED_ONLY, COMPLAINT]);
    refs
}

/// A bundle of role `both` (so that providers' obligations are judged too)
/// with the planted references and small counts.
fn planted(meta: &Meta) -> tempfile::TempDir {
    let dir = tempfile::tempdir().unwrap();
    let root = dir.path();
    write(
        root,
        "bundle.yaml",
        &format!(
            "organisation: \"{}\"\nrole: both\nauthorities: [\"{}\", \"{VOLUNTEER} liaison panel\"]\nperiod: {{from: 2025-04-01, to: 2026-03-31}}\nas_of: 2026-03-31\ncommissioning:\n  with_advocacy: false\n  providers: [\"{}\"]\n  model: \"{}\"\n",
            meta.organisation, meta.organisation, meta.provider, meta.model
        ),
    );

    // Evidence whose titles and file names carry references, each falling
    // short so that the audit names it in a gap.
    write(
        root,
        &format!("policies/{CHILD}-recruitment.md"),
        &format!(
            "---\ntitle: \"Volunteer recruitment policy (revised after {VOLUNTEER}'s approval)\"\nevidences: [S05.P1]\nkind: policy\nissued: 2025-05-01\nreview_due: 2027-05-01\n---\n# Recruitment\n\nApplicants are interviewed before they are approved.\n"
        ),
    );
    write(
        root,
        "policies/safeguarding.md",
        &format!(
            "---\ntitle: \"Safeguarding policy ({CHILD} case review)\"\nevidences: [S11.P1]\nkind: policy\nissued: 2023-04-01\nreview_due: 2025-01-01\n---\n# Safeguarding\n\nWe follow the Wales Safeguarding Procedures.\n"
        ),
    );
    write(
        root,
        &format!("policies/{VOLUNTEER}-visiting.md"),
        "---\ntitle: Visiting policy\nevidences: [S08.P1]\nkind: policy\nissued: 2025-05-01\ndraft: true\n---\n# Visiting\n",
    );
    write(
        root,
        "procedures/complaints.md",
        &format!(
            "---\ntitle: \"Complaints procedure after {COMPLAINT}\"\nevidences: [S14.P1]\nkind: procedure\nissued: 2025-04-01\n---\n# Complaints\n\nTell us.\n"
        ),
    );
    write(
        root,
        "commissioning/specification.md",
        &format!(
            "---\ntitle: \"IV service specification agreed at {CHILD}'s review\"\nevidences: [S13.LA1]\nkind: specification\nissued: 2025-04-01\n---\n# Specification\n\nConfidentiality: the provider keeps a confidentiality policy.\n"
        ),
    );
    write(root, &format!("publicity/leaflet-{CHILD}.png"), "PNG: a picture of the leaflet");
    write(
        root,
        "evidence.yaml",
        &format!(
            "- file: publicity/leaflet-{CHILD}.png\n  title: \"Leaflet for {VOLUNTEER}\"\n  evidences: [S01.P1]\n  kind: publicity\n  issued: 2025-07-01\n"
        ),
    );

    // Registers. 400 children looked after make the planning need exactly
    // 10 (400 x 2.5%), so every figure a document shows next to a word for
    // children, volunteers or matches is a published count: *, 0 or a
    // multiple of 5. Any other number there is an exact count leaking.
    write(
        root,
        "registers/population.yaml",
        "children_looked_after: 400\nover_7: 300\nout_of_county: 100\nout_of_wales: 16\nthree_plus_moves: 40\nresidential: 30\niv_budget: 12000\n",
    );
    let mut children = String::from(
        "child_ref,age,gender,first_language,placement,placement_type,referred_on,referral_source,consent,matched_on,volunteer_ref,ended_on,end_reason,post18\n",
    );
    for (i, (child, volunteer)) in MATCHED.iter().zip(VOLUNTEERS).enumerate() {
        // Two Welsh-speaking children; the first has a volunteer who does not speak Welsh.
        let language = if i < 2 { "welsh" } else { "english" };
        let gender = if i % 2 == 0 { "female" } else { "male" };
        let placement = if i < 3 { "out_of_county" } else { "in_county" };
        children.push_str(&format!(
            "{child},{},{gender},{language},{placement},foster,2024-09-01,iro,yes,2024-10-01,{volunteer},,,no\n",
            10 + i
        ));
    }
    // One child has waited since November 2024: over 12 months.
    for (child, referred) in WAITING {
        children.push_str(&format!("{child},11,male,english,in_county,foster,{referred},social_worker,yes,,,,,no\n"));
    }
    write(root, "registers/children.csv", &children);

    let mut volunteers = String::from(
        "volunteer_ref,gender,welsh_speaker,care_experienced,applied_on,approved_on,approvers,references,dbs_level,dbs_date,training_completed_on,training_topics,left_on\n",
    );
    for (i, v) in VOLUNTEERS.iter().enumerate() {
        // The first matched volunteer has only a standard DBS check.
        let dbs = if i == 0 { "standard" } else { "enhanced" };
        let welsh = if i == 1 { "yes" } else { "no" };
        volunteers.push_str(&format!(
            "{v},female,{welsh},no,2024-03-01,2024-06-01,2,2,{dbs},2024-05-01,2024-07-01,safeguarding;children_in_care;boundaries;confidentiality;communication;equality_diversity;health_safety,\n"
        ));
    }
    write(root, "registers/volunteers.csv", &volunteers);

    // A visit every month of every match, but for two match-months.
    let mut visits = String::from("child_ref,volunteer_ref,date\n");
    let months =
        ["2025-04", "2025-05", "2025-06", "2025-07", "2025-08", "2025-09", "2025-10", "2025-11", "2025-12", "2026-01"]
            .into_iter()
            .chain(["2026-02", "2026-03"]);
    for month in months {
        for (child, volunteer) in MATCHED.iter().zip(VOLUNTEERS) {
            if (*child == "CH-7Q43" && month == "2025-07") || (*child == "CH-7Q44" && month == "2025-11") {
                continue;
            }
            visits.push_str(&format!("{child},{volunteer},{month}-10\n"));
        }
    }
    write(root, "registers/visits.csv", &visits);

    // Feedback from five of eight children; reviews by social workers for six of eight matches.
    let mut feedback = String::from("child_ref,date,from\n");
    for child in &MATCHED[..5] {
        feedback.push_str(&format!("{child},2026-02-01,child\n"));
    }
    for child in &MATCHED[..6] {
        feedback.push_str(&format!("{child},2026-01-15,social_worker\n"));
    }
    write(root, "registers/feedback.csv", &feedback);

    write(
        root,
        "registers/complaints.csv",
        &format!("ref,received_on,resolved_on,outcome\n{COMPLAINT},2025-06-01,2025-06-20,upheld\n"),
    );

    let header = "child_ref,assessed_on,assessed_by,little_family_contact,contact_not_meaningful,wellbeing_health,wellbeing_education,wellbeing_protection,wellbeing_relationships,wellbeing_community,wellbeing_independence,wellbeing_voice,placed_at_distance,communication_difficulties,risk_inappropriate_relationships,residential_setting,multiple_placements,age,child_view,decision,next_review\n";
    let mut assessments = String::from(header);
    assessments
        .push_str("CH-7Q41,2025-05-01,iro,yes,no,no,no,no,no,no,no,no,no,no,no,no,no,12,wants,refer,2026-05-01\n");
    assessments.push_str(&format!(
        "{ASSESSED_ONLY},2025-09-01,social_worker,no,no,no,no,no,no,no,no,no,yes,no,no,no,no,9,wants,refer,2026-09-01\n"
    ));
    assessments
        .push_str("CH-7Q50,2025-09-01,iro,no,no,no,no,no,no,no,no,no,no,no,no,no,no,11,undecided,not_now,2026-06-01\n");
    write(root, "registers/assessments.csv", &assessments);
    dir
}

fn commission(bundle: &Path, document: &str, format: &str, extra: &[&str]) -> std::process::Output {
    ivaudit()
        .arg("commission")
        .arg(bundle)
        .args(["--document", document, "--format", format])
        .args(extra)
        .output()
        .unwrap()
}

/// The text a reader of `format` sees: Markdown without its escapes, an
/// HTML page without its tags, or every string of a JSON document.
fn as_read(format: &str, raw: &str) -> String {
    match format {
        "md" => raw.replace('\\', ""),
        "html" => {
            let mut out = String::new();
            let mut in_tag = false;
            for c in raw.chars() {
                match c {
                    '<' => in_tag = true,
                    '>' if in_tag => {
                        in_tag = false;
                        out.push(' ');
                    }
                    c if !in_tag => out.push(c),
                    _ => {}
                }
            }
            out.replace("&amp;", "&")
                .replace("&lt;", "<")
                .replace("&gt;", ">")
                .replace("&quot;", "\"")
                .replace("&#39;", "'")
        }
        _ => {
            fn strings(v: &Value, out: &mut String) {
                match v {
                    Value::String(s) => {
                        out.push_str(s);
                        out.push('\n');
                    }
                    Value::Array(a) => a.iter().for_each(|v| strings(v, out)),
                    Value::Object(m) => m.values().for_each(|v| strings(v, out)),
                    _ => {}
                }
            }
            let mut out = String::new();
            strings(&serde_json::from_str(raw).expect("JSON"), &mut out);
            out
        }
    }
}

/// A whole number as a count, without the punctuation around it; `None`
/// for anything else (money, decimals, percentages, dates, `*`).
fn count(word: &str) -> Option<u64> {
    let w = word.trim_start_matches('(').trim_end_matches([',', ';', ':', ')', '.']);
    (!w.is_empty() && w.chars().all(|c| c.is_ascii_digit())).then(|| w.parse().unwrap())
}

fn about_people(word: &str) -> bool {
    let w = word.trim_end_matches([',', ';', ':', ')', '.']).to_lowercase();
    matches!(
        w.as_str(),
        "child"
            | "children"
            | "child's"
            | "children's"
            | "volunteer"
            | "volunteers"
            | "match"
            | "matches"
            | "matched"
            | "active"
            | "waiting"
            | "whole"
            | "young"
            | "boys"
            | "girls"
            | "assessed"
            | "referred"
    )
}

/// Every number that counts children, volunteers or matches ("3 children",
/// "2 of 8 active matches", "5 / 10 matched ...") and is not `*`, 0 or a
/// multiple of 5.
fn exact_counts(text: &str) -> Vec<String> {
    let mut out = Vec::new();
    for line in text.lines() {
        let words: Vec<&str> = line.split_whitespace().collect();
        for i in 0..words.len() {
            let Some(n) = count(words[i]) else { continue };
            // A section or list number ("4. Volunteers needed", "Standard 1:
            // Children and young people ...") is not a count.
            if words[i].ends_with(['.', ':']) && words.get(i + 1).is_some_and(|w| w.starts_with(char::is_uppercase)) {
                continue;
            }
            let mut numbers = vec![n];
            let mut j = i + 1;
            if j + 1 < words.len() && matches!(words[j], "of" | "/") {
                if let Some(m) = count(words[j + 1]) {
                    numbers.push(m);
                }
                if count(words[j + 1]).is_some() || words[j + 1] == "*" {
                    j += 2;
                }
            }
            if words.get(j).is_some_and(|w| about_people(w)) && numbers.iter().any(|n| n % 5 != 0) {
                out.push(words[i..=j].join(" "));
            }
        }
    }
    out
}

/// Whether `text` cites register lines ("line 5", "lines 5, 7").
fn cites_lines(text: &str) -> bool {
    let words: Vec<String> =
        text.split(|c: char| !c.is_alphanumeric()).filter(|w| !w.is_empty()).map(str::to_lowercase).collect();
    words.windows(2).any(|w| (w[0] == "line" || w[0] == "lines") && w[1].chars().all(|c| c.is_ascii_digit()))
}

/// The figures of a JSON document that count children (`need`,
/// `provision`, `feedback`) whose value is a number that is not 0 or a
/// multiple of 5.
fn unpublishable_figures(doc: &Value) -> Vec<String> {
    let mut out = Vec::new();
    for key in ["need", "provision", "feedback"] {
        for f in doc[key].as_array().unwrap() {
            let shown = f["shown"].as_str().unwrap();
            let first = shown.split_whitespace().next().unwrap_or("");
            if count(first).is_some_and(|n| n % 5 != 0) {
                out.push(format!("{}: {shown}", f["label"]));
            }
        }
    }
    out
}

/// Every published cell (`{shown, value}`) of a JSON document is `*`, 0 or
/// a multiple of 5.
fn unpublishable_cells(v: &Value, out: &mut Vec<String>) {
    match v {
        Value::Object(m) => {
            if let (Some(Value::String(shown)), true) = (m.get("shown"), m.contains_key("value"))
                && shown != "*"
                && shown.parse::<u64>().map_or(true, |n| n % 5 != 0)
            {
                out.push(shown.clone());
            }
            m.values().for_each(|v| unpublishable_cells(v, out));
        }
        Value::Array(a) => a.iter().for_each(|v| unpublishable_cells(v, out)),
        _ => {}
    }
}

#[test]
fn the_checker_catches_what_the_audit_writes() {
    // The audit's own sentences, which a published document used to copy.
    let audit = "1 child waiting at the as-of date had been referred more than 12 months earlier (registers/children.csv, line 12). The feedback register holds nothing from the social worker or IRO in the six months to the as-of date for 2 of 8 active matches (registers/children.csv, lines 5, 6).";
    assert_eq!(exact_counts(audit), ["1 child", "2 of 8 active", "8 active"]);
    assert!(cites_lines(audit));
    // What a published document says instead.
    let published = "children waiting at the as-of date who had been referred more than 12 months earlier: * of 5 children waiting. 10 x 5 / 10 matched and waiting children; 0 children; 10.0 to 20.0 children; £24,000";
    assert!(exact_counts(published).is_empty(), "{:?}", exact_counts(published));
    assert!(!cites_lines(published));
}

#[test]
fn published_documents_show_no_reference_no_register_line_and_no_exact_small_count() {
    let bundle = planted(&CLEAN);
    for document in DOCUMENTS {
        for format in FORMATS {
            let out = commission(bundle.path(), document, format, &[]);
            let stderr = String::from_utf8_lossy(&out.stderr);
            assert!(out.status.success(), "{document} {format}: {stderr}");
            let raw = String::from_utf8(out.stdout).unwrap();
            let read = as_read(format, &raw);
            for text in [&raw, &read] {
                let lower = text.to_lowercase();
                for reference in all_references() {
                    assert!(!lower.contains(&reference.to_lowercase()), "{document} {format} shows {reference}");
                }
                assert!(!cites_lines(text), "{document} {format} cites register lines:\n{text}");
                assert!(!lower.contains("not for publication"), "{document} {format}");
            }
            let exact = exact_counts(&read);
            assert!(exact.is_empty(), "{document} {format} shows exact counts {exact:?}");
            // The audit's wording of the planted shortfalls is nowhere.
            for phrase in ["1 child", "of 8 active matches", "of 8 volunteers", "of 96 whole months", "of 2 matched"] {
                assert!(!read.contains(phrase), "{document} {format} says {phrase:?}");
            }
            if format == "json" {
                let json: Value = serde_json::from_str(&raw).unwrap();
                let mut bad = Vec::new();
                unpublishable_cells(&json, &mut bad);
                assert!(bad.is_empty(), "{document}: cells {bad:?}");
                let bad = unpublishable_figures(&json);
                assert!(bad.is_empty(), "{document}: figures {bad:?}");
            }
        }
    }
}

#[test]
fn published_priorities_are_written_from_facts_with_counts_under_disclosure_control() {
    let bundle = planted(&CLEAN);
    let out = commission(bundle.path(), "report", "json", &[]);
    assert!(out.status.success(), "{}", String::from_utf8_lossy(&out.stderr));
    let report: Value = serde_json::from_slice(&out.stdout).unwrap();
    let priorities = report["priorities"].as_array().unwrap();
    let on = |id: &str| -> Vec<String> {
        let p = priorities.iter().find(|p| p["requirement"] == id).unwrap_or_else(|| panic!("no priority on {id}"));
        p["shortfalls"].as_array().unwrap().iter().map(|s| s.as_str().unwrap().to_string()).collect()
    };
    // One of eight matched volunteers without an enhanced DBS check: a
    // priority action, its count hidden and its base rounded.
    let s05 = priorities.iter().find(|p| p["requirement"] == "S05.P1").unwrap();
    assert_eq!(s05["kind"], "priority_action");
    assert_eq!(s05["standard_number"], 5);
    assert!(s05["requirement_label"].as_str().unwrap().starts_with("S05.P1 (IV service provider will: “Operate"));
    let s05 = on("S05.P1");
    assert!(
        s05.contains(&"Current documents do not show that every volunteer has an enhanced DBS check.".to_string()),
        "{s05:?}"
    );
    assert!(s05.iter().any(|s| s.ends_with(
        "volunteers with an active match without an enhanced DBS check on record: * of 10 volunteers with an active match."
    )), "{s05:?}");
    // One child waiting over a year, of three waiting.
    assert!(on("S12.LA2").iter().any(|s| s.ends_with("more than 12 months earlier: * of * children waiting.")));
    // Two of eight matches without a review by the social worker or IRO.
    assert!(on("S09.LA1").iter().any(|s| s.ends_with("in the six months to the as-of date: * of 10 active matches.")));
    // Evidence is described by what is wrong with it, never by name.
    assert!(on("S11.P1").contains(&"The only evidence linked that could count is past its review date.".to_string()));
    assert!(on("S08.P1").iter().any(|s| s == "None of the evidence linked counts yet (drafts)."));
    assert!(
        on("S13.LA1")
            .iter()
            .any(|s| s.starts_with("The current service specification has no clause on equality and diversity"))
    );
}

#[test]
fn internal_documents_keep_the_audit_detail() {
    let bundle = planted(&CLEAN);
    let out = commission(bundle.path(), "report", "md", &["--internal"]);
    assert!(out.status.success());
    let md = String::from_utf8(out.stdout).unwrap();
    assert!(md.starts_with("**INTERNAL: NOT FOR PUBLICATION.**"));
    assert!(md.contains("1 of 8 volunteers with an active match without an enhanced DBS check on record (registers/volunteers.csv, line 2)"), "{md}");
    assert!(md.contains("1 child waiting at the as-of date had been referred more than 12 months earlier (registers/children.csv, line 10)"), "{md}");
}

#[test]
fn a_reference_in_the_organisation_stops_every_published_document() {
    let organisation = format!("Glannau Council ({CHILD} pilot)");
    let bundle = planted(&Meta { organisation: &organisation, ..CLEAN });
    for document in DOCUMENTS {
        for format in FORMATS {
            let out = commission(bundle.path(), document, format, &[]);
            assert_eq!(out.status.code(), Some(2), "{document} {format}");
            assert!(out.stdout.is_empty(), "{document} {format} wrote to standard output");
            let stderr = String::from_utf8(out.stderr).unwrap();
            assert!(stderr.contains("a child's reference from registers/children.csv"), "{stderr}");
            assert!(stderr.contains("bundle.yaml (organisation)"), "{stderr}");
            assert!(!stderr.to_lowercase().contains(&CHILD.to_lowercase()), "{stderr}");
        }
    }
    // With --out no file is written, not even an empty one.
    let out_dir = tempfile::tempdir().unwrap();
    let target = out_dir.path().join("plan.html");
    let out = commission(bundle.path(), "plan", "html", &["--out", target.to_str().unwrap()]);
    assert_eq!(out.status.code(), Some(2));
    assert!(!target.exists(), "the guard let a file be written");
    // The authority's own internal copy is still written.
    let out = commission(bundle.path(), "plan", "md", &["--internal"]);
    assert!(out.status.success());
}

#[test]
fn references_in_the_commissioning_model_or_providers_are_traced_to_their_field() {
    let model = format!("spot purchase, first placement {VOLUNTEER}");
    let bundle = planted(&Meta { model: &model, ..CLEAN });
    let out = commission(bundle.path(), "plan", "md", &[]);
    assert_eq!(out.status.code(), Some(2));
    let stderr = String::from_utf8(out.stderr).unwrap();
    // Named from the register of record for volunteers.
    assert!(stderr.contains("a volunteer's reference from registers/volunteers.csv"), "{stderr}");
    assert!(stderr.contains("bundle.yaml (commissioning.model)"), "{stderr}");
    assert!(!stderr.to_lowercase().contains(&VOLUNTEER.to_lowercase()), "{stderr}");

    let provider = format!("Glannau IV Service (see {COMPLAINT})");
    let bundle = planted(&Meta { provider: &provider, ..CLEAN });
    // The needs analysis does not print the providers, but its JSON carries them.
    let out = commission(bundle.path(), "needs-analysis", "json", &[]);
    assert_eq!(out.status.code(), Some(2));
    let stderr = String::from_utf8(out.stderr).unwrap();
    assert!(stderr.contains("a complaint's reference from registers/complaints.csv"), "{stderr}");
    assert!(stderr.contains("bundle.yaml (commissioning.providers)"), "{stderr}");
    assert!(!stderr.to_lowercase().contains(&COMPLAINT.to_lowercase()), "{stderr}");
}

#[test]
fn a_template_that_prints_a_reference_is_refused_even_if_hidden_in_markup() {
    // A user's template that writes a reference the model never carries,
    // disguised with a character reference and split by markup.
    let bundle = planted(&CLEAN);
    let templates = tempfile::tempdir().unwrap();
    let original =
        std::fs::read_to_string(Path::new(env!("CARGO_MANIFEST_DIR")).join("reports/commission-plan.md")).unwrap();
    write(templates.path(), "commission-plan.md", &format!("{original}\nThanks to CH&#45;7Q<em>41</em>.\n"));
    for format in ["md", "html"] {
        let out = commission(bundle.path(), "plan", format, &["--templates", templates.path().to_str().unwrap()]);
        assert_eq!(out.status.code(), Some(2), "{format}");
        assert!(out.stdout.is_empty());
        let stderr = String::from_utf8(out.stderr).unwrap();
        assert!(stderr.contains("a child's reference from registers/children.csv"), "{stderr}");
        assert!(stderr.contains("--templates"), "{stderr}");
    }
}

#[test]
fn the_example_authority_bundle_publishes_every_document_in_every_format() {
    let example = Path::new(env!("CARGO_MANIFEST_DIR")).join("examples/authority-bundle");
    for document in DOCUMENTS {
        for format in FORMATS {
            let out = commission(&example, document, format, &[]);
            assert!(out.status.success(), "{document} {format}: {}", String::from_utf8_lossy(&out.stderr));
            assert!(!out.stdout.is_empty());
        }
    }
}
