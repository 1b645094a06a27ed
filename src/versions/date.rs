//! The plan date (`--date YYYY-MM-DD`, else the day of the run), against
//! which V705 judges notice deadlines. Only calendar dates, no time zone:
//! a deadline is a day.

use std::fmt;

#[derive(Clone, Copy, Debug, PartialEq, Eq, PartialOrd, Ord)]
pub struct Date {
    pub year: u32,
    pub month: u32,
    pub day: u32,
}

impl Date {
    /// `YYYY-MM-DD`, a real day of a year in 1900–2200.
    pub fn parse(s: &str) -> Result<Date, crate::i18n::Message> {
        let bad = || crate::msg!("date-not-a-date", value = s);
        let parts: Vec<&str> = s.trim().split('-').collect();
        let [y, m, d] = parts.as_slice() else {
            return Err(bad());
        };
        if y.len() != 4 || m.len() != 2 || d.len() != 2 {
            return Err(bad());
        }
        let num = |t: &str| t.parse::<u32>().map_err(|_| bad());
        let (year, month, day) = (num(y)?, num(m)?, num(d)?);
        if !(1900..=2200).contains(&year) || !(1..=12).contains(&month) {
            return Err(bad());
        }
        if day == 0 || day > days_in_month(year, month) {
            return Err(bad());
        }
        Ok(Date { year, month, day })
    }

    /// Today in the local time zone (`TZ`), from the system clock: a
    /// coordinator's run just after midnight on 1 February is on
    /// 1 February, not on UTC's 31 January. UTC where the local zone
    /// cannot be read.
    pub fn today() -> Date {
        let secs = std::time::SystemTime::now()
            .duration_since(std::time::UNIX_EPOCH)
            .map_or(0, |d| d.as_secs());
        local_date(secs).unwrap_or_else(|| Date::from_days((secs / 86_400) as i64))
    }

    /// The civil date of a day count since 1970-01-01 (H. Hinnant's
    /// algorithm).
    pub fn from_days(days: i64) -> Date {
        let z = days + 719_468;
        let era = z.div_euclid(146_097);
        let doe = z.rem_euclid(146_097);
        let yoe = (doe - doe / 1460 + doe / 36_524 - doe / 146_096) / 365;
        let doy = doe - (365 * yoe + yoe / 4 - yoe / 100);
        let mp = (5 * doy + 2) / 153;
        let day = (doy - (153 * mp + 2) / 5 + 1) as u32;
        let month = if mp < 10 { mp + 3 } else { mp - 9 } as u32;
        let year = (yoe + era * 400 + i64::from(month <= 2)) as u32;
        Date { year, month, day }
    }

    pub fn feb1(year: u32) -> Date {
        Date {
            year,
            month: 2,
            day: 1,
        }
    }

    /// The first school year (starting 1 August) that starts after this
    /// date.
    pub fn next_school_year(self) -> u32 {
        if (self.month, self.day) < (8, 1) {
            self.year
        } else {
            self.year + 1
        }
    }

    /// The year of the first 1 February on or after this date.
    pub fn next_feb1(self) -> u32 {
        if (self.month, self.day) <= (2, 1) {
            self.year
        } else {
            self.year + 1
        }
    }
}

fn days_in_month(year: u32, month: u32) -> u32 {
    match month {
        2 if (year.is_multiple_of(4) && !year.is_multiple_of(100)) || year.is_multiple_of(400) => {
            29
        }
        2 => 28,
        4 | 6 | 9 | 11 => 30,
        _ => 31,
    }
}

impl fmt::Display for Date {
    fn fmt(&self, f: &mut fmt::Formatter<'_>) -> fmt::Result {
        write!(f, "{:04}-{:02}-{:02}", self.year, self.month, self.day)
    }
}

/// The local calendar date of `secs` since the epoch (`localtime_r`).
#[cfg(target_os = "linux")]
fn local_date(secs: u64) -> Option<Date> {
    let t = libc::time_t::try_from(secs).ok()?;
    // SAFETY: `tm` is plain data that `localtime_r` fills; both pointers
    // are valid for the call, and it keeps neither.
    let tm = unsafe {
        let mut tm: libc::tm = std::mem::zeroed();
        if libc::localtime_r(&t, &mut tm).is_null() {
            return None;
        }
        tm
    };
    Some(Date {
        year: u32::try_from(tm.tm_year).ok()? + 1900,
        month: u32::try_from(tm.tm_mon).ok()? + 1,
        day: u32::try_from(tm.tm_mday).ok()?,
    })
}

#[cfg(not(target_os = "linux"))]
fn local_date(_secs: u64) -> Option<Date> {
    None
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn parses_real_days_only() {
        assert_eq!(
            Date::parse("2026-02-01"),
            Ok(Date {
                year: 2026,
                month: 2,
                day: 1
            })
        );
        assert!(Date::parse("2024-02-29").is_ok());
        for bad in [
            "2025-02-29",
            "2026-13-01",
            "2026-1-01",
            "26-01-01",
            "x",
            "2026-04-31",
            "",
        ] {
            assert!(Date::parse(bad).is_err(), "{bad}");
        }
    }

    #[test]
    fn days_to_dates() {
        assert_eq!(Date::from_days(0).to_string(), "1970-01-01");
        assert_eq!(Date::from_days(20_515).to_string(), "2026-03-03");
        assert_eq!(Date::from_days(11_016).to_string(), "2000-02-29");
    }

    #[test]
    fn school_years_and_deadlines() {
        let d = Date::parse("2026-02-01").unwrap();
        assert_eq!((d.next_school_year(), d.next_feb1()), (2026, 2026));
        let d = Date::parse("2026-02-02").unwrap();
        assert_eq!((d.next_school_year(), d.next_feb1()), (2026, 2027));
        let d = Date::parse("2026-08-01").unwrap();
        assert_eq!(d.next_school_year(), 2027);
    }
}
