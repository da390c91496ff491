//! Welsh outputs are complete: every fixed word comes from the message
//! files, both languages' files hold the same messages, and no English
//! fixed text is left in a Welsh output outside a passage marked as English
//! (the standards' wording where the catalog has no Welsh, quoted evidence,
//! diagnostic details).

use std::collections::{BTreeMap, BTreeSet};
use std::path::{Path, PathBuf};

use assert_cmd::Command;
use fluent_syntax::ast;

fn root() -> PathBuf {
    PathBuf::from(env!("CARGO_MANIFEST_DIR"))
}

/// The message files of `lang`, read from `locales/<lang>/` as shipped.
fn files(lang: &str) -> Vec<(String, String)> {
    let mut out: Vec<(String, String)> = std::fs::read_dir(root().join("locales").join(lang))
        .unwrap()
        .map(|e| e.unwrap().path())
        .filter(|p| p.extension().is_some_and(|e| e == "ftl"))
        .map(|p| (p.file_name().unwrap().to_string_lossy().into_owned(), std::fs::read_to_string(&p).unwrap()))
        .collect();
    out.sort();
    out
}

/// A message as the tests need it: its variables and its fixed text.
#[derive(Debug, Default)]
struct Message {
    file: String,
    variables: BTreeSet<String>,
    /// Each run of fixed text, whitespace collapsed.
    texts: Vec<String>,
}

fn walk_pattern(p: &ast::Pattern<&str>, m: &mut Message) {
    for element in &p.elements {
        match element {
            ast::PatternElement::TextElement { value } => {
                let text = value.split_whitespace().collect::<Vec<_>>().join(" ");
                if !text.is_empty() {
                    m.texts.push(text);
                }
            }
            ast::PatternElement::Placeable { expression } => walk_expression(expression, m),
        }
    }
}

fn walk_expression(e: &ast::Expression<&str>, m: &mut Message) {
    match e {
        ast::Expression::Select { selector, variants } => {
            walk_inline(selector, m);
            for v in variants {
                walk_pattern(&v.value, m);
            }
        }
        ast::Expression::Inline(i) => walk_inline(i, m),
    }
}

fn walk_inline(i: &ast::InlineExpression<&str>, m: &mut Message) {
    match i {
        ast::InlineExpression::VariableReference { id } => {
            m.variables.insert(id.name.to_string());
        }
        ast::InlineExpression::Placeable { expression } => walk_expression(expression, m),
        ast::InlineExpression::FunctionReference { arguments, .. } => {
            for a in &arguments.positional {
                walk_inline(a, m);
            }
        }
        _ => {}
    }
}

/// Every message of `lang` by id; panics on a syntax error or an id
/// defined twice, naming the file.
fn messages(lang: &str) -> BTreeMap<String, Message> {
    let mut out = BTreeMap::new();
    for (name, text) in files(lang) {
        let resource = fluent_syntax::parser::parse(text.as_str())
            .unwrap_or_else(|(_, errors)| panic!("locales/{lang}/{name} does not parse: {errors:?}"));
        for entry in &resource.body {
            if let ast::Entry::Message(msg) = entry {
                let mut m = Message { file: name.clone(), ..Message::default() };
                if let Some(value) = &msg.value {
                    walk_pattern(value, &mut m);
                }
                if let Some(first) = out.insert(msg.id.name.to_string(), m) {
                    panic!("`{}` is defined twice in locales/{lang}/ ({} and {name})", msg.id.name, first.file);
                }
            }
        }
    }
    out
}

#[test]
fn the_english_and_welsh_message_files_hold_the_same_messages_with_the_same_variables() {
    let (en, cy) = (messages("en"), messages("cy"));
    assert!(en.len() > 20, "the English message files are missing");
    let mut problems = Vec::new();
    for (id, m) in &en {
        match cy.get(id) {
            None => problems.push(format!("{id} (locales/en/{}) has no Welsh", m.file)),
            Some(w) if w.variables != m.variables => problems.push(format!(
                "{id}: English uses {:?}, Welsh {:?}: a message must say the same things in both",
                m.variables, w.variables
            )),
            Some(w) if w.file != m.file => {
                problems.push(format!("{id} is in locales/en/{} but locales/cy/{}", m.file, w.file))
            }
            Some(_) => {}
        }
    }
    for (id, w) in &cy {
        if !en.contains_key(id) {
            problems.push(format!("{id} (locales/cy/{}) has no English", w.file));
        }
    }
    let en_files: Vec<String> = files("en").into_iter().map(|(n, _)| n).collect();
    let cy_files: Vec<String> = files("cy").into_iter().map(|(n, _)| n).collect();
    assert_eq!(en_files, cy_files, "each English message file has a Welsh twin of the same name");
    assert!(problems.is_empty(), "{} problem(s):\n{}", problems.len(), problems.join("\n"));
}

/// The English fixed texts a Welsh output must not contain: each run of
/// fixed text of two words or more that the Welsh message for the same id
/// does not also contain (a name such as "Care Inspectorate Wales" may be
/// the same in both).
fn english_fragments() -> Vec<(String, String)> {
    let (en, cy) = (messages("en"), messages("cy"));
    let mut out = Vec::new();
    for (id, m) in &en {
        let welsh: Vec<&String> = cy.get(id).map(|w| w.texts.iter().collect()).unwrap_or_default();
        for text in &m.texts {
            let text = text.trim_matches(|c: char| c.is_ascii_punctuation() || c.is_whitespace());
            if text.split_whitespace().count() < 2 || text.len() < 8 {
                continue;
            }
            if welsh.iter().any(|w| w.contains(text)) {
                continue;
            }
            out.push((id.clone(), text.to_string()));
        }
    }
    out
}

/// `text` without the passages marked as English, with HTML entities and
/// Markdown escapes undone, whitespace collapsed.
fn unmarked_text(text: &str) -> String {
    let mut out = String::with_capacity(text.len());
    let mut rest = text;
    while let Some(i) = rest.find("<span lang=\"en-GB\">") {
        out.push_str(&rest[..i]);
        rest = &rest[i..];
        match rest.find("</span>") {
            Some(end) => rest = &rest[end + "</span>".len()..],
            None => rest = "",
        }
    }
    out.push_str(rest);
    let out = out
        .replace("&#x27;", "'")
        .replace("&#39;", "'")
        .replace("&quot;", "\"")
        .replace("&lt;", "<")
        .replace("&gt;", ">")
        .replace("&amp;", "&");
    let mut plain = String::with_capacity(out.len());
    let mut chars = out.chars().peekable();
    while let Some(c) = chars.next() {
        if c == '\\' && chars.peek().is_some_and(|n| n.is_ascii_punctuation()) {
            continue;
        }
        plain.push(c);
    }
    plain.split_whitespace().collect::<Vec<_>>().join(" ")
}

/// The text of a Word document's runs, leaving out runs marked English.
fn word_text(docx: &[u8]) -> String {
    let mut zip = zip::ZipArchive::new(std::io::Cursor::new(docx)).unwrap();
    let mut xml = String::new();
    std::io::Read::read_to_string(&mut zip.by_name("word/document.xml").unwrap(), &mut xml).unwrap();
    let mut text = String::new();
    for run in xml.split("<w:r>").skip(1) {
        let run = run.split("</w:r>").next().unwrap_or_default();
        if run.contains(r#"<w:lang w:val="en-GB"/>"#) {
            continue;
        }
        for piece in run.split("<w:t").skip(1) {
            let body = piece.split_once('>').map(|(_, b)| b).unwrap_or_default();
            text.push_str(body.split("</w:t>").next().unwrap_or_default());
        }
        text.push(' ');
    }
    text
}

fn example(name: &str) -> PathBuf {
    root().join("examples").join(name)
}

/// Every output of `ivaudit` for the example bundles in `lang`, as
/// (what, text): both reports and every commissioning document in
/// Markdown, HTML and Word, publication and internal, and the eligibility
/// report. `organisation` names are taken out: they are the bundle's words.
fn outputs(lang: &str) -> Vec<(String, String)> {
    let dir = tempfile::tempdir().unwrap();
    let mut runs: Vec<(String, Vec<String>)> = Vec::new();
    for bundle in ["provider-bundle", "authority-bundle"] {
        for report in ["inspection", "self-assessment"] {
            for format in ["md", "html", "docx"] {
                runs.push((
                    format!("{bundle} {report} {format}"),
                    vec![
                        "audit".into(),
                        bundle.into(),
                        "--report".into(),
                        report.into(),
                        "--format".into(),
                        format.into(),
                    ],
                ));
            }
        }
    }
    for document in ["needs-analysis", "plan", "specification", "report"] {
        for format in ["md", "html", "docx"] {
            for internal in [false, true] {
                let mut args = vec![
                    "commission".to_string(),
                    "authority-bundle".into(),
                    "--document".into(),
                    document.into(),
                    "--format".into(),
                    format.into(),
                ];
                if internal {
                    args.push("--internal".into());
                }
                runs.push((format!("{document} {format}{}", if internal { " internal" } else { "" }), args));
            }
        }
    }
    for format in ["md", "html", "docx"] {
        runs.push((
            format!("eligibility {format}"),
            vec!["eligibility".into(), "authority-bundle".into(), "--format".into(), format.into()],
        ));
    }
    let mut out = Vec::new();
    for (i, (what, mut args)) in runs.into_iter().enumerate() {
        args[1] = example(&args[1]).display().to_string();
        let docx = args.iter().any(|a| a == "docx");
        let file = dir.path().join(format!("{i}.docx"));
        let mut cmd = Command::cargo_bin("ivaudit").unwrap();
        cmd.args(&args).args(["--lang", lang]);
        if docx {
            cmd.arg("--out").arg(&file);
        }
        let result = cmd.output().unwrap();
        assert!(result.status.success(), "{what}: {}", String::from_utf8_lossy(&result.stderr));
        let text =
            if docx { word_text(&std::fs::read(&file).unwrap()) } else { String::from_utf8(result.stdout).unwrap() };
        out.push((what, text));
    }
    out
}

/// The organisations of the two example bundles, which reach every output
/// as the bundle wrote them.
fn organisations() -> Vec<String> {
    ["provider-bundle", "authority-bundle"]
        .iter()
        .map(|b| {
            let yaml = std::fs::read_to_string(example(b).join("bundle.yaml")).unwrap();
            let line = yaml.lines().find(|l| l.starts_with("organisation:")).unwrap();
            line["organisation:".len()..].trim().trim_matches('"').to_string()
        })
        .collect()
}

#[test]
fn no_english_fixed_text_is_left_in_any_welsh_output() {
    let fragments = english_fragments();
    let organisations = organisations();
    let mut found: BTreeMap<(String, String), Vec<String>> = BTreeMap::new();
    for (what, text) in outputs("cy") {
        assert!(
            what.ends_with("docx")
                || text.contains("Mawrth")
                || text.contains("Ebrill")
                || what.contains("eligibility"),
            "{what} gives no date in Welsh"
        );
        let mut text = unmarked_text(&text);
        for o in &organisations {
            text = text.replace(o.as_str(), "");
        }
        for (id, fragment) in &fragments {
            if text.contains(fragment.as_str()) {
                found.entry((id.clone(), fragment.clone())).or_default().push(what.clone());
            }
        }
    }
    let report: Vec<String> =
        found.iter().map(|((id, fragment), whats)| format!("{id}: \"{fragment}\" in {}", whats.join(", "))).collect();
    assert!(report.is_empty(), "English left in Welsh outputs ({}):\n{}", report.len(), report.join("\n"));
}

#[test]
fn html_outputs_say_their_language() {
    for (lang, tag) in [("en", "en-GB"), ("cy", "cy")] {
        for args in [
            vec!["audit", "provider-bundle", "--format", "html"],
            vec!["commission", "authority-bundle", "--document", "needs-analysis", "--format", "html"],
            vec!["eligibility", "authority-bundle", "--format", "html"],
        ] {
            let mut args: Vec<String> = args.iter().map(|s| s.to_string()).collect();
            args[1] = example(&args[1]).display().to_string();
            let out = Command::cargo_bin("ivaudit").unwrap().args(&args).args(["--lang", lang]).output().unwrap();
            assert!(out.status.success(), "{}", String::from_utf8_lossy(&out.stderr));
            let html = String::from_utf8(out.stdout).unwrap();
            assert!(html.contains(&format!("<html lang=\"{tag}\">")), "{args:?} --lang {lang}");
            // English catalog text in a Welsh document is marked (the
            // eligibility report quotes none); an English document has
            // nothing in English to mark.
            let marked = html.contains("<span lang=\"en-GB\">");
            if lang == "en" || args[0] != "eligibility" {
                assert_eq!(marked, lang == "cy", "{args:?} --lang {lang}");
            }
        }
    }
}

/// `command` on the example `bundle` in Welsh HTML, with `ftl` as the user's
/// own message file (`DIR/cy/ours.ftl`); the folder is kept for more runs.
fn welsh_html_with(ftl: &str, command: &str, bundle: &str) -> (tempfile::TempDir, String) {
    let dir = tempfile::tempdir().unwrap();
    std::fs::create_dir_all(dir.path().join("cy")).unwrap();
    std::fs::write(dir.path().join("cy/ours.ftl"), ftl).unwrap();
    let out = Command::cargo_bin("ivaudit")
        .unwrap()
        .arg(command)
        .arg(example(bundle))
        .args(["--lang", "cy", "--format", "html", "--messages"])
        .arg(dir.path())
        .output()
        .unwrap();
    assert!(out.status.success(), "{}", String::from_utf8_lossy(&out.stderr));
    (dir, String::from_utf8(out.stdout).unwrap())
}

#[test]
fn a_message_file_in_the_users_folder_replaces_one_message_and_a_mistake_is_named_with_its_line() {
    let (dir, html) = welsh_html_with(
        "# Our own wording\ntitle-inspection = Adroddiad arolygu'r gwasanaeth\n",
        "audit",
        "provider-bundle",
    );
    assert!(html.contains("Adroddiad arolygu'r gwasanaeth") || html.contains("Adroddiad arolygu&#x27;r gwasanaeth"));

    // A misspelt id and a broken line are refused, with the file and line.
    let refused = |ftl: &str| {
        std::fs::write(dir.path().join("cy/ours.ftl"), ftl).unwrap();
        let out = Command::cargo_bin("ivaudit")
            .unwrap()
            .arg("audit")
            .arg(example("provider-bundle"))
            .args(["--lang", "cy", "--messages"])
            .arg(dir.path())
            .output()
            .unwrap();
        let stderr = String::from_utf8_lossy(&out.stderr).into_owned();
        assert_eq!(out.status.code(), Some(2), "{stderr}");
        stderr
    };
    let stderr = refused("\n\ntitle-inspectoin = Adroddiad\n");
    assert!(stderr.contains("ours.ftl, line 3") && stderr.contains("title-inspectoin"), "{stderr}");
    let stderr = refused("title-inspection = Adroddiad\nthis is not fluent\n");
    assert!(stderr.contains("ours.ftl, line 2"), "{stderr}");
    // A folder that does not exist is refused, not taken for no override.
    let out = Command::cargo_bin("ivaudit")
        .unwrap()
        .arg("audit")
        .arg(example("provider-bundle"))
        .args(["--lang", "cy", "--messages"])
        .arg(dir.path().join("no-such-folder"))
        .output()
        .unwrap();
    let stderr = String::from_utf8_lossy(&out.stderr);
    assert_eq!(out.status.code(), Some(2), "{stderr}");
    assert!(stderr.contains("no-such-folder") && stderr.contains("not a folder"), "{stderr}");
}

#[test]
fn every_glossary_row_gives_both_languages_and_where_the_term_is_used() {
    let text = std::fs::read_to_string(root().join("locales/glossary.csv")).unwrap();
    let mut reader = csv::Reader::from_reader(text.as_bytes());
    assert_eq!(reader.headers().unwrap().iter().collect::<Vec<_>>(), ["english", "welsh", "where used", "note"]);
    let ids: BTreeSet<String> = messages("en").into_keys().collect();
    let mut rows = 0;
    for (i, row) in reader.records().enumerate() {
        let row = row.unwrap_or_else(|e| panic!("glossary.csv row {}: {e}", i + 2));
        rows += 1;
        for (col, name) in [(0, "english"), (1, "welsh"), (2, "where used")] {
            assert!(!row[col].trim().is_empty(), "glossary.csv row {}: no {name}", i + 2);
        }
        // Message ids named under "where used" exist.
        for word in row[2].split(|c: char| c.is_whitespace() || matches!(c, ',' | '(' | ')' | '/' | ';')) {
            let looks_like_id = word.contains('-')
                && word.chars().all(|c| c.is_ascii_lowercase() || c.is_ascii_digit() || c == '-')
                && !word.starts_with('-');
            if looks_like_id && !word.ends_with(".ftl") {
                assert!(
                    ids.contains(word) || ids.iter().any(|id| id.starts_with(word)),
                    "glossary.csv row {}: `{word}` is not a message id",
                    i + 2
                );
            }
        }
    }
    assert!(rows >= 15, "the glossary lists the terms a reviewer must check");
}

#[test]
fn a_welsh_report_uses_the_catalogs_welsh_text_where_it_has_one() {
    // A copy of the catalog with the Welsh title of Standard 5, as a council
    // would add the official wording.
    let dir = tempfile::tempdir().unwrap();
    for entry in std::fs::read_dir(root().join("standards")).unwrap() {
        let p = entry.unwrap().path();
        std::fs::copy(&p, dir.path().join(p.file_name().unwrap())).unwrap();
    }
    let s05 = dir.path().join("s05.yaml");
    let text = std::fs::read_to_string(&s05).unwrap();
    let text = text.replacen(
        "title: Recruitment and selection\n",
        "title: Recruitment and selection\ntitle_cy: Recriwtio a dethol\nsource_cy: Cyfieithiad prawf\n",
        1,
    );
    std::fs::write(&s05, text).unwrap();
    let run = |standards: &Path| {
        Command::cargo_bin("ivaudit")
            .unwrap()
            .arg("--standards")
            .arg(standards)
            .arg("audit")
            .arg(example("provider-bundle"))
            .args(["--lang", "cy", "--format", "html"])
            .output()
            .unwrap()
    };
    let out = run(dir.path());
    assert!(out.status.success(), "{}", String::from_utf8_lossy(&out.stderr));
    let html = String::from_utf8(out.stdout).unwrap();
    assert!(html.contains("Recriwtio a dethol"), "the Welsh title is used");
    assert!(!html.contains("<span lang=\"en-GB\">Recruitment and selection</span>"), "and not the English");

    // Welsh wording without a source is refused.
    let text = std::fs::read_to_string(&s05).unwrap().replace("source_cy: Cyfieithiad prawf\n", "");
    std::fs::write(&s05, text).unwrap();
    let out = run(dir.path());
    let stderr = String::from_utf8_lossy(&out.stderr);
    assert_eq!(out.status.code(), Some(2), "{stderr}");
    assert!(stderr.contains("s05.yaml") && stderr.contains("source_cy"), "{stderr}");
}

#[test]
fn reworded_table_captions_are_still_captions() {
    // A council's own wording of the caption prefix (`Tabl: ` by default).
    let (_dir, html) =
        welsh_html_with("com-table-caption = Tabl rhif: { $caption }\n", "eligibility", "authority-bundle");
    assert!(html.contains("<caption id=\"table-1\">Cymhwysedd yn gryno</caption>"), "{html}");
    assert!(!html.contains("Tabl rhif:"), "the prefix is not left as a paragraph");
}
