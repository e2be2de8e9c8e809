//! Prose: running text in any language and script. A line of the story
//! is long and ends a sentence; it is held together by function words in
//! the languages the cleanup knows, by lowercase words in any cased script,
//! and by its length alone in scripts without case or spaces.

use super::line::{inner_stops, Info};
use super::Verdicts;
use crate::analysis::Role;

impl Info<'_> {
    /// Reads as running text: a sentence, or a long stretch of words held
    /// together by function words or lowercase words. A line cut short
    /// with "..." is a teaser, not a sentence.
    pub fn is_prose(&self) -> bool {
        if (self.truncated && self.units < 30) || self.linked || self.is_title_case() {
            return false;
        }
        let reads_on = self.wrapped
            || (self.ends_sentence && self.units >= 6 && self.held_together())
            || (self.units >= 15 && self.runs_on());
        reads_on && !self.keyed
    }

    /// Words capitalised nearly throughout, function words included, on a
    /// line of headline length: "Old Bridge Closes? Not Quite Yet."
    /// is a title in a cased script, however it ends.
    fn is_title_case(&self) -> bool {
        let cased = self.words.saturating_sub(self.caseless);
        cased >= 4 && self.units <= 20 && self.lower * 5 < cased && self.stop_ratio() < 0.5
    }

    /// A sentence rather than a name list or a title: a function word, or
    /// mostly lowercase words (cased scripts), or several words of a
    /// script without case.
    fn held_together(&self) -> bool {
        self.stop >= 1 || self.lower_ratio() >= 0.5 || self.is_caseless()
    }

    /// A long line that reads on: dense in function words or lowercase
    /// words, or (in a script without case) broken by sentence marks.
    fn runs_on(&self) -> bool {
        self.stop_ratio() >= 0.2
            || (self.lower_ratio() >= 0.6 && self.words >= 15)
            || (self.is_caseless() && (self.units >= 40 || inner_stops(self.text) >= 1))
    }

    /// Reads as a heading: short, no sentence end (a final initialism such
    /// as "U.S." is not one), or a short question.
    pub fn is_headline_like(&self) -> bool {
        let asks = self
            .text
            .trim_end()
            .trim_end_matches(['"', '\'', '”', '’', '»', '」', '』', ')'])
            .ends_with(['?', '!', '？', '！']);
        self.words >= 1
            && self.units <= self.headline_limit()
            && (!self.ends_sentence || (asks && self.units <= 15))
    }

    /// The most words a headline has: twenty, or thirty in a script without
    /// case, whose words the character count only estimates.
    pub fn headline_limit(&self) -> usize {
        if self.is_caseless() {
            30
        } else {
            20
        }
    }
}

/// The width below which a line is not taken for a wrapped one: text
/// wrapped at a fixed width fills most of it (72 or 80 characters).
const WRAP_WIDTH: usize = 40;
/// Lines a wrapped paragraph has at least.
const WRAP_LINES: usize = 3;

/// Finds paragraphs wrapped at a fixed width and marks their lines
/// [`Info::wrapped`] when the paragraph, joined, reads as prose. A line
/// continues into the next when no blank line parts them, it is long, and
/// the next opens in lowercase or it does not end a sentence; a run of at
/// least three such lines of even width, most of them opening in
/// lowercase, is one paragraph.
pub(super) fn join_wrapped(infos: &mut [Info]) {
    let mut i = 0;
    while i < infos.len() {
        let mut j = i;
        while j + 1 < infos.len() && continues(&infos[j], &infos[j + 1]) {
            j += 1;
        }
        let run = &infos[i..=j];
        if run.len() >= WRAP_LINES
            && even_width(&infos[i..j])
            && breaks_mid_sentence(run)
            && reads_on(run)
        {
            for info in &mut infos[i..=j] {
                info.wrapped = true;
            }
        }
        i = j + 1;
    }
}

fn width(info: &Info) -> usize {
    info.trimmed().chars().count()
}

fn continues(line: &Info, next: &Info) -> bool {
    let opens_lower = || {
        next.trimmed()
            .chars()
            .next()
            .is_some_and(char::is_lowercase)
    };
    // Cheap tests first: most lines end a sentence or stand alone.
    !next.blank_before
        && !line.bullet
        && !next.bullet
        && (!line.ends_sentence || opens_lower())
        && line.text.len() >= WRAP_WIDTH
        && width(line) >= WRAP_WIDTH
}

/// Most lines after the first open in lowercase: the width broke the
/// sentence, as it does not break a list of headlines.
fn breaks_mid_sentence(lines: &[Info]) -> bool {
    let lower = lines[1..]
        .iter()
        .filter(|l| l.trimmed().chars().next().is_some_and(char::is_lowercase))
        .count();
    lower * 2 >= lines.len() - 1
}

/// All lines but the paragraph's last fill about the same width.
fn even_width(lines: &[Info]) -> bool {
    let widths = lines.iter().map(width);
    let (lo, hi) = widths.fold((usize::MAX, 0), |(lo, hi), w| (lo.min(w), hi.max(w)));
    lo * 10 >= hi * 7
}

/// The paragraph joined reads as running text: dense in function words
/// or lowercase words.
fn reads_on(lines: &[Info]) -> bool {
    let sum = |f: fn(&Info) -> usize| lines.iter().map(f).sum::<usize>();
    let (words, stop, lower) = (sum(|l| l.words), sum(|l| l.stop), sum(|l| l.lower));
    words >= 15 && (stop * 5 >= words || lower * 10 >= words * 6)
}

/// Marks the undecided lines that read as prose as the story's body.
pub(super) fn mark(infos: &[Info], roles: &mut Verdicts) {
    for (i, info) in infos.iter().enumerate() {
        if roles[i].is_none() && info.is_prose() {
            let why = match dateline_source(info.text) {
                Some(source) => format!("prose; dateline, source: {source}").into(),
                None => "prose".into(),
            };
            roles[i] = Some((Role::Body, why));
        }
    }
}

/// The news agency named in a dateline at the start of a line:
/// "(Reuters) –", "LONDON (AP) —", "PARIS, France (AFP) -".
pub fn dateline_source(line: &str) -> Option<&str> {
    let head: &str = line.get(..line.len().min(80)).unwrap_or(line);
    let open = head.find('(')?;
    let close = open + head[open..].find(')')?;
    let before = head[..open].trim();
    let before_ok = before.chars().all(|c| {
        c.is_uppercase() || c.is_whitespace() || c == ',' || c == '.' || c.is_alphabetic()
    });
    let source = head[open + 1..close].trim();
    let after = head[close + 1..].trim_start();
    let dash = after.starts_with(['-', '–', '—']);
    let source_ok = !source.is_empty()
        && source.len() <= 30
        && source.chars().next().is_some_and(char::is_uppercase);
    (before_ok && before.split_whitespace().count() <= 4 && source_ok && dash).then_some(source)
}
