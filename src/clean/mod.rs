//! Cleanup: which lines are the article and which are the page around it.
//!
//! Scraped text has no HTML left to lean on, so every decision comes from
//! what a line looks like and where it stands:
//!
//! 1. **Cues** (`data/boilerplate_cues.tsv`): phrases that name a page part
//!    ("Advertisement", "Leave a Reply", "Reporting by").
//! 2. **Shapes**: language-name runs, photo credits ("REUTERS / Name"),
//!    bulleted link lists, bylines, author biographies.
//! 3. **Runs**: a section header such as "Latest news" removes the teasers
//!    that follow it (headlines, their summaries, "Download now").
//! 4. **Prose**: long lines with sentence punctuation and function words are
//!    the story; short lines take their place from their neighbours (a
//!    heading inside the story is a subheading; a short line among removed
//!    lines goes with them).
//! 5. **Title**: the first kept line, when it reads as a headline and not as
//!    the lead.
//!
//! Every line gets a reason, so a reader can see why it went or stayed.

mod cues;

use crate::analysis::{Line, Role};
use crate::text::{self, key, Shape, Token, Tokens};

use std::borrow::Cow;

use crate::Map;
use cues::{Cue, Lexicon, Place};

/// The cleanup's verdict on one text.
#[derive(Clone, Debug)]
pub struct Cleaned {
    /// Every non-empty line with its role and reason.
    pub lines: Vec<Line>,
    /// The headline as written (ends trimmed), if the text has one.
    pub title: Option<String>,
    /// The tokens of each line of `lines`, for the steps after cleanup.
    pub tokens: Vec<Tokens>,
}

/// Classifies the lines of articles. Build once, use for many texts.
pub struct Cleaner {
    lex: Lexicon,
}

/// What the cleanup knows about one non-empty line.
struct Info<'a> {
    number: usize,
    span: std::ops::Range<usize>,
    text: &'a str,
    /// The first boilerplate cue the line matches, looked up once.
    cue: Option<&'a Cue>,
    /// The line's tokens; their keys make up the line's key.
    tokens: Tokens,
    words: usize,
    stop: usize,
    /// Words that name a language ("English", "Français").
    languages: usize,
    ends_sentence: bool,
    bullet: bool,
    blank_before: bool,
}

impl Info<'_> {
    /// The line's [`key`]: folded, lowercased, spaces collapsed.
    fn key(&self) -> &str {
        self.tokens.line_key()
    }

    fn stop_ratio(&self) -> f32 {
        if self.words == 0 {
            0.0
        } else {
            self.stop as f32 / self.words as f32
        }
    }

    /// Reads as running text: a sentence, or a long stretch of words held
    /// together by function words.
    fn is_prose(&self) -> bool {
        (self.ends_sentence && self.words >= 6 && self.stop >= 1)
            || (self.words >= 15 && self.stop_ratio() >= 0.2)
    }

    /// Reads as a heading: short, no sentence end (a final initialism such
    /// as "U.S." is not one), or a short question.
    fn is_headline_like(&self) -> bool {
        self.words >= 1
            && self.words <= 20
            && (!self.ends_sentence || (self.text.trim_end().ends_with('?') && self.words <= 15))
    }
}

/// For a line key, how many articles of the corpus contain that line (this
/// one included): short lines that many pages share are site furniture.
pub type Repeats = Map<u64, usize>;

impl Default for Cleaner {
    fn default() -> Self {
        Self::new()
    }
}

impl Cleaner {
    /// Loads the cue tables.
    pub fn new() -> Self {
        Cleaner {
            lex: Lexicon::new(),
        }
    }

    /// The key under which a line counts towards [`Repeats`]: a hash of
    /// its [`key`], so that counting lines across a corpus allocates
    /// nothing per line.
    /// `buf` is scratch space, reused from line to line.
    pub fn repeat_key(line: &str, buf: &mut String) -> u64 {
        buf.clear();
        text::key_chars(line, |c| buf.push(c));
        repeat_hash(buf)
    }

    /// Classifies every non-empty line of `text`, given how often each line
    /// recurs across the corpus (an empty map for a lone article).
    pub fn clean(&self, text: &str, repeats: &Repeats) -> Cleaned {
        let infos = self.infos(text);
        let mut roles: Vec<Option<(Role, Cow<'static, str>)>> = vec![None; infos.len()];

        self.mark_cues_and_shapes(&infos, &mut roles, repeats);
        self.mark_captions(&infos, &mut roles);
        self.mark_header_runs(&infos, &mut roles);
        mark_prose(&infos, &mut roles);
        self.mark_tail_sections(&infos, &mut roles);
        self.mark_teaser_runs(&infos, &mut roles);
        let title = mark_title(&infos, &mut roles);
        mark_short_lines(&infos, &mut roles);

        let mut lines = Vec::with_capacity(infos.len());
        let mut tokens = Vec::with_capacity(infos.len());
        for (info, role) in infos.into_iter().zip(roles) {
            let (role, why) = role.unwrap_or((Role::Body, "unclassified".into()));
            lines.push(Line {
                number: info.number,
                span: info.span,
                role,
                why,
            });
            tokens.push(info.tokens);
        }
        Cleaned {
            lines,
            title,
            tokens,
        }
    }

    fn infos<'a>(&'a self, text: &'a str) -> Vec<Info<'a>> {
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
            let mut tokens = text::tokenize(line, start);
            // One lookup per word: function word, language name. Function
            // words are tagged for the echo search.
            let (mut words, mut stop, mut languages) = (0, 0, 0);
            for i in 0..tokens.len() {
                if !tokens[i].is_word() {
                    continue;
                }
                words += 1;
                let class = self
                    .lex
                    .word_class
                    .get(tokens.key(&tokens[i]))
                    .copied()
                    .unwrap_or(0);
                if class & cues::STOPWORD != 0 {
                    stop += 1;
                    tokens.set_tag(i, cues::STOPWORD);
                }
                if class & cues::LANGUAGE != 0 {
                    languages += 1;
                }
            }
            let trimmed = line.trim_end_matches(|c: char| {
                text::is_space(c)
                    || text::is_invisible(c)
                    || matches!(text::fold(c), '"' | '\'' | ')')
            });
            let last_is_initialism = tokens
                .iter()
                .rev()
                .find(|t| t.is_word())
                .is_some_and(|t| text[t.start..t.end].ends_with('.'));
            let ends_sentence =
                !last_is_initialism && trimmed.ends_with(['.', '!', '?', '…', ':', ';']);
            let first = line.trim_start().chars().next().unwrap_or(' ');
            let bullet = matches!(
                first,
                '-' | '•' | '*' | '·' | '►' | '▶' | '»' | '–' | '—' | '▪' | '■'
            ) && line.trim_start().chars().nth(1).is_some_and(text::is_space);
            infos.push(Info {
                number: i + 1,
                span: start..start + line.len(),
                text: line,
                cue: self.lex.matching_cue(tokens.line_key(), words),
                tokens,
                words,
                stop,
                languages,
                ends_sentence,
                bullet,
                blank_before,
            });
            blank_before = false;
        }
        infos
    }

    fn mark_cues_and_shapes(
        &self,
        infos: &[Info],
        roles: &mut [Option<(Role, Cow<'static, str>)>],
        repeats: &Repeats,
    ) {
        for (i, info) in infos.iter().enumerate() {
            if roles[i].is_some() {
                continue;
            }
            let reason: Option<Cow<'static, str>> = info
                .cue
                .filter(|c| c.place != Place::Header)
                .map(|c| c.reason.into())
                .or_else(|| {
                    self.language_selector(info)
                        .then(|| "language selector".into())
                })
                .or_else(|| photo_credit(info).then(|| "photo caption with photo credit".into()))
                .or_else(|| byline(info).then(|| "byline".into()))
                .or_else(|| cookie_notice(info).then(|| "cookie notice".into()))
                .or_else(|| breadcrumb(info).then(|| "breadcrumb".into()))
                .or_else(|| menu_row(info).map(Cow::Borrowed))
                .or_else(|| pull_quote(i, infos).then(|| "pull quote".into()))
                .or_else(|| timestamp(info).then(|| "timestamp".into()))
                .or_else(|| {
                    (author_bio(info) && (i + 3 >= infos.len() || follows_removed(roles, i)))
                        .then(|| "author biography".into())
                })
                .or_else(|| {
                    let others = repeats
                        .get(&repeat_hash(info.key()))
                        .copied()
                        .unwrap_or(0)
                        .saturating_sub(1);
                    (others >= 2 && !info.is_prose())
                        .then(|| format!("repeated on {others} other pages").into())
                });
            if let Some(reason) = reason {
                roles[i] = Some((Role::Boilerplate, reason));
            }
        }
        // Bulleted link lists: two or more bullets in a row, each a bare
        // headline.
        let mut i = 0;
        while i < infos.len() {
            let mut j = i;
            while j < infos.len()
                && infos[j].bullet
                && infos[j].is_headline_like()
                && infos[j].words <= 14
                && (j == i || !infos[j].blank_before || infos[j - 1].bullet)
            {
                j += 1;
            }
            // A list that the story introduces ("…:") or that prose follows is
            // part of the story.
            let introduced = i > 0 && infos[i - 1].text.trim_end().ends_with(':');
            let prose_after = infos
                .get(j)
                .is_some_and(|n| n.is_prose() && roles[j].is_none());
            if j - i >= 2 && !introduced && !prose_after {
                for role in &mut roles[i..j] {
                    if role.is_none() {
                        *role = Some((Role::Boilerplate, "related-articles link list".into()));
                    }
                }
                i = j;
            } else {
                i += 1;
            }
        }
        // A short call-to-action line right under a removed prompt
        // ("SIGN UP FOR E-MAIL NEWSLETTERS" / "Get up to speed …") goes with it.
        for i in 1..infos.len() {
            let info = &infos[i];
            if roles[i].is_some() || info.blank_before || info.words > 25 {
                continue;
            }
            if let Some((Role::Boilerplate, reason)) = &roles[i - 1] {
                let prompt = matches!(
                    reason.as_ref(),
                    "newsletter sign-up"
                        | "subscription prompt"
                        | "app promotion"
                        | "download promo"
                );
                if prompt && starts_with_imperative(info) {
                    roles[i] = Some((Role::Boilerplate, reason.clone()));
                }
            }
        }
    }

    /// The line a photo credit belongs to is the caption: a short line right
    /// above "Photo: Name" / "REUTERS / Name" with no blank between.
    fn mark_captions(&self, infos: &[Info], roles: &mut [Option<(Role, Cow<'static, str>)>]) {
        for i in 0..infos.len() {
            let is_credit = |j: usize| {
                matches!(&roles[j], Some((Role::Boilerplate, r)) if r.starts_with("photo caption"))
                    && infos[j].words <= 8
            };
            if roles[i].is_some() || infos[i].words > 40 {
                continue;
            }
            // Captions come first, their credit right under them.
            let below = i + 1 < infos.len() && !infos[i + 1].blank_before && is_credit(i + 1);
            if below && infos[i].words <= 30 {
                roles[i] = Some((Role::Boilerplate, "photo caption".into()));
            }
        }
    }

    /// Sections that end press releases and reports ("About Acme Inc.",
    /// "Forward-Looking Statements", "Notes to editors", "Media contact"):
    /// the heading and everything after it go.
    fn mark_tail_sections(&self, infos: &[Info], roles: &mut [Option<(Role, Cow<'static, str>)>]) {
        const HEADS: [&str; 12] = [
            "forward-looking statements",
            "forward looking statements",
            "notes to editors",
            "note to editors",
            "media contact",
            "media contacts",
            "press contact",
            "press contacts",
            "media enquiries",
            "investor contact",
            "for more information",
            "safe harbor statement",
        ];
        let first_body = roles
            .iter()
            .position(|r| matches!(r, Some((Role::Body, _))));
        let Some(first_body) = first_body else { return };
        let start = (first_body + 1..infos.len()).find(|&i| {
            let info = &infos[i];
            let bare = cues::bare_line(info.key());
            info.is_headline_like()
                && info.words <= 8
                && (HEADS.contains(&bare)
                    || (bare.starts_with("about ")
                        && info.tokens.get(1).is_some_and(|t| t.is_cap())))
        });
        if let Some(start) = start {
            for role in &mut roles[start..] {
                if !matches!(role, Some((Role::Boilerplate, _))) {
                    *role = Some((
                        Role::Boilerplate,
                        "press-release boilerplate section".into(),
                    ));
                }
            }
        }
    }

    /// Two or more headlines in a row after the story has begun are teasers
    /// for other stories: a story's subheading is followed by its prose.
    fn mark_teaser_runs(&self, infos: &[Info], roles: &mut [Option<(Role, Cow<'static, str>)>]) {
        let Some(first_body) = roles
            .iter()
            .position(|r| matches!(r, Some((Role::Body, _))))
        else {
            return;
        };
        let teaser = |roles: &[Option<(Role, Cow<'static, str>)>], i: usize| {
            roles[i].is_none()
                && infos[i].is_headline_like()
                && !infos[i].is_prose()
                && infos[i].words >= 4
                && !infos[i].text.trim_end().ends_with(':')
        };
        let mut i = first_body + 1;
        while i < infos.len() {
            let mut j = i;
            while j < infos.len() && teaser(roles, j) {
                j += 1;
            }
            // A list or table the story introduces, or that its prose
            // continues after, is the story's own.
            let introduced = i > 0 && infos[i - 1].text.trim_end().ends_with(':');
            let prose_after = infos
                .get(j)
                .is_some_and(|n| n.is_prose() && !matches!(roles[j], Some((Role::Boilerplate, _))));
            if j - i >= 2 && !introduced && !prose_after {
                for role in &mut roles[i..j] {
                    *role = Some((Role::Boilerplate, "unrelated story block".into()));
                }
            }
            i = j.max(i + 1);
        }
    }

    fn language_selector(&self, info: &Info) -> bool {
        info.languages >= 4 && info.languages * 2 >= info.words
    }

    /// A section header ("Latest news", "Related Resource") removes itself
    /// and the run of teasers under it: headlines, the summary attached
    /// right under a headline (on pages that space their paragraphs), calls
    /// to action, further headers. The run ends at a paragraph of prose that
    /// stands on its own.
    fn mark_header_runs(&self, infos: &[Info], roles: &mut [Option<(Role, Cow<'static, str>)>]) {
        // A page that separates its paragraphs with blank lines shows a
        // teaser's summary by printing it right under the headline; on a page
        // without blank lines, a summary is only one when no prose follows it.
        let spaced = infos.iter().filter(|i| i.blank_before).count() * 3 >= infos.len();
        let mut i = 0;
        while i < infos.len() {
            let header = infos[i].cue.filter(|c| c.place == Place::Header);
            let Some(header) = header else {
                i += 1;
                continue;
            };
            let reason = header.reason;
            roles[i] = Some((Role::Boilerplate, reason.into()));
            let run_reason = match reason {
                "section header of an unrelated news block" => "unrelated story in a news block",
                r => r,
            };
            let mut j = i + 1;
            let mut prev_teaser_headline = false;
            while j < infos.len() {
                let info = &infos[j];
                let is_header = info.cue.is_some_and(|c| c.place == Place::Header);
                if is_header {
                    roles[j] = Some((Role::Boilerplate, reason.into()));
                    prev_teaser_headline = false;
                } else if matches!(&roles[j], Some((Role::Boilerplate, _))) {
                    prev_teaser_headline = false;
                } else if info.is_headline_like() && !info.is_prose() {
                    roles[j] = Some((Role::Boilerplate, run_reason.into()));
                    prev_teaser_headline = true;
                } else if prev_teaser_headline
                    && !info.blank_before
                    && (spaced
                        || !infos
                            .get(j + 1)
                            .is_some_and(|n| n.is_prose() && roles[j + 1].is_none()))
                {
                    // The summary printed right under a teaser headline.
                    roles[j] = Some((Role::Boilerplate, run_reason.into()));
                    prev_teaser_headline = false;
                } else {
                    break;
                }
                j += 1;
            }
            i = j;
        }
    }
}

fn mark_prose(infos: &[Info], roles: &mut [Option<(Role, Cow<'static, str>)>]) {
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

/// The headline: among the undecided heading-like lines before the first
/// paragraph of prose, the one that reads most like a headline (long enough,
/// with function words; not a shouted site name, not a menu). Lines above it
/// are the page's masthead. A text that opens with prose has no headline.
fn mark_title(infos: &[Info], roles: &mut [Option<(Role, Cow<'static, str>)>]) -> Option<String> {
    let first_body = roles
        .iter()
        .position(|r| matches!(r, Some((Role::Body, _))))
        .unwrap_or(infos.len());
    let mut best: Option<(f32, usize)> = None;
    for i in 0..first_body {
        let info = &infos[i];
        if roles[i].is_some()
            || !info.is_headline_like()
            || info.words < 2
            || info.bullet
            || dateline_source(info.text).is_some()
        {
            continue;
        }
        // Ties go to the later line: the headline sits right above the story.
        let score = headline_score(info);
        if best.is_none_or(|(b, _)| score >= b) {
            best = Some((score, i));
        }
    }
    let (score, at) = best?;
    if score < 0.25 {
        return None;
    }
    for role in roles[..at].iter_mut().filter(|r| r.is_none()) {
        *role = Some((Role::Boilerplate, "masthead: above the headline".into()));
    }
    roles[at] = Some((
        Role::Title,
        "headline: heading-like line before the story".into(),
    ));
    let info = &infos[at];
    Some(
        info.text
            .trim_matches(|c: char| text::is_space(c) || text::is_invisible(c))
            .to_string(),
    )
}

/// How much a heading-like line reads like a headline rather than a site
/// name, a section label or a menu.
fn headline_score(info: &Info) -> f32 {
    let mut score = match info.words {
        0 => 0.0,
        1..=2 => 0.25,
        3..=4 => 0.5,
        5..=20 => 2.0,
        _ => 0.0,
    };
    if info.stop > 0 {
        score += 1.0;
    }
    let upper = info
        .tokens
        .iter()
        .filter(|t| t.shape == Shape::Upper)
        .count();
    if upper == info.words && info.words <= 4 {
        score -= 2.0; // "HEALTH DESK", "THE NORTHERN REVIEW"
    }
    let caps = info.tokens.iter().filter(|t| t.is_cap()).count();
    if info.stop == 0 && caps == info.words && info.words >= 5 {
        score -= 2.0; // "Home News Sport Business Culture"
    }
    let separators = info
        .text
        .matches(['|', '›', '»', '>', '/', '·', '•'])
        .count()
        + info.text.matches("  ").count();
    if separators >= 2 {
        score -= 3.0; // separators: a menu or breadcrumb
    }
    if call_to_action(info) {
        score -= 3.0;
    }
    score
}

/// Lines still undecided are short. Inside the story a heading-like line is
/// a subheading and a short sentence is body; among removed lines, or after
/// the story ends, it goes with the page.
fn mark_short_lines(infos: &[Info], roles: &mut [Option<(Role, Cow<'static, str>)>]) {
    let last_body = roles
        .iter()
        .rposition(|r| matches!(r, Some((Role::Body, _))));
    // The next line decided before this pass, for every line: one backward
    // sweep, so a million short lines stay linear.
    let mut next_decided = vec![None; infos.len()];
    let mut seen = None;
    for i in (0..infos.len()).rev() {
        next_decided[i] = seen;
        if let Some((role, _)) = &roles[i] {
            seen = Some(*role);
        }
    }
    let mut prev: Option<Role> = None;
    for i in 0..infos.len() {
        if let Some((role, _)) = &roles[i] {
            prev = Some(*role);
            continue;
        }
        let info = &infos[i];
        let next = next_decided[i];
        let after_story = last_body.is_none_or(|b| i > b);
        let decided: (Role, Cow<'static, str>) =
            if prev == Some(Role::Boilerplate) && next.is_none_or(|n| n == Role::Boilerplate) {
                (Role::Boilerplate, "short line among removed lines".into())
            } else if after_story {
                (Role::Boilerplate, "short line after the story".into())
            } else if info.bullet {
                (Role::Body, "list item inside the story".into())
            } else if info.ends_sentence {
                (Role::Body, "short sentence inside the story".into())
            } else if info.is_headline_like() && info.words <= 14 && next == Some(Role::Body) {
                (Role::Subheading, "heading inside the story".into())
            } else if prev.is_some_and(Role::is_kept) && next.is_some_and(Role::is_kept) {
                (Role::Body, "short line inside the story".into())
            } else {
                (Role::Boilerplate, "short line outside the story".into())
            };
        prev = Some(decided.0);
        roles[i] = Some(decided);
    }
}

fn follows_removed(roles: &[Option<(Role, Cow<'static, str>)>], i: usize) -> bool {
    i > 0 && matches!(roles[i - 1], Some((Role::Boilerplate, _)))
}

/// A line that asks the reader to do something for the site: "Subscribe
/// from $1 a week", "Skip to footer", "Read in the app".
fn call_to_action(info: &Info) -> bool {
    const LEADS: [&str; 18] = [
        "subscribe",
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

fn starts_with_imperative(info: &Info) -> bool {
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
fn timestamp(info: &Info) -> bool {
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
    let ago = info.key().ends_with(" ago") || info.key().contains(" ago ");
    let words: Vec<&str> = info
        .key()
        .split(|c: char| !c.is_alphanumeric())
        .filter(|w| !w.is_empty())
        .collect();
    let month = words.iter().any(|w| is_month(w));
    let date = info
        .text
        .split(|c: char| c.is_whitespace() || c == ',')
        .any(is_numeric_date);
    let alpha_words = words
        .iter()
        .filter(|w| w.chars().any(char::is_alphabetic))
        .count();
    (lead && has_digit)
        || (ago && has_digit && info.words <= 6)
        || (has_digit && (month || date) && alpha_words <= 4 && info.stop <= 1 && !info.bullet)
}

/// A month name or its usual abbreviation, in the languages the cleanup
/// knows.
fn is_month(w: &str) -> bool {
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
fn is_numeric_date(word: &str) -> bool {
    let parts: Vec<&str> = word.split(['/', '-', '.']).collect();
    parts.len() == 3
        && parts
            .iter()
            .all(|p| !p.is_empty() && p.len() <= 4 && p.chars().all(|c| c.is_ascii_digit()))
        && parts.iter().any(|p| p.len() == 4 || p.len() == 2)
}

/// "By Jane Smith", "By Jane Smith and Omar Ali, Reuters", "By Marcus
/// Holloway, staff writer": "By" and a capitalised name, on a short line.
fn byline(info: &Info) -> bool {
    let starts = ["by ", "von ", "par ", "por ", "door ", "di "]
        .iter()
        .any(|b| info.key().starts_with(b));
    let name_next = info
        .tokens
        .get(1)
        .is_some_and(|t| t.shape == Shape::Capitalized);
    starts && name_next && info.words <= 14 && !(info.ends_sentence && info.words > 8)
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
    let quoted = info.key().starts_with(['"', '\'', '«']);
    if !quoted || info.words < 4 || info.words > 40 {
        return false;
    }
    let inner = info.key().trim_matches(|c: char| !c.is_alphanumeric());
    let near = &infos[i.saturating_sub(NEAR)..(i + NEAR + 1).min(infos.len())];
    near.iter().any(|other| {
        other.number != info.number && other.words > info.words && other.key().contains(inner)
    })
}

/// "News › UK News", "Home > Sport > Football": a short path of section
/// names.
fn breadcrumb(info: &Info) -> bool {
    let arrows = info.text.matches(['›', '»', '>', '→']).count();
    arrows >= 1 && info.words <= 10 && info.stop <= 1 && !info.ends_sentence
}

/// Third-person sentences about a writer: "Fiona discovered her love for
/// investing … now she loves writing about investing".
fn author_bio(info: &Info) -> bool {
    const CUES: [&str; 22] = [
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
struct Phrases {
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

/// The hash of a line key under which [`Repeats`] counts it.
fn repeat_hash(line_key: &str) -> u64 {
    crate::fixed_hash(line_key)
}

#[cfg(test)]
mod tests;
