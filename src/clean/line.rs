//! The measurements of one line that every kind of evidence reads: its
//! tokens and their keys, its length in words in any script, its case and
//! punctuation, bullets and blank lines.

use super::cues::{self, Cue, Lexicon};
use crate::text::{self, Shape, Tokens};

/// What the cleanup knows about one non-empty line.
pub(super) struct Info<'a> {
    pub number: usize,
    pub span: std::ops::Range<usize>,
    pub text: &'a str,
    /// The first boilerplate cue the line matches, looked up once.
    pub cue: Option<&'a Cue>,
    /// The line's tokens; their keys make up the line's key.
    pub tokens: Tokens,
    /// Word and number tokens.
    pub words: usize,
    /// Length in words whatever the script: a run of Chinese, Japanese or
    /// Thai characters (written without spaces) counts one word per two
    /// characters.
    pub units: usize,
    /// Words in lowercase: most words of prose in a cased script, few in
    /// a headline or a menu.
    pub lower: usize,
    /// Words written in a script without letter case (CJK, Arabic, Hindi,
    /// Hebrew, Thai…), where `lower` says nothing.
    pub caseless: usize,
    /// Function words of one of the languages the cleanup knows.
    pub stop: usize,
    /// Words that name a language ("English", "Français").
    pub languages: usize,
    pub ends_sentence: bool,
    /// Ends with "..." or "…": a teaser cut short, not a sentence.
    pub truncated: bool,
    pub bullet: bool,
    pub blank_before: bool,
    /// Settings or markup written out as text ([`super::shapes::key_values`]),
    /// measured once: a page's code, not its prose.
    pub keyed: bool,
    /// A line of a paragraph that the page wrapped at a fixed width (plain
    /// text, an RFC, a mail) and that reads as prose once joined with the
    /// lines of its paragraph: set by [`super::prose::join_wrapped`].
    pub wrapped: bool,
    /// All or nearly all link text, on a page read from HTML: a link to
    /// another page, not a sentence of the story (set by
    /// [`super::markup::mark_links`]).
    pub linked: bool,
    /// A list item (`<li>`), on a page read from HTML, where a scraper
    /// would have written a bullet (set by [`super::markup::mark_links`]).
    pub listed: bool,
}

impl Info<'_> {
    /// A section header that opens a block of other stories ("Latest
    /// news", "Related stories": `header` cues).
    pub fn is_section_header(&self) -> bool {
        self.cue
            .is_some_and(|c| c.place == super::cues::Place::Header)
    }

    /// The line's [`text::key`]: folded, lowercased, spaces collapsed.
    pub fn key(&self) -> &str {
        self.tokens.line_key()
    }

    /// The share of function words among the words.
    pub fn stop_ratio(&self) -> f32 {
        ratio(self.stop, self.words)
    }

    /// The share of lowercase words among the words of cased scripts.
    pub fn lower_ratio(&self) -> f32 {
        ratio(self.lower, self.words.saturating_sub(self.caseless))
    }

    /// Whether most words are in a script without letter case.
    pub fn is_caseless(&self) -> bool {
        self.caseless * 2 > self.words
    }

    /// The line's text without surrounding spaces and invisible characters.
    pub fn trimmed(&self) -> &str {
        self.text
            .trim_matches(|c: char| text::is_space(c) || text::is_invisible(c))
    }
}

fn ratio(a: usize, b: usize) -> f32 {
    if b == 0 {
        0.0
    } else {
        a as f32 / b as f32
    }
}

/// Measures every non-empty line of `text`.
pub(super) fn measure<'a>(lex: &'a Lexicon, text: &'a str) -> Vec<Info<'a>> {
    let mut infos = Vec::new();
    let mut offset = 0;
    let mut blank_before = true;
    for (i, raw) in text.split('\n').enumerate() {
        let start = offset;
        offset += raw.len() + 1;
        let line = raw.strip_suffix('\r').unwrap_or(raw);
        if line
            .chars()
            .all(|c| text::is_space(c) || text::is_invisible(c))
        {
            blank_before = true;
            continue;
        }
        infos.push(measure_line(lex, line, start, i + 1, blank_before));
        blank_before = false;
    }
    infos
}

fn measure_line<'a>(
    lex: &'a Lexicon,
    line: &'a str,
    start: usize,
    number: usize,
    blank_before: bool,
) -> Info<'a> {
    let mut tokens = text::tokenize(line, start);
    let counts = count_words(lex, &mut tokens);
    let (ends_sentence, truncated) = sentence_end(line, start, &tokens);
    Info {
        number,
        span: start..start + line.len(),
        text: line,
        cue: lex.matching_cue(tokens.line_key(), counts.words),
        tokens,
        words: counts.words,
        units: counts.units,
        lower: counts.lower,
        caseless: counts.caseless,
        stop: counts.stop,
        languages: counts.languages,
        ends_sentence,
        truncated,
        bullet: is_bullet(line),
        blank_before,
        keyed: super::shapes::key_values(line),
        wrapped: false,
        linked: false,
        listed: false,
    }
}

#[derive(Default)]
struct Counts {
    words: usize,
    units: usize,
    lower: usize,
    caseless: usize,
    stop: usize,
    languages: usize,
}

/// One lookup per word: function word, language name. Function words are
/// tagged for the echo search.
fn count_words(lex: &Lexicon, tokens: &mut Tokens) -> Counts {
    let mut c = Counts::default();
    for i in 0..tokens.len() {
        let t = tokens[i];
        if !t.is_word() {
            continue;
        }
        c.words += 1;
        let key = tokens.key(&t);
        let (units, caseless) = word_units(key);
        c.units += units;
        if caseless {
            c.caseless += 1;
        } else if t.shape == Shape::Lower {
            c.lower += 1;
        }
        let class = lex.word_class.get(key).copied().unwrap_or(0);
        if class & cues::STOPWORD != 0 {
            c.stop += 1;
            tokens.set_tag(i, cues::STOPWORD);
        }
        if class & cues::LANGUAGE != 0 {
            c.languages += 1;
        }
    }
    c
}

/// How many words a token stands for (given its key: folding keeps the
/// script and whether it has case), and whether its script has no
/// letter case. ASCII words, the common case, are one cased word.
#[inline]
fn word_units(word: &str) -> (usize, bool) {
    // Latin, Greek, Cyrillic and Armenian letters (below Hebrew) are cased
    // and spaced, and so is a word with a curly apostrophe ("didn’t"): the
    // common case, decided without a lookup per letter.
    let latin = |c: char| (c as u32) < 0x0590 || ('\u{2000}'..='\u{206F}').contains(&c);
    if word.is_ascii() || word.chars().all(latin) {
        return (1, false);
    }
    let (mut unspaced, mut cased, mut letters) = (0usize, 0usize, 0usize);
    for c in word.chars().filter(|c| c.is_alphabetic()) {
        letters += 1;
        if is_unspaced(c) {
            unspaced += 1;
        } else if c.is_lowercase() || c.is_uppercase() {
            cased += 1;
        }
    }
    let units = if unspaced > 0 {
        unspaced.div_ceil(2) + usize::from(unspaced < letters)
    } else {
        1
    };
    // A run of kana or Han with a Latin name in it ("フリーWi") is written
    // in the caseless script.
    (units, letters > 0 && (cased == 0 || unspaced >= cased))
}

/// A character of a script written without spaces between words: Han,
/// Hiragana, Katakana, Thai, Lao, Khmer, Myanmar.
pub(super) fn is_unspaced(c: char) -> bool {
    matches!(c as u32,
        0x0E00..=0x0EFF      // Thai, Lao
        | 0x1000..=0x109F    // Myanmar
        | 0x1780..=0x17FF    // Khmer
        | 0x3040..=0x30FF    // Hiragana, Katakana
        | 0x3400..=0x4DBF    // CJK extension A
        | 0x4E00..=0x9FFF    // CJK unified ideographs
        | 0xF900..=0xFAFF    // CJK compatibility
        | 0x20000..=0x2FFFF) // CJK extensions
}

/// Sentence-final punctuation in any script: Latin, CJK full stops, the
/// Devanagari danda, the Arabic question mark, the Armenian full stop.
pub(super) fn is_sentence_mark(c: char) -> bool {
    matches!(
        c,
        '.' | '!'
            | '?'
            | '…'
            | '。'
            | '！'
            | '？'
            | '．'
            | '।'
            | '॥'
            | '؟'
            | '۔'
            | '։'
            | '፡'
            | '።'
    )
}

/// Sentence marks inside the line (not at its end), in any script: a Latin
/// mark followed by a space ("He said. Then"), or a full-width mark
/// anywhere ("了。他"). A paragraph holds several sentences; counted on
/// demand, as few lines need it.
pub(super) fn inner_stops(line: &str) -> usize {
    let line = line.trim_end();
    let b = line.as_bytes();
    let latin = (1..b.len())
        .filter(|&i| matches!(b[i - 1], b'.' | b'!' | b'?') && b[i] == b' ')
        .filter(|&i| b[i - 1] != b'.' || !abbreviation(&line[..i - 1]))
        .count();
    if line.is_ascii() {
        return latin;
    }
    let wide = line
        .char_indices()
        .filter(|&(i, c)| {
            !c.is_ascii() && c != '…' && is_sentence_mark(c) && i + c.len_utf8() < line.len()
        })
        .count();
    latin + wide
}

/// The word before a full stop is a title, an initial or an initialism
/// ("Gov. Kasich", "J. Smith", "U.S. officials"): a capitalised word of
/// three letters or fewer, or one with a dot inside.
fn abbreviation(before: &str) -> bool {
    let word = before.rsplit(' ').next().unwrap_or(before);
    word.contains('.') || (word.len() <= 3 && word.starts_with(|c: char| c.is_ascii_uppercase()))
}

/// Whether the line ends a sentence, and whether it is cut short with an
/// ellipsis. A final initialism ("U.S.") is not a sentence end.
fn sentence_end(line: &str, start: usize, tokens: &Tokens) -> (bool, bool) {
    let trimmed = line.trim_end_matches(|c: char| {
        text::is_space(c) || text::is_invisible(c) || matches!(text::fold(c), '"' | '\'' | ')')
    });
    let truncated = trimmed.ends_with("...") || trimmed.ends_with('…');
    let last_is_initialism = tokens
        .iter()
        .rev()
        .find(|t| t.is_word())
        .is_some_and(|t| line[t.start - start..t.end - start].ends_with('.'));
    let mark = trimmed
        .chars()
        .next_back()
        .is_some_and(|c| is_sentence_mark(c) || matches!(c, ':' | ';' | '：' | '；'));
    (mark && !last_is_initialism && !truncated, truncated)
}

/// A list item: a bullet character, then a space. Scrapers that render
/// nested lists as text mark the third level with "o " ("o Politics"):
/// an "o" followed by a capital counts as a bullet too.
fn is_bullet(line: &str) -> bool {
    let mut chars = line.trim_start().chars();
    let first = chars.next().unwrap_or(' ');
    let spaced = chars.next().is_some_and(text::is_space);
    let mark = matches!(
        first,
        '-' | '•' | '*' | '·' | '►' | '▶' | '»' | '–' | '—' | '▪' | '■' | '+' | '○' | '◦'
    );
    let nested = first == 'o'
        && chars
            .next()
            .is_some_and(|c| c.is_uppercase() || c.is_ascii_digit());
    spaced && (mark || nested)
}
