//! Fiscal years: fiscal year N runs from the first day of the start month in year N to the day
//! before that in year N+1 (Japan: April, so fiscal 2020 is 2020-04-01 … 2021-03-31).

use jiff::civil::Date;

/// The month fiscal years start in, 1–12 (April in Japan).
#[derive(Debug, Clone, Copy, PartialEq, Eq)]
pub struct FiscalCalendar {
    start_month: i8,
}

impl Default for FiscalCalendar {
    fn default() -> Self {
        Self { start_month: 4 }
    }
}

impl FiscalCalendar {
    /// A calendar whose years start in `start_month` (1 = January … 12 = December); `None`
    /// for a month out of range.
    #[must_use]
    pub fn starting_in(start_month: i8) -> Option<Self> {
        (1..=12)
            .contains(&start_month)
            .then_some(Self { start_month })
    }

    /// The fiscal year a local date belongs to.
    #[must_use]
    pub fn year_of(&self, date: Date) -> i16 {
        if date.month() >= self.start_month {
            date.year()
        } else {
            date.year() - 1
        }
    }

    /// The first and last day of fiscal year `year`.
    #[must_use]
    pub fn days_of(&self, year: i16) -> Option<(Date, Date)> {
        let first = Date::new(year, self.start_month, 1).ok()?;
        let next = Date::new(year.checked_add(1)?, self.start_month, 1).ok()?;
        Some((first, next.yesterday().ok()?))
    }
}

#[cfg(test)]
mod tests {
    use super::*;
    use jiff::civil::date;

    #[test]
    fn japanese_fiscal_years_start_in_april() {
        let japan = FiscalCalendar::default();
        assert_eq!(japan.year_of(date(2021, 3, 31)), 2020);
        assert_eq!(japan.year_of(date(2021, 4, 1)), 2021);
        assert_eq!(japan.year_of(date(2020, 2, 29)), 2019, "a leap day");
        assert_eq!(
            japan.days_of(2020),
            Some((date(2020, 4, 1), date(2021, 3, 31)))
        );
        assert_eq!(
            japan.days_of(2023),
            Some((date(2023, 4, 1), date(2024, 3, 31)))
        );
    }

    #[test]
    fn other_start_months() {
        let calendar_year = FiscalCalendar::starting_in(1).unwrap();
        assert_eq!(calendar_year.year_of(date(2021, 1, 1)), 2021);
        assert_eq!(
            calendar_year.days_of(2020),
            Some((date(2020, 1, 1), date(2020, 12, 31)))
        );
        let october = FiscalCalendar::starting_in(10).unwrap();
        assert_eq!(october.year_of(date(2021, 9, 30)), 2020);
        assert_eq!(october.year_of(date(2021, 10, 1)), 2021);
        assert_eq!(FiscalCalendar::starting_in(13), None);
        assert_eq!(FiscalCalendar::starting_in(0), None);
    }
}
