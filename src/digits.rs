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
}
