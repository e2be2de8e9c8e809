//! Reading the editable tables in `data/`, compiled in with `include_str!`.
//!
//! `build.rs` makes a compact copy of each table (comments and unread
//! columns dropped) in OUT_DIR; [`data_file!`] includes that copy.
//!
//! Every table is UTF-8 text: lines starting with `#` are comments (the
//! header says where the data comes from and how it is regenerated), other
//! non-empty lines are rows of tab-separated fields. Multi-valued fields
//! separate their values with `|`.

/// The compact copy of `data/<name>` made by build.rs, as a `&'static str`.
macro_rules! data_file {
    ($name:literal) => {
        include_str!(concat!(env!("OUT_DIR"), "/", $name))
    };
}

/// The rows of a TSV table, as fields borrowed from the `'static` text.
pub fn rows(table: &'static str) -> impl Iterator<Item = Vec<&'static str>> {
    table
        .lines()
        .map(|l| l.trim_end_matches('\r'))
        .filter(|l| !l.is_empty() && !l.starts_with('#'))
        .map(|l| l.split('\t').map(str::trim).collect())
}

/// The non-comment, non-empty lines of a one-column list.
pub fn list(table: &'static str) -> impl Iterator<Item = &'static str> {
    rows(table).filter_map(|r| r.into_iter().next())
}

/// The values of a `|`-separated field; none for an empty field.
pub fn values(field: &'static str) -> impl Iterator<Item = &'static str> {
    field.split('|').map(str::trim).filter(|v| !v.is_empty())
}

/// Field `i` of a row, or `""` where the row is shorter.
pub fn field(row: &[&'static str], i: usize) -> &'static str {
    row.get(i).copied().unwrap_or("")
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn rows_skip_comments_and_blank_lines() {
        let t = "# header\n#a\tb\n\nGB\tUnited Kingdom\tUK|Britain\r\nFR\tFrance\n";
        let r: Vec<_> = rows(t).collect();
        assert_eq!(
            r,
            vec![
                vec!["GB", "United Kingdom", "UK|Britain"],
                vec!["FR", "France"]
            ]
        );
        assert_eq!(values(r[0][2]).collect::<Vec<_>>(), vec!["UK", "Britain"]);
        assert_eq!(field(&r[1], 2), "");
        assert_eq!(values("").count(), 0);
    }
}
