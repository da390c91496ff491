//! "Did you mean ...?": the nearest known word to a mistyped one, and the
//! ISO form of a date written another way.
//!
//! A newcomer's typo should cost one reading of one message, not a hunt
//! through the README. Suggestions are only ever suggestions: nothing here
//! changes what the bundle says.

use crate::date::Date;

/// The candidate nearest to `word`, if one is near enough to be what was
/// meant. Case, spaces, hyphens and underscores are ignored when comparing,
/// so `Organization`, `as-of` and `AS OF` all find their field.
///
/// ```
/// use ivaudit::suggest::closest;
/// assert_eq!(closest("organization", &["organisation", "role"]), Some("organisation"));
/// assert_eq!(closest("asof", &["as_of", "period"]), Some("as_of"));
/// assert_eq!(closest("colour", &["role", "period"]), None);
/// ```
pub fn closest<'a>(word: &str, candidates: &[&'a str]) -> Option<&'a str> {
    let key = fold(word);
    if key.is_empty() {
        return None;
    }
    candidates
        .iter()
        .map(|c| (strsim::damerau_levenshtein(&key, &fold(c)), *c))
        .filter(|(distance, c)| {
            // Near enough: a third of the longer word, and at least one edit
            // allowed, so "S5.P1" finds "S05.P1" but "policy" never finds "role".
            let longest = key.chars().count().max(fold(c).chars().count());
            *distance <= (longest / 3).max(1)
        })
        .min_by_key(|(distance, c)| (*distance, *c))
        .map(|(_, c)| c)
}

/// ` (did you mean `x`?)` for appending to a message, or nothing.
pub fn did_you_mean(word: &str, candidates: &[&str]) -> String {
    match closest(word, candidates) {
        Some(c) => format!(" (did you mean `{c}`?)"),
        None => String::new(),
    }
}

/// ` (did you mean `x`? The fields are a, b, c)` naming the known words
/// too, for an unknown field name.
pub fn unknown_among(word: &str, known: &[&str], noun: &str) -> String {
    if known.is_empty() {
        return String::new();
    }
    match closest(word, known) {
        Some(c) => format!(" (did you mean `{c}`? The {noun} are {})", known.join(", ")),
        None => format!(" (the {noun} are {})", known.join(", ")),
    }
}

/// Lower case, without spaces, hyphens, underscores or dots.
fn fold(s: &str) -> String {
    s.chars().filter(|c| !matches!(c, ' ' | '-' | '_')).flat_map(char::to_lowercase).collect()
}

const MONTHS: [&str; 12] = [
    "january",
    "february",
    "march",
    "april",
    "may",
    "june",
    "july",
    "august",
    "september",
    "october",
    "november",
    "december",
];

/// The date a non-ISO date most likely means, read the way a UK reader
/// writes dates (day before month): `31/03/2027`, `31.3.2027`, `2027/3/31`,
/// `2027-3-31`, `31 March 2027`, `March 31, 2027`, `2027-03-31T09:00`.
/// `None` when it cannot be read as a real date.
///
/// ```
/// use ivaudit::suggest::iso_date;
/// assert_eq!(iso_date("31/03/2027").unwrap().to_string(), "2027-03-31");
/// assert_eq!(iso_date("1 Apr 2026").unwrap().to_string(), "2026-04-01");
/// assert_eq!(iso_date("soon"), None);
/// ```
pub fn iso_date(s: &str) -> Option<Date> {
    let s = s.trim();
    if s.len() > 40 {
        return None;
    }
    if let Some(day) = s.get(..10).filter(|_| s.len() > 10 && matches!(s.as_bytes()[10], b'T' | b' ')) {
        return iso_date(day);
    }
    let parts: Vec<&str> = s.split(['/', '.', '-', ' ', ',']).filter(|p| !p.is_empty()).collect();
    let [a, b, c] = parts[..] else { return None };
    let number = |p: &str| p.parse::<u32>().ok().filter(|_| p.len() <= 4);
    let month_name = |p: &str| {
        let p = p.to_lowercase();
        (p.len() >= 3).then(|| MONTHS.iter().position(|m| m.starts_with(&p))).flatten().map(|i| i as u32 + 1)
    };
    let (year, month, day) = match (number(a), number(b), number(c)) {
        (Some(y), Some(m), Some(d)) if a.len() == 4 => (y, m, d),
        (Some(d), Some(m), Some(y)) if c.len() == 4 => (y, m, d),
        (Some(d), None, Some(y)) if c.len() == 4 => (y, month_name(b)?, d),
        (None, Some(d), Some(y)) if c.len() == 4 => (y, month_name(a)?, d),
        _ => return None,
    };
    let date = Date::new(i32::try_from(year).ok()?, u8::try_from(month).ok()?, u8::try_from(day).ok()?)?;
    // Only suggest what the bundle would then accept.
    date.to_string().parse::<Date>().ok()
}

/// The words to append to a date error: `; write 2027-03-31` when the value
/// reads as a date written another way.
pub fn date_hint(value: &str) -> String {
    match iso_date(value) {
        Some(d) => format!("; write {d}"),
        None => String::new(),
    }
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn suggests_near_words_only() {
        let fields = ["organisation", "role", "authorities", "period", "as_of", "commissioning"];
        assert_eq!(closest("organization", &fields), Some("organisation"));
        assert_eq!(closest("Organisation", &fields), Some("organisation"));
        assert_eq!(closest("authority", &fields), Some("authorities"));
        assert_eq!(closest("as of", &fields), Some("as_of"));
        assert_eq!(closest("roles", &fields), Some("role"));
        assert_eq!(closest("title", &fields), None);
        assert_eq!(closest("", &fields), None);
        assert_eq!(closest("provder", &["provider", "authority", "both"]), Some("provider"));
        assert_eq!(closest("S5.P1", &["S05.P1", "S05.P2", "S15"]), Some("S05.P1"));
    }

    #[test]
    fn reads_dates_written_the_uk_way() {
        for (written, iso) in [
            ("31/03/2027", "2027-03-31"),
            ("31.3.2027", "2027-03-31"),
            ("1-4-2026", "2026-04-01"),
            ("2027/3/31", "2027-03-31"),
            ("2027-3-31", "2027-03-31"),
            ("31 March 2027", "2027-03-31"),
            ("31 Mar 2027", "2027-03-31"),
            ("March 31, 2027", "2027-03-31"),
            ("2027-03-31T09:00", "2027-03-31"),
        ] {
            assert_eq!(iso_date(written).map(|d| d.to_string()).as_deref(), Some(iso), "{written}");
        }
        for bad in ["31/02/2027", "2027", "soon", "13/13/2027", "31 Smarch 2027", "1/2/3"] {
            assert_eq!(iso_date(bad), None, "{bad}");
        }
        assert_eq!(date_hint("31/03/2027"), "; write 2027-03-31");
        assert_eq!(date_hint("next year"), "");
    }
}
