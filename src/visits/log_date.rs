//! The local date of a log timestamp, in the offset it was written with.

use jiff::civil::Date;

/// The date part of an RFC 3339 timestamp, after checking the whole timestamp (so garbage with a
/// plausible date prefix is refused). The kiosk's own form (`2026-11-27T10:15:03.120+09:00`) is
/// checked by hand, fast; any other form is left to jiff.
#[must_use]
pub fn local_date(ts: &str) -> Option<Date> {
    if let Some(date) = strict(ts.as_bytes()) {
        return Some(date);
    }
    ts.parse::<jiff::Timestamp>().ok()?;
    ts.get(..10)?.parse().ok()
}

/// `YYYY-MM-DDTHH:MM:SS[.fraction](Z|±HH:MM)`, every field in range.
fn strict(ts: &[u8]) -> Option<Date> {
    let number = |range: std::ops::Range<usize>| -> Option<i16> {
        ts.get(range)?.iter().try_fold(0i16, |n, b| {
            b.is_ascii_digit().then(|| n * 10 + i16::from(b - b'0'))
        })
    };
    let at = |i: usize, expected: u8| ts.get(i) == Some(&expected);
    if !(at(4, b'-') && at(7, b'-') && at(10, b'T') && at(13, b':') && at(16, b':')) {
        return None;
    }
    let (hour, minute, second) = (number(11..13)?, number(14..16)?, number(17..19)?);
    if hour > 23 || minute > 59 || second > 59 {
        return None;
    }
    let mut rest = ts.get(19..)?;
    if let Some(fraction) = rest.strip_prefix(b".") {
        let digits = fraction.iter().take_while(|b| b.is_ascii_digit()).count();
        if digits == 0 || digits > 9 {
            return None;
        }
        rest = &fraction[digits..];
    }
    match rest {
        b"Z" => {}
        [b'+' | b'-', h1, h2, b':', m1, m2] => {
            let digits = [*h1, *h2, *m1, *m2];
            if !digits.iter().all(u8::is_ascii_digit) {
                return None;
            }
            let (hours, minutes) = (
                (digits[0] - b'0') * 10 + digits[1] - b'0',
                (digits[2] - b'0') * 10 + digits[3] - b'0',
            );
            if hours > 23 || minutes > 59 {
                return None;
            }
        }
        _ => return None,
    }
    let month = i8::try_from(number(5..7)?).ok()?;
    let day = i8::try_from(number(8..10)?).ok()?;
    Date::new(number(0..4)?, month, day).ok()
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn the_date_is_the_one_written() {
        for (ts, date) in [
            ("2021-03-31T23:59:59.999+09:00", Some("2021-03-31")),
            ("2021-04-01T00:00:00+09:00", Some("2021-04-01")),
            ("2021-03-31T15:30:00.000Z", Some("2021-03-31")),
            ("2020-02-29T12:00:00.000-05:00", Some("2020-02-29")),
            ("2021-02-29T12:00:00.000+09:00", None),
            ("2021-13-01T12:00:00.000+09:00", None),
            ("2021-03-31T24:00:00.000+09:00", None),
            ("2021-03-31T10:00:00.000", None),
            ("2021-03-31T10:00:00.+09:00", None),
            ("2021-03-31", None),
            ("2021-03-31Tgarbage", None),
            ("", None),
        ] {
            assert_eq!(
                local_date(ts),
                date.map(|d| d.parse::<Date>().unwrap()),
                "{ts}"
            );
        }
    }

    #[test]
    fn the_fast_check_agrees_with_jiff() {
        for ts in [
            "2026-11-27T10:15:03.120+09:00",
            "1999-12-31T23:59:59Z",
            "2024-02-29T00:00:00.000000001+14:00",
            "2023-02-29T00:00:00Z",
            "2023-04-31T00:00:00Z",
            "2023-04-30T00:00:00+24:00",
        ] {
            let slow = ts
                .parse::<jiff::Timestamp>()
                .ok()
                .and_then(|_| ts[..10].parse::<Date>().ok());
            assert_eq!(local_date(ts), slow, "{ts}");
            // The fast check may leave an unusual form to jiff, never accept what jiff refuses.
            if let Some(fast) = strict(ts.as_bytes()) {
                assert_eq!(Some(fast), slow, "{ts}");
            }
        }
    }
}
