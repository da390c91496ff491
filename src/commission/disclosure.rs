//! Statistical disclosure control for documents an authority publishes,
//! after the Welsh Government's practice for looked-after children
//! statistics: counts of 1 to 4 are suppressed, other counts are rounded to
//! the nearest 5, a suppressed cell cannot be recovered from totals or other
//! cells (secondary suppression), and percentages are never computed from a
//! suppressed count.
//!
//! A table is treated with its totals as one grid in which every row and
//! every column is a sum: the last cell of each line is the line's total.
//! A line with exactly one hidden cell gives that cell away by subtraction,
//! so secondary suppression hides one more cell in every such line until
//! none is left, preferring the smallest interior cell so that as little as
//! possible is lost.

use serde::Serialize;

/// Whether figures are for publication or for the authority's own use.
#[derive(Debug, Clone, Copy, PartialEq, Eq, Serialize)]
#[serde(rename_all = "snake_case")]
pub enum Mode {
    /// Suppressed and rounded: safe to publish.
    Publication,
    /// Exact figures, marked not for publication.
    Internal,
}

/// The symbol shown for a suppressed figure.
pub const SUPPRESSED: &str = "*";

/// A figure as a document shows it.
#[derive(Debug, Clone, PartialEq, Eq, Serialize)]
pub struct Cell {
    /// What is printed: a number, or `*`.
    pub shown: String,
    /// The published value (rounded in publication), `None` when suppressed.
    pub value: Option<u64>,
    /// Whether the value was rounded for publication.
    #[serde(skip)]
    pub rounded: bool,
}

impl Cell {
    pub fn suppressed(&self) -> bool {
        self.value.is_none()
    }

    fn hidden() -> Cell {
        Cell { shown: SUPPRESSED.to_string(), value: None, rounded: true }
    }

    fn exact(n: u64) -> Cell {
        Cell { shown: n.to_string(), value: Some(n), rounded: false }
    }

    fn rounded(n: u64) -> Cell {
        let r = round5(n);
        Cell { shown: r.to_string(), value: Some(r), rounded: true }
    }
}

/// Rounds to the nearest 5 (halves, which cannot occur for whole numbers
/// ending in 2.5, do not arise; 7 is 5 and 8 is 10).
pub fn round5(n: u64) -> u64 {
    (n + 2) / 5 * 5
}

/// Whether a count is small enough to identify a child.
pub fn is_small(n: u64) -> bool {
    (1..=4).contains(&n)
}

/// One count on its own, outside a table.
pub fn count(n: u64, mode: Mode) -> Cell {
    match mode {
        Mode::Internal => Cell::exact(n),
        Mode::Publication if is_small(n) => Cell::hidden(),
        Mode::Publication => Cell::rounded(n),
    }
}

/// The smallest published base a percentage is shown on. Rounding to 5
/// moves a base of 8 to 10, so a share of a small base would mislead.
pub const MIN_PERCENT_BASE: u64 = 20;

/// `part` of `whole` as a percentage from the figures as shown (to one
/// decimal place under 10%): suppressed if either is suppressed, so it can
/// never reveal a hidden count, and in publication when the published base
/// is under `MIN_PERCENT_BASE`.
pub fn percent(part: &Cell, whole: &Cell) -> String {
    match (part.value, whole.value) {
        (Some(_), Some(w)) if w > 0 && w < MIN_PERCENT_BASE && whole.rounded => SUPPRESSED.to_string(),
        (Some(p), Some(w)) if w > 0 && p * 10 < w => {
            let tenths = (p * 1000 + w / 2) / w;
            format!("{}.{}%", tenths / 10, tenths % 10)
        }
        (Some(p), Some(w)) if w > 0 => format!("{}%", (p * 100 + w / 2) / w),
        (Some(_), Some(_)) => "-".to_string(),
        _ => SUPPRESSED.to_string(),
    }
}

/// A table of counts with row and column totals.
#[derive(Debug, Clone, Serialize)]
pub struct Table {
    pub columns: Vec<String>,
    pub rows: Vec<Row>,
    pub totals: Vec<Cell>,
    /// The grand total.
    pub total: Cell,
}

#[derive(Debug, Clone, Serialize)]
pub struct Row {
    pub label: String,
    pub cells: Vec<Cell>,
    pub total: Cell,
}

/// Protects a table of `counts` (rows x columns), adding totals.
pub fn table(columns: &[&str], rows: &[(&str, Vec<u64>)], mode: Mode) -> Table {
    let width = columns.len();
    let height = rows.len();
    // The grid with totals: grid[r][c], with r == height the totals row and
    // c == width the totals column.
    let mut grid = vec![vec![0u64; width + 1]; height + 1];
    for (r, (_, values)) in rows.iter().enumerate() {
        assert_eq!(values.len(), width, "every row has a value for every column");
        for (c, v) in values.iter().enumerate() {
            grid[r][c] = *v;
            grid[r][width] += v;
            grid[height][c] += v;
            grid[height][width] += v;
        }
    }
    let hidden = match mode {
        Mode::Internal => vec![vec![false; width + 1]; height + 1],
        Mode::Publication => suppress(&grid),
    };
    let cell = |r: usize, c: usize| -> Cell {
        match mode {
            Mode::Internal => Cell::exact(grid[r][c]),
            Mode::Publication if hidden[r][c] => Cell::hidden(),
            Mode::Publication => Cell::rounded(grid[r][c]),
        }
    };
    Table {
        columns: columns.iter().map(|c| c.to_string()).collect(),
        rows: rows
            .iter()
            .enumerate()
            .map(|(r, (label, _))| Row {
                label: label.to_string(),
                cells: (0..width).map(|c| cell(r, c)).collect(),
                total: cell(r, width),
            })
            .collect(),
        totals: (0..width).map(|c| cell(height, c)).collect(),
        total: cell(height, width),
    }
}

/// Primary then secondary suppression over a grid with totals.
fn suppress(grid: &[Vec<u64>]) -> Vec<Vec<bool>> {
    let height = grid.len();
    let width = grid[0].len();
    let mut hidden: Vec<Vec<bool>> = grid.iter().map(|row| row.iter().map(|v| is_small(*v)).collect()).collect();
    // Every line of the grid: its cells' positions, the total last.
    let mut lines: Vec<Vec<(usize, usize)>> = Vec::new();
    for r in 0..height {
        lines.push((0..width).map(|c| (r, c)).collect());
    }
    for c in 0..width {
        lines.push((0..height).map(|r| (r, c)).collect());
    }
    loop {
        let mut changed = false;
        for line in &lines {
            if line.iter().filter(|&&(r, c)| hidden[r][c]).count() != 1 {
                continue;
            }
            // Hide the smallest other cell, an interior one (not the line's
            // total) if there is one; ties go to the first in the line.
            let total = *line.last().expect("a line has cells");
            let candidate = line
                .iter()
                .filter(|&&(r, c)| !hidden[r][c])
                .min_by_key(|&&pos| (pos == total, grid[pos.0][pos.1]))
                .copied();
            if let Some((r, c)) = candidate {
                hidden[r][c] = true;
                changed = true;
            }
        }
        if !changed {
            return hidden;
        }
    }
}

#[cfg(test)]
mod tests {
    use super::*;

    fn shown(t: &Table) -> Vec<Vec<String>> {
        let mut out: Vec<Vec<String>> = t
            .rows
            .iter()
            .map(|r| r.cells.iter().chain(std::iter::once(&r.total)).map(|c| c.shown.clone()).collect())
            .collect();
        out.push(t.totals.iter().chain(std::iter::once(&t.total)).map(|c| c.shown.clone()).collect());
        out
    }

    /// No row or column of the published grid has exactly one hidden cell.
    fn no_line_gives_a_cell_away(t: &Table) {
        let grid = shown(t);
        for row in &grid {
            assert_ne!(row.iter().filter(|s| *s == SUPPRESSED).count(), 1, "row {row:?}");
        }
        for c in 0..grid[0].len() {
            assert_ne!(grid.iter().filter(|row| row[c] == SUPPRESSED).count(), 1, "column {c} of {grid:?}");
        }
    }

    #[test]
    fn rounding_and_primary_suppression() {
        assert_eq!(round5(7), 5);
        assert_eq!(round5(8), 10);
        assert_eq!(round5(12), 10);
        assert_eq!(round5(13), 15);
        assert_eq!(count(0, Mode::Publication).shown, "0");
        for n in 1..=4 {
            assert_eq!(count(n, Mode::Publication).shown, "*");
        }
        assert_eq!(count(5, Mode::Publication).shown, "5");
        assert_eq!(count(23, Mode::Publication).shown, "25");
        assert_eq!(count(3, Mode::Internal).shown, "3");
    }

    #[test]
    fn a_small_cell_is_not_given_away_by_its_row_total() {
        // Naive suppression would show "* 10 12 | 25": 25 - 10 - 12 = 3.
        let t = table(&["Boys", "Girls", "Other"], &[("Matched", vec![3, 10, 12])], Mode::Publication);
        let grid = shown(&t);
        assert_eq!(grid[0], ["*", "*", "10", "25"]);
        no_line_gives_a_cell_away(&t);
    }

    #[test]
    fn secondary_suppression_follows_through_rows_and_columns() {
        // Hiding the 2 forces a second cell in its row and its column, and
        // those force more, until no line has a single hidden cell.
        let rows =
            [("In county", vec![2, 15, 9]), ("Out of county", vec![6, 8, 11]), ("Out of Wales", vec![7, 12, 20])];
        let t = table(&["Matched", "Waiting", "Assessed"], &rows, Mode::Publication);
        no_line_gives_a_cell_away(&t);
        let grid = shown(&t);
        assert_eq!(grid[0][0], "*");
        // The smallest others in the first row and first column go too.
        assert_eq!(grid[0][2], "*", "{grid:?}");
        assert_eq!(grid[1][0], "*", "{grid:?}");
        // Published figures are rounded to 5.
        assert_eq!(grid[2][2], "20");
        assert_eq!(grid[0][1], "15");
    }

    #[test]
    fn a_lone_small_total_is_hidden_with_its_only_cell() {
        let t = table(&["Welsh"], &[("Waiting", vec![3]), ("Matched", vec![9])], Mode::Publication);
        no_line_gives_a_cell_away(&t);
        assert_eq!(t.rows[0].cells[0].shown, "*");
        assert_eq!(t.rows[0].total.shown, "*");
    }

    #[test]
    fn zeros_and_internal_tables_are_exact() {
        let t = table(&["A", "B"], &[("X", vec![0, 3])], Mode::Internal);
        assert_eq!(shown(&t), [["0", "3", "3"], ["0", "3", "3"]]);
    }

    #[test]
    fn percentages_are_never_computed_from_hidden_counts() {
        let hidden = count(3, Mode::Publication);
        let whole = count(40, Mode::Publication);
        assert_eq!(percent(&hidden, &whole), "*");
        assert_eq!(percent(&count(10, Mode::Publication), &whole), "25%");
        // 7 of 8 would publish as 5 of 10, so 50%: a small base is not shown.
        assert_eq!(percent(&count(7, Mode::Publication), &count(8, Mode::Publication)), "*");
        assert_eq!(percent(&count(7, Mode::Internal), &count(8, Mode::Internal)), "88%");
        assert_eq!(percent(&count(0, Mode::Publication), &count(0, Mode::Publication)), "-");
        assert_eq!(percent(&count(1, Mode::Internal), &count(412, Mode::Internal)), "0.2%");
        assert_eq!(percent(&count(0, Mode::Internal), &count(412, Mode::Internal)), "0.0%");
    }

    #[test]
    fn every_small_table_is_protected() {
        // Exhaustive over 2x2 tables with values 0-6: no line ever gives a
        // hidden cell away, and no published cell is 1-4.
        for a in 0..7u64 {
            for b in 0..7 {
                for c in 0..7 {
                    for d in 0..7 {
                        let t = table(&["p", "q"], &[("x", vec![a, b]), ("y", vec![c, d])], Mode::Publication);
                        no_line_gives_a_cell_away(&t);
                        for row in shown(&t) {
                            for s in row {
                                assert!(s == "*" || s.parse::<u64>().unwrap() % 5 == 0, "{s}");
                            }
                        }
                    }
                }
            }
        }
    }
}
