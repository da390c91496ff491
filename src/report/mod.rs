//! Rendering reports: JSON straight from the report model, Markdown and HTML
//! through minijinja templates kept in `reports/`, and the action plan alone
//! as CSV or an Excel workbook ([`actions`]).
//!
//! Templates are embedded in the binary; `--templates DIR` supplies a folder
//! whose files replace the built-in ones of the same name, so a user can
//! restyle one report without copying them all.

pub mod actions;
pub mod document;
pub mod markdown;
pub mod model;
pub mod word;

use minijinja::value::Kwargs;
use minijinja::{AutoEscape, Environment, UndefinedBehavior, Value};
use std::path::PathBuf;
use std::sync::Arc;

use crate::locale::{Messages, marks};

pub use model::{Report, SCHEMA_VERSION};

/// Output format.
#[derive(Debug, Clone, Copy, PartialEq, Eq)]
pub enum Format {
    Markdown,
    Html,
    Json,
    /// The action plan alone, as CSV for Excel in the UK (audit reports only).
    Csv,
    /// The action plan alone, as an Excel workbook (audit reports only).
    Xlsx,
    /// A Word document (`.docx`) of the report or document, to edit.
    Docx,
}

impl Format {
    /// Whether the format writes the action plan only, which only an audit
    /// has: CSV and XLSX.
    pub fn is_action_plan(self) -> bool {
        matches!(self, Format::Csv | Format::Xlsx)
    }

    /// Whether the format is a binary package, not text for a terminal.
    pub fn is_binary(self) -> bool {
        matches!(self, Format::Xlsx | Format::Docx)
    }
}

/// Which report to write.
#[derive(Debug, Clone, Copy, PartialEq, Eq)]
pub enum ReportKind {
    /// For a CIW inspector.
    Inspection,
    /// For a provider before a tender or an authority before inspection.
    SelfAssessment,
}

impl ReportKind {
    /// The message that names the report, as a Word document's header and
    /// title give it.
    pub fn title_id(self) -> &'static str {
        match self {
            ReportKind::Inspection => "title-inspection",
            ReportKind::SelfAssessment => "title-self-assessment",
        }
    }

    fn template_stem(self) -> &'static str {
        match self {
            ReportKind::Inspection => "inspection",
            ReportKind::SelfAssessment => "self-assessment",
        }
    }
}

/// Where templates come from.
#[derive(Debug, Clone, Default)]
pub enum Templates {
    #[default]
    Embedded,
    /// Files here replace built-in templates of the same name.
    Dir(PathBuf),
}

/// A report that could not be rendered: a template is missing or broken,
/// or the writer failed.
#[derive(Debug, thiserror::Error)]
pub enum RenderError {
    #[error("template error: {0:#}")]
    Template(#[from] minijinja::Error),
    #[error("cannot write JSON: {0}")]
    Json(#[from] serde_json::Error),
    /// The workbook writer refused (it names why).
    #[error("cannot write the workbook: {0}")]
    Workbook(String),
    /// A format this output cannot be written in: CSV and XLSX hold the
    /// action plan, which only an audit has, and an XLSX workbook is not text.
    #[error("{0}")]
    Unsupported(String),
    /// The writer's own error, as it gave it: never wrapped in a template or
    /// JSON error, so that the caller can say which file and why.
    #[error("cannot write the report: {}", crate::output::plain_cause(.0))]
    Io(#[source] std::io::Error),
}

/// Passes writes through to `inner` and keeps the first error it gives.
/// minijinja and serde_json turn a writer's error into their own ("I/O
/// error during rendering"); with this the original comes back out.
struct KeepIoError<'a> {
    inner: &'a mut dyn std::io::Write,
    error: Option<std::io::Error>,
}

impl<'a> KeepIoError<'a> {
    fn new(inner: &'a mut dyn std::io::Write) -> Self {
        KeepIoError { inner, error: None }
    }

    fn keep<T>(&mut self, result: std::io::Result<T>) -> std::io::Result<T> {
        result.map_err(|e| {
            // An interruption is retried by `write_all`, not a failure.
            if e.kind() == std::io::ErrorKind::Interrupted {
                return e;
            }
            let kind = e.kind();
            self.error.get_or_insert(e);
            std::io::Error::from(kind)
        })
    }

    /// `result`, with a writer's error as [`RenderError::Io`] however the
    /// renderer wrapped it.
    fn finish(self, result: Result<(), RenderError>) -> Result<(), RenderError> {
        match (result, self.error) {
            (Err(_), Some(e)) => Err(RenderError::Io(e)),
            (result, _) => result,
        }
    }
}

impl std::io::Write for KeepIoError<'_> {
    fn write(&mut self, buf: &[u8]) -> std::io::Result<usize> {
        let result = self.inner.write(buf);
        self.keep(result)
    }

    fn write_all(&mut self, buf: &[u8]) -> std::io::Result<()> {
        let result = self.inner.write_all(buf);
        self.keep(result)
    }

    fn flush(&mut self) -> std::io::Result<()> {
        let result = self.inner.flush();
        self.keep(result)
    }
}

fn embedded(name: &str) -> Option<String> {
    crate::assets::REPORTS.get_file(name).and_then(|f| f.contents_utf8()).map(str::to_string)
}

/// The minijinja environment for `templates`, its words from `messages`.
///
/// Templates say every fixed word through `t("message-id", name=value)`;
/// `lang_tag` is the document's language tag. Dates (`long_date`) and lists
/// (`and_list`) follow the language, and text marked as another language
/// ([`marks`]) comes out as a `span` with its `lang` (`plain` drops the
/// marks, for a page title or an attribute).
pub fn environment(templates: &Templates, messages: &Arc<Messages>) -> Environment<'static> {
    let mut env = Environment::new();
    env.set_undefined_behavior(UndefinedBehavior::Strict);
    env.set_syntax(
        minijinja::syntax::SyntaxConfig::builder()
            .trim_blocks(true)
            .lstrip_blocks(true)
            .keep_trailing_newline(true)
            .build()
            .expect("the default delimiters are valid"),
    );
    env.set_auto_escape_callback(|name| {
        if name.ends_with(".html") {
            AutoEscape::Html
        } else if name.ends_with(".md") {
            AutoEscape::Custom("markdown".into())
        } else {
            AutoEscape::None
        }
    });
    env.set_formatter(|out, state, value| match state.auto_escape() {
        AutoEscape::Custom(name) if name == "markdown" => {
            let text = if value.is_none() || value.is_undefined() { String::new() } else { value.to_string() };
            let text = if value.is_safe() { text } else { markdown::escape(&text) };
            out.write_str(&marks::to_spans(&text)).map_err(minijinja::Error::from)
        }
        AutoEscape::Html => {
            let value = visible_controls(&value_or_empty(value));
            let text = value.to_string();
            if !marks::any(&text) {
                return minijinja::escape_formatter(out, state, &value);
            }
            let text = if value.is_safe() { text } else { minijinja::HtmlEscape(&text).to_string() };
            out.write_str(&marks::to_spans(&text)).map_err(minijinja::Error::from)
        }
        _ => minijinja::escape_formatter(out, state, &visible_controls(&value_or_empty(value))),
    });
    env.add_global("lang_tag", messages.lang().tag());
    let m = messages.clone();
    env.add_function("t", move |state: &minijinja::State, id: String, kwargs: Kwargs| {
        message(&m, state.auto_escape(), &id, &kwargs)
    });
    let m = messages.clone();
    env.add_filter("long_date", move |value: String| long_date(&m, value));
    let m = messages.clone();
    env.add_filter("and_list", move |items: Vec<String>| m.and_list(&items));
    env.add_filter("plain", |value: Value| {
        // A message from `t()` is already escaped: it stays so.
        let text = value.to_string();
        let text = marks::strip(&text).into_owned();
        if value.is_safe() { Value::from_safe_string(text) } else { Value::from(text) }
    });
    env.add_filter("short_digest", short_digest);
    env.add_filter("css_string", css_string);
    let m = messages.clone();
    env.add_filter("dates_in_words", move |value: String| dates_in_words(&m, value));
    let dir = match templates {
        Templates::Embedded => None,
        Templates::Dir(d) => Some(d.clone()),
    };
    env.set_loader(move |name| {
        if let Some(dir) = &dir {
            // Only plain file names: a template cannot reach outside its folder.
            if !name.contains(['/', '\\']) && !name.starts_with('.') {
                match read_template(&dir.join(name)) {
                    Ok(Some(text)) => return Ok(Some(text)),
                    Ok(None) => {}
                    Err(why) => {
                        return Err(minijinja::Error::new(
                            minijinja::ErrorKind::InvalidOperation,
                            format!("cannot read template {}: {why}", crate::text::escape_control(name)),
                        ));
                    }
                }
            }
        }
        Ok(embedded(name))
    });
    env
}

/// The largest template file read from `--templates DIR`.
const TEMPLATE_BYTES: u64 = 1024 * 1024;

/// A template from the user's folder: `None` when there is none of that
/// name. Only a regular file (links followed: the folder is the user's own)
/// of at most `TEMPLATE_BYTES` is read, so a named pipe there cannot hang
/// the command.
fn read_template(path: &std::path::Path) -> Result<Option<String>, String> {
    let meta = match std::fs::metadata(path) {
        Ok(m) => m,
        Err(e) if e.kind() == std::io::ErrorKind::NotFound => return Ok(None),
        Err(e) => return Err(crate::output::plain_cause(&e)),
    };
    if !meta.is_file() {
        return Err("it is not a file".to_string());
    }
    if meta.len() > TEMPLATE_BYTES {
        return Err(format!("it is larger than {}", crate::limits::size_text(TEMPLATE_BYTES)));
    }
    let bytes = std::fs::read(path).map_err(|e| crate::output::plain_cause(&e))?;
    String::from_utf8(bytes).map(Some).map_err(|_| "it is not UTF-8 text".to_string())
}

/// `{{ t("findings-priority", count=3) }}`: the message `id` with the
/// keyword arguments as its variables (numbers stay numbers, so that the
/// message's plural rules apply). An id the messages lack is an error, so
/// a template typo fails the tests instead of printing `[id]`.
///
/// In an HTML or Markdown template the message comes back ready to print:
/// its own words as the message file has them (message files are as
/// trusted as templates, and escaping them would turn every apostrophe of
/// "children's" into `&#x27;`), each text argument escaped for the format
/// (a bundle's organisation name is data, as anywhere else).
fn message(messages: &Messages, escape: &AutoEscape, id: &str, kwargs: &Kwargs) -> Result<Value, minijinja::Error> {
    if !messages.has(id) {
        return Err(minijinja::Error::new(
            minijinja::ErrorKind::InvalidOperation,
            format!("no message `{id}` in the {} message files", messages.lang().code()),
        ));
    }
    let escaped = |value: &Value| -> String {
        let text = value.to_string();
        if value.is_safe() {
            return text;
        }
        match escape {
            AutoEscape::Html => minijinja::HtmlEscape(&visible_controls(value).to_string()).to_string(),
            AutoEscape::Custom(name) if name == "markdown" => markdown::escape(&text),
            _ => text,
        }
    };
    let mut args = fluent_bundle::FluentArgs::new();
    for name in kwargs.args() {
        let value: Value = kwargs.get(name)?;
        if let Ok(n) = i64::try_from(value.clone()) {
            args.set(name.to_string(), n);
        } else if let Ok(n) = f64::try_from(value.clone()) {
            args.set(name.to_string(), n);
        } else if value.is_none() || value.is_undefined() {
            args.set(name.to_string(), "");
        } else {
            args.set(name.to_string(), escaped(&value));
        }
    }
    let text = messages.format(id, Some(&args));
    Ok(match escape {
        AutoEscape::None => Value::from(text),
        _ => Value::from_safe_string(text),
    })
}

/// `{{ r.bundle.as_of|long_date }}` gives "31 March 2026" (or "31 Mawrth
/// 2026") for the ISO date the model carries; anything that is not an ISO
/// date passes unchanged, so a template cannot fail on a value it did not
/// expect.
fn long_date(messages: &Messages, value: String) -> String {
    value.parse::<crate::date::Date>().map_or(value, |d| messages.date(d))
}

/// How many hex digits of a SHA-256 digest a printed report shows: enough
/// to tell files apart by eye and to find one in the JSON, short enough
/// that an evidence index does not wrap a 64-digit column on every row.
pub const SHORT_DIGEST: usize = 12;

/// `{{ e.digest|short_digest }}` gives the first [`SHORT_DIGEST`] hex digits
/// of a digest; anything that is not a hex digest passes unchanged.
fn short_digest(value: String) -> String {
    if value.len() > SHORT_DIGEST && value.bytes().all(|b| b.is_ascii_hexdigit()) {
        value[..SHORT_DIGEST].to_string()
    } else {
        value
    }
}

/// `{{ text|css_string }}` gives `text` as a double-quoted CSS string, for
/// `content:` in an inline `<style>`. A quote, a backslash, `<`, `>`, a line
/// break and every control character are written as hex escapes, so nothing
/// in an organisation's name can end the string or the style sheet
/// (`</style>`) or act on a terminal; everything else stays as typed, so the
/// publication guard and a reader of the source see the same words.
fn css_string(value: String) -> Value {
    let mut out = String::with_capacity(value.len() + 2);
    out.push('"');
    for c in value.chars() {
        if matches!(c, '"' | '\\' | '<' | '>') || c.is_control() || crate::text::is_control(c) {
            // The space ends the escape, so a hex digit after it is text.
            out.push_str(&format!("\\{:x} ", u32::from(c)));
        } else {
            out.push(c);
        }
    }
    out.push('"');
    Value::from_safe_string(out)
}

/// `{{ gap|dates_in_words }}` writes each ISO date in a sentence the audit
/// composed ("due for review on 2025-11-30") in words ("30 November
/// 2025"), except inside a quotation (“...”), which keeps the words of the
/// document it quotes.
fn dates_in_words(messages: &Messages, value: String) -> String {
    let bytes = value.as_bytes();
    let mut out = String::with_capacity(value.len() + 16);
    let (mut quoted, mut start, mut i) = (0usize, 0usize, 0usize);
    while i < bytes.len() {
        if value[i..].starts_with('“') {
            quoted += 1;
        } else if value[i..].starts_with('”') {
            quoted = quoted.saturating_sub(1);
        } else if quoted == 0
            && i + 10 <= bytes.len()
            && is_iso_date_at(bytes, i)
            && let Ok(date) = value[i..i + 10].parse::<crate::date::Date>()
        {
            out.push_str(&value[start..i]);
            out.push_str(&messages.date(date));
            i += 10;
            start = i;
            continue;
        }
        i += value[i..].chars().next().map_or(1, char::len_utf8);
    }
    out.push_str(&value[start..]);
    out
}

/// Whether `bytes[i..i + 10]` reads `YYYY-MM-DD` and stands alone (no digit,
/// letter or hyphen joined to either end, as in a file name or a version).
fn is_iso_date_at(bytes: &[u8], i: usize) -> bool {
    let d = |k: usize| bytes[i + k].is_ascii_digit();
    let joined = |b: u8| b.is_ascii_alphanumeric() || matches!(b, b'-' | b'_' | b'/' | b'.');
    (0..4).all(d)
        && bytes[i + 4] == b'-'
        && d(5)
        && d(6)
        && bytes[i + 7] == b'-'
        && d(8)
        && d(9)
        && (i == 0 || !joined(bytes[i - 1]))
        && bytes.get(i + 10).is_none_or(|&b| !(b.is_ascii_alphanumeric() || matches!(b, b'-' | b'_' | b'/')))
        // "2025-11-30.md" is a file name; "2025-11-30." ends a sentence.
        && !(bytes.get(i + 10) == Some(&b'.') && bytes.get(i + 11).is_some_and(u8::is_ascii_alphanumeric))
}

/// A string with its control characters (other than line breaks and
/// tabs, which HTML treats as spaces) shown as escapes, so that a title
/// holding an escape sequence cannot act on a terminal the report is
/// printed to.
fn visible_controls(value: &Value) -> Value {
    match value.as_str() {
        Some(s)
            if crate::text::has_control(s)
                && s.chars().any(|c| crate::text::is_control(c) && !matches!(c, '\n' | '\r' | '\t')) =>
        {
            let mut out = String::with_capacity(s.len() + 8);
            for c in s.chars() {
                if crate::text::is_control(c) && !matches!(c, '\n' | '\r' | '\t') {
                    crate::text::push_visible_control(&mut out, c);
                } else {
                    out.push(c);
                }
            }
            Value::from(out)
        }
        _ => value.clone(),
    }
}

/// JSON as `serde_json` pretty-prints it, except that the characters
/// `serde_json` leaves raw and a terminal may act on (DEL, C1 controls,
/// bidirectional overrides, line and paragraph separators) are written as
/// `\uXXXX` escapes: the same string to any JSON reader, inert on a screen.
fn write_json(out: &mut dyn std::io::Write, value: &impl serde::Serialize) -> Result<(), RenderError> {
    struct Inert(serde_json::ser::PrettyFormatter<'static>);
    impl serde_json::ser::Formatter for Inert {
        fn write_string_fragment<W: ?Sized + std::io::Write>(
            &mut self,
            writer: &mut W,
            fragment: &str,
        ) -> std::io::Result<()> {
            // JSON has no way to say a phrase is in another language: the
            // marks ([`marks`]) are dropped.
            let fragment = &*marks::strip(fragment);
            if !crate::text::has_control(fragment) {
                return writer.write_all(fragment.as_bytes());
            }
            let mut start = 0;
            for (i, c) in fragment.char_indices() {
                if crate::text::is_control(c) {
                    writer.write_all(&fragment.as_bytes()[start..i])?;
                    write!(writer, "\\u{:04x}", u32::from(c))?;
                    start = i + c.len_utf8();
                }
            }
            writer.write_all(&fragment.as_bytes()[start..])
        }
        fn begin_array<W: ?Sized + std::io::Write>(&mut self, w: &mut W) -> std::io::Result<()> {
            self.0.begin_array(w)
        }
        fn end_array<W: ?Sized + std::io::Write>(&mut self, w: &mut W) -> std::io::Result<()> {
            self.0.end_array(w)
        }
        fn begin_array_value<W: ?Sized + std::io::Write>(&mut self, w: &mut W, first: bool) -> std::io::Result<()> {
            self.0.begin_array_value(w, first)
        }
        fn end_array_value<W: ?Sized + std::io::Write>(&mut self, w: &mut W) -> std::io::Result<()> {
            self.0.end_array_value(w)
        }
        fn begin_object<W: ?Sized + std::io::Write>(&mut self, w: &mut W) -> std::io::Result<()> {
            self.0.begin_object(w)
        }
        fn end_object<W: ?Sized + std::io::Write>(&mut self, w: &mut W) -> std::io::Result<()> {
            self.0.end_object(w)
        }
        fn begin_object_key<W: ?Sized + std::io::Write>(&mut self, w: &mut W, first: bool) -> std::io::Result<()> {
            self.0.begin_object_key(w, first)
        }
        fn begin_object_value<W: ?Sized + std::io::Write>(&mut self, w: &mut W) -> std::io::Result<()> {
            self.0.begin_object_value(w)
        }
        fn end_object_value<W: ?Sized + std::io::Write>(&mut self, w: &mut W) -> std::io::Result<()> {
            self.0.end_object_value(w)
        }
    }
    // serde_json writes a few bytes at a time: buffer them here, where the
    // writer's type is known, rather than through every layer below.
    let mut buffered = std::io::BufWriter::with_capacity(64 * 1024, &mut *out);
    let mut ser = serde_json::Serializer::with_formatter(&mut buffered, Inert(serde_json::ser::PrettyFormatter::new()));
    value.serialize(&mut ser)?;
    std::io::Write::write_all(&mut buffered, b"\n")
        .and_then(|()| std::io::Write::flush(&mut buffered))
        .map_err(RenderError::Io)
}

/// `none` renders as nothing rather than the word "none".
fn value_or_empty(value: &Value) -> Value {
    if value.is_none() { Value::from("") } else { value.clone() }
}

/// Renders `report` as `kind` in `format` into a string, its words from
/// `messages` (which should be the language the model was built in).
/// An XLSX workbook is not text: use [`render_to`] for it.
pub fn render(
    report: &Report,
    kind: ReportKind,
    format: Format,
    templates: &Templates,
    messages: &Arc<Messages>,
) -> Result<String, RenderError> {
    if format.is_binary() {
        return Err(RenderError::Unsupported(
            "an XLSX workbook or a Word document is not text; render it into a file with render_to".to_string(),
        ));
    }
    let mut out = Vec::new();
    render_to(report.clone(), kind, format, templates, messages, &mut out)?;
    Ok(String::from_utf8(out).expect("templates, CSV and the report model are UTF-8"))
}

/// Renders `report` as `kind` in `format` straight into `out`, so that a
/// large report is never held in memory whole. It takes the model by value
/// so that the model can be freed once the template context is built.
pub fn render_to(
    report: Report,
    kind: ReportKind,
    format: Format,
    templates: &Templates,
    messages: &Arc<Messages>,
    out: &mut dyn std::io::Write,
) -> Result<(), RenderError> {
    let mut out = KeepIoError::new(out);
    let result = render_report(report, kind, format, templates, messages, &mut out);
    out.finish(result)
}

fn render_report(
    report: Report,
    kind: ReportKind,
    format: Format,
    templates: &Templates,
    messages: &Arc<Messages>,
    out: &mut dyn std::io::Write,
) -> Result<(), RenderError> {
    let ext = match format {
        Format::Json => {
            return write_json(out, &report);
        }
        // The action plan is the same whichever report was asked for.
        Format::Csv => return actions::write_csv(&report.action_plan, messages, out),
        Format::Xlsx => {
            return actions::write_xlsx(
                &report.action_plan,
                &report.bundle.organisation,
                report.bundle.as_of,
                messages,
                out,
            );
        }
        Format::Markdown | Format::Docx => "md",
        Format::Html => "html",
    };
    let env = environment(templates, messages);
    let template = env.get_template(&format!("{}.{ext}", kind.template_stem()))?;
    if format == Format::Docx {
        // Word is written from the Markdown report, so the two always say the same.
        let (organisation, as_of) = (report.bundle.organisation.clone(), report.bundle.as_of.to_string());
        let report = report.for_reading();
        let markdown = template.render(minijinja::value::Serde(&report))?;
        let title = messages.get(kind.title_id());
        let meta =
            word::WordMeta { title: &title, organisation: &organisation, as_of: &as_of, internal: false, messages };
        return word::write_docx(&markdown, &meta, out);
    }
    let report = report.for_reading();
    let context = Value::from(minijinja::value::Serde(&report));
    drop(report);
    template.render_captured_to(context, &mut *out)?;
    Ok(())
}

/// Renders a document written as a Markdown template (`{stem}.md`): as
/// Markdown, or as HTML by converting that Markdown inside the
/// `_document.html` shell, so that both formats always say the same. JSON
/// is `context` itself. `title_id` is the message that names the document.
#[allow(clippy::too_many_arguments)]
pub fn render_document(
    stem: &str,
    title_id: &str,
    internal: bool,
    context: &impl serde::Serialize,
    format: Format,
    templates: &Templates,
    messages: &Arc<Messages>,
    out: &mut dyn std::io::Write,
) -> Result<(), RenderError> {
    let mut out = KeepIoError::new(out);
    let title = messages.get(title_id);
    let result = render_document_in(stem, &title, internal, context, format, templates, messages, &mut out);
    out.finish(result)
}

#[allow(clippy::too_many_arguments)]
fn render_document_in(
    stem: &str,
    title: &str,
    internal: bool,
    context: &impl serde::Serialize,
    format: Format,
    templates: &Templates,
    messages: &Arc<Messages>,
    out: &mut dyn std::io::Write,
) -> Result<(), RenderError> {
    if format.is_action_plan() {
        return Err(RenderError::Unsupported(format!(
            "{title} is written as md, html or json; csv and xlsx hold the action plan of `ivaudit audit`"
        )));
    }
    if format == Format::Json {
        return write_json(out, context);
    }
    let env = environment(templates, messages);
    let data = Value::from(minijinja::value::Serde(context));
    let markdown = env.get_template(&format!("{stem}.md"))?.render(data.clone())?;
    if format == Format::Markdown {
        return out.write_all(markdown.as_bytes()).map_err(RenderError::Io);
    }
    let field = |name: &str| data.get_attr(name).ok().filter(|v| !v.is_undefined() && !v.is_none());
    if format == Format::Docx {
        let text = |v: Option<Value>| v.and_then(|v| v.as_str().map(str::to_string)).unwrap_or_default();
        let organisation = text(field("authority").or_else(|| field("organisation")));
        let as_of = text(field("as_of"));
        let meta = word::WordMeta { title, organisation: &organisation, as_of: &as_of, internal, messages };
        return word::write_docx(&markdown, &meta, out);
    }
    let body = document::to_html(&markdown, &document::caption_prefix_of(messages));
    let shell = env.get_template("_document.html")?;
    // The running header of every printed page names whom the document
    // is for and its date: the authority of a commissioning document, the
    // organisation of the eligibility report.
    let ctx = minijinja::context! {
        title => title,
        organisation => field("authority").or_else(|| field("organisation")).unwrap_or_else(|| Value::from("")),
        as_of => field("as_of").unwrap_or_else(|| Value::from("")),
        internal => internal,
        generator => format!("ivaudit {}", env!("CARGO_PKG_VERSION")),
        body => Value::from_safe_string(body),
    };
    shell.render_captured_to(ctx, &mut *out)?;
    Ok(())
}

impl RenderError {
    /// Whether the error is only the reader going away (`ivaudit audit x |
    /// head`), which is not a failure.
    pub fn is_broken_pipe(&self) -> bool {
        let mut source: Option<&(dyn std::error::Error + 'static)> = Some(self);
        while let Some(err) = source {
            if let Some(io) = err.downcast_ref::<std::io::Error>() {
                return io.kind() == std::io::ErrorKind::BrokenPipe;
            }
            source = err.source();
        }
        false
    }
}

#[cfg(test)]
mod tests {
    use super::{css_string, dates_in_words, short_digest};
    use crate::locale::Messages;

    #[test]
    fn a_digest_is_shortened_to_twelve_digits() {
        let digest = "0123456789abcdef".repeat(4);
        assert_eq!(short_digest(digest), "0123456789ab");
        assert_eq!(short_digest("not a digest at all".into()), "not a digest at all");
        assert_eq!(short_digest("abc".into()), "abc");
    }

    #[test]
    fn a_css_string_cannot_end_itself_or_the_style_sheet() {
        let css = css_string("Ysgol \"Bro\" </style><script>x</script>\n\\ \u{1b}[2J".into());
        let css = css.as_str().unwrap();
        assert!(css.starts_with('"') && css.ends_with('"'));
        let inner = &css[1..css.len() - 1];
        assert!(!inner.contains(['"', '<', '>', '\n', '\u{1b}']), "{css}");
        assert!(!inner.contains("</"), "{css}");
        assert_eq!(
            inner.matches('\\').count(),
            11,
            "two quotes, six angle brackets, a break, a backslash, an escape: {css}"
        );
        // Welsh letters and ordinary punctuation stay as typed.
        assert_eq!(
            css_string("Cyngor Sir Ynys Môn & HX_0103".into()).as_str().unwrap(),
            "\"Cyngor Sir Ynys Môn & HX_0103\""
        );
        assert_eq!(
            css_string("Bro Hafren County Council: Inspection report".into()).as_str().unwrap(),
            "\"Bro Hafren County Council: Inspection report\""
        );
        // Each escape ends with a space, so a following hex digit is text.
        assert_eq!(css_string("a\"b".into()).as_str().unwrap(), "\"a\\22 b\"");
    }

    #[test]
    fn dates_in_a_composed_sentence_are_written_in_words() {
        assert_eq!(
            dates_in_words(&Messages::english(), "Policy (policies/p.md) was due for review on 2025-11-30.".into()),
            "Policy (policies/p.md) was due for review on 30 November 2025."
        );
        assert_eq!(
            dates_in_words(&Messages::english(), "referred before 2025-12-31; above".into()),
            "referred before 31 December 2025; above"
        );
    }

    #[test]
    fn dates_in_quotations_file_names_and_codes_are_left_as_written() {
        for s in [
            "line 4: “reviewed on 2025-11-30 by the board”",
            "minutes/panel-2025-09-17.md",
            "2025-09-17.md",
            "version 2025-09-17b",
            "2025-13-45 is no date",
        ] {
            assert_eq!(dates_in_words(&Messages::english(), s.into()), s);
        }
        assert_eq!(
            dates_in_words(&Messages::english(), "on 2026-01-05, “the 2026-01-05 meeting”, then 2026-02-01".into()),
            "on 5 January 2026, “the 2026-01-05 meeting”, then 1 February 2026"
        );
    }
}
