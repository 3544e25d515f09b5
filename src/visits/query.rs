//! What a tally asks of the logs: how to group the events and which fiscal years to count.
//! Both the block scanner ([`super::scan`]) and the counting ([`super::tally`]) read these; they
//! live apart from both so neither has to import the other's module.

/// How events are grouped.
#[derive(Debug, Clone, Copy, PartialEq, Eq)]
pub enum GroupBy {
    /// Visitors per fiscal year of the visit's start.
    FiscalYear,
    /// Visitors per calendar month (`YYYY-MM`).
    Month,
    /// Visitors per calendar day (`YYYY-MM-DD`).
    Day,
    /// Visitors per pack on show.
    Pack,
    /// Visitors per kiosk.
    Kiosk,
    /// Visitors per language the visit started in.
    Language,
    /// Per exhibit: visits that opened it, and page views.
    Exhibit,
    /// Per page: visits that opened it, and views.
    Page,
    /// Per quiz question: answers and how many were right; per quiz: completions and scores.
    Quiz,
}

impl GroupBy {
    /// Whether this grouping counts visitors (rather than pages or answers).
    #[must_use]
    pub fn counts_visitors(self) -> bool {
        !matches!(self, Self::Exhibit | Self::Page | Self::Quiz)
    }
}

/// Which fiscal years to count (inclusive); `None` counts all.
#[derive(Debug, Clone, Copy, Default, PartialEq, Eq)]
pub struct YearRange {
    /// First fiscal year counted.
    pub from: Option<i16>,
    /// Last fiscal year counted.
    pub to: Option<i16>,
}

impl YearRange {
    /// Exactly one fiscal year.
    #[must_use]
    pub fn only(year: i16) -> Self {
        Self {
            from: Some(year),
            to: Some(year),
        }
    }

    /// Whether `year` is counted.
    #[must_use]
    pub fn contains(self, year: i16) -> bool {
        self.from.is_none_or(|from| year >= from) && self.to.is_none_or(|to| year <= to)
    }
}
