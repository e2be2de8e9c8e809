//! Shapes: what a single line looks like when it is a page part and not
//! the story, whatever the site: a cue phrase, a photo credit, a byline, a
//! consent banner, a breadcrumb, a row of menu items, a date alone, a pull
//! quote, an author's biography, a language selector.

use super::line::Info;
use super::{corpus, Verdicts};
use crate::analysis::Role;
use crate::text::{key, Shape, Token, Tokens};
use crate::Map;

use super::cues::Place;
use std::borrow::Cow;

/// Marks every line that a cue or a shape gives away.
pub(super) fn mark(infos: &[Info], roles: &mut Verdicts, repeats: &corpus::Repeats) {
    for i in 0..infos.len() {
        if roles[i].is_none() {
            if let Some(reason) = reason(i, infos, roles, repeats) {
                roles[i] = Some((Role::Boilerplate, reason));
            }
        }
    }
}

/// The reason line `i` is a page part, from its own shape or from the
/// other pages of the corpus.
fn reason(
    i: usize,
    infos: &[Info],
    roles: &Verdicts,
    repeats: &corpus::Repeats,
) -> Option<Cow<'static, str>> {
    own_reason(i, infos, roles).or_else(|| corpus::repeated(&infos[i], repeats))
}

/// The reason line `i` gives itself away as a page part, by a cue or by
/// its shape alone.
pub(super) fn own_reason(i: usize, infos: &[Info], roles: &Verdicts) -> Option<Cow<'static, str>> {
    let info = &infos[i];
    info.cue
        .filter(|c| c.place != Place::Header)
        .map(|c| c.reason.into())
        .or_else(|| language_selector(info).then(|| "language selector".into()))
        .or_else(|| photo_credit(info).then(|| "photo caption with photo credit".into()))
        .or_else(|| byline(info).then(|| "byline".into()))
        .or_else(|| cookie_notice(info).then(|| "cookie notice".into()))
        .or_else(|| breadcrumb(info).then(|| "breadcrumb".into()))
        .or_else(|| menu_row(info).map(Cow::Borrowed))
        .or_else(|| pull_quote(i, infos).then(|| "pull quote".into()))
        .or_else(|| timestamp(info).then(|| "timestamp".into()))
        .or_else(|| lone_number(info).then(|| "a number alone (a counter)".into()))
        .or_else(|| {
            (author_bio(info) && (i + 3 >= infos.len() || follows_removed(roles, i)))
                .then(|| "author biography".into())
        })
}

/// A figure alone on its line, no word with it: a count of shares, likes
/// or comments, a slide number ("0", "1,204", "3/10"). A list's number
/// ("1.", "2)"), a measured value ("4.33") and a clock time are not counts.
fn lone_number(info: &Info) -> bool {
    let text = info.trimmed();
    info.words <= 2
        && text.chars().any(|c| c.is_ascii_digit())
        && text
            .chars()
            .all(|c| c.is_ascii_digit() || matches!(c, ',' | '/' | ' ' | '+'))
        && !table_row(info)
        && !has_clock_time(text)
}

/// "English Deutsch Français Español": most words name a language.
fn language_selector(info: &Info) -> bool {
    info.languages >= 4 && info.languages * 2 >= info.words
}

pub(super) fn follows_removed(roles: &Verdicts, i: usize) -> bool {
    i > 0 && matches!(roles[i - 1], Some((Role::Boilerplate, _)))
}

/// A line that asks the reader to do something for the site: "Subscribe
/// from $1 a week", "Skip to footer", "Read in the app".
pub(super) fn call_to_action(info: &Info) -> bool {
    const LEADS: [&str; 23] = [
        "subscribe",
        "back to",
        "« back",
        "pin it",
        "translate",
        "see all",
        "try ",
        "get the",
        "get our",
        "read in the app",
        "log in",
        "login",
        "sign in",
        "sign up",
        "register",
        "download",
        "skip to",
        "save ",
        "join ",
        "follow ",
        "listen ",
        "watch ",
        "click ",
    ];
    LEADS.iter().any(|l| info.key().starts_with(l))
}

pub(super) fn starts_with_imperative(info: &Info) -> bool {
    const VERBS: [&str; 14] = [
        "get",
        "discover",
        "join",
        "sign",
        "subscribe",
        "download",
        "follow",
        "enter",
        "register",
        "stay",
        "receive",
        "never",
        "don't",
        "keep",
    ];
    let first = info.key().split([' ', ',']).next().unwrap_or("");
    VERBS.contains(&first)
}

/// "REUTERS / Wolfgang Rattay", "AFP via Getty Images", "(AP Photo/Name)":
/// an agency in capitals, a slash, then only a name to the end of the line.
fn photo_credit(info: &Info) -> bool {
    if !info.text.contains('/') {
        return false;
    }
    let toks = &info.tokens;
    let text = |t: &Token| &info.text[t.start - info.span.start..t.end - info.span.start];
    let Some(slash) = toks.iter().rposition(|t| text(t) == "/") else {
        return false;
    };
    if slash == 0 || slash + 1 >= toks.len() {
        return false;
    }
    let agency = &toks[slash - 1];
    let agency_ok = (agency.shape == Shape::Upper && text(agency).chars().count() >= 2)
        || text(agency) == "Photo";
    let name_ok = toks[slash + 1..]
        .iter()
        .all(|t| t.is_cap() || matches!(text(t), "." | ")" | "-" | "'"));
    agency_ok && name_ok && toks.len() - slash <= 6
}

/// A consent banner in any of the languages the cleanup knows: the word
/// "cookie" with a consent or settings word, on a line short of a paragraph.
fn cookie_notice(info: &Info) -> bool {
    const CONSENT: [&str; 24] = [
        "accept",
        "agree",
        "consent",
        "settings",
        "preferences",
        "privacy",
        "policy",
        "akzeptieren",
        "zustimmen",
        "einstellungen",
        "datenschutz",
        "accepter",
        "paramètres",
        "confidentialité",
        "aceptar",
        "configuración",
        "privacidad",
        "aceitar",
        "configurações",
        "accetta",
        "impostazioni",
        "akkoord",
        "instellingen",
        "toestemming",
    ];
    info.words <= 80
        && info
            .tokens
            .iter()
            .any(|t| info.tokens.key(t).starts_with("cookie"))
        && CONSENT.iter().any(|w| info.key().contains(w))
}

/// "Updated 3 hours ago", "Published: 12 March 2024, 10:15 GMT",
/// "Mon 4 Mar 2024 14.02 GMT": a short line that is only a date or time.
pub(super) fn timestamp(info: &Info) -> bool {
    const LEADS: [&str; 10] = [
        "updated",
        "published",
        "posted",
        "last updated",
        "first published",
        "modified",
        "aktualisiert",
        "veröffentlicht",
        "publié",
        "publicado",
    ];
    if info.words > 12 || info.ends_sentence && info.words > 6 {
        return false;
    }
    let has_digit = info.text.chars().any(|c| c.is_ascii_digit());
    let lead = LEADS.iter().any(|l| info.key().starts_with(l));
    let ago = relative_time(info.key());
    let alpha_words = info
        .key()
        .split(|c: char| !c.is_alphanumeric())
        .filter(|w| w.chars().any(char::is_alphabetic))
        .count();
    let dated = has_date(info);
    let stamped = (lead && has_digit)
        || (ago && has_digit && info.words <= 6)
        || (has_digit && dated && alpha_words <= 4 && few_stops(info) && !info.bullet)
        || (dated_clock(info, dated) && alpha_words <= 6)
        || (dated && alpha_words <= 5 && !info.ends_sentence && has_clock_time(info.text));
    stamped && !table_row(info)
}

/// "3 hours ago" and its forms in other languages ("vor 2 Stunden", "il y a
/// 2 heures", "hace 2 horas", "před 2 hodinami", "2 часа назад", "2 ore
/// fa"): the frame of a relative time; the caller asks for a figure.
pub(super) fn relative_time(key: &str) -> bool {
    const BEFORE: [&str; 6] = ["vor ", "il y a ", "hace ", "há ", "před ", "pred "];
    const AFTER: [&str; 7] = [
        " ago",
        " temu",
        " назад",
        " geleden",
        " fa",
        " önce",
        " sedan",
    ];
    key.contains(" ago ")
        || BEFORE.iter().any(|b| key.starts_with(b))
        || AFTER.iter().any(|a| key.ends_with(a))
}

/// A month name or a date in digits ("14 March", "2024-03-14").
pub(super) fn has_date(info: &Info) -> bool {
    info.key()
        .split(|c: char| !c.is_alphanumeric())
        .any(is_month)
        || info
            .text
            .split(|c: char| c.is_whitespace() || c == ',')
            .any(is_numeric_date)
}

/// At most one function word, or two beside a clock time ("at 9:12 am":
/// "am" is a German function word too).
fn few_stops(info: &Info) -> bool {
    info.stop <= 1 || (info.stop == 2 && has_clock_time(info.text))
}

/// A date with a clock time and an update word: "3 March 2014 Last updated
/// at 16:40 GMT".
fn dated_clock(info: &Info, dated: bool) -> bool {
    dated
        && has_clock_time(info.text)
        && ["updated", "posted", "published"]
            .iter()
            .any(|w| info.key().contains(w))
}

/// A month name or its usual abbreviation, in the languages the cleanup
/// knows.
pub(crate) fn is_month(w: &str) -> bool {
    const MONTHS: &str = "jan feb mar apr may jun jul aug sep sept oct nov dec january february march \
        april june july august september october november december januar februar märz mai juni juli \
        oktober dezember janvier février mars avril juin juillet août septembre octobre novembre \
        décembre enero febrero marzo abril mayo junio julio agosto septiembre octubre noviembre \
        diciembre janeiro fevereiro março maio junho julho setembro outubro novembro dezembro \
        gennaio febbraio aprile maggio giugno luglio settembre ottobre dicembre januari februari \
        maart mei augustus";
    // Split once, not once per word of every line.
    static SET: std::sync::OnceLock<crate::Set<&str>> = std::sync::OnceLock::new();
    SET.get_or_init(|| MONTHS.split_whitespace().collect())
        .contains(w)
}

/// "14/03/2024", "2024-03-14", "28.09.2023": a date written in digits.
pub(super) fn is_numeric_date(word: &str) -> bool {
    let parts: Vec<&str> = word.split(['/', '-', '.']).collect();
    parts.len() == 3
        && parts
            .iter()
            .all(|p| !p.is_empty() && p.len() <= 4 && p.chars().all(|c| c.is_ascii_digit()))
        && parts.iter().any(|p| p.len() == 4 || p.len() == 2)
}

/// "By Jane Smith", "By Jane Smith and Omar Ali, Reuters", "By Marcus
/// Holloway, staff writer", "By: Jane Smith | May 3, 2012": "By" and a
/// capitalised name, on a short line.
pub(super) fn byline(info: &Info) -> bool {
    let key = info.key();
    let lead = [
        "written by ",
        "posted by ",
        "words by ",
        "story by ",
        "reported by ",
    ]
    .iter()
    .find(|b| key.starts_with(*b))
    .map_or(1, |b| b.split(' ').count() - 1);
    let starts = lead > 1
        || ["by", "von", "par", "por", "door", "di"].iter().any(|b| {
            key.strip_prefix(b)
                .is_some_and(|rest| rest.starts_with([' ', ':']))
        });
    let name_next = info
        .tokens
        .iter()
        .filter(|t| t.is_word())
        .nth(lead)
        .is_some_and(|t| t.is_cap());
    starts && name_next && info.words <= 14 && !(info.ends_sentence && info.words > 8)
}

/// A person's name alone on its line: two or three capitalised words, the
/// first a given name ("Mike Fahey"). Right under a headline it names the
/// story's author, as a byline does without its "By".
pub(super) fn author_alone(info: &Info) -> bool {
    if !(2..=3).contains(&info.words) || info.units != info.words || info.ends_sentence {
        return false;
    }
    let mut words = info.tokens.iter().filter(|t| t.is_word());
    words.clone().all(|t| t.is_cap())
        && words
            .next()
            .is_some_and(|t| crate::given_names().contains(info.tokens.key(t)))
}

/// A row of short items separated by wide spaces or bars: a menu, share
/// buttons or tags ("Share   Facebook   WhatsApp", "Arts  Books  Music").
fn menu_row(info: &Info) -> Option<&'static str> {
    const SHARE: [&str; 16] = [
        "share",
        "facebook",
        "twitter",
        "whatsapp",
        "email",
        "e-mail",
        "print",
        "linkedin",
        "telegram",
        "teilen",
        "partager",
        "compartir",
        "compartilhar",
        "condividi",
        "delen",
        "tweet",
    ];
    if info.ends_sentence && info.words > 3 {
        return None;
    }
    // Most lines have no separator at all: no items to split.
    let separated =
        info.text.contains(['|', '·', '•']) || info.text.as_bytes().windows(2).any(|w| w == b"  ");
    if !separated {
        return None;
    }
    let items: Vec<&str> = info
        .text
        .split(['|', '·', '•'])
        .flat_map(|part| part.split("  "))
        .map(str::trim)
        .filter(|p| !p.is_empty())
        .collect();
    if items.len() < 3 || items.iter().any(|p| p.split_whitespace().count() > 4) {
        return None;
    }
    // A row of figures is a table's ("4  Millbrook  33  17  6  10"), not a
    // menu's.
    let figures = items
        .iter()
        .filter(|p| p.starts_with(|c: char| c.is_ascii_digit() || c == '+' || c == '-'))
        .count();
    if figures * 2 >= items.len() {
        return None;
    }
    let share = items
        .iter()
        .filter(|p| SHARE.iter().any(|w| key(p).split(' ').any(|x| x == *w)))
        .count();
    Some(if share * 2 >= items.len() {
        "share buttons"
    } else {
        "navigation"
    })
}

/// A short quotation set apart from the text that repeats a sentence of the
/// story: a pull quote.
fn pull_quote(i: usize, infos: &[Info]) -> bool {
    /// A pull quote stands near the paragraph it repeats; looking no
    /// further keeps the check linear in the length of the text.
    const NEAR: usize = 25;
    let info = &infos[i];
    if !quotation(info.key()) || info.words < 4 || info.words > 40 {
        return false;
    }
    let inner = info.key().trim_matches(|c: char| !c.is_alphanumeric());
    let near = &infos[i.saturating_sub(NEAR)..(i + NEAR + 1).min(infos.len())];
    near.iter().any(|other| {
        other.number != info.number && other.words > info.words && holds(other.key(), inner)
    })
}

/// A line that opens a quotation which runs over most of it. A line whose
/// quotation closes early ("'Significant' layoffs at the centre") is a
/// headline that quotes a word.
fn quotation(key: &str) -> bool {
    let Some(rest) = key.strip_prefix(['"', '\'', '«']) else {
        return false;
    };
    let closes = rest.find(['"', '»']).or_else(|| rest.find("' "));
    closes.is_none_or(|at| at * 2 >= rest.len())
}

/// `haystack.contains(needle)` for a sentence-long needle: each byte
/// compared with the needle's first, the rest only where that matches. (The
/// standard searcher first analyses the needle, which costs more than the
/// search in a line.)
fn holds(haystack: &str, needle: &str) -> bool {
    let (haystack, needle) = (haystack.as_bytes(), needle.as_bytes());
    let Some(&first) = needle.first() else {
        return true;
    };
    haystack
        .windows(needle.len())
        .any(|w| w[0] == first && w == needle)
}

/// "News › UK News", "Home > Sport > Football": a short path of section
/// names.
fn breadcrumb(info: &Info) -> bool {
    info.words <= 10 && info.stop <= 1 && !info.ends_sentence && path_marks(info.text) > 0
}

/// The marks that part the steps of a path ("›", "»", ">", "→"), not
/// counting a "»" that closes a quotation opened by "«" (French, Russian:
/// "Screenshot : «Vape Wave», «6 Days»").
pub(super) fn path_marks(text: &str) -> usize {
    let mut open = 0usize;
    let mut marks = 0;
    for c in text.chars() {
        match c {
            '«' => open += 1,
            '»' if open > 0 => open -= 1,
            '›' | '»' | '>' | '→' => marks += 1,
            _ => {}
        }
    }
    marks
}

/// Third-person sentences about a writer: "Fiona discovered her love for
/// investing … now she loves writing about investing".
fn author_bio(info: &Info) -> bool {
    const CUES: [&str; 27] = [
        "correspondent for",
        "reporter for",
        "columnist for",
        "is a columnist",
        "previously covered",
        "writes about",
        "writing about",
        "loves writing",
        "has written for",
        "has written about",
        "work has appeared",
        "is a journalist",
        "is a reporter",
        "is a writer",
        "is a freelance",
        "is a staff writer",
        "is a senior",
        "is a contributing",
        "is an editor",
        "is the editor",
        "is a correspondent",
        "is our",
        "joined the",
        "she covers",
        "he covers",
        "you can follow",
        "follow her",
    ];
    let starts_with_name = info
        .tokens
        .first()
        .is_some_and(|t| t.shape == Shape::Capitalized);
    static PHRASES: std::sync::OnceLock<Phrases> = std::sync::OnceLock::new();
    starts_with_name
        && info.words >= 8
        && PHRASES
            .get_or_init(|| Phrases::new(&CUES))
            .in_line(&info.tokens)
}

/// Phrases (keys: lowercase words, one space between) to find as runs of
/// whole words, indexed by their first word: one lookup per token.
pub(super) struct Phrases {
    by_first: Map<&'static str, Vec<(&'static str, usize)>>,
}

impl Phrases {
    fn new(phrases: &[&'static str]) -> Self {
        let mut by_first: Map<&'static str, Vec<(&'static str, usize)>> = Map::default();
        for p in phrases {
            let first = p.split(' ').next().unwrap_or(p);
            by_first
                .entry(first)
                .or_default()
                .push((p, p.split(' ').count()));
        }
        Phrases { by_first }
    }

    /// Whether the line's tokens contain one of the phrases.
    fn in_line(&self, t: &Tokens) -> bool {
        (0..t.len()).any(|i| {
            self.by_first.get(t.key(&t[i])).is_some_and(|ps| {
                ps.iter()
                    .any(|&(p, n)| i + n <= t.len() && t.span_key(i, i + n) == p)
            })
        })
    }
}

/// A clock time: "2:31 pm", "10:44", "5pm" (digits, a colon, two digits;
/// or digits and am/pm).
pub(super) fn has_clock_time(text: &str) -> bool {
    let b = text.as_bytes();
    let digit = |i: usize| b.get(i).is_some_and(u8::is_ascii_digit);
    (1..b.len()).any(|i| {
        let colon = b[i] == b':' && digit(i - 1) && digit(i + 1) && digit(i + 2) && !digit(i + 3);
        colon || (digit(i - 1) && meridiem(&b[i..]))
    })
}

/// "am", "pm", "a.m.", "p.m." at the start of `rest` (a space before it
/// allowed), as a word of its own.
fn meridiem(rest: &[u8]) -> bool {
    let rest = rest.strip_prefix(b" ").unwrap_or(rest);
    let Some((&first, rest)) = rest.split_first() else {
        return false;
    };
    if !matches!(first.to_ascii_lowercase(), b'a' | b'p') {
        return false;
    }
    let rest = rest.strip_prefix(b".").unwrap_or(rest);
    let Some(rest) = rest.strip_prefix(b"m").or_else(|| rest.strip_prefix(b"M")) else {
        return false;
    };
    let rest = rest.strip_prefix(b".").unwrap_or(rest);
    !rest.first().is_some_and(u8::is_ascii_alphanumeric)
}

/// A line of code or a table row, set in the story.
pub(super) fn code_or_table(info: &Info) -> bool {
    info.keyed || looks_like_code(info.trimmed()) || table_row(info)
}

/// A line of program code or a query set in the story: it ends in a
/// comma, a bracket or a semicolon, or holds an operator or a call. No
/// headline does.
pub(super) fn looks_like_code(text: &str) -> bool {
    let emoticon = [":(", ";(", ":-(", ":["].iter().any(|e| text.ends_with(e));
    (text.ends_with([',', '(', '{', '[', ';']) && !emoticon)
        || [" = ", "==", "=>", "()", "::", "->"]
            .iter()
            .any(|op| text.contains(op))
}

/// Settings or markup written out as text: a third of the line's words or
/// more are a key glued to its value ("allowComments:true!",
/// `href="/ad"`, "sz=300x250"). Prose in any language sets a space after
/// its colons; a clock time ("17:35") or a verse ("3:16") is not a key.
pub(super) fn key_values(text: &str) -> bool {
    // Most lines hold fewer than three marks with no space after: one pass
    // over the bytes rules them out.
    let marks = text
        .as_bytes()
        .windows(2)
        .filter(|w| matches!(w[0], b':' | b'=') && w[1] != b' ')
        .count();
    if marks < 3 {
        return false;
    }
    let (mut pairs, mut words) = (0, 0);
    for word in text.split_whitespace() {
        words += 1;
        pairs += usize::from(glued_pair(word.as_bytes()));
    }
    pairs >= 3 && pairs * 3 >= words
}

/// "key:value" or "key=value" with no space around the mark, the key not a
/// number and the value not a web address's "//".
fn glued_pair(word: &[u8]) -> bool {
    let Some(at) = word.iter().position(|&b| b == b':' || b == b'=') else {
        return false;
    };
    let part = |b: &u8| b.is_ascii_alphanumeric() || matches!(b, b'_' | b'"' | b'\'');
    let key = &word[..at];
    key.last().is_some_and(part)
        && !key.iter().all(|b| b.is_ascii_digit() || b == &b'.')
        && word
            .get(at + 1)
            .is_some_and(|b| part(b) || matches!(b, b'[' | b'{'))
}

/// A row of a table ("2020-08-01 17:59 │ 404 │ 12"): cells parted by
/// box-drawing bars, or figures parted by bars or tabs with no word among
/// them. A timestamp or a signature stands alone or names someone.
pub(super) fn table_row(info: &Info) -> bool {
    // Most lines hold no bar and no tab: one pass over the bytes ('│' is
    // 0xE2 0x94 0x82 in UTF-8).
    let bytes = info.text.as_bytes();
    if !bytes.iter().any(|&b| matches!(b, b'|' | b'\t' | 0xE2)) {
        return false;
    }
    info.text.matches('│').count() >= 2
        || (info.text.contains(['|', '\t']) && !info.text.chars().any(char::is_alphabetic))
}
