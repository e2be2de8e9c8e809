//! Corpus: a short line that many pages of the same corpus share is site
//! furniture (a menu item, a footer, a section name), whatever its words.

use super::line::Info;
use crate::text;
use crate::Map;

use std::borrow::Cow;

/// For a line key, how many articles of the corpus contain that line (this
/// one included): short lines that many pages share are site furniture.
pub type Repeats = Map<u64, usize>;

/// The key under which a line counts towards [`Repeats`]: a hash of its
/// [`text::key`], so that counting lines across a corpus allocates nothing
/// per line. `buf` is scratch space, reused from line to line.
pub fn repeat_key(line: &str, buf: &mut String) -> u64 {
    buf.clear();
    text::key_chars(line, |c| buf.push(c));
    repeat_hash(buf)
}

/// The hash of a line key under which [`Repeats`] counts it.
fn repeat_hash(line_key: &str) -> u64 {
    crate::fixed_hash(line_key)
}

/// How many other pages of the corpus hold this line.
pub(super) fn others(info: &Info, repeats: &Repeats) -> usize {
    repeats
        .get(&repeat_hash(info.key()))
        .copied()
        .unwrap_or(0)
        .saturating_sub(1)
}

/// "repeated on 3 other pages": a line that is not prose and stands on two
/// or more other pages.
pub(super) fn repeated(info: &Info, repeats: &Repeats) -> Option<Cow<'static, str>> {
    let others = others(info, repeats);
    (others >= 2 && !info.is_prose()).then(|| format!("repeated on {others} other pages").into())
}
