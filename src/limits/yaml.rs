//! Measuring YAML before it is parsed: one pass that mirrors libyaml's
//! tokenizer wherever it decides what is text and what is structure, and
//! keeps only what decides nesting and aliases.

use super::LimitError;

/// One level of block nesting, as libyaml's indentation stack holds it.
#[derive(Debug, Clone, Copy)]
struct Level {
    column: usize,
    mapping: bool,
    /// A sequence written at the mapping's own column (`key:\n- a`), which
    /// libyaml reads without a level of indentation of its own.
    indentless: bool,
}

/// One open flow collection.
#[derive(Debug, Clone, Copy)]
struct Flow {
    sequence: bool,
    /// A `key: value` pair written straight into a flow sequence
    /// (`[a: b]`), which the parser reads as a mapping one level deeper.
    pair: bool,
    /// The token that may turn out to be a key at this level.
    key: Option<Key>,
}

/// A token that may turn out to be a key, once a `:` follows on the same
/// line within 1024 bytes (libyaml's "simple key").
#[derive(Debug, Clone, Copy)]
struct Key {
    column: usize,
    line: usize,
    pos: usize,
    /// The deepest nesting reached since the key started (`[a, [b]]: c`):
    /// when the key opens a mapping, all of it ends up one level deeper.
    inner: usize,
}

/// A mirror of libyaml's scanner that keeps only what decides nesting.
pub(super) struct Scanner<'a> {
    s: &'a [u8],
    pos: usize,
    /// Characters since the last line break, as libyaml counts columns.
    column: usize,
    /// Line breaks passed, as libyaml counts them (any of its five breaks).
    breaks: usize,
    /// The 1-based line as editors number it (by `\n`), for diagnostics.
    line: usize,
    levels: Vec<Level>,
    indentless: usize,
    flows: Vec<Flow>,
    pairs: usize,
    /// The token outside any flow collection that may turn out to be a
    /// block mapping's key.
    key: Option<Key>,
    simple_key_allowed: bool,
    max_depth: usize,
    deepest: usize,
}

impl<'a> Scanner<'a> {
    pub(super) fn new(s: &'a [u8], max_depth: usize) -> Scanner<'a> {
        // libyaml refuses a NUL byte where it meets one, so nothing after
        // it is ever parsed; cutting the text there keeps every loop below
        // honest about where the input ends.
        let s = &s[..s.iter().position(|&b| b == 0).unwrap_or(s.len())];
        Scanner {
            s,
            pos: 0,
            column: 0,
            breaks: 0,
            line: 1,
            levels: Vec::new(),
            indentless: 0,
            flows: Vec::new(),
            pairs: 0,
            key: None,
            simple_key_allowed: true,
            max_depth,
            deepest: 0,
        }
    }

    fn at(&self, offset: usize) -> u8 {
        self.s.get(self.pos + offset).copied().unwrap_or(0)
    }

    fn eof(&self) -> bool {
        self.pos >= self.s.len()
    }

    /// The length of the line break at `offset`, or 0: `\r\n`, `\r`, `\n`,
    /// and U+0085, U+2028 and U+2029, which libyaml also reads as breaks.
    fn break_len(&self, offset: usize) -> usize {
        match (self.at(offset), self.at(offset + 1), self.at(offset + 2)) {
            (b'\r', b'\n', _) => 2,
            (b'\r' | b'\n', _, _) => 1,
            (0xC2, 0x85, _) => 2,
            (0xE2, 0x80, 0xA8 | 0xA9) => 3,
            _ => 0,
        }
    }

    fn is_break(&self, offset: usize) -> bool {
        self.break_len(offset) > 0
    }

    fn is_blank(&self, offset: usize) -> bool {
        matches!(self.at(offset), b' ' | b'\t')
    }

    /// Blank, a line break, or the end (libyaml's `IS_BLANKZ`).
    fn is_blankz(&self, offset: usize) -> bool {
        self.is_blank(offset) || self.is_break(offset) || self.at(offset) == 0
    }

    fn is_breakz(&self, offset: usize) -> bool {
        self.is_break(offset) || self.at(offset) == 0
    }

    /// Moves past one character.
    fn skip(&mut self) {
        let width = match self.at(0) {
            b if b < 0x80 => 1,
            b if b >= 0xF0 => 4,
            b if b >= 0xE0 => 3,
            _ => 2,
        };
        self.pos = (self.pos + width).min(self.s.len());
        self.column += 1;
    }

    /// Moves past one line break.
    fn skip_break(&mut self) {
        let len = self.break_len(0);
        if self.s[self.pos..self.pos + len].contains(&b'\n') {
            self.line += 1;
        }
        self.pos += len;
        self.column = 0;
        self.breaks += 1;
    }

    fn flow(&self) -> usize {
        self.flows.len()
    }

    fn indent(&self) -> isize {
        self.levels.last().map_or(-1, |l| l.column as isize)
    }

    fn depth(&self) -> usize {
        self.levels.len() + self.indentless + self.flows.len() + self.pairs
    }

    /// Notes a nesting `depth` reached, refusing it above the bound.
    fn reach(&mut self, depth: usize) -> Result<(), LimitError> {
        self.deepest = self.deepest.max(depth);
        for key in self.key.iter_mut().chain(self.flows.iter_mut().filter_map(|f| f.key.as_mut())) {
            key.inner = key.inner.max(depth);
        }
        if depth > self.max_depth {
            return Err(LimitError::TooDeep { line: self.line, max: self.max_depth });
        }
        Ok(())
    }

    fn deeper(&mut self) -> Result<(), LimitError> {
        self.reach(self.depth())
    }

    /// Opens a block collection at `column` if it is deeper than the current
    /// one; returns whether it did.
    fn roll(&mut self, column: usize, mapping: bool) -> Result<bool, LimitError> {
        if self.flow() > 0 || self.indent() >= column as isize {
            return Ok(false);
        }
        self.levels.push(Level { column, mapping, indentless: false });
        self.deeper()?;
        Ok(true)
    }

    /// Closes the block collections deeper than `column`.
    fn unroll(&mut self, column: isize) {
        if self.flow() > 0 {
            return;
        }
        while self.indent() > column {
            if self.levels.pop().is_some_and(|l| l.indentless) {
                self.indentless -= 1;
            }
        }
    }

    /// The key slot of the innermost flow collection, or the one outside.
    fn key_slot(&mut self) -> &mut Option<Key> {
        match self.flows.last_mut() {
            Some(flow) => &mut flow.key,
            None => &mut self.key,
        }
    }

    fn save_key(&mut self) {
        if self.simple_key_allowed {
            let key = Key { column: self.column, line: self.breaks, pos: self.pos, inner: self.depth() };
            *self.key_slot() = Some(key);
        }
    }

    fn remove_key(&mut self) {
        *self.key_slot() = None;
    }

    /// Takes the innermost possible key, if libyaml would still take it for
    /// one: it forgets a key once its line ends or 1024 bytes pass.
    fn take_key(&mut self) -> Option<Key> {
        let (line, pos) = (self.breaks, self.pos);
        self.key_slot().take().filter(|k| k.line == line && k.pos + 1024 >= pos)
    }

    /// In a flow sequence, a key opens a one-pair mapping (`[a: b]`).
    fn open_pair(&mut self) -> Result<(), LimitError> {
        if let Some(top) = self.flows.last_mut().filter(|f| f.sequence && !f.pair) {
            top.pair = true;
            self.pairs += 1;
            self.deeper()?;
        }
        Ok(())
    }

    fn close_pair(&mut self) {
        if let Some(top) = self.flows.last_mut().filter(|f| f.pair) {
            top.pair = false;
            self.pairs -= 1;
        }
    }

    fn at_document_marker(&self) -> bool {
        self.column == 0
            && (self.s[self.pos..].starts_with(b"---") || self.s[self.pos..].starts_with(b"..."))
            && self.is_blankz(3)
    }

    /// Returns the deepest nesting seen, for tests.
    pub(super) fn run(mut self) -> Result<usize, LimitError> {
        if self.s.starts_with("\u{feff}".as_bytes()) {
            self.pos = 3;
        }
        loop {
            self.skip_to_next_token();
            self.unroll(self.column as isize);
            if self.eof() {
                return Ok(self.deepest);
            }
            let c = self.at(0);
            let block_entry = c == b'-' && self.is_blankz(1);
            // A token at a mapping's own column, other than `-`, ends the
            // indentless sequence written there.
            if self.flow() == 0
                && !block_entry
                && self.indent() == self.column as isize
                && let Some(top) = self.levels.last_mut().filter(|l| l.indentless)
            {
                top.indentless = false;
                self.indentless -= 1;
            }
            if self.column == 0 && c == b'%' {
                while !self.is_breakz(0) {
                    self.skip();
                }
                continue;
            }
            if self.at_document_marker() {
                self.unroll(-1);
                self.remove_key();
                self.simple_key_allowed = false;
                self.skip();
                self.skip();
                self.skip();
                continue;
            }
            match c {
                b'[' | b'{' => {
                    self.save_key();
                    self.flows.push(Flow { sequence: c == b'[', pair: false, key: None });
                    self.deeper()?;
                    self.simple_key_allowed = true;
                    self.skip();
                }
                b']' | b'}' => {
                    self.remove_key();
                    self.close_pair();
                    self.flows.pop();
                    self.simple_key_allowed = false;
                    self.skip();
                }
                b',' => {
                    self.remove_key();
                    self.close_pair();
                    self.simple_key_allowed = true;
                    self.skip();
                }
                b'-' if block_entry => {
                    if self.flow() == 0
                        && !self.roll(self.column, false)?
                        && let Some(top) = self.levels.last_mut().filter(|l| l.mapping && !l.indentless)
                    {
                        top.indentless = true;
                        self.indentless += 1;
                        self.deeper()?;
                    }
                    self.remove_key();
                    self.simple_key_allowed = true;
                    self.skip();
                }
                b'?' if self.flow() > 0 || self.is_blankz(1) => {
                    self.roll(self.column, true)?;
                    self.open_pair()?;
                    self.remove_key();
                    self.simple_key_allowed = self.flow() == 0;
                    self.skip();
                }
                b':' if self.flow() > 0 || self.is_blankz(1) => {
                    let key = self.take_key();
                    if self.flow() == 0 {
                        let column = key.map_or(self.column, |k| k.column);
                        if self.roll(column, true)?
                            && let Some(k) = key
                        {
                            self.reach(k.inner + 1)?;
                        }
                        self.simple_key_allowed = key.is_none();
                    } else {
                        let was_pair = self.flows.last().is_some_and(|f| f.pair);
                        self.open_pair()?;
                        if let Some(k) = key.filter(|_| !was_pair && self.flows.last().is_some_and(|f| f.pair)) {
                            self.reach(k.inner + 1)?;
                        }
                        self.simple_key_allowed = false;
                    }
                    self.skip();
                }
                b'*' => return Err(LimitError::Alias { line: self.line }),
                b'&' => {
                    self.save_key();
                    self.simple_key_allowed = false;
                    self.skip();
                    while self.at(0).is_ascii_alphanumeric() || matches!(self.at(0), b'_' | b'-') {
                        self.skip();
                    }
                }
                b'!' => {
                    self.save_key();
                    self.simple_key_allowed = false;
                    self.skip();
                    // A tag ends at a blank (or a `,` in a flow collection);
                    // anything else after it is an error that stops libyaml.
                    while !(self.is_blankz(0) || (self.flow() > 0 && self.at(0) == b',')) {
                        self.skip();
                    }
                }
                b'|' | b'>' if self.flow() == 0 => {
                    self.remove_key();
                    self.simple_key_allowed = true;
                    self.block_scalar();
                }
                b'\'' | b'"' => {
                    self.save_key();
                    self.simple_key_allowed = false;
                    self.quoted(c == b'\'');
                }
                _ if self.starts_plain(c) => {
                    self.save_key();
                    self.simple_key_allowed = false;
                    self.plain();
                }
                // libyaml stops here: "found character that cannot start any token".
                _ => self.skip(),
            }
        }
    }

    /// Skips blanks, comments and line breaks up to the next token.
    fn skip_to_next_token(&mut self) {
        loop {
            if self.column == 0 && self.s[self.pos..].starts_with("\u{feff}".as_bytes()) {
                self.skip();
            }
            while self.at(0) == b' ' || ((self.flow() > 0 || !self.simple_key_allowed) && self.at(0) == b'\t') {
                self.skip();
            }
            if self.at(0) == b'#' {
                while !self.is_breakz(0) {
                    self.skip();
                }
            }
            if !self.is_break(0) {
                return;
            }
            self.skip_break();
            if self.flow() == 0 {
                self.simple_key_allowed = true;
            }
        }
    }

    fn starts_plain(&self, c: u8) -> bool {
        !(self.is_blankz(0) || b"-?:,[]{}#&*!|>'\"%@`".contains(&c))
            || (c == b'-' && !self.is_blank(1))
            || (self.flow() == 0 && matches!(c, b'?' | b':') && !self.is_blankz(1))
    }

    /// A plain scalar, which may run on over lines indented deeper than the
    /// block it is in (libyaml's `yaml_parser_scan_plain_scalar`).
    fn plain(&mut self) {
        let indent = self.indent() + 1;
        let mut crossed_line = false;
        loop {
            if self.at_document_marker() || self.at(0) == b'#' {
                break;
            }
            while !self.is_blankz(0) {
                let c = self.at(0);
                if self.flow() > 0 && c == b':' && b",?[]{}".contains(&self.at(1)) {
                    // "found unexpected ':'": libyaml stops.
                    return;
                }
                if (c == b':' && self.is_blankz(1)) || (self.flow() > 0 && b",[]{}".contains(&c)) {
                    break;
                }
                self.skip();
            }
            if !(self.is_blank(0) || self.is_break(0)) {
                break;
            }
            while self.is_blank(0) || self.is_break(0) {
                if self.is_blank(0) {
                    if crossed_line && (self.column as isize) < indent && self.at(0) == b'\t' {
                        // "found a tab character that violates indentation": libyaml stops.
                        return;
                    }
                    self.skip();
                } else {
                    self.skip_break();
                    crossed_line = true;
                }
            }
            if self.flow() == 0 && (self.column as isize) < indent {
                break;
            }
        }
        if crossed_line {
            self.simple_key_allowed = true;
        }
    }

    /// A single- or double-quoted scalar, which runs until its closing quote
    /// whatever the lines in between look like.
    fn quoted(&mut self, single: bool) {
        self.skip();
        loop {
            if self.eof() || self.at_document_marker() {
                return;
            }
            match self.at(0) {
                b'\'' if single && self.at(1) == b'\'' => {
                    self.skip();
                    self.skip();
                }
                b'\'' if single => {
                    self.skip();
                    return;
                }
                b'"' if !single => {
                    self.skip();
                    return;
                }
                b'\\' if !single => {
                    self.skip();
                    if self.is_break(0) {
                        self.skip_break();
                    } else if !self.eof() {
                        self.skip();
                    }
                }
                _ if self.is_break(0) => self.skip_break(),
                _ => self.skip(),
            }
        }
    }

    /// A literal (`|`) or folded (`>`) scalar: its header, then every line
    /// indented at least as far as its first (libyaml's
    /// `yaml_parser_scan_block_scalar`).
    fn block_scalar(&mut self) {
        self.skip();
        let mut increment = 0isize;
        let digit = |c: u8| c.is_ascii_digit().then(|| isize::from(c - b'0'));
        if matches!(self.at(0), b'+' | b'-') {
            self.skip();
            if let Some(d) = digit(self.at(0)) {
                if d == 0 {
                    return;
                }
                increment = d;
                self.skip();
            }
        } else if let Some(d) = digit(self.at(0)) {
            if d == 0 {
                return;
            }
            increment = d;
            self.skip();
            if matches!(self.at(0), b'+' | b'-') {
                self.skip();
            }
        }
        while self.is_blank(0) {
            self.skip();
        }
        if self.at(0) == b'#' {
            while !self.is_breakz(0) {
                self.skip();
            }
        }
        if !self.is_breakz(0) {
            // "did not find expected comment or line break": libyaml stops.
            return;
        }
        if self.is_break(0) {
            self.skip_break();
        }
        let mut indent = 0isize;
        if increment != 0 {
            indent = if self.indent() >= 0 { self.indent() + increment } else { increment };
        }
        if !self.block_scalar_breaks(&mut indent) {
            return;
        }
        while self.column as isize == indent && !self.eof() {
            while !self.is_breakz(0) {
                self.skip();
            }
            if self.is_break(0) {
                self.skip_break();
            }
            if !self.block_scalar_breaks(&mut indent) {
                return;
            }
        }
    }

    /// Skips the indentation and empty lines of a block scalar, settling its
    /// indentation from them when it has none yet. False where libyaml
    /// stops on a tab in the indentation.
    fn block_scalar_breaks(&mut self, indent: &mut isize) -> bool {
        let mut max_indent = 0isize;
        loop {
            while (*indent == 0 || (self.column as isize) < *indent) && self.at(0) == b' ' {
                self.skip();
            }
            max_indent = max_indent.max(self.column as isize);
            if (*indent == 0 || (self.column as isize) < *indent) && self.at(0) == b'\t' {
                return false;
            }
            if !self.is_break(0) {
                break;
            }
            self.skip_break();
        }
        if *indent == 0 {
            *indent = max_indent.max(self.indent() + 1).max(1);
        }
        true
    }
}

#[cfg(test)]
mod tests {
    use super::super::*;
    use super::*;

    /// The deepest nesting the scanner sees, with no bound.
    fn scanned_depth(text: &str) -> Result<usize, LimitError> {
        Scanner::new(text.as_bytes(), usize::MAX).run()
    }

    /// The nesting of lists and mappings in a parsed value.
    fn value_depth(v: &serde_yaml::Value) -> usize {
        use serde_yaml::Value;
        match v {
            Value::Sequence(items) => 1 + items.iter().map(value_depth).max().unwrap_or(0),
            Value::Mapping(map) => 1 + map.iter().map(|(k, v)| value_depth(k).max(value_depth(v))).max().unwrap_or(0),
            Value::Tagged(t) => value_depth(&t.value),
            _ => 0,
        }
    }

    /// The deepest nesting over every document in `text`, or the parser's
    /// error.
    fn parse(text: &str) -> Result<usize, serde_yaml::Error> {
        use serde::Deserialize;
        let mut deepest = 0;
        for document in serde_yaml::Deserializer::from_str(text) {
            deepest = deepest.max(value_depth(&serde_yaml::Value::deserialize(document)?));
        }
        Ok(deepest)
    }

    fn parsed_depth(text: &str) -> Option<usize> {
        parse(text).ok()
    }

    #[test]
    fn measures_nesting_exactly_on_ordinary_yaml() {
        let cases = [
            "title: A\nevidences: [S05, S06]\nkind: policy\n",
            "a:\n  b:\n    c: [1, {d: 2}]\n",
            "- a\n- - b\n  - - c\n",
            "- a: 1\n  b:\n  - x\n  - y\n",
            "key:\n- a\n- b: [1]\nnext: 2\n",
            "a:\n- b:\n  - c:\n    - d: 1\n",
            "? [a, b]\n: value\n",
            "[a, b]: c\n",
            "text: |\n  [[[[ not nesting\n    {{{{\n  - still text\nnext: [1]\n",
            "text: >-\n  folded [[[\n\n  more ]]] text\nafter: {a: [b]}\n",
            "quoted: \"multi [[[\n  line {{{ # not a comment\n  \\\" still\"\nafter: [1]\n",
            "single: 'it''s [[[\n  ]]] here'\nafter: 1\n",
            "plain: runs on\n  [[[ over lines\n  'with quotes\nnext: [1]\n",
            "a: b # comment [[[\nc: [d] # ]]]\n",
            "%YAML 1.1\n---\na: [1]\n...\n",
            "\u{feff}a: [1]\n",
            "a: !!str [x]\nb: &anchor {c: d}\n",
            "- |\n  text\n- >+\n   more\n\n- [x]\n",
            "a:\r\n  - b\r\n  - [c]\r\n",
            "s: [a,\n  [b,\n    c]]\n",
            "{a: [b, {c: d}], e: f}\n",
            "a:\n  - - - x\n",
            "title: Children's guide\n",
            "a:\n  b: |1\n    [[[ text\n  c: [d]\n",
            "a\n---\n[[b]]\n",
            "- a\n--- [b, [c]]\n...\n",
        ];
        for text in cases {
            let parsed = parsed_depth(text).unwrap_or_else(|| panic!("test case does not parse: {text:?}"));
            assert_eq!(scanned_depth(text), Ok(parsed), "{text:?}");
        }
    }

    #[test]
    fn the_built_in_catalog_is_within_bounds() {
        for file in crate::assets::STANDARDS.files() {
            let Some(text) = file.contents_utf8() else { continue };
            if !file.path().to_string_lossy().ends_with(".yaml") {
                continue;
            }
            let parsed = parsed_depth(text).expect("catalog parses");
            assert_eq!(scanned_depth(text), Ok(parsed), "{}", file.path().display());
            assert!(check_yaml(text, CATALOG_FILE).is_ok());
        }
    }

    /// Random token soup, parsed by the YAML crate and scanned. Wherever the
    /// crate parses it, the scanner must see the nesting the parser built
    /// (seeing less would let nested brackets slip past the bound inside what
    /// the scanner took for text) and no alias. Wherever the crate meets an
    /// alias (`*zz` names no anchor, so meeting one is an error), the
    /// scanner must have refused it.
    #[test]
    fn soup_sees_the_nesting_and_aliases_the_parser_sees() {
        const PIECES: &[&str] = &[
            "[", "]", "{", "}", ", ", ": ", ":", "- ", "-", "? ", "\n", "\n  ", "\n    ", "  ", "'", "''", "\"", "\\",
            "\\\"", "# c", "#", "|\n", ">-\n", "|2\n", "a", "b c", "x:", "&a ", "!!str ", "\t", "---\n", "...\n",
            "\r\n", "\u{2028}", "\u{85}", "é", "`", "@", "%", "*zz", " *zz",
        ];
        let env = |name: &str, default: u64| std::env::var(name).ok().and_then(|v| v.parse().ok()).unwrap_or(default);
        // `SOUP=2000000 LEN=48 SEED=7 cargo test --release --lib soup` searches harder.
        let (samples, max_len, mut seed) = (env("SOUP", 40_000), env("LEN", 24), env("SEED", 0x2545_f491_4f6c_dd1d));
        let mut next = move || {
            seed ^= seed << 13;
            seed ^= seed >> 7;
            seed ^= seed << 17;
            seed
        };
        let (mut parsed_ok, mut aliases) = (0, 0);
        for _ in 0..samples {
            let len = 1 + (next() % max_len) as usize;
            let text: String = (0..len).map(|_| PIECES[(next() % PIECES.len() as u64) as usize]).collect();
            let scanned = scanned_depth(&text);
            match parse(&text) {
                Ok(parsed) => {
                    parsed_ok += 1;
                    let scanned = scanned.unwrap_or_else(|e| panic!("{e} in {text:?}, which parses"));
                    assert_eq!(scanned, parsed, "nesting in {text:?}");
                }
                Err(e) if e.to_string().contains("unknown anchor") => {
                    aliases += 1;
                    assert!(matches!(scanned, Err(LimitError::Alias { .. })), "alias missed in {text:?}");
                }
                Err(_) => {}
            }
        }
        assert!(parsed_ok > 5_000 && aliases > 500, "too few samples ({parsed_ok} parsed, {aliases} aliases)");
    }

    #[test]
    fn refuses_deep_flow_nesting_at_the_line_it_passes_the_bound() {
        let text = format!("title: A\nevidences:\n  {}{}\n", "[".repeat(17), "]".repeat(17));
        assert_eq!(check_yaml(&text, FRONT_MATTER), Err(LimitError::TooDeep { line: 3, max: 16 }));
        // 15 brackets inside a mapping is 16 levels: accepted.
        let text = format!("title: {}{}\n", "[".repeat(15), "]".repeat(15));
        assert_eq!(check_yaml(&text, FRONT_MATTER), Ok(()));
    }

    #[test]
    fn refuses_deep_block_nesting() {
        let text: String = (0..20).map(|i| format!("{}k{i}:\n", " ".repeat(i))).collect();
        assert_eq!(check_yaml(&text, BUNDLE_YAML), Err(LimitError::TooDeep { line: 17, max: 16 }));
        let dashes = format!("{}x\n", "- ".repeat(40));
        assert_eq!(check_yaml(&dashes, BUNDLE_YAML), Err(LimitError::TooDeep { line: 1, max: 16 }));
    }

    #[test]
    fn brackets_hidden_in_text_do_not_count_but_cannot_hide_structure() {
        // Inside a block scalar, quotes and a plain scalar's run-on lines,
        // brackets are text...
        let text = format!("a: |\n  {}\nb: '{}'\nc: x\n  {}\n", "[".repeat(40), "[".repeat(40), "[".repeat(40));
        assert_eq!(check_yaml(&text, FRONT_MATTER), Ok(()));
        // ...but a quote inside a plain scalar opens nothing, so the
        // brackets after it are structure.
        let text = format!("a: b\n  'c\nd: {}{}\n'\n", "[".repeat(40), "]".repeat(40));
        assert!(matches!(check_yaml(&text, FRONT_MATTER), Err(LimitError::TooDeep { line: 3, .. })));
        // A block scalar ends at the first line indented less than its own.
        let text = format!("a:\n  b: |\n      text\n  c: {}\n", "[".repeat(40));
        assert!(matches!(check_yaml(&text, FRONT_MATTER), Err(LimitError::TooDeep { line: 4, .. })));
        // A `#` inside a word does not start a comment.
        let text = format!("a: b#{}\n", "[".repeat(40));
        assert_eq!(check_yaml(&text, FRONT_MATTER), Ok(()));
        let text = format!("a: [b]#{}\n", "[".repeat(40));
        assert_eq!(check_yaml(&text, FRONT_MATTER), Ok(()));
    }

    #[test]
    fn refuses_aliases_wherever_a_node_can_start() {
        for text in ["a: &x 1\nb: *x\n", "- &x 1\n- *x\n", "a: [&x 1, *x]\n", "a: {b: &x 1, c: *x}\n", "*x : 1\n"] {
            assert!(matches!(check_yaml(text, FRONT_MATTER), Err(LimitError::Alias { .. })), "{text:?}");
        }
        // A star inside text is no alias.
        for text in ["look_for: [referee*]\n", "a: '*x'\n", "a: b *x\n", "a: |\n  *x\n", "# *x\na: 1\n"] {
            assert_eq!(check_yaml(text, FRONT_MATTER), Ok(()), "{text:?}");
        }
    }

    #[test]
    fn a_nul_byte_ends_the_scan() {
        assert_eq!(check_yaml("a: |\n  \0\n", FRONT_MATTER), Ok(()));
        assert_eq!(check_yaml("a: [\0[[[[[[[[[[[[[[[[[[[[", FRONT_MATTER), Ok(()));
    }

    #[test]
    fn refuses_yaml_above_its_size() {
        let text = "a: 1\n".repeat(20_000);
        assert_eq!(check_yaml(&text, FRONT_MATTER), Err(LimitError::TooLarge { size: 100_000, max: 65_536 }));
        assert_eq!(
            LimitError::TooLarge { size: 100_000, max: 65_536 }.to_string(),
            "is 97.7 KiB, more than the 64 KiB ivaudit reads"
        );
    }

    #[test]
    fn measures_megabytes_of_entries() {
        // A manifest-sized text of entries, and one very long flat list.
        let entry =
            "- file: docs/a.pdf\n  title: 'A [draft] title'\n  evidences: [S01.P1, S02]\n  note: |\n    [[[ text\n";
        let text = entry.repeat(4 * 1024 * 1024 / entry.len());
        assert_eq!(scanned_depth(&text), Ok(3));
        let flat = format!("a: [{}]\n", "b, ".repeat(1_000_000));
        assert_eq!(scanned_depth(&flat), Ok(2));
    }
}
