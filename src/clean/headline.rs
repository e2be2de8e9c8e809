//! Headline: the line that heads the story. It stands above the story's
//! first paragraph (often with a byline or a date between), it reads as a
//! title and not as a site name, a section, a menu, a byline, a date or a
//! button, and its words come back in the story's first paragraphs.

use super::comments;
use super::corpus::{self, Repeats};
use super::line::{inner_stops, is_unspaced, Info};
use super::prose::dateline_source;
use super::shapes::{self, call_to_action};
use super::Verdicts;
use crate::analysis::Role;
use crate::text::{self, Shape};
use crate::Set;

/// How far above the story a headline may stand, in lines.
const REACH: usize = 40;
/// How far into the story's region the headline may stand, in lines, and
/// how many words of prose it may leave above it there: a region can open
/// with a stray paragraph (a teaser, a notice) above the real headline.
/// A sidebar's bulleted sentences do not count: a list is not the story's
/// opening.
const INSIDE: usize = 12;
const SKIPPABLE: usize = 60;
/// What a byline or a date right under a line adds to its score.
const BYLINE: f32 = 1.0;
/// The reasons of the lines that stand under a headline.
const BYLINE_BLOCK: [&str; 3] = ["byline", "timestamp", "reading time"];
/// The reasons of the lines that name the author under a headline.
const AUTHOR_BLOCK: [&str; 2] = ["byline", "reading time"];
/// What standing inside the story's region costs a headline.
const INSIDE_COST: f32 = 0.5;
/// The story's opening, in words, that the headline's words are sought in.
const OPENING: usize = 400;
/// How much below the best score the headline may be when it stands
/// above the best line.
const NEAR_BEST: f32 = 0.5;
/// How far above the best line that earlier line may stand, in lines: a
/// kicker further up, with the site's menus between, is not the headline.
const NEAR_LINES: usize = 4;
/// A line found on more than this many other pages of the corpus is more
/// often the site's name or a section than this page's headline (other
/// pages of a site link to its recent stories under their headlines).
const SITE_NAME: usize = 3;
/// What a line found on many pages of the corpus pays: it is the site's
/// name or a section more often than this page's headline that other pages
/// link to, so only a line whose words come back in the story wins.
const SHARED_COST: f32 = 2.0;
/// What a line ending in an ellipsis pays.
const TRUNCATED_COST: f32 = 1.0;
/// What a line found on a few other pages pays: there it is a link to a
/// story, which is this page's headline only if its words come back in
/// the story ("Questions about startups?" in a site's sidebar is not).
const LINKED_COST: f32 = 1.5;
/// What a run of capitalised words pays when the story does not take up
/// its words: a menu.
const MENU_COST: f32 = 1.5;
/// The score below which no line is a headline.
const THRESHOLD: f32 = 1.0;

/// Picks the headline among the undecided lines above the story (which
/// starts at `first`) or just inside its opening, marks it, and marks the
/// undecided lines above it as the masthead. Returns its line index.
pub(super) fn mark(
    infos: &[Info],
    roles: &mut Verdicts,
    repeats: &Repeats,
    first: usize,
) -> Option<usize> {
    let scores = scores(infos, roles, repeats, first);
    let best = scores.iter().map(|&(s, _)| s).fold(f32::MIN, f32::max);
    if best < THRESHOLD {
        return None;
    }
    // The headline opens the story's header: of the lines that score
    // nearly as well as the best, the first (a caption or a standfirst
    // under the headline repeats the story's words as well).
    let &(_, top) = scores.iter().find(|&&(s, _)| s == best)?;
    let &(_, at) = scores
        .iter()
        .find(|&&(s, i)| s >= best - NEAR_BEST && i + NEAR_LINES >= top)?;
    for role in roles[..at].iter_mut().filter(|r| r.is_none()) {
        *role = Some((Role::Boilerplate, "masthead: above the headline".into()));
    }
    roles[at] = Some((Role::Title, "headline: heads the story".into()));
    Some(at)
}

/// Each candidate's score, top to bottom.
fn scores(infos: &[Info], roles: &Verdicts, repeats: &Repeats, first: usize) -> Vec<(f32, usize)> {
    let candidates = candidates(infos, roles, repeats, first);
    let mut terms = Terms::of(infos, &candidates);
    terms.find_in_opening(infos, roles, first);
    // The first candidate over an author's line: lines under it are the
    // standfirst or a subheading, not the headline. (A date alone may
    // stand above a blog post's title.)
    let headed = candidates
        .iter()
        .map(|c| c.line)
        .find(|&i| under(roles, i, &AUTHOR_BLOCK));
    candidates
        .iter()
        .map(|c| {
            let info = &infos[c.line];
            let by = under(roles, c.line, &BYLINE_BLOCK) || author_under(infos, c.line);
            let byline = match headed {
                Some(h) if h == c.line || by => BYLINE,
                None if by => BYLINE,
                Some(h) if c.line > h + 1 && c.line < first => -BYLINE,
                _ => 0.0,
            };
            let overlap = terms.overlap(info);
            let menu = if capitalised_run(info) && overlap < 0.5 {
                MENU_COST
            } else {
                0.0
            };
            let score = shape_score(info) + 3.0 * overlap + byline - c.cost - menu;
            (score, c.line)
        })
        .collect()
}

/// A line that may head the story, and what its place costs it.
struct Candidate {
    line: usize,
    cost: f32,
}

/// The lines that may head the story that starts at `first`, top to
/// bottom: above it within reach, or just inside its opening.
fn candidates(infos: &[Info], roles: &Verdicts, repeats: &Repeats, first: usize) -> Vec<Candidate> {
    let mut out = Vec::new();
    let mut skipped = 0;
    for i in first.saturating_sub(REACH)..(first + INSIDE).min(infos.len()) {
        if skipped > SKIPPABLE {
            break;
        }
        if let Some(cost) = place_cost(infos, roles, repeats, first, i) {
            let cost = cost + skipped as f32 / SKIPPABLE as f32;
            out.push(Candidate { line: i, cost });
        }
        if i >= first && matches!(roles[i], Some((Role::Body, _))) && !infos[i].bullet {
            skipped += infos[i].units;
        }
    }
    out
}

/// What line `i`'s role and place cost it as the headline of the story
/// that starts at `first`, if it may be the headline at all.
fn place_cost(
    infos: &[Info],
    roles: &Verdicts,
    repeats: &Repeats,
    first: usize,
    i: usize,
) -> Option<f32> {
    let info = &infos[i];
    if !candidate(info) {
        return None;
    }
    // A titled sentence heads the story from above it and its byline,
    // never from among its paragraphs or under the byline ("By Post
    // editors" over "Welcome to Ask The Post.": the story's first line).
    if !info.is_headline_like() && below_author(roles, i) {
        return None;
    }
    let cost = availability(i, infos, roles)?;
    if i >= first && !opens_block_inside(infos, roles, first, i) {
        return None;
    }
    // Other pages link to a story under its headline, but not dozens; and
    // inside a story, a line other pages share is furniture.
    let others = corpus::others(info, repeats);
    if i >= first && others > 0 {
        return None;
    }
    let shared = match others {
        0 => 0.0,
        n if n <= SITE_NAME => LINKED_COST,
        _ => SHARED_COST,
    };
    // A line cut short ("Bill Clinton to stump for Obama...") is more
    // often a teaser than a title that trails off.
    let cut = if info.truncated { TRUNCATED_COST } else { 0.0 };
    // Above the story, the undecided lines between it and the headline
    // count (a byline or a caption between them does not); inside it,
    // every line the headline leaves above it, and more.
    let distance = if i < first {
        0.05 * (i + 1..first).filter(|&j| roles[j].is_none()).count() as f32
    } else {
        INSIDE_COST + 0.1 * (i - first) as f32
    };
    Some(cost + distance + shared + cut)
}

/// A line with one of these reasons stands within the few lines under line
/// `i`: the block that follows a headline.
fn under(roles: &Verdicts, i: usize, block: &[&str]) -> bool {
    roles[i + 1..(i + 4).min(roles.len())]
        .iter()
        .any(|r| matches!(r, Some((Role::Boilerplate, why)) if block.contains(&why.as_ref())))
}

/// A person's name alone stands right under line `i` (or one line down).
fn author_under(infos: &[Info], i: usize) -> bool {
    infos[i + 1..(i + 3).min(infos.len())]
        .iter()
        .any(shapes::author_alone)
}

/// The line right above line `i` names the author.
fn below_author(roles: &Verdicts, i: usize) -> bool {
    i > 0
        && matches!(&roles[i - 1], Some((Role::Boilerplate, why)) if AUTHOR_BLOCK.contains(&why.as_ref()))
}

/// Inside the story's region, a headline opens a block: a line of three
/// words or more, not the next of a run of short lines (a list, a table,
/// code) below the region's first line, with prose under it. A link to the
/// previous post ("« Older post | Main") right above it starts no run.
fn opens_block_inside(infos: &[Info], roles: &Verdicts, first: usize, i: usize) -> bool {
    let starts_run = i == first || roles[i - 1].is_some() || pager(infos[i - 1].trimmed());
    infos[i].units >= 3 && starts_run && heads_prose_inside(infos, roles, first, i)
}

/// Inside the story's region, a headline has prose under it within eight
/// lines (page parts and short lines such as a label between them aside),
/// and no section header ("Related", "Latest news") between it and the
/// story's start: a line under such a header is a teaser.
fn heads_prose_inside(infos: &[Info], roles: &Verdicts, first: usize, i: usize) -> bool {
    let below = &roles[i + 1..(i + 9).min(roles.len())];
    let prose_under = below.iter().any(|r| matches!(r, Some((Role::Body, _))));
    let under_header = infos[first..i].iter().any(|l| l.is_section_header());
    prose_under && !under_header
}

/// Whether line `i` may still be the headline, and at what cost: an
/// undecided line freely; a line of prose if it reads as a headline; a
/// line that only its company put among page parts (a teaser run under a
/// section header, a list of headlines, a caption, a line other pages link
/// to) at a small cost. A line that gives itself away by a cue or its own
/// shape (a byline, a date, a menu) never heads the story.
fn availability(i: usize, infos: &[Info], roles: &Verdicts) -> Option<f32> {
    match &roles[i] {
        None => Some(0.0),
        Some((Role::Body, _)) => Some(0.25),
        Some((Role::Boilerplate, why)) if why == comments::REASON => None,
        Some((Role::Boilerplate, _)) if shapes::own_reason(i, infos, roles).is_none() => Some(0.5),
        _ => None,
    }
}

/// The headline as written, ends trimmed.
pub(super) fn text(info: &Info) -> String {
    info.trimmed().to_string()
}

fn candidate(info: &Info) -> bool {
    (info.is_headline_like() || titled_sentence(info))
        && (info.words >= 2 || info.units >= 3)
        && !info.bullet
        && !info.text.trim_end().ends_with(':')
        && dateline_source(info.text).is_none()
        && !comments::opens_with_count(info)
        && !pager(info.trimmed())
        && !has_address(info.text)
        && !shapes::code_or_table(info)
        && !info.linked
        && !shapes::author_alone(info)
}

/// Every word capitalised but the function words, and a full stop at the
/// end: "Dead Phone Battery? Just Burn Something.", "Today, I Only Care
/// That You Vote.". A blog's title may end so; a sentence of prose is
/// never written in Title Case.
fn titled_sentence(info: &Info) -> bool {
    let mut words = info.tokens.iter().filter(|t| t.is_word());
    let first_cap = words.next().is_some_and(|t| t.is_cap());
    let lower_content = words
        .clone()
        .any(|t| t.shape == Shape::Lower && t.tag & text::FUNCTION_WORD == 0);
    let caps = words.filter(|t| t.is_cap()).count();
    (3..=15).contains(&info.words) && info.caseless == 0 && first_cap && !lower_content && caps >= 2
}

/// A web or mail address or a social handle: "www.example.com",
/// "desk@example.com", "@newsdesk". A headline names things in words; an
/// address stands in a contact line, a footer or a post's signature.
fn has_address(text: &str) -> bool {
    text.split_whitespace().any(|w| {
        let w = w.to_ascii_lowercase();
        w.starts_with("http://")
            || w.starts_with("https://")
            || w.starts_with("www.")
            || w.strip_prefix('@').is_some_and(|h| h.len() >= 2)
            || w.split_once('@')
                .is_some_and(|(a, b)| !a.is_empty() && b.contains('.'))
    })
}

/// "« Older story", "Next story »": a link to the story before or after.
/// A "«" set against the word it quotes, with its "»" later, opens a
/// quotation, and a "»" set against its word closes one: not arrows
/// ("Screenshot : «Vape Wave», «6 Days»").
fn pager(text: &str) -> bool {
    let back = text
        .strip_prefix('«')
        .is_some_and(|rest| rest.starts_with(char::is_whitespace) || !rest.contains('»'));
    let on = text
        .strip_suffix('»')
        .is_some_and(|rest| rest.ends_with(char::is_whitespace) || !rest.contains('«'));
    back || on || text.starts_with(['‹', '←']) || text.ends_with(['›', '→'])
}

/// How much a heading-like line reads like a headline rather than a site
/// name, a section label or a menu.
fn shape_score(info: &Info) -> f32 {
    let mut score = match info.units {
        0 => 0.0,
        1..=2 => 0.25,
        3..=4 => 0.75,
        n if n <= info.headline_limit() => 2.0,
        _ => 0.0,
    };
    if info.stop > 0 || info.lower > 0 || info.is_caseless() {
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
    match separators(info) {
        0 => {}
        1 => score -= 1.0, // "Home • The Harbour Blog"
        _ => score -= 3.0, // a menu or breadcrumb
    }
    if inner_stops(info.text) > 0 {
        score -= 1.5; // two sentences: a notice or a summary
    }
    if call_to_action(info) {
        score -= 3.0;
    }
    if shapes::has_clock_time(info.text) {
        score -= 2.0; // a post's signature: "Jane Roe on May 3, 2012, 9:13 AM"
    }
    if tag_list(info) {
        score -= 3.0;
    }
    score
}

/// "windows windows 8 microsoft pc directx", "Petraeus Affair paula
/// broadwell david petraeus": a post's tags run together on one line,
/// which often stands over the date, right where a headline would. A
/// headline is a phrase: in a cased script it opens with a capital (or a
/// brand such as "iPhone") or joins its words with function words, and in
/// sentence case it does not name the same thing twice (in Title Case it
/// may: "Land Rover Range Rover").
fn tag_list(info: &Info) -> bool {
    if info.stop > 0 || info.words < 2 || info.is_caseless() {
        return false;
    }
    let mut words = info.tokens.iter().filter(|t| t.is_word());
    let opens_lower = words.next().is_some_and(|t| t.shape == Shape::Lower);
    opens_lower || (info.lower > 0 && repeats_a_word(info))
}

/// Whether a word (of three letters or more) comes back in the line.
fn repeats_a_word(info: &Info) -> bool {
    let keys: Vec<&str> = info
        .tokens
        .iter()
        .filter(|t| t.is_word())
        .map(|t| info.tokens.key(t))
        .filter(|k| k.chars().count() >= 3)
        .collect();
    keys.iter()
        .enumerate()
        .any(|(i, k)| keys[i + 1..].contains(k))
}

/// Five capitalised words or more and no function word: "Home News Sport
/// Business Culture", a menu, unless the story takes up its words (a
/// headline such as "Ohio Still Awaits Gov. Kasich's Obamacare Decisions").
fn capitalised_run(info: &Info) -> bool {
    let caps = info.tokens.iter().filter(|t| t.is_cap()).count();
    info.stop == 0 && caps == info.words && info.words >= 5 && info.lower == 0
}

/// Bars, arrows and wide gaps between items.
fn separators(info: &Info) -> usize {
    info.text.matches(['|', '/', '·', '•']).count()
        + shapes::path_marks(info.text)
        + info.trimmed().matches("  ").count()
}

/// The candidates' content words, and whether each comes back in the
/// story's opening: a headline's words do, a site name's or a section's
/// seldom do. Only the candidates' few words are kept, and the opening's
/// words are looked up among them.
struct Terms<'a> {
    wanted: Set<&'a str>,
    found: Set<&'a str>,
}

impl<'a> Terms<'a> {
    fn of(infos: &'a [Info], candidates: &[Candidate]) -> Self {
        let mut wanted = Set::default();
        for c in candidates {
            each_term(&infos[c.line], |t| {
                wanted.insert(t);
            });
        }
        Terms {
            wanted,
            found: Set::default(),
        }
    }

    /// Marks the terms found in the story's paragraphs, up to [`OPENING`]
    /// words from `first`.
    fn find_in_opening(&mut self, infos: &'a [Info], roles: &Verdicts, first: usize) {
        if self.wanted.is_empty() {
            return;
        }
        let mut words = 0;
        for (info, role) in infos[first..].iter().zip(&roles[first..]) {
            // Paragraphs only: a headline-like line is not the opening.
            if !matches!(role, Some((Role::Body, _))) || info.is_headline_like() {
                continue;
            }
            each_term(info, |t| {
                if self.wanted.contains(t) {
                    self.found.insert(t);
                }
            });
            words += info.units;
            if words >= OPENING {
                break;
            }
        }
    }

    /// The share of the line's terms found in the opening.
    fn overlap(&self, info: &Info) -> f32 {
        let (mut found, mut all) = (0, 0);
        each_term(info, |t| {
            all += 1;
            found += usize::from(self.found.contains(t));
        });
        if all == 0 {
            0.0
        } else {
            found as f32 / all as f32
        }
    }
}

/// The terms of a line: its words that are not function words (their
/// first five letters, so that "elections" finds "election"), or in a
/// script without spaces, its pairs of characters.
fn each_term<'a>(info: &'a Info, mut f: impl FnMut(&'a str)) {
    for t in info.tokens.iter().filter(|t| t.is_word()) {
        let key = info.tokens.key(t);
        if t.tag & text::FUNCTION_WORD != 0 {
            continue;
        }
        if key.is_ascii() {
            if key.len() >= 3 {
                f(&key[..key.len().min(5)]);
            }
        } else if key.chars().any(is_unspaced) {
            let mut starts: Vec<usize> = key.char_indices().map(|(i, _)| i).collect();
            starts.push(key.len());
            for w in starts.windows(3) {
                f(&key[w[0]..w[2]]);
            }
        } else if key.chars().count() >= 3 {
            let end = key.char_indices().nth(5).map_or(key.len(), |(i, _)| i);
            f(&key[..end]);
        }
    }
}
