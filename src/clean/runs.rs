//! Runs: page parts that are several lines long and known by their
//! sequence, not by one line: bulleted link lists, a section header and the
//! teasers under it, headlines in a row with no prose of their own,
//! teasers that give a title and its summary on one line, a photo
//! caption above its credit, a call to action under a prompt, the sections
//! that close a press release.

use super::cues::{self, Place};
use super::line::Info;
use super::shapes::{self, starts_with_imperative};
use super::Verdicts;
use crate::analysis::Role;
use crate::text::{Shape, FUNCTION_WORD};

/// Bulleted link lists: two or more bullets in a row, each a bare
/// headline, that the story does not introduce and no prose follows.
pub(super) fn mark_link_lists(infos: &[Info], roles: &mut Verdicts) {
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
        if j - i >= 2 && !introduced(infos, i) && !prose_follows(infos, roles, j) {
            for role in roles[i..j].iter_mut().filter(|r| r.is_none()) {
                *role = Some((Role::Boilerplate, "related-articles link list".into()));
            }
            i = j;
        } else {
            i += 1;
        }
    }
}

/// The story introduces the list or table at `i` ("…:").
fn introduced(infos: &[Info], i: usize) -> bool {
    i > 0 && infos[i - 1].text.trim_end().ends_with(':')
}

/// Prose that is not known page furniture stands at `j`: the run before it
/// belongs to the story.
fn prose_follows(infos: &[Info], roles: &Verdicts, j: usize) -> bool {
    infos
        .get(j)
        .is_some_and(|n| n.is_prose() && !matches!(roles[j], Some((Role::Boilerplate, _))))
}

/// A short call-to-action line right under a removed prompt ("SIGN UP FOR
/// E-MAIL NEWSLETTERS" / "Get up to speed …") goes with it.
pub(super) fn mark_prompt_followers(infos: &[Info], roles: &mut Verdicts) {
    for i in 1..infos.len() {
        let info = &infos[i];
        if roles[i].is_some() || info.blank_before || info.words > 25 {
            continue;
        }
        if let Some((Role::Boilerplate, reason)) = &roles[i - 1] {
            let prompt = matches!(
                reason.as_ref(),
                "newsletter sign-up" | "subscription prompt" | "app promotion" | "download promo"
            );
            if prompt && starts_with_imperative(info) {
                roles[i] = Some((Role::Boilerplate, reason.clone()));
            }
        }
    }
}

/// The line a photo credit belongs to is the caption: a short line right
/// above "Photo: Name" / "REUTERS / Name" with no blank between.
pub(super) fn mark_captions(infos: &[Info], roles: &mut Verdicts) {
    for i in 0..infos.len().saturating_sub(1) {
        let credit_below = !infos[i + 1].blank_before
            && infos[i + 1].words <= 8
            && matches!(&roles[i + 1], Some((Role::Boilerplate, r)) if r.starts_with("photo caption"));
        if roles[i].is_none() && infos[i].words <= 30 && credit_below {
            roles[i] = Some((Role::Boilerplate, "photo caption".into()));
        }
    }
}

/// A section header ("Latest news", "Related Resource") removes itself
/// and the run of teasers under it: headlines, the summary attached right
/// under a headline (on pages that space their paragraphs), calls to
/// action, further headers. The run ends at a paragraph of prose that
/// stands on its own.
/// On a page read from HTML, `part` tells whether a line stands in the
/// same named part of the page as the header: the run ends where that part
/// does (a "Related" box inside the story's container does not take the
/// story's paragraphs after it).
pub(super) fn mark_header_runs(
    infos: &[Info],
    roles: &mut Verdicts,
    part: &dyn Fn(usize, usize) -> bool,
) {
    // A page that separates its paragraphs with blank lines shows a
    // teaser's summary by printing it right under the headline; on a page
    // without blank lines, a summary is only one when no prose follows it.
    let spaced = infos.iter().filter(|i| i.blank_before).count() * 3 >= infos.len();
    let mut i = 0;
    while i < infos.len() {
        match infos[i].cue.filter(|c| c.place == Place::Header) {
            Some(header) => {
                let run = Run {
                    header: i,
                    reason: header.reason,
                    spaced,
                };
                i = mark_header_run(infos, roles, run, part);
            }
            None => i += 1,
        }
    }
}

/// How many page parts in a row (share buttons, a date, a menu) may stand
/// between a block's teasers: a teaser carries a date, a count, a "Read
/// more"; a longer stretch of other parts means the block has ended, and
/// the headline-like line after it (the page's own headline over its
/// author and share buttons) is not one of its teasers.
const TEASER_GAP: usize = 4;

/// Marks the header at `i` and the teasers under it; returns where the run
/// ends.
fn mark_header_run(
    infos: &[Info],
    roles: &mut Verdicts,
    run: Run,
    part: &dyn Fn(usize, usize) -> bool,
) -> usize {
    let Run {
        header: i,
        reason,
        spaced,
    } = run;
    roles[i] = Some((Role::Boilerplate, reason.into()));
    let run_reason = match reason {
        "section header of an unrelated news block" => "unrelated story in a news block",
        r => r,
    };
    let mut j = i + 1;
    let mut prev_teaser_headline = false;
    let mut removed_in_a_row = 0;
    while j < infos.len() && part(i, j) && removed_in_a_row <= TEASER_GAP {
        let info = &infos[j];
        let removed =
            !info.is_section_header() && matches!(&roles[j], Some((Role::Boilerplate, _)));
        removed_in_a_row = if removed { removed_in_a_row + 1 } else { 0 };
        if info.is_section_header() {
            roles[j] = Some((Role::Boilerplate, reason.into()));
            prev_teaser_headline = false;
        } else if removed {
            prev_teaser_headline = false;
        } else if info.is_headline_like() && !info.is_prose() {
            roles[j] = Some((Role::Boilerplate, run_reason.into()));
            prev_teaser_headline = true;
        } else if prev_teaser_headline
            && !info.blank_before
            && (spaced || !prose_follows_undecided(infos, roles, j + 1))
        {
            // The summary printed right under a teaser headline.
            roles[j] = Some((Role::Boilerplate, run_reason.into()));
            prev_teaser_headline = false;
        } else {
            break;
        }
        j += 1;
    }
    j
}

/// A section header and how its page is laid out.
struct Run {
    header: usize,
    reason: &'static str,
    spaced: bool,
}

fn prose_follows_undecided(infos: &[Info], roles: &Verdicts, j: usize) -> bool {
    infos
        .get(j)
        .is_some_and(|n| n.is_prose() && roles[j].is_none())
}

/// Two or more headlines in a row after the story has begun are teasers
/// for other stories: a story's subheading is followed by its prose.
/// Lines that the page's markup puts in the story's own container as no
/// link (`story_text`: a roundup's list of items) are the story's.
pub(super) fn mark_teaser_runs(
    infos: &[Info],
    roles: &mut Verdicts,
    story_text: &dyn Fn(usize) -> bool,
) {
    let Some(first_body) = roles
        .iter()
        .position(|r| matches!(r, Some((Role::Body, _))))
    else {
        return;
    };
    let teaser = |roles: &Verdicts, i: usize| {
        roles[i].is_none()
            && !story_text(i)
            && infos[i].is_headline_like()
            && !infos[i].is_prose()
            && infos[i].words >= 4
            && !infos[i].text.trim_end().ends_with(':')
            && !shapes::code_or_table(&infos[i])
    };
    let mut i = first_body + 1;
    while i < infos.len() {
        let mut j = i;
        while j < infos.len() && teaser(roles, j) {
            j += 1;
        }
        // A list or table the story introduces, or that its prose
        // continues after, is the story's own.
        if j - i >= 2 && !introduced(infos, i) && !prose_follows(infos, roles, j) {
            for role in &mut roles[i..j] {
                *role = Some((Role::Boilerplate, "unrelated story block".into()));
            }
        }
        i = j.max(i + 1);
    }
}

/// Teasers for other stories, each a headline and its summary on one line
/// ("Robert Pattinson: Heartbroken After Kristen Stewart… Aug 09 In a new
/// interview…"): capitalised words up to an ellipsis or a date, then a
/// sentence. Two or more in a row are a list of other stories; a story's
/// paragraphs do not open with a title cut short.
pub(super) fn mark_titled_teasers(infos: &[Info], roles: &mut Verdicts) {
    let mut i = 0;
    while i < infos.len() {
        let mut j = i;
        while j < infos.len() && roles[j].is_none() && titled_teaser(&infos[j]) {
            j += 1;
        }
        if j - i >= 2 {
            for role in &mut roles[i..j] {
                *role = Some((Role::Boilerplate, "teasers for other stories".into()));
            }
        }
        i = j.max(i + 1);
    }
}

/// A line that opens with three capitalised words or more (function words
/// and figures aside) up to an ellipsis or a date, and goes on for six words or more.
/// The word right before an ellipsis may be lowercase: the title was cut
/// there.
fn titled_teaser(info: &Info) -> bool {
    let t = &info.tokens;
    let ellipsis = |i: usize| {
        t.get(i).is_some_and(|n| {
            t.key(n) == "…" || t.key(n) == "." && t.get(i + 1).is_some_and(|m| t.key(m) == ".")
        })
    };
    let mut title = 0;
    for (i, tok) in t.iter().enumerate() {
        let key = t.key(tok);
        let date = tok.is_cap()
            && shapes::is_month(key)
            && t.get(i + 1)
                .is_some_and(|n| n.shape == Shape::Number && t.key(n).len() <= 2);
        if date || ellipsis(i) {
            let rest = t[i..].iter().filter(|x| x.is_word()).count();
            return title >= 3 && rest >= 6;
        }
        if !tok.is_word() {
            continue;
        }
        let titled = tok.is_cap() || tok.shape == Shape::Number || tok.tag & FUNCTION_WORD != 0;
        if !titled && !ellipsis(i + 1) {
            return false;
        }
        // A list's number or a year is no word of a title ("48. ^ Roe,
        // Jane (May 6, 2003)": a reference).
        title += usize::from(tok.shape != Shape::Number);
    }
    false
}

/// Sections that end press releases and reports ("About Acme Inc.",
/// "Forward-Looking Statements", "Notes to editors", "Media contact"):
/// the heading and everything after it go, once the story has been told
/// (the heading stands after the story's first paragraphs, in its second
/// half).
pub(super) fn mark_tail_sections(infos: &[Info], roles: &mut Verdicts, story: (usize, usize)) {
    let (first, last) = story;
    let middle = first + (last - first) / 2;
    let start = (middle.max(first + 1)..=last.min(infos.len().saturating_sub(1)))
        .find(|&i| tail_heading(&infos[i]));
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

fn tail_heading(info: &Info) -> bool {
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
    let bare = cues::bare_line(info.key());
    info.is_headline_like()
        && info.words <= 8
        && (HEADS.contains(&bare)
            || (bare.starts_with("about ") && info.tokens.get(1).is_some_and(|t| t.is_cap())))
}
