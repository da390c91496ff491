//! The language a report or document is written in: English or Welsh.
//!
//! Every fixed word and sentence of the outputs lives in Project Fluent
//! message files (`locales/<lang>/*.ftl`), one file per part of the tool,
//! embedded in the binary. Fluent is the established way to do this in
//! Rust: its messages carry their own plural rules (Welsh has six plural
//! categories, English two), so a translator, not the code, decides how
//! "3 priority actions" is said. `--messages DIR` reads `DIR/<lang>/*.ftl`
//! and lets each message there replace the built-in one of the same id, so
//! a council can change one term without copying every file.
//!
//! Text that is not in the document's language (the standards' English
//! wording in a Welsh report, a Welsh evidence title in an English one) is
//! wrapped in [`marks`] so that every renderer can say which language it is
//! in: `lang` in HTML, `w:lang` in Word.

pub mod marks;

use std::path::Path;
use std::sync::{Arc, OnceLock};

use fluent_bundle::concurrent::FluentBundle;
use fluent_bundle::{FluentArgs, FluentResource, FluentValue};

use crate::date::Date;

/// A language ivaudit writes.
#[derive(Debug, Clone, Copy, PartialEq, Eq, PartialOrd, Ord, Hash, Default, serde::Serialize)]
#[serde(rename_all = "lowercase")]
pub enum Lang {
    #[default]
    En,
    Cy,
}

impl Lang {
    pub const ALL: [Lang; 2] = [Lang::En, Lang::Cy];

    /// The code of `--lang` and of the message folder: `en`, `cy`.
    pub fn code(self) -> &'static str {
        match self {
            Lang::En => "en",
            Lang::Cy => "cy",
        }
    }

    /// The BCP 47 tag a document is marked with (`lang` in HTML, `w:lang`
    /// in Word): British English, Welsh.
    pub fn tag(self) -> &'static str {
        match self {
            Lang::En => "en-GB",
            Lang::Cy => "cy",
        }
    }

    /// The tag Word wants on a run (`cy-GB`: Word knows Welsh by region).
    pub fn word_tag(self) -> &'static str {
        match self {
            Lang::En => "en-GB",
            Lang::Cy => "cy-GB",
        }
    }

    /// The language a front matter or manifest `lang` field names: `en`,
    /// `cy`, or a regional tag of either (`en-GB`, `cy-GB`).
    pub fn parse(value: &str) -> Option<Lang> {
        let primary = value.trim().split(['-', '_']).next().unwrap_or_default().to_ascii_lowercase();
        match primary.as_str() {
            "en" | "eng" | "english" => Some(Lang::En),
            "cy" | "cym" | "wel" | "welsh" | "cymraeg" => Some(Lang::Cy),
            _ => None,
        }
    }
}

impl std::str::FromStr for Lang {
    type Err = String;
    fn from_str(s: &str) -> Result<Self, Self::Err> {
        Lang::parse(s).ok_or_else(|| format!("`{s}` is not a language ivaudit writes (en or cy)"))
    }
}

/// A message file could not be used: named with its line, as a user who
/// edits one needs to find the mistake.
#[derive(Debug, Clone, PartialEq, Eq, thiserror::Error)]
pub enum LocaleError {
    #[error("{file}: cannot read it: {why}")]
    Read { file: String, why: String },
    #[error("{file}, line {line}: {why}")]
    Syntax { file: String, line: usize, why: String },
    #[error("{file}, line {line}: `{id}` is not a message ivaudit uses (check its spelling against locales/{lang}/)")]
    Unknown { file: String, line: usize, id: String, lang: &'static str },
}

/// The messages of one language, ready to format.
pub struct Messages {
    lang: Lang,
    bundle: FluentBundle<FluentResource>,
}

impl std::fmt::Debug for Messages {
    fn fmt(&self, f: &mut std::fmt::Formatter<'_>) -> std::fmt::Result {
        f.debug_struct("Messages").field("lang", &self.lang).finish_non_exhaustive()
    }
}

/// The largest message file read from `--messages DIR`.
const MESSAGE_FILE_BYTES: u64 = 1024 * 1024;

/// The built-in message files of `lang`, as (file name, text), in name order.
pub fn builtin_files(lang: Lang) -> Vec<(String, &'static str)> {
    let mut files: Vec<(String, &'static str)> = crate::assets::LOCALES
        .get_dir(lang.code())
        .map(|dir| {
            dir.files()
                .filter(|f| f.path().extension().is_some_and(|e| e == "ftl"))
                .filter_map(|f| Some((f.path().file_name()?.to_string_lossy().into_owned(), f.contents_utf8()?)))
                .collect()
        })
        .unwrap_or_default();
    files.sort();
    files
}

fn parse(file: &str, text: &str) -> Result<FluentResource, LocaleError> {
    FluentResource::try_new(text.to_string()).map_err(|(_, errors)| {
        let first = &errors[0];
        LocaleError::Syntax {
            file: file.to_string(),
            line: line_at(text, first.pos.start),
            why: format!("{}", first.kind),
        }
    })
}

fn line_at(text: &str, byte: usize) -> usize {
    text.as_bytes()[..byte.min(text.len())].iter().filter(|&&b| b == b'\n').count() + 1
}

/// The ids of the messages (not terms) a file defines, with their lines.
fn message_ids(text: &str) -> Vec<(String, usize)> {
    let Ok(resource) = fluent_syntax::parser::parse(text) else { return Vec::new() };
    resource
        .body
        .iter()
        .filter_map(|entry| match entry {
            fluent_syntax::ast::Entry::Message(m) => Some(m.id.name),
            _ => None,
        })
        .map(|id| {
            let line = text
                .lines()
                .position(|l| l.strip_prefix(id).is_some_and(|rest| rest.trim_start().starts_with('=')))
                .map_or(1, |i| i + 1);
            (id.to_string(), line)
        })
        .collect()
}

impl Messages {
    /// The built-in messages of `lang`, with `overrides` (a folder of
    /// `<lang>/*.ftl` files) laid over them.
    pub fn load(lang: Lang, overrides: Option<&Path>) -> Result<Messages, LocaleError> {
        let langid: unic_langid::LanguageIdentifier = lang.code().parse().expect("en and cy are language tags");
        let mut bundle = FluentBundle::new_concurrent(vec![langid]);
        // Isolation marks (U+2068, U+2069) around every value would reach
        // the reports as invisible characters; ivaudit marks direction and
        // language itself.
        bundle.set_use_isolating(false);
        bundle.set_formatter(Some(format_number));
        for (name, text) in builtin_files(lang) {
            let resource = parse(&format!("locales/{}/{name}", lang.code()), text)?;
            bundle.add_resource(resource).map_err(|errors| LocaleError::Syntax {
                file: format!("locales/{}/{name}", lang.code()),
                line: 1,
                why: format!("{:?}", errors[0]),
            })?;
        }
        if let Some(dir) = overrides {
            // A mistyped folder must not pass for "no override": the user
            // would publish the built-in wording believing it was theirs.
            if !dir.is_dir() {
                return Err(LocaleError::Read {
                    file: crate::text::escape_control(&dir.display().to_string()).into_owned(),
                    why: "it is not a folder".into(),
                });
            }
            for (file, text) in read_overrides(&dir.join(lang.code()))? {
                let resource = parse(&file, &text)?;
                for (id, line) in message_ids(&text) {
                    if !bundle.has_message(&id) {
                        return Err(LocaleError::Unknown { file, line, id, lang: lang.code() });
                    }
                }
                bundle.add_resource_overriding(resource);
            }
        }
        Ok(Messages { lang, bundle })
    }

    /// The built-in messages of `lang`, loaded once.
    pub fn builtin(lang: Lang) -> Arc<Messages> {
        static EN: OnceLock<Arc<Messages>> = OnceLock::new();
        static CY: OnceLock<Arc<Messages>> = OnceLock::new();
        let cell = match lang {
            Lang::En => &EN,
            Lang::Cy => &CY,
        };
        cell.get_or_init(|| Arc::new(Messages::load(lang, None).expect("the built-in message files parse (tested)")))
            .clone()
    }

    /// The built-in English messages: what a library caller that names no
    /// language gets.
    pub fn english() -> Arc<Messages> {
        Messages::builtin(Lang::En)
    }

    pub fn lang(&self) -> Lang {
        self.lang
    }

    /// Whether a message of this id exists.
    pub fn has(&self, id: &str) -> bool {
        self.bundle.has_message(id)
    }

    /// The message `id` with no arguments.
    pub fn get(&self, id: &str) -> String {
        self.format(id, None)
    }

    /// The message `id` with `args`. A missing id is a bug the message
    /// tests catch; at run time it shows as `[id]` rather than stopping a
    /// report.
    pub fn format(&self, id: &str, args: Option<&FluentArgs>) -> String {
        let Some(pattern) = self.bundle.get_message(id).and_then(|m| m.value()) else {
            return format!("[{id}]");
        };
        let mut errors = Vec::new();
        self.bundle.format_pattern(pattern, args, &mut errors).into_owned()
    }

    /// "31 March 2026", "31 Mawrth 2026".
    pub fn date(&self, date: Date) -> String {
        let mut args = FluentArgs::new();
        args.set("day", date.day());
        args.set("month", self.get(&format!("month-{}", date.month())));
        args.set("year", date.year().to_string());
        self.format("date-long", Some(&args))
    }

    /// "a, b and c" in English; "a, b a c" in Welsh, where "and" is "ac"
    /// before a vowel ("a, b ac ein").
    pub fn and_list(&self, items: &[String]) -> String {
        match items {
            [] => String::new(),
            [one] => one.clone(),
            [init @ .., last] => {
                let and = match self.lang {
                    Lang::En => "and",
                    Lang::Cy => {
                        let first = marks::strip(last).chars().next().unwrap_or(' ').to_ascii_lowercase();
                        if "aeiouwy".contains(first) { "ac" } else { "a" }
                    }
                };
                format!("{} {and} {last}", init.join(", "))
            }
        }
    }

    /// `text`, which is in `text_lang`, marked as such when that is not
    /// this language.
    pub fn foreign(&self, text: &str, text_lang: Lang) -> String {
        if text_lang == self.lang { text.to_string() } else { marks::wrap(text, text_lang) }
    }

    /// The catalog's text of an item in this language: the Welsh text
    /// where the catalog gives one and this is Welsh, otherwise the English,
    /// marked as English in a Welsh document.
    pub fn pick(&self, english: &str, welsh: Option<&str>) -> String {
        match (self.lang, welsh) {
            (Lang::Cy, Some(cy)) if !cy.trim().is_empty() => cy.to_string(),
            _ => self.foreign(english, Lang::En),
        }
    }
}

/// Numbers in messages as the reports write them: whole numbers grouped
/// by thousands ("12,345"), the same in English and Welsh.
fn format_number<M>(value: &FluentValue, _: &M) -> Option<String> {
    match value {
        FluentValue::Number(n)
            if n.value.fract() == 0.0 && n.value.abs() < 1e15 && n.options.minimum_fraction_digits.is_none() =>
        {
            let v = n.value as i64;
            let grouped = crate::assess::indicators::thousands(v.unsigned_abs());
            Some(if v < 0 { format!("-{grouped}") } else { grouped })
        }
        _ => None,
    }
}

/// The `.ftl` files of an override folder, in name order. A missing folder
/// is no override; only regular files of at most [`MESSAGE_FILE_BYTES`].
fn read_overrides(dir: &Path) -> Result<Vec<(String, String)>, LocaleError> {
    let entries = match std::fs::read_dir(dir) {
        Ok(e) => e,
        Err(e) if e.kind() == std::io::ErrorKind::NotFound => return Ok(Vec::new()),
        Err(e) => {
            return Err(LocaleError::Read { file: dir.display().to_string(), why: crate::output::plain_cause(&e) });
        }
    };
    let mut paths: Vec<_> = entries
        .filter_map(Result::ok)
        .map(|e| e.path())
        .filter(|p| p.extension().is_some_and(|e| e == "ftl"))
        .collect();
    paths.sort();
    let mut files = Vec::new();
    for path in paths {
        let file = crate::text::escape_control(&path.display().to_string()).into_owned();
        let read = |why: String| LocaleError::Read { file: file.clone(), why };
        let meta = std::fs::metadata(&path).map_err(|e| read(crate::output::plain_cause(&e)))?;
        if !meta.is_file() {
            return Err(read("it is not a file".into()));
        }
        if meta.len() > MESSAGE_FILE_BYTES {
            return Err(read(format!("it is larger than {}", crate::limits::size_text(MESSAGE_FILE_BYTES))));
        }
        let bytes = std::fs::read(&path).map_err(|e| read(crate::output::plain_cause(&e)))?;
        let text = String::from_utf8(bytes).map_err(|_| read("it is not UTF-8 text".into()))?;
        files.push((file, text));
    }
    Ok(files)
}

/// `msg!(messages, "id")` or `msg!(messages, "id", name = value, ...)`:
/// a formatted message. Values are anything Fluent takes: strings, numbers.
#[macro_export]
macro_rules! msg {
    ($m:expr, $id:expr) => {
        $m.get($id)
    };
    ($m:expr, $id:expr, $($name:ident = $value:expr),+ $(,)?) => {{
        let mut args = ::fluent_bundle::FluentArgs::new();
        $( args.set(stringify!($name), $value); )+
        $m.format($id, Some(&args))
    }};
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn dates_read_as_each_language_writes_them() {
        let d: Date = "2026-03-31".parse().unwrap();
        assert_eq!(Messages::builtin(Lang::En).date(d), "31 March 2026");
        assert_eq!(Messages::builtin(Lang::Cy).date(d), "31 Mawrth 2026");
        let d: Date = "2025-02-01".parse().unwrap();
        assert_eq!(Messages::builtin(Lang::Cy).date(d), "1 Chwefror 2025");
        // As UK readers write dates: no leading zero, the month in words.
        let en = Messages::english();
        assert_eq!(en.date("2025-01-01".parse().unwrap()), "1 January 2025");
        assert_eq!(en.date("2024-12-09".parse().unwrap()), "9 December 2024");
    }

    #[test]
    fn welsh_and_becomes_ac_before_a_vowel() {
        let cy = Messages::builtin(Lang::Cy);
        let items = |v: &[&str]| v.iter().map(|s| s.to_string()).collect::<Vec<_>>();
        assert_eq!(cy.and_list(&items(&["polisi", "cofrestr"])), "polisi a cofrestr");
        assert_eq!(cy.and_list(&items(&["polisi", "cofrestr", "adroddiad"])), "polisi, cofrestr ac adroddiad");
        assert_eq!(Messages::english().and_list(&items(&["a", "b", "c"])), "a, b and c");
    }

    #[test]
    fn english_in_a_welsh_document_is_marked_and_welsh_text_is_preferred() {
        let cy = Messages::builtin(Lang::Cy);
        assert_eq!(marks::strip(&cy.pick("Recruitment", None)), "Recruitment");
        assert_ne!(cy.pick("Recruitment", None), "Recruitment", "marked as English");
        assert_eq!(cy.pick("Recruitment", Some("Recriwtio")), "Recriwtio");
        assert_eq!(Messages::english().pick("Recruitment", Some("Recriwtio")), "Recruitment");
    }

    #[test]
    fn numbers_in_messages_are_grouped_by_thousands() {
        let en = Messages::english();
        assert_eq!(msg!(en, "count-children", count = 12345), "12,345 children");
        assert_eq!(msg!(en, "count-children", count = 1), "1 child");
    }

    #[test]
    fn a_language_is_named_by_code_or_regional_tag() {
        assert_eq!(Lang::parse("cy-GB"), Some(Lang::Cy));
        assert_eq!(Lang::parse("EN"), Some(Lang::En));
        assert_eq!(Lang::parse("fr"), None);
    }
}
