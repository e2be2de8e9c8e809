//! Reading the editable tables in `data/`, compiled in with `include_str!`.
//!
//! `build.rs` makes a compact copy of each table in OUT_DIR; [`data_file!`]
//! includes that copy, and [`rows`] and [`list`] read it.
//!
//! Every table is UTF-8 text: lines starting with `#` are comments (the
//! header says where the data comes from and how it is regenerated), other
//! non-empty lines are rows of tab-separated fields. Multi-valued fields
//! separate their values with `|`.
//!
//! The compact copy drops comments and the columns the core never reads.
//! Most tables are then *front-coded* so that they gzip smaller (every
//! reader downloads them): the text starts with [`ENCODED`] and a layout
//! character, and each line begins with one character saying how many
//! bytes of the previous line it shares (`'0'` + n), followed by the rest.
//! Layout `R` codes whole rows; layout `T` stores the table column by
//! column (each column front-coded on its own and ended by a line
//! [`COLUMN_END`]), which groups alike values. A table without the mark is
//! plain rows. [`decode`] turns a coded table back into the plain rows, once
//! per table; `build.rs` checks with this very decoder that every table
//! comes back exactly as it was.

/// The compact copy of `data/<name>` made by build.rs, as a `&'static str`.
#[allow(unused_macros)]
macro_rules! data_file {
    ($name:literal) => {
        include_str!(concat!(env!("OUT_DIR"), "/", $name))
    };
}

/// First character of a front-coded table.
pub const ENCODED: char = '\u{1}';
/// The line that ends a column of a column-wise (`T`) table.
pub const COLUMN_END: &str = "\u{2}";

/// The plain text of a front-coded table (see the module docs).
pub fn decode(encoded: &str) -> String {
    let mut body = encoded.strip_prefix(ENCODED).unwrap_or(encoded).chars();
    let mode = body.next();
    let body = body.as_str();

    // Front-coded lines back to whole ones, all in one buffer: the cells
    // as ranges of it (no string per cell; this runs as the page starts).
    let unfront = |lines: &[&str]| {
        let mut buf = String::new();
        let mut cells = Vec::with_capacity(lines.len());
        let mut prev = String::new();
        for l in lines {
            let mut cs = l.chars();
            let shared = cs.next().map_or(0, |c| c as usize - '0' as usize);
            prev.truncate(shared);
            prev.push_str(cs.as_str());
            let start = buf.len();
            buf.push_str(&prev);
            cells.push(start..buf.len());
        }
        (buf, cells)
    };
    let lines: Vec<&str> = body.lines().collect();
    let mut text = String::with_capacity(body.len() * 2);
    if mode == Some('T') {
        let columns: Vec<_> = lines
            .split(|l| *l == COLUMN_END)
            .filter(|c| !c.is_empty())
            .map(unfront)
            .collect();
        let n = columns.first().map_or(0, |(_, cells)| cells.len());
        for i in 0..n {
            let mut fields: Vec<&str> = columns
                .iter()
                .map(|(buf, cells)| &buf[cells[i].clone()])
                .collect();
            while fields.last() == Some(&"") {
                fields.pop();
            }
            for (j, f) in fields.iter().enumerate() {
                if j > 0 {
                    text.push('\t');
                }
                text.push_str(f);
            }
            text.push('\n');
        }
    } else {
        let (buf, cells) = unfront(&lines);
        for cell in cells {
            text.push_str(&buf[cell]);
            text.push('\n');
        }
    }
    text
}

/// The plain text of a table: itself, or decoded once and kept for the
/// life of the program (a few hundred kilobytes in all).
fn plain(table: &'static str) -> &'static str {
    use std::sync::Mutex;
    static DECODED: Mutex<Vec<(usize, &'static str)>> = Mutex::new(Vec::new());
    if !table.starts_with(ENCODED) {
        return table;
    }
    let mut done = DECODED.lock().unwrap_or_else(|e| e.into_inner());
    let id = table.as_ptr() as usize;
    if let Some(&(_, text)) = done.iter().find(|(t, _)| *t == id) {
        return text;
    }
    let text: &'static str = Box::leak(decode(table).into_boxed_str());
    done.push((id, text));
    text
}

/// The rows of a TSV table, as fields borrowed from the `'static` text.
pub fn rows(table: &'static str) -> impl Iterator<Item = Vec<&'static str>> {
    plain(table)
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

    #[test]
    fn front_coded_tables_decode() {
        // Rows: "Abia\tNG", "Abia State\tNG", "Abuja\tNG".
        let rows_coded = "\u{1}R0Abia\tNG\n4 State\tNG\n2uja\tNG\n";
        assert_eq!(decode(rows_coded), "Abia\tNG\nAbia State\tNG\nAbuja\tNG\n");
        // The same table column by column; a short last column.
        let columns = "\u{1}T0Abia\n4 State\n2uja\n\u{2}\n0NG\n2\n0\n\u{2}\n";
        assert_eq!(decode(columns), "Abia\tNG\nAbia State\tNG\nAbuja\n");
        let r: Vec<_> = rows(Box::leak(rows_coded.to_string().into_boxed_str())).collect();
        assert_eq!(r[1], vec!["Abia State", "NG"]);
    }

    /// Every compiled-in table reads back the rows of its source in
    /// `data/`, in the same order (the gazetteer keeps equal-priority
    /// entries in row order).
    #[test]
    fn compact_tables_keep_the_source_rows() {
        let src = |name: &str| {
            std::fs::read_to_string(format!("{}/data/{name}", env!("CARGO_MANIFEST_DIR"))).unwrap()
        };
        let given: Vec<String> = rows(data_file!("given_names.txt"))
            .map(|r| r[0].to_string())
            .collect();
        let source: Vec<String> = rows(Box::leak(src("given_names.txt").into_boxed_str()))
            .map(|r| crate::text::key(r[0]))
            .collect();
        assert_eq!(
            given
                .iter()
                .map(|g| crate::text::key(g))
                .collect::<Vec<_>>(),
            source
        );
        let places: Vec<_> = rows(data_file!("places.tsv")).collect();
        let source: Vec<_> = rows(Box::leak(src("places.tsv").into_boxed_str())).collect();
        assert_eq!(places.len(), source.len());
        for (p, s) in places.iter().zip(&source) {
            assert_eq!((p[0], p[1], p[2]), (s[0], s[1], s[2]));
            assert_eq!(field(p, 4), if s[4] == s[0] { "" } else { s[4] });
            assert_eq!(p[3] == "0", s[3].parse::<u64>().unwrap() < 1000);
        }
    }
}
