//! Numbers as the annual report writes them: 2,198,454.

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
