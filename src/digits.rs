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
    use super::group_digits;

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
