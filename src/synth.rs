//! Synthetic evidence bundles of any size, for benchmarks and scale tests.
//!
//! The content is generated deterministically from the document number, so
//! the same size always gives byte-identical bundles and comparable timings.

use std::io;
use std::path::Path;

use crate::catalog::{Catalog, Kind, Party};

/// A small deterministic generator (SplitMix64): no external randomness.
struct Rng(u64);

impl Rng {
    fn next(&mut self) -> u64 {
        self.0 = self.0.wrapping_add(0x9E37_79B9_7F4A_7C15);
        let mut z = self.0;
        z = (z ^ (z >> 30)).wrapping_mul(0xBF58_476D_1CE4_E5B9);
        z = (z ^ (z >> 27)).wrapping_mul(0x94D0_49BB_1331_11EB);
        z ^ (z >> 31)
    }

    fn pick<'a, T>(&mut self, items: &'a [T]) -> &'a T {
        &items[(self.next() % items.len() as u64) as usize]
    }
}

const FILLER: &str = "The service keeps this document under review with the young people's advisory group. \
Volunteers and staff read it at induction and again at each annual review, and the IV Service \
Co-ordinator records that they have done so. Where practice changes, the change is explained to \
children and young people in a way that suits their age and understanding.";

/// Writes a provider bundle of `documents` Markdown files (and one PDF
/// described in `evidence.yaml` for every 50 documents) into `dir`, with
/// registers of one match for every 5 documents.
pub fn write_bundle(dir: &Path, catalog: &Catalog, documents: usize) -> io::Result<()> {
    std::fs::create_dir_all(dir)?;
    std::fs::write(
        dir.join("bundle.yaml"),
        "organisation: Synthetic IV Service\nrole: provider\nauthorities: [Synthetic County Council]\n\
         period: {from: 2025-04-01, to: 2026-03-31}\nas_of: 2026-03-31\n",
    )?;
    let requirements: Vec<&crate::catalog::Requirement> =
        catalog.requirements().filter(|r| r.applies_to(Party::Provider) && r.kind != Kind::Statutory).collect();
    let kinds = ["policy", "procedure", "training-record", "minutes", "report", "survey"];
    let mut rng = Rng(documents as u64);
    let mut manifest = String::new();
    for n in 0..documents {
        let folder = dir.join(format!("docs-{:03}", n / 100));
        std::fs::create_dir_all(&folder)?;
        let links: Vec<&str> = (0..3).map(|_| rng.pick(&requirements).id.as_str()).collect();
        let first = requirements.iter().find(|r| r.id == links[0]).expect("picked from the list");
        let phrases: Vec<&str> = first
            .criteria
            .iter()
            .filter(|_| !rng.next().is_multiple_of(4))
            .filter_map(|c| c.rule.entries.first()?.clauses.first()?.terms.first().map(|t| t.example.as_str()))
            .collect();
        let issued_month = 1 + rng.next() % 12;
        let review = if rng.next().is_multiple_of(10) { "2025-12-31" } else { "2026-12-31" };
        let body = format!(
            "---\ntitle: Synthetic document {n}\nevidences: [{}]\nkind: {}\nissued: 2025-{issued_month:02}-01\n\
             review_due: {review}\nowner: IV Service Co-ordinator\n---\n# Synthetic document {n}\n\n\
             This document answers {} (“{}”).\n\nIt covers: {}.\n\n{FILLER}\n\n{FILLER}\n",
            links.join(", "),
            rng.pick(&kinds),
            first.id,
            crate::text::flatten(&first.text),
            if phrases.is_empty() { "general practice".to_string() } else { phrases.join("; ") },
        );
        std::fs::write(folder.join(format!("doc-{n:05}.md")), body)?;
        if n.is_multiple_of(50) {
            let pdf = format!("docs-{:03}/scan-{n:05}.pdf", n / 100);
            std::fs::write(dir.join(&pdf), format!("%PDF-1.4\n% synthetic scan {n}\n%%EOF\n"))?;
            manifest.push_str(&format!(
                "- file: {pdf}\n  title: Scanned record {n}\n  evidences: [{}]\n  kind: data-return\n  issued: 2025-06-01\n",
                links[1]
            ));
        }
    }
    std::fs::write(dir.join("evidence.yaml"), manifest)?;
    write_registers(dir, documents / 5, &mut rng)
}

/// Registers in proportion: `matches` referrals, one volunteer each, about
/// monthly visits over the period and feedback twice a year.
fn write_registers(dir: &Path, matches: usize, rng: &mut Rng) -> io::Result<()> {
    use std::fmt::Write;
    let regs = dir.join("registers");
    std::fs::create_dir_all(&regs)?;
    let topics =
        "safeguarding;children_in_care;boundaries;confidentiality;communication;equality_diversity;health_safety";
    let mut children = String::from(
        "child_ref,age,gender,first_language,placement,placement_type,referred_on,referral_source,consent,matched_on,volunteer_ref,ended_on,end_reason,post18\n",
    );
    let mut volunteers = String::from(
        "volunteer_ref,gender,welsh_speaker,care_experienced,applied_on,approved_on,approvers,references,dbs_level,dbs_date,training_completed_on,training_topics,left_on\n",
    );
    let mut visits = String::from("child_ref,volunteer_ref,date\n");
    let mut feedback = String::from("child_ref,date,from\n");
    for n in 0..matches {
        let gender = if rng.next().is_multiple_of(3) { "male" } else { "female" };
        let placement = if rng.next().is_multiple_of(4) { "out_of_county" } else { "in_county" };
        let start_month = 1 + rng.next() % 12;
        let _ = writeln!(
            children,
            "C-{n:05},{},{gender},english,{placement},foster,2024-{start_month:02}-01,social_worker,yes,2024-{start_month:02}-20,V-{n:05},,,no",
            8 + rng.next() % 10
        );
        let _ = writeln!(
            volunteers,
            "V-{n:05},{gender},no,no,2023-01-01,2023-03-01,2,2,enhanced,2023-02-01,2023-03-15,{topics},"
        );
        for month in 0..12 {
            if !rng.next().is_multiple_of(25) {
                let (year, m) = if month < 9 { (2025, month + 4) } else { (2026, month - 8) };
                let _ = writeln!(visits, "C-{n:05},V-{n:05},{year}-{m:02}-{:02}", 1 + rng.next() % 28);
            }
        }
        let _ = writeln!(feedback, "C-{n:05},2025-{:02}-10,child", 4 + rng.next() % 9);
        let _ = writeln!(feedback, "C-{n:05},2026-0{}-15,child", 1 + rng.next() % 3);
    }
    std::fs::write(regs.join("children.csv"), children)?;
    std::fs::write(regs.join("volunteers.csv"), volunteers)?;
    std::fs::write(regs.join("visits.csv"), visits)?;
    std::fs::write(regs.join("feedback.csv"), feedback)?;
    std::fs::write(
        regs.join("complaints.csv"),
        "ref,received_on,resolved_on,outcome\nCMP-1,2025-06-01,2025-06-10,not_upheld\n",
    )
}

/// Adds `count` Word documents and `count` PDFs (three pages each) to the
/// bundle in `dir`, listed in its `evidence.yaml` with no `shows:`, so that
/// their text is read and judged: the benchmark of a folder of office
/// documents. Their text is made as the Markdown documents' is.
pub fn add_office_documents(dir: &Path, catalog: &Catalog, count: usize) -> io::Result<()> {
    use std::io::Write;
    let requirements: Vec<&crate::catalog::Requirement> =
        catalog.requirements().filter(|r| r.applies_to(Party::Provider) && r.kind != Kind::Statutory).collect();
    let mut rng = Rng(count as u64 ^ 0x0FF1CE);
    let mut manifest = std::fs::read_to_string(dir.join("evidence.yaml")).unwrap_or_default();
    for n in 0..count {
        let folder = format!("office-{:03}", n / 100);
        std::fs::create_dir_all(dir.join(&folder))?;
        let r = rng.pick(&requirements);
        let phrases: Vec<String> = r
            .criteria
            .iter()
            .filter_map(|c| c.rule.entries.first()?.clauses.first()?.terms.first().map(|t| t.example.clone()))
            .collect();
        let sentence = format!(
            "This document covers {}.",
            if phrases.is_empty() { "general practice".into() } else { phrases.join("; ") }
        );
        let filler = xml_escape(FILLER);
        // Word: a heading, the sentence and filler paragraphs.
        let para = |style: Option<&str>, text: &str| {
            let ppr = style.map(|s| format!(r#"<w:pPr><w:pStyle w:val="{s}"/></w:pPr>"#)).unwrap_or_default();
            format!(r#"<w:p>{ppr}<w:r><w:t xml:space="preserve">{text}</w:t></w:r></w:p>"#)
        };
        let mut body = para(Some("Title"), &format!("Synthetic Word document {n}"));
        for section in 0..6 {
            body.push_str(&para(Some("Heading1"), &format!("Section {section}")));
            body.push_str(&para(None, &xml_escape(&sentence)));
            body.push_str(&para(None, &filler));
            body.push_str(&para(None, &filler));
        }
        let document = format!(
            r#"<?xml version="1.0" encoding="UTF-8" standalone="yes"?><w:document xmlns:w="http://schemas.openxmlformats.org/wordprocessingml/2006/main"><w:body>{body}</w:body></w:document>"#
        );
        let mut zip = zip::ZipWriter::new(io::Cursor::new(Vec::new()));
        let options = zip::write::SimpleFileOptions::default().compression_method(zip::CompressionMethod::Deflated);
        zip.start_file("[Content_Types].xml", options).map_err(io::Error::other)?;
        zip.write_all(br#"<?xml version="1.0" encoding="UTF-8"?><Types xmlns="http://schemas.openxmlformats.org/package/2006/content-types"><Default Extension="xml" ContentType="application/xml"/></Types>"#)?;
        zip.start_file("word/document.xml", options).map_err(io::Error::other)?;
        zip.write_all(document.as_bytes())?;
        let docx = zip.finish().map_err(io::Error::other)?.into_inner();
        let word = format!("{folder}/word-{n:05}.docx");
        std::fs::write(dir.join(&word), docx)?;
        let pdf = format!("{folder}/pdf-{n:05}.pdf");
        std::fs::write(dir.join(&pdf), synthetic_pdf(n, &sentence)?)?;
        for (file, kind) in [(&word, "policy"), (&pdf, "report")] {
            manifest.push_str(&format!(
                "- file: {file}\n  title: Synthetic office document {n}\n  evidences: [{}]\n  kind: {kind}\n  issued: 2025-06-01\n",
                r.id
            ));
        }
    }
    std::fs::write(dir.join("evidence.yaml"), manifest)
}

fn xml_escape(s: &str) -> String {
    s.replace('&', "&amp;").replace('<', "&lt;").replace('>', "&gt;")
}

/// A three-page PDF in Helvetica: a heading and the sentence on each page,
/// with filler lines, compressed as a word processor's are.
fn synthetic_pdf(n: usize, sentence: &str) -> io::Result<Vec<u8>> {
    use lopdf::content::{Content, Operation};
    use lopdf::{Document, Object, Stream, dictionary};
    let mut doc = Document::with_version("1.5");
    let pages_id = doc.new_object_id();
    let font = doc.add_object(dictionary! {
        "Type" => "Font", "Subtype" => "Type1", "BaseFont" => "Helvetica", "Encoding" => "WinAnsiEncoding",
    });
    let resources = doc.add_object(dictionary! { "Font" => dictionary! { "F1" => font } });
    let mut kids: Vec<Object> = Vec::new();
    let words: Vec<&str> = FILLER.split(' ').collect();
    for page in 0..3 {
        let mut ops = Vec::new();
        let mut line = |y: i64, size: i64, text: &str| {
            ops.push(Operation::new("BT", vec![]));
            ops.push(Operation::new("Tf", vec!["F1".into(), size.into()]));
            ops.push(Operation::new("Td", vec![72.into(), y.into()]));
            ops.push(Operation::new("Tj", vec![Object::string_literal(text.replace(['“', '”', '’'], "'"))]));
            ops.push(Operation::new("ET", vec![]));
        };
        line(780, 16, &format!("Synthetic PDF {n}, part {page}"));
        line(750, 11, sentence.get(..sentence.len().min(90)).unwrap_or(sentence));
        let mut y = 720;
        for chunk in words.chunks(12).cycle().take(40) {
            line(y, 11, &chunk.join(" "));
            y -= 14;
        }
        let content = Content { operations: ops }.encode().map_err(io::Error::other)?;
        let mut stream = Stream::new(dictionary! {}, content);
        stream.compress().map_err(io::Error::other)?;
        let content_id = doc.add_object(stream);
        let page = doc.add_object(dictionary! { "Type" => "Page", "Parent" => pages_id, "Contents" => content_id });
        kids.push(page.into());
    }
    doc.objects.insert(
        pages_id,
        Object::Dictionary(dictionary! {
            "Type" => "Pages", "Kids" => kids, "Count" => 3, "Resources" => resources,
            "MediaBox" => vec![0.into(), 0.into(), 595.into(), 842.into()],
        }),
    );
    let catalog = doc.add_object(dictionary! { "Type" => "Catalog", "Pages" => pages_id });
    doc.trailer.set("Root", catalog);
    let mut out = Vec::new();
    doc.save_to(&mut out)?;
    Ok(out)
}
