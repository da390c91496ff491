//! Names in registers: header names and the fixed values of choice columns.
//!
//! People type `Child Ref`, `IN-COUNTY` or `Non binary` where the contract
//! says `child_ref`, `in_county` and `non_binary`. Case and separators are
//! forgiven everywhere ([`compact`]); nothing else is guessed, but a close
//! contract name is offered as a suggestion ([`closest`]). The same word
//! splitting finds headers that would hold a person's identity
//! ([`is_identity_column`]) however they are written.

/// Words of a name: split at anything that is not a letter or digit, at a
/// lower-to-upper case change (`childName`), at the end of a run of capitals
/// (`NHSNo`) and between letters and digits (`AddressLine1`); lower-cased.
pub fn words(s: &str) -> Vec<String> {
    let mut out = Vec::new();
    let mut current = String::new();
    let mut previous: Option<char> = None;
    let mut chars = s.chars().peekable();
    while let Some(c) = chars.next() {
        if !c.is_alphanumeric() {
            if !current.is_empty() {
                out.push(std::mem::take(&mut current));
            }
            previous = None;
            continue;
        }
        if let Some(p) = previous {
            let next_is_lower = chars.peek().is_some_and(|n| n.is_lowercase());
            let boundary = (p.is_lowercase() && c.is_uppercase())
                || (p.is_alphabetic() != c.is_alphabetic())
                || (p.is_uppercase() && c.is_uppercase() && next_is_lower);
            if boundary && !current.is_empty() {
                out.push(std::mem::take(&mut current));
            }
        }
        current.extend(c.to_lowercase());
        previous = Some(c);
    }
    if !current.is_empty() {
        out.push(current);
    }
    out
}

/// A name with case and separators removed: `In-County`, `IN_COUNTY` and
/// `in county` are all `incounty`. Two names are the same name when their
/// compact forms are equal.
pub fn compact(s: &str) -> String {
    compact_chars(s).collect()
}

fn compact_chars(s: &str) -> impl Iterator<Item = char> + '_ {
    s.chars().filter(|c| c.is_alphanumeric()).flat_map(char::to_lowercase)
}

/// Whether `value` names `name`, forgiving case and separators. It stops at
/// the first difference, so a huge cell costs no more than a short one.
pub fn same(value: &str, name: &str) -> bool {
    compact_chars(value).eq(compact_chars(name))
}

/// Longest value compared for a suggestion, in characters: enough for any
/// misspelt contract name, and it keeps the comparison cheap on a huge cell.
const SUGGEST_MAX: usize = 48;

/// The option closest to `value`, if one is close enough to suggest: the
/// only option it abbreviates (`Y` for `yes`, `f` for `female`), or else the
/// most similar by Jaro-Winkler similarity, which favours a shared start
/// (`chlid_ref` for `child_ref`) and is kind to short words. Compared in
/// compact form.
pub fn closest<'a>(value: &str, options: impl IntoIterator<Item = &'a str>) -> Option<&'a str> {
    if value.len() > SUGGEST_MAX * 8 {
        return None;
    }
    let value = compact(value);
    if value.is_empty() || value.chars().count() > SUGGEST_MAX {
        return None;
    }
    let options: Vec<(&'a str, String)> = options.into_iter().map(|o| (o, compact(o))).collect();
    let mut abbreviates = options.iter().filter(|(_, c)| c.starts_with(&value));
    if let (Some((only, _)), None) = (abbreviates.next(), abbreviates.next()) {
        return Some(only);
    }
    let mut best: Option<(f64, &'a str)> = None;
    for (option, compacted) in &options {
        let score = strsim::jaro_winkler(&value, compacted);
        if score >= 0.8 && best.is_none_or(|(b, _)| score > b) {
            best = Some((score, option));
        }
    }
    best.map(|(_, o)| o)
}

/// Words that on their own mark a column as holding identities, in English
/// and in Welsh (`enw` name, `cyfenw` surname, `geni` birth, `cyfeiriad`
/// address, `ffôn` phone, `ebost` email).
const IDENTITY_WORDS: &[&str] = &[
    "name",
    "names",
    "dob",
    "born",
    "initials",
    "tel",
    "nhs",
    "street",
    "zip",
    "zipcode",
    "postcode",
    "postcodes",
    "enw",
    "enwau",
    "cyfenw",
    "geni",
    "cyfeiriad",
    "ffôn",
    "ffon",
    "ebost",
];

/// Parts that mark a column wherever they appear inside a single word
/// (`birthdate`, `homeaddress`, `phonenumber`).
const IDENTITY_PARTS: &[&str] = &["birth", "address", "postcode", "email", "phone", "mobile", "surname", "forename"];

/// Compounds that mark a column when its words are run together, so that
/// `post code`, `e-mail` and `Date of Birth` are caught like `postcode`.
const IDENTITY_COMPOUNDS: &[&str] = &[
    "dateofbirth",
    "placeofbirth",
    "postcode",
    "zipcode",
    "email",
    "telephone",
    "phonenumber",
    "nhsnumber",
    "nhsno",
    "addressline",
    "nationalinsurance",
    "dyddiadgeni",
    "codpost",
    "ebost",
];

/// Whole headers that are identity columns once their separators go
/// (`d.o.b`, `N.I. No`).
const IDENTITY_EXACT: &[&str] = &["dob", "nhs", "tel", "nino", "ninumber"];

/// Whether a column header looks like it holds a person's identity: a name,
/// a date of birth, an address, a phone number, an email address or an NHS
/// number. Case, camelCase and separators do not hide it (`DateOfBirth`,
/// `first_name`, `NHSNo`, `post code`, `d.o.b`); `first_language` and
/// `volunteer_ref` are not identity columns.
pub fn is_identity_column(header: &str) -> bool {
    let words = words(header);
    let joined: String = words.concat();
    words.iter().any(|w| {
        IDENTITY_WORDS.contains(&w.as_str())
            || w.ends_with("name")
            || w.ends_with("names")
            || IDENTITY_PARTS.iter().any(|p| w.contains(p))
    }) || IDENTITY_COMPOUNDS.iter().any(|c| joined.contains(c))
        || IDENTITY_EXACT.contains(&joined.as_str())
}

/// Longest header name repeated in a message, in characters.
const LABEL_MAX: usize = 60;

/// A header name fit to repeat in a message: short, on one line, printable.
/// Header names are not personal data, but a huge or garbled header cell is
/// not worth repeating either.
pub fn label(header: &str) -> Option<&str> {
    let fit = !header.is_empty() && header.chars().count() <= LABEL_MAX && !header.chars().any(char::is_control);
    fit.then_some(header)
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn words_split_case_digits_and_separators() {
        let cases: &[(&str, &[&str])] = &[
            ("childName", &["child", "name"]),
            ("ChildName", &["child", "name"]),
            ("NHSNo", &["nhs", "no"]),
            ("AddressLine1", &["address", "line", "1"]),
            ("address_line_1", &["address", "line", "1"]),
            ("d.o.b", &["d", "o", "b"]),
            ("CHILD_REF", &["child", "ref"]),
            ("post18", &["post", "18"]),
            ("  Full   Name ", &["full", "name"]),
            ("", &[]),
        ];
        for (input, expected) in cases {
            assert_eq!(words(input), *expected, "{input}");
        }
    }

    #[test]
    fn personal_data_headers_are_refused_however_written() {
        for h in [
            "name",
            "child_name",
            "Child Name",
            "ChildName",
            "childName",
            "childname",
            "Child's name",
            "Name of child",
            "dob",
            "DOB",
            "d.o.b",
            "D.O.B.",
            "date_of_birth",
            "DateOfBirth",
            "Date of Birth",
            "dateofbirth",
            "birthdate",
            "BirthDate",
            "birthday",
            "first_name",
            "FirstName",
            "firstname",
            "last_name",
            "Surname",
            "SURNAME",
            "Forename(s)",
            "Full Name",
            "given_name",
            "family_name",
            "preferred_name",
            "NHS number",
            "NHSNo",
            "nhs_no",
            "NI number",
            "address",
            "home_address",
            "address_line_1",
            "AddressLine1",
            "Street",
            "postcode",
            "post code",
            "PostCode",
            "email",
            "e-mail",
            "E-Mail Address",
            "carer_email",
            "Tel",
            "tel_no",
            "telephone",
            "phone",
            "PhoneNumber",
            "mobile_no",
            "Mobile",
            "Enw",
            "Enw'r plentyn",
            "Cyfenw",
            "Dyddiad geni",
            "Cyfeiriad",
            "Cod post",
            "E-bost",
            "Rhif ffôn",
        ] {
            assert!(is_identity_column(h), "{h} must be refused");
        }
    }

    #[test]
    fn reference_and_contract_headers_are_not_identity_columns() {
        let mut headers = vec![
            "child_ref",
            "first_language",
            "referred_on",
            "volunteer_ref",
            "placement_type",
            "welsh_speaker",
            "training_topics",
            "references",
            "approvers",
            "dbs_date",
            "Child Ref",
            "ChildRef",
            "Unnamed: 0",
            "notes",
            "region",
            "team",
        ];
        headers.extend(super::super::CHILDREN_COLUMNS);
        headers.extend(super::super::VISITS_COLUMNS);
        headers.extend(super::super::VOLUNTEERS_COLUMNS);
        headers.extend(super::super::FEEDBACK_COLUMNS);
        headers.extend(super::super::COMPLAINTS_COLUMNS);
        headers.extend(super::super::assessment_columns());
        for h in headers {
            assert!(!is_identity_column(h), "{h} must not be refused");
        }
    }

    #[test]
    fn case_and_separators_are_forgiven_and_nothing_else() {
        for (value, name) in [
            ("in county", "in_county"),
            ("In-County", "in_county"),
            ("IN_COUNTY", "in_county"),
            ("InCounty", "in_county"),
            ("non-binary", "non_binary"),
            ("Yes", "yes"),
            ("Child Ref", "child_ref"),
            ("POST18", "post18"),
        ] {
            assert!(same(value, name), "{value} is {name}");
        }
        for (value, name) in [("Y", "yes"), ("incounty2", "in_county"), ("nonbinar", "non_binary"), ("", "no")] {
            assert!(!same(value, name), "{value} is not {name}");
        }
    }

    #[test]
    fn close_names_are_suggested_and_far_ones_are_not() {
        let genders = ["female", "male", "non_binary", "other", "not_stated"];
        assert_eq!(closest("femal", genders), Some("female"));
        assert_eq!(closest("Y", ["yes", "no"]), Some("yes"), "an abbreviation");
        assert_eq!(closest("m", genders), Some("male"));
        assert_eq!(closest("n", genders), None, "non_binary or not_stated: too short to tell");
        assert_eq!(closest("non binery", genders), Some("non_binary"));
        assert_eq!(closest("Placeholder Person", genders), None);
        assert_eq!(closest("chlid_ref", ["child_ref", "volunteer_ref"]), Some("child_ref"));
        assert_eq!(closest("", genders), None);
        assert_eq!(closest(&"female".repeat(100), genders), None, "a huge cell is not compared");
    }

    #[test]
    fn only_short_printable_headers_are_repeated() {
        assert_eq!(label("child_ref"), Some("child_ref"));
        assert_eq!(label(""), None);
        assert_eq!(label("a\nb"), None);
        assert_eq!(label(&"x".repeat(61)), None);
    }
}
