//! Characters, tokens and offsets: the shared ground floor of the pipeline.
//!
//! Dateline never rewrites the text it analyses. Typographic variants
//! (curly quotes, exotic dashes and spaces) are folded to one form only when
//! two strings are compared ([`fold`], [`key`]) or when a reader is shown a
//! clean view ([`normalize`]); spans always point into the raw text.

/// Folds one character to the form used for comparison: curly quotes to
/// straight ones, dash variants to `-`, exotic spaces to a space.
#[inline]
pub fn fold(c: char) -> char {
    // ASCII, the common case, without the tables of the rest.
    match c {
        '`' => '\'',
        '\t'..='\r' | ' ' => ' ',
        c if c.is_ascii() => c,
        c => fold_wide(c),
    }
}

/// [`fold`] for a character beyond ASCII.
fn fold_wide(c: char) -> char {
    match c {
        '\u{2018}' | '\u{2019}' | '\u{201A}' | '\u{201B}' | '\u{2032}' | '\u{02BC}'
        | '\u{00B4}' => '\'',
        '\u{201C}' | '\u{201D}' | '\u{201E}' | '\u{201F}' | '\u{2033}' | '\u{00AB}'
        | '\u{00BB}' => '"',
        '\u{2010}' | '\u{2011}' | '\u{2012}' | '\u{2013}' | '\u{2014}' | '\u{2015}'
        | '\u{2212}' | '\u{FE58}' | '\u{FE63}' | '\u{FF0D}' => '-',
        c if is_space(c) => ' ',
        c => c,
    }
}

/// Whether `c` is a space of any width, including the non-breaking ones.
pub fn is_space(c: char) -> bool {
    c.is_whitespace() || matches!(c, '\u{00A0}' | '\u{2007}' | '\u{202F}' | '\u{3000}')
}

/// Whether `c` is invisible formatting that a clean view drops: zero-width
/// spaces and joiners, the byte-order mark, the soft hyphen.
pub fn is_invisible(c: char) -> bool {
    matches!(
        c,
        '\u{200B}' | '\u{200C}' | '\u{200D}' | '\u{2060}' | '\u{FEFF}' | '\u{00AD}'
    )
}

/// The clean form of a piece of text, for display: quotes straightened,
/// dash variants unified (hyphen-like to `-`, the long bar to `—`), every
/// space variant to one space, runs of spaces to one, invisible characters
/// dropped, ends trimmed. Apply it to the pieces between entity spans and no
/// span ever shifts.
pub fn normalize(s: &str) -> String {
    let mut out = String::with_capacity(s.len());
    let mut pending_space = false;
    for c in s.chars() {
        if is_invisible(c) {
            continue;
        }
        if is_space(c) {
            pending_space = !out.is_empty();
            continue;
        }
        if pending_space {
            out.push(' ');
            pending_space = false;
        }
        out.push(match c {
            '\u{2015}' => '\u{2014}',
            '\u{2010}' | '\u{2011}' | '\u{2012}' => '-',
            '\u{2013}' | '\u{2014}' | '\u{2212}' => c,
            c => fold(c),
        });
    }
    out
}

/// Like [`normalize`] but keeps one leading and one trailing space where the
/// input had any, so that pieces of a line can be normalised one by one and
/// joined.
pub fn normalize_piece(s: &str) -> String {
    let lead = s.chars().next().is_some_and(is_space);
    let trail = s.chars().next_back().is_some_and(is_space);
    let core = normalize(s);
    if core.is_empty() {
        return if lead || trail { " ".into() } else { core };
    }
    let mut out = String::with_capacity(core.len() + 2);
    if lead {
        out.push(' ');
    }
    out.push_str(&core);
    if trail {
        out.push(' ');
    }
    out
}

/// The lookup key of a phrase: folded, lowercased, spaces collapsed and
/// trimmed. Tables and text are compared through this.
pub fn key(s: &str) -> String {
    let mut out = String::with_capacity(s.len());
    key_chars(s, |c| out.push(c));
    out
}

/// The characters of [`key`]`(s)`, one by one, without building it.
pub fn key_chars(s: &str, mut emit: impl FnMut(char)) {
    let (mut started, mut space) = (false, false);
    for c in s.chars().map(fold) {
        if is_invisible(c) {
            continue;
        }
        if c == ' ' {
            space = started;
            continue;
        }
        if space {
            emit(' ');
            space = false;
        }
        started = true;
        if c.is_ascii() {
            emit(c.to_ascii_lowercase());
        } else {
            c.to_lowercase().for_each(&mut emit);
        }
    }
}

/// The letter case of a word token.
#[derive(Clone, Copy, Debug, PartialEq, Eq)]
pub enum Shape {
    /// All letters lowercase: "said".
    Lower,
    /// First letter uppercase, some lowercase after: "Huawei", "McDonald".
    Capitalized,
    /// Every letter uppercase (one letter counts): "NATO", "U.S.", "A".
    Upper,
    /// Starts lowercase but has capitals or digits: "iPhone", "eBay".
    Mixed,
    /// Digits, possibly with letters: "5G", "2019", "MI6" counts as Upper.
    Number,
    /// One punctuation or symbol character.
    Punct,
}

/// [`Token::tag`] bit: a function word ("the", "der", "les"), as the
/// cleanup marks them.
pub const FUNCTION_WORD: u8 = 1;

/// One token: a word, a number or a punctuation character.
#[derive(Clone, Copy, Debug, PartialEq, Eq)]
pub struct Token {
    /// Byte offset of the first character, in the text given to [`tokenize`]
    /// plus its `base`.
    pub start: usize,
    /// Byte offset one past the last character.
    pub end: usize,
    /// Letter case.
    pub shape: Shape,
    /// Whether whitespace separates this token from the previous one.
    pub space_before: bool,
    /// Where the token's [`key`] lies in [`Tokens::line_key`].
    key_start: u32,
    key_end: u32,
    /// Free for the steps after tokenizing: the cleanup marks function
    /// words here ([`Tokens::set_tag`]) so that later steps need not look
    /// them up again.
    pub tag: u8,
}

impl Token {
    /// Whether the token is a word that starts with a capital letter
    /// (Capitalized or Upper, letters included).
    pub fn is_cap(&self) -> bool {
        matches!(self.shape, Shape::Capitalized | Shape::Upper)
    }

    /// Whether the token is a word or number (not punctuation).
    pub fn is_word(&self) -> bool {
        self.shape != Shape::Punct
    }
}

/// The tokens of one line and their keys, computed once: every later step
/// reads a token's key (or the key of a run of tokens, or of the whole
/// line) as a slice of one buffer instead of building a string.
///
/// Dereferences to the slice of tokens.
#[derive(Clone, Debug, Default)]
pub struct Tokens {
    list: Vec<Token>,
    /// The tokens' keys, one space where the text had whitespace between
    /// two tokens: exactly [`key`] of the line.
    keys: String,
}

impl std::ops::Deref for Tokens {
    type Target = [Token];
    fn deref(&self) -> &[Token] {
        &self.list
    }
}

impl Tokens {
    /// The [`key`] of one token of this line.
    pub fn key(&self, t: &Token) -> &str {
        &self.keys[t.key_start as usize..t.key_end as usize]
    }

    /// The [`key`] of the text from token `a` to token `b - 1`.
    pub fn span_key(&self, a: usize, b: usize) -> &str {
        &self.keys[self.list[a].key_start as usize..self.list[b - 1].key_end as usize]
    }

    /// The [`key`] of the whole line.
    pub fn line_key(&self) -> &str {
        &self.keys
    }

    /// Sets the [`Token::tag`] of token `i`.
    pub fn set_tag(&mut self, i: usize, tag: u8) {
        self.list[i].tag = tag;
    }
}

fn is_word_char(c: char) -> bool {
    c.is_alphanumeric()
}

/// The character at byte `i` of `s` and its length in bytes.
#[inline]
fn char_at(s: &str, i: usize) -> Option<(char, usize)> {
    let b = *s.as_bytes().get(i)?;
    if b < 0x80 {
        Some((b as char, 1))
    } else {
        let c = s[i..].chars().next()?;
        Some((c, c.len_utf8()))
    }
}

fn is_apostrophe(c: char) -> bool {
    matches!(c, '\'' | '\u{2019}')
}

/// Whether the characters at byte `i` of `s` are a possessive "s" that ends
/// a word: an `s` not followed by a letter or digit.
fn possessive_s_at(s: &str, i: usize) -> bool {
    match char_at(s, i) {
        Some(('s' | 'S', len)) => !char_at(s, i + len).is_some_and(|(c, _)| is_word_char(c)),
        _ => false,
    }
}

/// Splits `line` into tokens, with their keys. Offsets are `base` plus
/// byte offsets in `line`.
///
/// A word runs over letters and digits and over `.`, `'`, `’`, `-` and `&`
/// when a letter or digit follows (so "co-ordinated", "O'Brien", "AT&T" stay
/// whole), except that a possessive `'s` is split off ("Britain" + "'s")
/// and a hyphen always splits ("Guinea" "-" "Bissau"), so that names inside
/// compounds can be found. Initialisms keep their final dot: "U.S.".
pub fn tokenize(line: &str, base: usize) -> Tokens {
    let mut list = Vec::with_capacity(line.len() / 5 + 1);
    let mut keys = String::with_capacity(line.len());
    let mut i = 0;
    // Whether anything separates this token from the previous one (a space
    // or an invisible character), and whether that was a real space (the
    // key keeps those only, as `key` drops invisible characters).
    let mut space_before = true;
    let mut spaced = false;
    while let Some((c, len)) = char_at(line, i) {
        if is_space(c) || is_invisible(c) {
            space_before = true;
            spaced |= is_space(c);
            i += len;
            continue;
        }
        let start = i;
        let mut j = if is_word_char(c) {
            word_end(line, start, i + len)
        } else {
            i + len
        };
        // A possessive "'s" is one token.
        if is_apostrophe(c) && !space_before && possessive_s_at(line, j) {
            j += 1;
        }
        let text = &line[start..j];
        if spaced && !keys.is_empty() {
            keys.push(' ');
        }
        let key_start = keys.len() as u32;
        push_key(&mut keys, text);
        list.push(Token {
            start: base + start,
            end: base + j,
            shape: shape_of(text),
            space_before,
            key_start,
            key_end: keys.len() as u32,
            tag: 0,
        });
        space_before = false;
        spaced = false;
        i = j;
    }
    Tokens { list, keys }
}

/// The end of the word of `line` that starts at byte `start` and whose
/// first character ends at byte `j`: letters and digits, joined by `.`,
/// `'`, `’` or `&` before a letter or digit, short of a possessive `'s`;
/// an initialism's final dot.
fn word_end(line: &str, start: usize, mut j: usize) -> usize {
    let bytes = line.as_bytes();
    loop {
        // Plain ASCII letters and digits, the common case, in bulk.
        while bytes.get(j).is_some_and(u8::is_ascii_alphanumeric) {
            j += 1;
        }
        let Some((cj, lj)) = char_at(line, j) else {
            break;
        };
        if is_word_char(cj) {
            j += lj;
            continue;
        }
        let joiner = matches!(cj, '.' | '\'' | '\u{2019}' | '&');
        if !joiner || !char_at(line, j + lj).is_some_and(|(n, _)| is_word_char(n)) {
            break;
        }
        // A possessive 's ends the word before the apostrophe.
        if is_apostrophe(cj) && possessive_s_at(line, j + lj) {
            break;
        }
        j += lj;
    }
    // Initialisms keep their final dot: "U.S." "U.K." (letters separated
    // by dots, each part one letter).
    if bytes.get(j) == Some(&b'.') {
        let word = &line[start..j];
        if word.contains('.') && word.split('.').all(|p| p.chars().count() == 1) {
            j += 1;
        }
    }
    j
}

/// Appends the key of one token (no spaces inside) to `out`.
fn push_key(out: &mut String, token: &str) {
    // Plain ASCII is only lowercased (a backquote folds to an apostrophe).
    if token.bytes().all(|b| b.is_ascii() && b != b'`') {
        let from = out.len();
        out.push_str(token);
        out[from..].make_ascii_lowercase();
    } else {
        key_chars(token, |c| out.push(c));
    }
}

fn shape_of(word: &str) -> Shape {
    let bytes = word.as_bytes();
    // "d'Ivoire", "l'Aquila": an elided article before a capitalised name.
    if bytes.len() > 2 && matches!(bytes[0], b'd' | b'l' | b'D' | b'L') {
        let mut it = word[1..].chars();
        if let (Some('\'' | '\u{2019}'), Some(c)) = (it.next(), it.next()) {
            if c.is_uppercase() {
                return Shape::Capitalized;
            }
        }
    }
    if word.is_ascii() {
        return ascii_shape(bytes);
    }
    let Some(first) = word.chars().next() else {
        return Shape::Punct;
    };
    if !first.is_alphanumeric() {
        return Shape::Punct;
    }
    let (mut upper, mut lower, mut digit) = (0usize, 0usize, 0usize);
    for c in word.chars() {
        if c.is_uppercase() {
            upper += 1;
        } else if c.is_lowercase() {
            lower += 1;
        } else if c.is_numeric() {
            digit += 1;
        }
    }
    if first.is_uppercase() {
        if lower == 0 {
            Shape::Upper
        } else {
            Shape::Capitalized
        }
    } else if first.is_numeric() {
        Shape::Number
    } else if upper > 0 || digit > 0 {
        Shape::Mixed
    } else if first.is_alphabetic() && !first.is_lowercase() {
        // Scripts without case (Chinese, Arabic): treat as capitalised words.
        Shape::Capitalized
    } else {
        Shape::Lower
    }
}

/// [`shape_of`] an ASCII word, each test stopping at the first byte that
/// decides it.
fn ascii_shape(word: &[u8]) -> Shape {
    match word.first() {
        Some(b'A'..=b'Z') if word.iter().any(u8::is_ascii_lowercase) => Shape::Capitalized,
        Some(b'A'..=b'Z') => Shape::Upper,
        Some(b'0'..=b'9') => Shape::Number,
        Some(b'a'..=b'z')
            if word
                .iter()
                .any(|b| b.is_ascii_uppercase() || b.is_ascii_digit()) =>
        {
            Shape::Mixed
        }
        Some(b'a'..=b'z') => Shape::Lower,
        _ => Shape::Punct,
    }
}

/// Converts sorted byte offsets into another unit (code points or UTF-16
/// units) in one pass over the text.
pub struct OffsetMap {
    bytes: Vec<usize>,
    units: Vec<usize>,
}

/// The unit an [`OffsetMap`] converts to.
#[derive(Clone, Copy, Debug, PartialEq, Eq)]
pub enum Unit {
    /// Unicode scalar values, as Python and the CLI count.
    CodePoint,
    /// UTF-16 code units, as JavaScript strings count.
    Utf16,
}

impl OffsetMap {
    /// Builds a map for the given byte offsets of `text`, each of which must
    /// be a character boundary.
    pub fn new(text: &str, offsets: impl IntoIterator<Item = usize>, unit: Unit) -> Self {
        let mut bytes: Vec<usize> = offsets.into_iter().collect();
        crate::order::sort_plain(&mut bytes);
        bytes.dedup();
        let mut units = Vec::with_capacity(bytes.len());
        let (mut pos, mut count) = (0usize, 0usize);
        for &b in &bytes {
            let b = b.min(text.len());
            for c in text[pos..b].chars() {
                count += match unit {
                    Unit::CodePoint => 1,
                    Unit::Utf16 => c.len_utf16(),
                };
            }
            pos = b;
            units.push(count);
        }
        OffsetMap { bytes, units }
    }

    /// The converted offset of a byte offset given to [`OffsetMap::new`].
    pub fn get(&self, byte: usize) -> usize {
        match self.bytes.binary_search(&byte) {
            Ok(i) => self.units[i],
            Err(_) => panic!("offset {byte} was not registered with the OffsetMap"),
        }
    }
}

#[cfg(test)]
mod tests {
    use super::*;

    fn words(s: &str) -> Vec<&str> {
        tokenize(s, 0).iter().map(|t| &s[t.start..t.end]).collect()
    }

    macro_rules! t {
        ($name:ident, $input:expr, $expected:expr) => {
            #[test]
            fn $name() {
                assert_eq!(words($input), $expected);
            }
        };
    }

    t!(
        possessive_split,
        "Britain's BT",
        vec!["Britain", "'s", "BT"]
    );
    t!(
        curly_possessive_split,
        "UK’s decision",
        vec!["UK", "’s", "decision"]
    );
    t!(
        initialism_keeps_dot,
        "the U.S. said",
        vec!["the", "U.S.", "said"]
    );
    t!(sentence_dot_split, "in Europe.", vec!["in", "Europe", "."]);
    t!(
        hyphen_splits,
        "Guinea-Bissau",
        vec!["Guinea", "-", "Bissau"]
    );
    t!(apostrophe_inside, "O'Brien isn't", vec!["O'Brien", "isn't"]);
    t!(ampersand_inside, "AT&T and P&G", vec!["AT&T", "and", "P&G"]);
    t!(elided_article, "Côte d'Ivoire", vec!["Côte", "d'Ivoire"]);
    t!(
        quote_then_word,
        "\"Everything\", Martin",
        vec!["\"", "Everything", "\"", ",", "Martin"]
    );
    t!(emoji_is_punct, "🎉 Paris", vec!["🎉", "Paris"]);
    t!(nbsp_is_space, "New\u{a0}York", vec!["New", "York"]);
    t!(zero_width_skipped, "Bei\u{200b} jing", vec!["Bei", "jing"]);

    #[test]
    fn shapes() {
        let s = "NATO Huawei said iPhone 5G MI6 A";
        let shapes: Vec<Shape> = tokenize(s, 0).iter().map(|t| t.shape).collect();
        use Shape::*;
        assert_eq!(
            shapes,
            vec![Upper, Capitalized, Lower, Mixed, Number, Upper, Upper]
        );
    }

    #[test]
    fn keys_fold_case_quotes_and_space() {
        assert_eq!(key("  Côte d’Ivoire "), "côte d'ivoire");
        assert_eq!(key("New\u{a0}\u{a0}York"), "new york");
    }

    #[test]
    fn normalize_is_clean_and_lossless_in_meaning() {
        assert_eq!(
            normalize("  “Hi”\u{a0}–\u{200b} it’s  ok  "),
            "\"Hi\" – it's ok"
        );
        assert_eq!(normalize_piece(" a\u{a0}"), " a ");
        assert_eq!(normalize_piece("\u{a0}"), " ");
    }

    #[test]
    fn offsets_in_code_points_and_utf16() {
        let s = "😀 Jünger";
        let start = s.find('J').unwrap();
        let cp = OffsetMap::new(s, [start, s.len()], Unit::CodePoint);
        assert_eq!((cp.get(start), cp.get(s.len())), (2, 8));
        let u16 = OffsetMap::new(s, [start, s.len()], Unit::Utf16);
        assert_eq!((u16.get(start), u16.get(s.len())), (3, 9));
    }
}
