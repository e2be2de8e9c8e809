//! Position: the story is one dense, contiguous region of prose. Each line
//! weighs for or against the region it stands in (prose for, by its length;
//! page parts and short lines against), and the story is the run of lines
//! with the greatest weight. Prose outside it is a sidebar, a teaser or a
//! footer; short lines inside it take their place from their neighbours.

use super::comments;
use super::line::Info;
use super::shapes;
use super::Verdicts;
use crate::analysis::Role;

use std::borrow::Cow;

/// What a short undecided line costs the region that holds it: a menu of
/// thirty items outweighs a paragraph, a subheading does not.
const SHORT_LINE: f32 = 1.5;
/// Short lines between the headline and the story from which on they are
/// the header's furniture rather than a standfirst.
const HEADER_BLOCK: usize = 3;
/// How heavy a second region must be, against the densest, to belong to
/// the story.
const SECOND: f32 = 0.5;
/// What a bulleted line of prose counts for, per word.
const BULLET: f32 = 0.3;
/// What a line known to be a page part costs, at least.
const PAGE_PART: f32 = 3.0;

/// The story: the first and last line of the densest region of prose, or
/// `None` when the text has no prose at all. A second region before or
/// after it, at least half as heavy, is the same story broken by a block
/// of page parts (a gallery, a box of links): the story reaches over it.
pub(super) fn story_region(infos: &[Info], roles: &Verdicts) -> Option<(usize, usize)> {
    let (main, a, b) = densest(infos, roles, 0, infos.len())?;
    let (main, b) = cut_at_header(infos, roles, (main, a, b));
    let mut first = a;
    let mut last = b;
    if let Some((s, x, _)) = densest(infos, roles, 0, a) {
        if s >= SECOND * main {
            first = x;
        }
    }
    if let Some((s, _, y)) = densest(infos, roles, b + 1, infos.len()) {
        if s >= SECOND * main {
            last = y;
        }
    }
    Some((first, last))
}

/// The densest region ends at a section header inside it ("Related
/// stories", "Latest news") when the story before the header holds most of
/// its weight: the prose after it is other stories' teasers, cheap page
/// parts between them. Returns the region's weight and last line.
fn cut_at_header(
    infos: &[Info],
    roles: &Verdicts,
    (main, a, b): (f32, usize, usize),
) -> (f32, usize) {
    let Some(h) = (a + 1..=b).find(|&i| infos[i].is_section_header()) else {
        return (main, b);
    };
    let Some((before, _, last)) = densest(infos, roles, a, h) else {
        return (main, b);
    };
    if before >= SECOND * main {
        (before, last)
    } else {
        (main, b)
    }
}

/// The run of lines `from..to` with the greatest weight: its weight, first
/// and last line (one pass, the maximum-sum run). The run starts on a line
/// of positive weight, prose: a run that opened on any other line would
/// have been dropped as soon as its sum was not positive.
fn densest(
    infos: &[Info],
    roles: &Verdicts,
    from: usize,
    to: usize,
) -> Option<(f32, usize, usize)> {
    let mut best: Option<(f32, usize, usize)> = None;
    let (mut sum, mut start) = (0.0f32, from);
    for i in from..to {
        let info = &infos[i];
        let w = weight(info, &roles[i]);
        if sum <= 0.0 {
            (sum, start) = (0.0, i);
        }
        sum += w;
        if w > 0.0 && best.is_none_or(|(b, _, _)| sum > b) {
            best = Some((sum, start, i));
        }
    }
    best
}

/// A line's weight for the region that holds it.
fn weight(info: &Info, role: &Option<(Role, Cow<'static, str>)>) -> f32 {
    let units = info.units as f32;
    match role {
        // A bulleted sentence is as often a teaser in a list of links as a
        // point the story makes: it counts for less, and less again when
        // it does not end as a sentence does (a teaser and its author).
        Some((Role::Body, _)) if info.bullet && !info.ends_sentence => units * BULLET / 2.0,
        Some((Role::Body, _)) if info.bullet => units * BULLET,
        Some((Role::Body, _)) => units,
        Some((Role::Boilerplate, why)) if why == comments::REASON => -units.max(PAGE_PART),
        Some((Role::Boilerplate, _)) => -(units / 2.0).clamp(PAGE_PART, 2.0 * PAGE_PART),
        Some(_) => 0.0,
        // A line of code set in the story is neither prose nor a menu.
        None if shapes::code_or_table(info) => 0.0,
        None => -SHORT_LINE,
    }
}

/// The reasons for prose outside the story, before and after it.
const BEFORE: &str = "prose before the story (a teaser or sidebar)";
const AFTER: &str = "prose after the story (a sidebar, teaser or footer)";

/// Bulleted prose above a headline that stands inside the story's region
/// is a sidebar's list (a book blurb, a testimonial), not the story's lead:
/// a story's paragraphs above its headline do not come as a list.
pub(super) fn mark_bullets_above(infos: &[Info], roles: &mut Verdicts, first: usize, title: usize) {
    for i in first..title.min(infos.len()) {
        if infos[i].bullet && matches!(roles[i], Some((Role::Body, _))) {
            roles[i] = Some((Role::Boilerplate, BEFORE.into()));
        }
    }
}

/// A text with no prose in which no evidence found a page part either (a
/// short list, a few lines of a test page) is all story: nothing says
/// which of its lines would be the page's.
pub(super) fn keep_whole(roles: &mut Verdicts) {
    if roles.iter().all(Option::is_none) {
        for role in roles.iter_mut() {
            *role = Some((Role::Body, "short text with no page parts".into()));
        }
    }
}

/// Prose outside the story goes with the page.
pub(super) fn mark_outside(roles: &mut Verdicts, story: (usize, usize)) {
    let (first, last) = story;
    for (i, role) in roles.iter_mut().enumerate() {
        if (i < first || i > last) && matches!(role, Some((Role::Body, _))) {
            let why = if i < first { BEFORE } else { AFTER };
            *role = Some((Role::Boilerplate, why.into()));
        }
    }
}

/// Undecided lines that the story's header holds, between the headline at
/// `title` and the first paragraph: one or two are a standfirst or a
/// subheading; a run of three or more short lines there is the header's
/// furniture (share links, the section, the author, the date), whatever
/// its language, unless the page's markup puts a line in the story's own
/// container as no link (`story_text`: a post that opens with a list).
pub(super) fn mark_header_block(
    infos: &[Info],
    roles: &mut Verdicts,
    title: usize,
    story_text: &dyn Fn(usize) -> bool,
) {
    mark_author_under(infos, roles, title);
    let Some(first) = (title + 1..infos.len()).find(|&i| matches!(roles[i], Some((Role::Body, _))))
    else {
        return;
    };
    let short: Vec<usize> = (title + 1..first)
        .filter(|&i| roles[i].is_none() && !infos[i].ends_sentence && !story_text(i))
        .collect();
    if short.len() < HEADER_BLOCK {
        return;
    }
    for i in short {
        roles[i] = Some((
            Role::Boilerplate,
            "between the headline and the story".into(),
        ));
    }
}

/// A person's name alone right under the headline (or one line down) is
/// its byline without the "By": "Mike Fahey".
fn mark_author_under(infos: &[Info], roles: &mut Verdicts, title: usize) {
    for i in title + 1..(title + 3).min(infos.len()) {
        if roles[i].is_none() && shapes::author_alone(&infos[i]) {
            roles[i] = Some((Role::Boilerplate, "byline".into()));
        }
    }
}

/// Lines still undecided are short. Inside the story a heading-like line is
/// a subheading and a short sentence is body; among removed lines, or
/// outside the story, it goes with the page.
pub(super) fn mark_short_lines(
    infos: &[Info],
    roles: &mut Verdicts,
    story: Option<(usize, usize)>,
) {
    let next_decided = next_decided(roles);
    let mut prev: Option<Role> = None;
    let mut prev_short = false;
    for i in 0..infos.len() {
        if let Some((role, _)) = &roles[i] {
            (prev, prev_short) = (Some(*role), false);
            continue;
        }
        let inside = story.is_some_and(|(a, b)| i >= a && i <= b);
        let mut decided = short_line(&infos[i], prev, next_decided[i], inside, story, i);
        // Amid a run of short lines (a list, a table, code), a line is the
        // run's, not a subheading: a subheading stands alone over prose.
        let amid_run = prev_short && matches!(roles.get(i + 1), Some(None));
        if decided.0 == Role::Subheading && amid_run {
            decided = (Role::Body, "short line inside the story".into());
        }
        (prev, prev_short) = (Some(decided.0), true);
        roles[i] = Some(decided);
    }
}

/// The role of the next line decided before the short-line pass, for every
/// line: one backward sweep, so a million short lines stay linear.
fn next_decided(roles: &Verdicts) -> Vec<Option<Role>> {
    let mut next = vec![None; roles.len()];
    let mut seen = None;
    for i in (0..roles.len()).rev() {
        next[i] = seen;
        if let Some((role, _)) = &roles[i] {
            seen = Some(*role);
        }
    }
    next
}

fn short_line(
    info: &Info,
    prev: Option<Role>,
    next: Option<Role>,
    inside: bool,
    story: Option<(usize, usize)>,
    i: usize,
) -> (Role, Cow<'static, str>) {
    let why: &'static str = if !inside {
        if story.is_some_and(|(a, _)| i < a) {
            return (Role::Boilerplate, "short line before the story".into());
        }
        return (Role::Boilerplate, "short line after the story".into());
    } else if prev == Some(Role::Boilerplate) && next.is_none_or(|n| n == Role::Boilerplate) {
        return (Role::Boilerplate, "short line among removed lines".into());
    } else if shapes::code_or_table(info) {
        "code or table inside the story"
    } else if info.bullet || info.listed {
        "list item inside the story"
    } else if info.ends_sentence {
        "short sentence inside the story"
    } else if info.is_headline_like()
        && info.units <= 14
        && next == Some(Role::Body)
        && (info.text.chars().any(char::is_alphabetic) || shapes::has_clock_time(info.text))
    {
        return (Role::Subheading, "heading inside the story".into());
    } else if prev.is_some_and(Role::is_kept) && next.is_some_and(Role::is_kept) {
        "short line inside the story"
    } else {
        return (
            Role::Boilerplate,
            "short line at the edge of the story".into(),
        );
    };
    (Role::Body, why.into())
}
