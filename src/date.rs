//! Calendar dates as the bundle writes them (`YYYY-MM-DD`).
//!
//! Judgements only ever need whole days, so a small civil date type keeps the
//! arithmetic visible and testable instead of pulling in a time-zone aware
//! library whose wall-clock features we must never touch (reports are
//! deterministic and take their "today" from `--as-of`).

use std::fmt;
use std::str::FromStr;

/// A proleptic Gregorian calendar date.
#[derive(Debug, Clone, Copy, PartialEq, Eq, PartialOrd, Ord, Hash)]
pub struct Date {
    year: i32,
    month: u8,
    day: u8,
}

/// Why a string is not a `YYYY-MM-DD` date ivaudit accepts. Its message
/// quotes the value; [`DateError::kind_message`] gives the same reason
/// without it, for values that must not be repeated (register cells).
#[derive(Debug, Clone, PartialEq, Eq, thiserror::Error)]
pub enum DateError {
    #[error("`{0}` {why}", why = DateError::FORMAT)]
    Format(String),
    #[error("`{0}` {why}", why = DateError::NO_SUCH_DAY)]
    NoSuchDay(String),
    /// A real date, but in a year outside
    /// [`EARLIEST_YEAR`](crate::limits::EARLIEST_YEAR) to
    /// [`LATEST_YEAR`](crate::limits::LATEST_YEAR).
    #[error("`{0}` {why}", why = DateError::OUT_OF_RANGE)]
    OutOfRange(String),
}

impl DateError {
    const FORMAT: &str = "is not a date in the form YYYY-MM-DD";
    const NO_SUCH_DAY: &str = "is not a real calendar date";
    const OUT_OF_RANGE: &str = "is outside the years 1990 to 2100 ivaudit accepts";

    /// Why the value is refused, without the value: "is not a real calendar
    /// date". Put the subject before it ("the date ...", "`referred_on` ...").
    pub fn kind_message(&self) -> &'static str {
        match self {
            DateError::Format(_) => DateError::FORMAT,
            DateError::NoSuchDay(_) => DateError::NO_SUCH_DAY,
            DateError::OutOfRange(_) => DateError::OUT_OF_RANGE,
        }
    }
}

impl Date {
    /// Builds a date, checking that the day exists.
    pub fn new(year: i32, month: u8, day: u8) -> Option<Date> {
        if !(1..=12).contains(&month) || day == 0 || day > days_in_month(year, month) {
            return None;
        }
        Some(Date { year, month, day })
    }

    pub fn year(self) -> i32 {
        self.year
    }

    pub fn month(self) -> u8 {
        self.month
    }

    pub fn day(self) -> u8 {
        self.day
    }

    /// Days since 1970-01-01 (negative before), by Howard Hinnant's
    /// `days_from_civil`.
    pub fn to_days(self) -> i64 {
        let y = i64::from(self.year) - i64::from(self.month <= 2);
        let era = y.div_euclid(400);
        let yoe = y - era * 400;
        let m = i64::from(self.month);
        let doy = (153 * (if m > 2 { m - 3 } else { m + 9 }) + 2) / 5 + i64::from(self.day) - 1;
        let doe = yoe * 365 + yoe / 4 - yoe / 100 + doy;
        era * 146_097 + doe - 719_468
    }

    /// The date `days` days since 1970-01-01, by Howard Hinnant's
    /// `civil_from_days` (the inverse of [`Date::to_days`]).
    pub fn from_days(days: i64) -> Date {
        let z = days + 719_468;
        let era = z.div_euclid(146_097);
        let doe = z - era * 146_097;
        let yoe = (doe - doe / 1460 + doe / 36_524 - doe / 146_096) / 365;
        let doy = doe - (365 * yoe + yoe / 4 - yoe / 100);
        let mp = (5 * doy + 2) / 153;
        let day = (doy - (153 * mp + 2) / 5 + 1) as u8;
        let month = if mp < 10 { mp + 3 } else { mp - 9 } as u8;
        let year = (yoe + era * 400 + i64::from(month <= 2)) as i32;
        Date { year, month, day }
    }

    /// The date `days` days later (earlier if negative).
    pub fn add_days(self, days: i64) -> Date {
        Date::from_days(self.to_days() + days)
    }

    /// Whole days from `self` to `later` (negative if `later` is earlier).
    pub fn days_until(self, later: Date) -> i64 {
        later.to_days() - self.to_days()
    }

    /// The same day `months` calendar months later, clamped to the end of a
    /// shorter month (2026-01-31 plus one month is 2026-02-28).
    pub fn add_months(self, months: i32) -> Date {
        let index = self.year * 12 + i32::from(self.month) - 1 + months;
        let year = index.div_euclid(12);
        let month = (index.rem_euclid(12) + 1) as u8;
        let day = self.day.min(days_in_month(year, month));
        Date { year, month, day }
    }
}

impl Date {
    /// The first day of this date's month.
    pub fn first_of_month(self) -> Date {
        Date { day: 1, ..self }
    }

    /// The last day of this date's month.
    pub fn last_of_month(self) -> Date {
        Date { day: days_in_month(self.year, self.month), ..self }
    }
}

fn is_leap(year: i32) -> bool {
    (year % 4 == 0 && year % 100 != 0) || year % 400 == 0
}

fn days_in_month(year: i32, month: u8) -> u8 {
    match month {
        1 | 3 | 5 | 7 | 8 | 10 | 12 => 31,
        4 | 6 | 9 | 11 => 30,
        2 if is_leap(year) => 29,
        2 => 28,
        _ => 0,
    }
}

impl FromStr for Date {
    type Err = DateError;

    fn from_str(s: &str) -> Result<Date, DateError> {
        let format = || DateError::Format(s.to_string());
        let bytes = s.as_bytes();
        if bytes.len() != 10 || bytes[4] != b'-' || bytes[7] != b'-' {
            return Err(format());
        }
        let digits = |range: std::ops::Range<usize>| -> Result<u32, DateError> {
            let part = &s[range];
            if part.bytes().all(|b| b.is_ascii_digit()) { part.parse().map_err(|_| format()) } else { Err(format()) }
        };
        let (year, month, day) = (digits(0..4)?, digits(5..7)?, digits(8..10)?);
        let date = Date::new(year as i32, month as u8, day as u8).ok_or_else(|| DateError::NoSuchDay(s.to_string()))?;
        // Dates outside these years are typing slips, and spans of
        // thousands of years would make no measure meaningful.
        if !(crate::limits::EARLIEST_YEAR..=crate::limits::LATEST_YEAR).contains(&date.year) {
            return Err(DateError::OutOfRange(s.to_string()));
        }
        Ok(date)
    }
}

impl fmt::Display for Date {
    fn fmt(&self, f: &mut fmt::Formatter<'_>) -> fmt::Result {
        write!(f, "{:04}-{:02}-{:02}", self.year, self.month, self.day)
    }
}

impl serde::Serialize for Date {
    fn serialize<S: serde::Serializer>(&self, serializer: S) -> Result<S::Ok, S::Error> {
        serializer.collect_str(self)
    }
}

#[cfg(test)]
mod tests {
    use super::*;

    fn d(s: &str) -> Date {
        s.parse().unwrap()
    }

    #[test]
    fn parses_and_prints_round_trip() {
        assert_eq!(d("2026-03-31").to_string(), "2026-03-31");
    }

    #[test]
    fn rejects_malformed_and_impossible_dates() {
        for bad in ["2026-3-31", "31/03/2026", "2026-03-31T00:00", "", "2026-0a-01"] {
            assert!(matches!(bad.parse::<Date>(), Err(DateError::Format(_))), "{bad}");
        }
        for bad in ["2026-02-29", "2026-13-01", "2026-04-31", "2026-00-10"] {
            assert!(matches!(bad.parse::<Date>(), Err(DateError::NoSuchDay(_))), "{bad}");
        }
        assert!("2024-02-29".parse::<Date>().is_ok());
    }

    #[test]
    fn refuses_years_outside_1990_to_2100() {
        for bad in ["0001-01-01", "1989-12-31", "2101-01-01", "9999-12-31", "0202-03-01"] {
            assert_eq!(bad.parse::<Date>(), Err(DateError::OutOfRange(bad.to_string())), "{bad}");
        }
        assert_eq!(
            "0001-01-01".parse::<Date>().unwrap_err().to_string(),
            "`0001-01-01` is outside the years 1990 to 2100 ivaudit accepts"
        );
        let range = format!("{} to {}", crate::limits::EARLIEST_YEAR, crate::limits::LATEST_YEAR);
        assert!(DateError::OUT_OF_RANGE.contains(&range), "the message must name the bounds");
        assert_eq!(d("1990-01-01").to_string(), "1990-01-01");
        assert_eq!(d("2100-12-31").to_string(), "2100-12-31");
        // An impossible day is that, whatever its year.
        assert!(matches!("0001-02-30".parse::<Date>(), Err(DateError::NoSuchDay(_))));
    }

    #[test]
    fn kind_messages_never_repeat_the_value() {
        for bad in ["C-0142", "2026-02-30", "2999-01-01"] {
            let e = bad.parse::<Date>().unwrap_err();
            assert!(!e.kind_message().contains(bad), "{e}");
            assert_eq!(e.to_string(), format!("`{bad}` {}", e.kind_message()));
        }
    }

    #[test]
    fn counts_days_across_leap_years_and_epoch() {
        assert_eq!(Date::new(1970, 1, 1).unwrap().to_days(), 0);
        assert_eq!(d("2024-02-28").days_until(d("2024-03-01")), 2);
        assert_eq!(d("2025-02-28").days_until(d("2025-03-01")), 1);
        assert_eq!(d("2026-01-01").days_until(d("2025-01-01")), -365);
    }

    #[test]
    fn days_convert_both_ways() {
        let start = Date::new(1990, 1, 1).unwrap();
        for n in (0..45_000).step_by(7) {
            let date = start.add_days(n);
            assert_eq!(start.days_until(date), n, "{date}");
            assert!(Date::new(date.year(), date.month(), date.day()).is_some(), "{date}");
        }
        assert_eq!(d("2024-02-28").add_days(1), d("2024-02-29"));
        assert_eq!(d("2024-03-01").add_days(-1), d("2024-02-29"));
        assert_eq!(d("2025-12-31").add_days(1), d("2026-01-01"));
    }

    #[test]
    fn adds_months_clamping_to_month_end() {
        assert_eq!(d("2026-01-31").add_months(1), d("2026-02-28"));
        assert_eq!(d("2026-11-30").add_months(3), d("2027-02-28"));
        assert_eq!(d("2026-03-15").add_months(-3), d("2025-12-15"));
    }
}
