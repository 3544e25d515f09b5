//! Numbers as the annual report writes them (2,198,454), and file sizes as people say them.

/// `value` with its digits grouped by thousands: 2198454 → "2,198,454".
#[must_use]
pub fn group_digits(value: u64) -> String {
    let digits = value.to_string();
    let mut grouped = String::new();
    for (index, digit) in digits.chars().enumerate() {
        if index > 0 && (digits.len() - index).is_multiple_of(3) {
            grouped.push(',');
        }
        grouped.push(digit);
    }
    grouped
}

/// `value` grouped as `language` writes numbers: a dot in Portuguese, Vietnamese, Spanish and
/// Indonesian (54.863), a comma elsewhere (54,863), and in Nepali the lakh and crore groups
/// (21,98,454), as CLDR's number patterns have them.
#[must_use]
pub fn group_digits_for(value: u64, language: &str) -> String {
    let primary = language.split('-').next().unwrap_or(language);
    let separator = match primary {
        "pt" | "vi" | "es" | "id" => '.',
        "fr" => '\u{202F}',
        _ => ',',
    };
    let digits = value.to_string();
    let count = digits.len();
    let mut grouped = String::new();
    for (index, digit) in digits.chars().enumerate() {
        let left = count - index;
        let boundary = if primary == "ne" {
            // The last three digits, then twos.
            left > 3 && (left - 3).is_multiple_of(2) || left == 3
        } else {
            left.is_multiple_of(3)
        };
        if index > 0 && boundary {
            grouped.push(separator);
        }
        grouped.push(digit);
    }
    grouped
}

/// `date` as `language` writes a date in running text, with its year or without: 2021年3月31日
/// in Japanese and Chinese, 2021년 3월 31일 in Korean, March 31, 2021 in English and Filipino
/// (the Philippines write the month first), 31/3/2021 in the others (day, month, year, as
/// Viet Nam, Brazil and Nepal write Gregorian dates in figures).
#[must_use]
pub fn date_for(date: jiff::civil::Date, language: &str, with_year: bool) -> String {
    let (year, month, day) = (date.year(), date.month(), date.day());
    let primary = language.split('-').next().unwrap_or(language);
    match (primary, with_year) {
        ("ja" | "zh", true) => format!("{year}年{month}月{day}日"),
        ("ja" | "zh", false) => format!("{month}月{day}日"),
        ("ko", true) => format!("{year}년 {month}월 {day}일"),
        ("ko", false) => format!("{month}월 {day}일"),
        ("en" | "fil", true) => format!("{} {day}, {year}", date.strftime("%B")),
        ("en" | "fil", false) => format!("{} {day}", date.strftime("%B")),
        (_, true) => format!("{day}/{month}/{year}"),
        (_, false) => format!("{day}/{month}"),
    }
}

/// Bytes in KB or MB, as people say them.
#[must_use]
#[allow(
    clippy::cast_precision_loss,
    reason = "one decimal of a file size; precision beyond 2^52 bytes is irrelevant"
)]
pub fn human_bytes(bytes: u64) -> String {
    const KIB: u64 = 1024;
    const MIB: u64 = 1024 * 1024;
    const GIB: u64 = 1024 * MIB;
    if bytes >= GIB {
        format!("{:.1} GB", bytes as f64 / GIB as f64)
    } else if bytes >= MIB {
        format!("{:.1} MB", bytes as f64 / MIB as f64)
    } else if bytes >= KIB {
        format!("{:.1} KB", bytes as f64 / KIB as f64)
    } else {
        format!("{bytes} bytes")
    }
}

#[cfg(test)]
mod tests {
    use super::{date_for, group_digits};

    #[test]
    fn dates_are_written_as_each_language_writes_them() {
        let day = jiff::civil::date(2021, 3, 31);
        let languages = [
            "ja",
            "ja-x-easy",
            "zh-Hans",
            "ko",
            "en",
            "fil",
            "vi",
            "ne",
            "pt-BR",
        ];
        let written: Vec<String> = languages
            .iter()
            .map(|language| date_for(day, language, true))
            .collect();
        assert_eq!(
            written,
            [
                "2021年3月31日",
                "2021年3月31日",
                "2021年3月31日",
                "2021년 3월 31일",
                "March 31, 2021",
                "March 31, 2021",
                "31/3/2021",
                "31/3/2021",
                "31/3/2021"
            ]
        );
        assert_eq!(date_for(day, "ja", false), "3月31日");
        assert_eq!(date_for(day, "pt-BR", false), "31/3");
        assert_eq!(date_for(day, "en", false), "March 31");
    }

    #[test]
    fn digits_are_grouped_by_thousands() {
        assert_eq!(group_digits(0), "0");
        assert_eq!(group_digits(49), "49");
        assert_eq!(group_digits(54_863), "54,863");
        assert_eq!(group_digits(2_198_454), "2,198,454");
    }

    #[test]
    fn each_language_groups_its_own_way() {
        use super::group_digits_for;
        assert_eq!(group_digits_for(54_863, "ja"), "54,863");
        assert_eq!(group_digits_for(54_863, "pt-BR"), "54.863");
        assert_eq!(group_digits_for(2_198_454, "vi"), "2.198.454");
        assert_eq!(group_digits_for(2_198_454, "ne"), "21,98,454");
        assert_eq!(group_digits_for(54_863, "ne"), "54,863");
        assert_eq!(group_digits_for(863, "ne"), "863");
        assert_eq!(group_digits_for(2_198_454, "zh-Hans"), "2,198,454");
    }
}
