//! Table-driven cleanup cases, one file per kind of evidence, in the order
//! of `clean/mod.rs`: what a line measures ([`line`]), the lines that give
//! themselves away ([`shapes`]), the parts known by their sequence
//! ([`runs`]), running text in any script ([`prose`]), the readers'
//! comments ([`comments`]), where a line stands ([`position`]) and the
//! headline ([`headline`]).
//!
//! Each case is a small page in the labelled format of tests/data/pages
//! (see tests/data/README.md): `T|` title, `S|` subheading, `B|` body,
//! `J|reason|` junk with the reason the reader must see, an empty line for
//! an empty line; and, here only, `P|` for body kept as prose (reason
//! "prose"), where the case is about the prose evidence itself.
//!
//! Real lines come only from Mozilla Readability's test pages (Apache-2.0,
//! see tests/data/readability-pages/README.md); each such case names its
//! page. The other cases are written for these tests.

use super::*;

const LEAD: &str = "The council said on Tuesday that the new bridge would open to traffic in the spring, after two years of delays and a row over its cost.";
const MORE: &str = "Engineers had found cracks in two of the supports, and the work to replace them took longer than the city had planned, officials said.";
const END: &str = "The mayor said she expected the first buses to cross the bridge in April, once the final safety checks were complete.";
/// Two readers' comments, for the cases about comment sections.
const C1: &str = "Two years late and twice the cost, and nobody at the council has been held to account for any of it.";
const C2: &str =
    "Does anyone know if bikes will be allowed on the bridge from the first day, or only later?";

/// Runs the cleaner on a labelled page and compares every line.
fn check(page: &str) {
    let page = page
        .replace("{LEAD}", LEAD)
        .replace("{MORE}", MORE)
        .replace("{END}", END)
        .replace("{C1}", C1)
        .replace("{C2}", C2);
    let mut text = Vec::new();
    let mut want = Vec::new();
    for (i, line) in page.lines().enumerate() {
        if line.is_empty() {
            text.push(String::new());
            continue;
        }
        let (label, rest) = line.split_once('|').expect("label|text");
        let (reason, body) = match label {
            "J" => {
                let (r, b) = rest.split_once('|').expect("J|reason|text");
                (Some(r.to_string()), b)
            }
            "P" => (Some("prose".to_string()), rest),
            _ => (None, rest),
        };
        text.push(body.to_string());
        let role = match label {
            "T" => Role::Title,
            "S" => Role::Subheading,
            "B" | "P" => Role::Body,
            "J" => Role::Boilerplate,
            other => panic!("unknown label {other}"),
        };
        want.push((i + 1, role, reason));
    }
    let text = text.join("\n");
    let got = Cleaner::new().clean(&text, &Repeats::default(), None, &[]);
    let mut wrong = Vec::new();
    for ((n, role, reason), line) in want.iter().zip(&got.lines) {
        assert_eq!(*n, line.number);
        let role_ok = *role == line.role;
        let reason_ok = reason.as_ref().is_none_or(|r| *r == line.why);
        if !(role_ok && reason_ok) {
            wrong.push(format!(
                "line {n}: want {role:?} {reason:?}, got {:?} {:?}: {}",
                line.role,
                line.why,
                &text[line.span.clone()]
            ));
        }
    }
    assert_eq!(want.len(), got.lines.len());
    assert!(wrong.is_empty(), "\n{}", wrong.join("\n"));
}

macro_rules! t {
    ($name:ident, $page:expr) => {
        #[test]
        fn $name() {
            super::check($page);
        }
    };
}

// Declared after `t!`, which they use.
mod comments;
mod headline;
mod line;
mod markup;
mod position;
mod prose;
mod runs;
mod shapes;
