//! The lexical signals of the cleanup, built once from `data/`.

use crate::{Map, Set};

use crate::data;
use crate::text::key;

/// [`Lexicon::word_class`] bit (and [`crate::text::Token::tag`] bit): a
/// function word of one of the languages the cleanup knows.
pub const STOPWORD: u8 = crate::text::FUNCTION_WORD;
/// [`Lexicon::word_class`] bit: the name of a language ("Deutsch").
pub const LANGUAGE: u8 = 2;

/// Where in a line a cue must stand.
#[derive(Clone, Copy, Debug, PartialEq, Eq)]
pub enum Place {
    /// The whole line (trailing punctuation and a count ignored).
    Line,
    /// The start of the line.
    Start,
    /// Anywhere, at word boundaries.
    Contains,
    /// The whole line, and it opens a run of unrelated teasers.
    Header,
}

/// One boilerplate cue from `data/boilerplate_cues.tsv`.
#[derive(Clone, Debug)]
pub struct Cue {
    pub place: Place,
    pub text: String,
    pub reason: &'static str,
    pub max_words: usize,
}

/// All lexical resources of the cleanup.
pub struct Lexicon {
    pub cues: Vec<Cue>,
    /// Whole-line cues by their text.
    by_line: Map<String, Vec<usize>>,
    /// Start and contains cues by their first word (or first character,
    /// for a cue that starts with punctuation), so a line is compared only
    /// with the cues that could start at each of its words.
    by_first: Map<String, Vec<usize>>,
    /// Function words and language names in one table, so that a word is
    /// looked up once: its [`STOPWORD`] and [`LANGUAGE`] bits.
    pub word_class: Map<String, u8>,
}

impl Lexicon {
    pub fn new() -> Self {
        let cues: Vec<Cue> = data::rows(data_file!("boilerplate_cues.tsv"))
            .filter_map(|row| {
                let place = match data::field(&row, 0) {
                    "line" => Place::Line,
                    "start" => Place::Start,
                    "contains" => Place::Contains,
                    "header" => Place::Header,
                    _ => return None,
                };
                Some(Cue {
                    place,
                    text: key(data::field(&row, 1)),
                    reason: data::field(&row, 2),
                    max_words: data::field(&row, 3).parse().unwrap_or(0),
                })
            })
            .collect();
        let mut stopwords: Set<&str> = Set::default();
        for row in data::rows(data_file!("stopwords.tsv")) {
            stopwords.extend(data::field(&row, 1).split(' ').filter(|w| !w.is_empty()));
        }
        let mut word_class: Map<String, u8> = Map::default();
        for w in &stopwords {
            *word_class.entry(w.to_string()).or_default() |= STOPWORD;
        }
        for language in data::list(data_file!("languages.txt")) {
            *word_class.entry(key(language)).or_default() |= LANGUAGE;
        }
        let mut by_line: Map<String, Vec<usize>> = Map::default();
        let mut by_first: Map<String, Vec<usize>> = Map::default();
        for (i, cue) in cues.iter().enumerate() {
            match cue.place {
                Place::Line | Place::Header => by_line.entry(cue.text.clone()).or_default().push(i),
                Place::Start | Place::Contains => by_first
                    .entry(first_unit(&cue.text).to_string())
                    .or_default()
                    .push(i),
            }
        }
        Lexicon {
            cues,
            by_line,
            by_first,
            word_class,
        }
    }

    /// The first cue that matches a line, given the line's key and its
    /// word count.
    pub fn matching_cue(&self, line_key: &str, words: usize) -> Option<&Cue> {
        // Candidates from the indexes; the earliest in the table wins, as if
        // every cue were tried in order.
        let mut best: Option<usize> = None;
        let mut consider = |i: usize, ok: &dyn Fn(&Cue) -> bool| {
            let cue = &self.cues[i];
            if best.is_some_and(|b| b <= i) || (cue.max_words != 0 && words > cue.max_words) {
                return;
            }
            if ok(cue) {
                best = Some(i);
            }
        };
        for &i in self.by_line.get(bare_line(line_key)).into_iter().flatten() {
            consider(i, &|_| true);
        }
        // A header and a site's name: eight words at most.
        let named = (words <= 8)
            .then(|| site_header(line_key))
            .flatten()
            .and_then(|head| self.by_line.get(head));
        for &i in named.into_iter().flatten() {
            consider(i, &|cue| cue.place == Place::Header);
        }
        for (at, unit) in units(line_key) {
            let rest = &line_key[at..];
            // A cue matches here only if its first word is this word,
            // whole: a cue ends at a word boundary.
            for &i in self.by_first.get(unit).into_iter().flatten() {
                consider(i, &|cue| {
                    (cue.place == Place::Contains || at == 0)
                        && rest.starts_with(&cue.text)
                        && boundary_after(line_key, at + cue.text.len())
                });
            }
        }
        best.map(|i| &self.cues[i])
    }
}

/// The words that join a section header to the name of its site or
/// section: "Related on HuffPost", "More from Reuters", "Latest in Tech".
const SITE_LINKS: [&str; 9] = [
    " on ", " from ", " at ", " in ", " von ", " auf ", " sur ", " de ", " en ",
];

/// The header of a line that is a section header followed by the name of a
/// site or a section (three words at most, no full stop: "Read more on
/// the minister's quote here." is a sentence).
fn site_header(line_key: &str) -> Option<&str> {
    if line_key.ends_with('.') {
        return None;
    }
    let bare = bare_line(line_key);
    SITE_LINKS.iter().find_map(|link| {
        let (head, site) = bare.split_once(link)?;
        (site.split(' ').count() <= 3).then_some(head)
    })
}

/// The places a cue may start in a line key, each with its [`first_unit`]:
/// every run of letters and digits, and every other character but a space.
fn units(line_key: &str) -> impl Iterator<Item = (usize, &str)> {
    let mut at = 0;
    std::iter::from_fn(move || loop {
        let rest = &line_key[at..];
        let c = rest.chars().next()?;
        let start = at;
        at += if c.is_alphanumeric() {
            word_len(rest)
        } else {
            c.len_utf8()
        };
        if c != ' ' {
            return Some((start, &line_key[start..at]));
        }
    })
}

/// The length in bytes of the run of letters and digits `s` starts with.
fn word_len(s: &str) -> usize {
    let bytes = s.as_bytes();
    let mut end = 0;
    loop {
        // ASCII letters and digits, the common case, in bulk.
        while bytes.get(end).is_some_and(u8::is_ascii_alphanumeric) {
            end += 1;
        }
        match s[end..].chars().next() {
            Some(c) if !c.is_ascii() && c.is_alphanumeric() => end += c.len_utf8(),
            _ => return end,
        }
    }
}

/// A line key without trailing punctuation, bullets, arrows or a count like
/// "(12)", so that "Comments (12)", "Advertisement:" and "» Read more"
/// compare equal to their cue.
pub fn bare_line(line_key: &str) -> &str {
    let mut s = line_key.trim_start_matches(|c: char| !c.is_alphanumeric());
    loop {
        let t = s.trim_end_matches(|c: char| !c.is_alphanumeric() && c != ')');
        let t = match t.strip_suffix(')') {
            Some(inner) => match inner.rfind('(') {
                Some(open) if inner[open + 1..].chars().all(|c| c.is_ascii_digit()) => {
                    inner[..open].trim_end()
                }
                _ => t,
            },
            None => t,
        };
        if t.len() == s.len() {
            return t;
        }
        s = t;
    }
}

fn boundary_after(s: &str, at: usize) -> bool {
    let before_is_word = s[..at]
        .chars()
        .next_back()
        .is_some_and(char::is_alphanumeric);
    let after_is_word = s[at..].chars().next().is_some_and(char::is_alphanumeric);
    !(before_is_word && after_is_word)
}

/// The index key of a cue and of a text position: the leading run of
/// letters and digits, or the first character if that is not one.
fn first_unit(s: &str) -> &str {
    match s.chars().next() {
        Some(c) if c.is_alphanumeric() => &s[..word_len(s)],
        Some(c) => &s[..c.len_utf8()],
        None => "",
    }
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn bare_line_strips_decoration_and_counts() {
        assert_eq!(bare_line("comments (12)"), "comments");
        assert_eq!(bare_line("» read more:"), "read more");
        assert_eq!(bare_line("advertisement"), "advertisement");
    }

    #[test]
    fn units_are_word_runs_and_other_characters() {
        let found: Vec<(usize, &str)> = units("» read more: a ü2").collect();
        assert_eq!(
            found,
            [
                (0, "»"),
                (3, "read"),
                (8, "more"),
                (12, ":"),
                (14, "a"),
                (16, "ü2")
            ]
        );
    }

    #[test]
    fn every_language_has_its_function_words() {
        for row in data::rows(data_file!("stopwords.tsv")) {
            let n = data::field(&row, 1).split(' ').count();
            assert!(n >= 40, "{}: only {n} words (tab after the code?)", row[0]);
        }
        let lex = Lexicon::new();
        for w in ["the", "der", "les", "los", "uma", "della", "het"] {
            assert_eq!(lex.word_class.get(w), Some(&STOPWORD), "{w}");
        }
    }

    #[test]
    fn cues_match_at_word_boundaries() {
        let lex = Lexicon::new();
        assert_eq!(
            lex.matching_cue("more news: a thing", 4).unwrap().reason,
            "link list"
        );
        assert!(lex.matching_cue("download", 1).is_some());
        assert!(lex
            .matching_cue("downloads rose by a third in march.", 7)
            .is_none());
        // "sign up for" counts only on short lines.
        let long = "the minister urged people to sign up for the scheme, which opened on monday and will run until the end of the year, before the new rules come in.";
        assert!(lex.matching_cue(long, 31).is_none());
    }
}
