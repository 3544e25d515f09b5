//! A tally as rows and columns, and its three forms: an aligned table with thousands
//! separators (as the annual report prints figures), CSV and JSON.

use std::fmt::Write as _;

use crate::digits::group_digits;
use crate::visits::tally::{GroupBy, QuestionFigures, Tally, VisitorFigures};

/// One cell.
#[derive(Debug, Clone, PartialEq)]
pub enum Cell {
    /// A name or key.
    Text(String),
    /// A count.
    Count(u64),
    /// A percentage to one decimal; `None` when there is nothing to divide.
    Percent(Option<f64>),
    /// A duration in milliseconds; `None` when unknown.
    Millis(Option<u64>),
    /// Nothing (a total that does not add up, such as distinct visits).
    Empty,
}

/// A column: its name, and whether CSV carries it (the fiscal-year CSV is exactly
/// `fiscal_year,visitors`).
#[derive(Debug, Clone, Copy, PartialEq, Eq)]
pub struct Column {
    /// Name, as CSV header and JSON key.
    pub name: &'static str,
    /// Whether CSV output includes it.
    pub in_csv: bool,
}

/// A tally laid out for output.
#[derive(Debug, Clone, PartialEq)]
pub struct Report {
    /// The columns.
    pub columns: Vec<Column>,
    /// The rows, the total (if any) last.
    pub rows: Vec<Vec<Cell>>,
}

const fn column(name: &'static str) -> Column {
    Column { name, in_csv: true }
}

/// Lays out `tally`, counted `by`.
#[must_use]
pub fn report(tally: &Tally, by: GroupBy) -> Report {
    match by {
        GroupBy::FiscalYear
        | GroupBy::Month
        | GroupBy::Day
        | GroupBy::Pack
        | GroupBy::Kiosk
        | GroupBy::Language => visitors(tally, by),
        GroupBy::Exhibit | GroupBy::Page => exhibits(tally, by),
        GroupBy::Quiz => quizzes(tally),
    }
}

/// The key column's name.
#[must_use]
pub fn key_name(by: GroupBy) -> &'static str {
    match by {
        GroupBy::FiscalYear => "fiscal_year",
        GroupBy::Month => "month",
        GroupBy::Day => "day",
        GroupBy::Pack => "pack",
        GroupBy::Kiosk => "kiosk",
        GroupBy::Language => "language",
        GroupBy::Exhibit | GroupBy::Page => "exhibit",
        GroupBy::Quiz => "quiz",
    }
}

fn visitors(tally: &Tally, by: GroupBy) -> Report {
    // Dates add up to a total a report sums by hand; their CSV stays key,visitors.
    let time_series = matches!(by, GroupBy::FiscalYear | GroupBy::Month | GroupBy::Day);
    let row = |key: &str, figures: &VisitorFigures| {
        vec![
            Cell::Text(key.to_owned()),
            Cell::Count(figures.visitors),
            Cell::Millis(figures.average_active_ms()),
        ]
    };
    let mut rows: Vec<Vec<Cell>> = tally
        .visitors
        .iter()
        .map(|(key, figures)| row(key, figures))
        .collect();
    rows.push(row("total", &tally.overall()));
    Report {
        columns: vec![
            column(key_name(by)),
            column("visitors"),
            Column {
                name: "avg_active_ms",
                in_csv: !time_series,
            },
        ],
        rows,
    }
}

fn exhibits(tally: &Tally, by: GroupBy) -> Report {
    let pages = by == GroupBy::Page;
    let mut rows = Vec::new();
    let mut views = 0;
    for ((exhibit, page), figures) in &tally.exhibits {
        if pages == page.is_empty() {
            continue;
        }
        views += figures.page_views;
        let mut row = vec![Cell::Text(exhibit.clone())];
        if pages {
            row.push(Cell::Text(page.clone()));
        }
        row.extend([Cell::Count(figures.visits), Cell::Count(figures.page_views)]);
        rows.push(row);
    }
    let mut total = vec![Cell::Text("total".to_owned())];
    if pages {
        total.push(Cell::Empty);
    }
    // One visit opens several exhibits: visits do not add up, views do.
    total.extend([Cell::Empty, Cell::Count(views)]);
    rows.push(total);
    let mut columns = vec![column("exhibit")];
    if pages {
        columns.push(column("page"));
    }
    columns.extend([column("visits"), column("page_views")]);
    Report { columns, rows }
}

fn quizzes(tally: &Tally) -> Report {
    let answers = |figures: &QuestionFigures| {
        [
            Cell::Count(figures.answers),
            Cell::Count(figures.correct),
            Cell::Percent(figures.percent_correct()),
        ]
    };
    let mut rows = Vec::new();
    for (quiz, figures) in &tally.quizzes {
        for ((_, question), question_figures) in tally
            .questions
            .range((quiz.clone(), String::new())..)
            .take_while(|((q, _), _)| q == quiz)
        {
            let mut row = vec![Cell::Text(quiz.clone()), Cell::Text(question.clone())];
            row.extend(answers(question_figures));
            row.extend([Cell::Empty, Cell::Empty]);
            rows.push(row);
        }
        let mut row = vec![Cell::Text(quiz.clone()), Cell::Text("all".to_owned())];
        row.extend(answers(&figures.answers));
        let average = (figures.max > 0).then(|| {
            let tenths = (figures.score * 1000 + figures.max / 2) / figures.max;
            tenths as f64 / 10.0
        });
        row.extend([Cell::Count(figures.completions), Cell::Percent(average)]);
        rows.push(row);
    }
    Report {
        columns: vec![
            column("quiz"),
            column("question"),
            column("answers"),
            column("correct"),
            column("percent_correct"),
            column("completions"),
            column("average_score_percent"),
        ],
        rows,
    }
}

impl Report {
    /// CSV (RFC 4180 quoting, by the `csv` crate): the header, then the rows (plain numbers,
    /// empty for unknown), `\n` line ends.
    pub fn csv(&self) -> Result<String, csv::Error> {
        let keep: Vec<usize> = (0..self.columns.len())
            .filter(|i| self.columns[*i].in_csv)
            .collect();
        let mut writer = csv::WriterBuilder::new().from_writer(Vec::new());
        writer.write_record(keep.iter().map(|i| self.columns[*i].name))?;
        for row in &self.rows {
            writer.write_record(keep.iter().map(|i| csv_cell(&row[*i])))?;
        }
        let bytes = writer
            .into_inner()
            .map_err(csv::IntoInnerError::into_error)?;
        // Every cell was a Rust string: the bytes are UTF-8.
        Ok(String::from_utf8_lossy(&bytes).into_owned())
    }

    /// An aligned table: text left, figures right with thousands separators.
    #[must_use]
    pub fn table(&self) -> String {
        let header: Vec<String> = self
            .columns
            .iter()
            .map(|c| match c.name {
                "avg_active_ms" => "avg active".to_owned(),
                "average_score_percent" => "average score".to_owned(),
                name => name.replace('_', " "),
            })
            .collect();
        let cells: Vec<Vec<String>> = self
            .rows
            .iter()
            .map(|row| row.iter().map(table_cell).collect())
            .collect();
        let widths: Vec<usize> = (0..header.len())
            .map(|i| {
                cells
                    .iter()
                    .map(|row| row[i].chars().count())
                    .chain(std::iter::once(header[i].len()))
                    .max()
                    .unwrap_or(0)
            })
            .collect();
        let left =
            |i: usize| i == 0 || (i == 1 && matches!(self.columns[1].name, "page" | "question"));
        let line = |texts: &[String]| {
            let parts: Vec<String> = texts
                .iter()
                .enumerate()
                .map(|(i, text)| {
                    let pad = widths[i].saturating_sub(text.chars().count());
                    if left(i) {
                        format!("{text}{}", " ".repeat(pad))
                    } else {
                        format!("{}{text}", " ".repeat(pad))
                    }
                })
                .collect();
            parts.join("  ").trim_end().to_owned()
        };
        let mut out = line(&header) + "\n";
        let rule: Vec<String> = widths.iter().map(|w| "-".repeat(*w)).collect();
        out += &(rule.join("  ") + "\n");
        for row in &cells {
            let _ = writeln!(out, "{}", line(row));
        }
        out
    }

    /// JSON: `{"columns": [...], "rows": [{column: value}...]}` plus `extra` members.
    #[must_use]
    pub fn json(&self, extra: serde_json::Map<String, serde_json::Value>) -> String {
        let rows: Vec<serde_json::Value> = self
            .rows
            .iter()
            .map(|row| {
                let object: serde_json::Map<String, serde_json::Value> = self
                    .columns
                    .iter()
                    .zip(row)
                    .map(|(column, cell)| (column.name.to_owned(), json_cell(cell)))
                    .collect();
                serde_json::Value::Object(object)
            })
            .collect();
        let mut object = serde_json::Map::new();
        object.insert(
            "columns".to_owned(),
            self.columns.iter().map(|c| c.name).collect(),
        );
        object.insert("rows".to_owned(), serde_json::Value::Array(rows));
        object.extend(extra);
        format!("{}\n", serde_json::Value::Object(object))
    }
}

fn csv_cell(cell: &Cell) -> String {
    match cell {
        Cell::Text(text) => text.clone(),
        Cell::Count(n) | Cell::Millis(Some(n)) => n.to_string(),
        Cell::Percent(Some(p)) => format!("{p:.1}"),
        Cell::Percent(None) | Cell::Millis(None) | Cell::Empty => String::new(),
    }
}

fn table_cell(cell: &Cell) -> String {
    match cell {
        Cell::Text(text) => text.clone(),
        Cell::Count(n) => group_digits(*n),
        Cell::Percent(Some(p)) => format!("{p:.1}%"),
        Cell::Millis(Some(ms)) => {
            let seconds = (ms + 500) / 1000;
            format!("{}:{:02}", seconds / 60, seconds % 60)
        }
        Cell::Percent(None) | Cell::Millis(None) | Cell::Empty => "-".to_owned(),
    }
}

fn json_cell(cell: &Cell) -> serde_json::Value {
    match cell {
        Cell::Text(text) => text.clone().into(),
        Cell::Count(n) | Cell::Millis(Some(n)) => (*n).into(),
        Cell::Percent(Some(p)) => (*p).into(),
        Cell::Percent(None) | Cell::Millis(None) | Cell::Empty => serde_json::Value::Null,
    }
}

#[cfg(test)]
mod tests {
    use super::*;
    use crate::visits::tally::{ExhibitFigures, QuizFigures};

    fn sample() -> Tally {
        let mut tally = Tally::default();
        tally.visitors.insert(
            "2020".into(),
            VisitorFigures {
                visitors: 146_532,
                ended: 2,
                active_ms: 150_000,
            },
        );
        tally.exhibits.insert(
            ("sdgs".into(), String::new()),
            ExhibitFigures {
                visits: 3,
                page_views: 5,
            },
        );
        tally.exhibits.insert(
            ("sdgs".into(), "goals, 17".into()),
            ExhibitFigures {
                visits: 3,
                page_views: 5,
            },
        );
        tally.questions.insert(
            ("odi".into(), "q1".into()),
            QuestionFigures {
                answers: 3,
                correct: 2,
            },
        );
        tally.quizzes.insert(
            "odi".into(),
            QuizFigures {
                answers: QuestionFigures {
                    answers: 3,
                    correct: 2,
                },
                completions: 1,
                score: 5,
                max: 6,
            },
        );
        tally
    }

    #[test]
    fn fiscal_year_csv_is_exactly_year_and_visitors() {
        assert_eq!(
            report(&sample(), GroupBy::FiscalYear).csv().unwrap(),
            "fiscal_year,visitors\n2020,146532\ntotal,146532\n"
        );
        let table = report(&sample(), GroupBy::FiscalYear).table();
        assert!(
            table.starts_with("fiscal year  visitors  avg active\n"),
            "{table}"
        );
        assert!(
            table.contains("\n2020          146,532        1:15\n"),
            "{table}"
        );
    }

    #[test]
    fn pages_quote_commas_and_quizzes_give_percentages() {
        assert_eq!(
            report(&sample(), GroupBy::Page).csv().unwrap(),
            "exhibit,page,visits,page_views\nsdgs,\"goals, 17\",3,5\ntotal,,,5\n"
        );
        assert_eq!(
            report(&sample(), GroupBy::Exhibit).csv().unwrap(),
            "exhibit,visits,page_views\nsdgs,3,5\ntotal,,5\n"
        );
        assert_eq!(
            report(&sample(), GroupBy::Quiz).csv().unwrap(),
            "quiz,question,answers,correct,percent_correct,completions,average_score_percent\n\
             odi,q1,3,2,66.7,,\nodi,all,3,2,66.7,1,83.3\n"
        );
        let json = report(&sample(), GroupBy::Quiz).json(serde_json::Map::new());
        let value: serde_json::Value = serde_json::from_str(&json).unwrap();
        assert_eq!(value["rows"][1]["completions"], 1);
        assert_eq!(value["rows"][0]["completions"], serde_json::Value::Null);
    }
}
