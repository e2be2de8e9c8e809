//! Cleanup: which lines are the article and which are the page around it.
//!
//! Scraped text has no HTML left to lean on, so every decision comes from
//! what a line looks like and where it stands. Each kind of evidence has
//! its own file, in the order the cleanup weighs them:
//!
//! 1. [`line`]: what each line measures: words in any script (characters
//!    for Chinese, Japanese, Thai), case, function words, punctuation.
//! 2. [`shapes`] with [`cues`] (`data/boilerplate_cues.tsv`) and [`corpus`]:
//!    a line that gives itself away: a cue phrase, a photo credit, a byline,
//!    a date alone, a menu row, a consent banner, a line many pages share.
//! 3. [`runs`]: parts known by their sequence: link lists, a section
//!    header and its teasers, teasers that give a title and its summary on
//!    one line, a caption above its credit.
//! 4. [`prose`]: running text in any language and script is the story's
//!    candidate body.
//! 5. [`comments`]: the readers' comment section after the story goes.
//! 6. [`position`]: the story is the densest contiguous region of prose;
//!    prose outside it goes, short lines inside it stay.
//! 7. [`headline`]: the line above the story that reads as a title and
//!    whose words come back in its opening.
//!
//! Every line gets a reason, so a reader can see why it went or stayed.

mod comments;
mod corpus;
mod cues;
mod headline;
mod line;
mod markup;
mod position;
mod prose;
mod runs;
mod shapes;

use crate::analysis::{Line, Role};
use crate::html::Markup;
use crate::text::Tokens;

use std::borrow::Cow;

pub use corpus::{repeat_key, Repeats};
pub(crate) use shapes::is_month;

/// One line's verdict while the cleanup runs: undecided, or a role with
/// its reason.
type Verdict = Option<(Role, Cow<'static, str>)>;
/// The verdicts of every line of a text.
type Verdicts = [Verdict];

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
    lex: cues::Lexicon,
}

impl Default for Cleaner {
    fn default() -> Self {
        Self::new()
    }
}

impl Cleaner {
    /// Loads the cue tables.
    pub fn new() -> Self {
        Cleaner {
            lex: cues::Lexicon::new(),
        }
    }

    /// Classifies every non-empty line of `text`, given how often each line
    /// recurs across the corpus (an empty map for a lone article).
    /// A page read from HTML adds what its markup says about each line
    /// and the headlines it states (`og:title`, `<h1>`...).
    pub fn clean(
        &self,
        text: &str,
        repeats: &Repeats,
        markup: Option<&Markup>,
        headlines: &[String],
    ) -> Cleaned {
        let mut infos = line::measure(&self.lex, text);
        prose::join_wrapped(&mut infos);
        if let Some(m) = markup {
            markup::mark_links(m, &mut infos);
        }
        let mut roles: Vec<Verdict> = vec![None; infos.len()];
        shapes::mark(&infos, &mut roles, repeats);
        let weighed = markup.map(|m| markup::Weighed::new(m, &infos, &roles, headlines));
        if let Some(w) = &weighed {
            w.mark(&infos, &mut roles);
        }
        runs::mark_link_lists(&infos, &mut roles);
        runs::mark_prompt_followers(&infos, &mut roles);
        runs::mark_captions(&infos, &mut roles);
        let same_part =
            |i: usize, j: usize| weighed.as_ref().is_none_or(|w| w.same_part(&infos, i, j));
        runs::mark_header_runs(&infos, &mut roles, &same_part);
        runs::mark_titled_teasers(&infos, &mut roles);
        prose::mark(&infos, &mut roles);
        let stated = Stated {
            markup: weighed.as_ref(),
            headlines,
        };
        let title = decide_story(&infos, &mut roles, repeats, &stated);
        finish(infos, roles, title)
    }
}

/// What a page read from HTML states beside its text.
struct Stated<'a> {
    markup: Option<&'a markup::Weighed<'a>>,
    headlines: &'a [String],
}

impl Stated<'_> {
    /// The markup puts the line in the story's own container as no link.
    fn story_text(&self, info: &line::Info) -> bool {
        self.markup.is_some_and(|m| m.story_text(info))
    }
}

/// Finds the story among the prose, its headline above it, and decides
/// every line left. Returns the headline's index.
fn decide_story(
    infos: &[line::Info],
    roles: &mut [Verdict],
    repeats: &Repeats,
    stated: &Stated,
) -> Option<usize> {
    // Comments are sought below the start of the densest prose, so that a
    // "Comments" link above the story does not take the story with it.
    if let Some((first, _)) = position::story_region(infos, roles) {
        comments::mark(infos, roles, first, stated.markup.is_none());
    }
    let mut title = None;
    let story = position::story_region(infos, roles)
        .map(|region| tell_story(infos, roles, repeats, stated, region, &mut title));
    if story.is_none() {
        position::keep_whole(roles);
        title = headline_alone(infos, roles, stated);
    }
    if let Some(t) = title {
        position::mark_header_block(infos, roles, t, &|i| stated.story_text(&infos[i]));
    }
    position::mark_short_lines(infos, roles, story);
    title
}

/// The story around its densest region of prose (`first`, `last`): its
/// headline above it, its end where its container ends, the prose outside
/// it and the teasers inside it gone. Returns its first and last line.
fn tell_story(
    infos: &[line::Info],
    roles: &mut [Verdict],
    repeats: &Repeats,
    stated: &Stated,
    (first, last): (usize, usize),
    title: &mut Option<usize>,
) -> (usize, usize) {
    let markup = stated.markup;
    if let Some(h) = markup.and_then(|m| m.headline_below(infos, (first, last))) {
        return story_below(infos, roles, stated, h, title);
    }
    *title = stated_headline(infos, roles, stated, (first, last))
        .or_else(|| headline::mark(infos, roles, repeats, first));
    // The story starts at its headline when that stands above it, and
    // ends where its container does.
    let last = markup.map_or(last, |m| m.mark_story_end(infos, roles, last, *title));
    let story = (title.map_or(first, |t| t.min(first)), last);
    if let Some(t) = title.filter(|&t| t > first) {
        position::mark_bullets_above(infos, roles, first, t);
    }
    position::mark_outside(roles, story);
    runs::mark_tail_sections(infos, roles, story);
    runs::mark_teaser_runs(infos, roles, &|i| stated.story_text(&infos[i]));
    story
}

/// The story under the headline the page states, at `h`, below the
/// prose that the markup leaves out of any story part: the headline, the
/// lines its container holds under it; the prose above goes.
fn story_below(
    infos: &[line::Info],
    roles: &mut [Verdict],
    stated: &Stated,
    h: usize,
    title: &mut Option<usize>,
) -> (usize, usize) {
    *title = stated_headline(infos, roles, stated, (h, h));
    let last = stated
        .markup
        .map_or(h, |m| m.mark_story_under(infos, roles, h));
    position::mark_outside(roles, (h, last));
    (h, last)
}

/// A page with no prose at all (a photo, a video under its headline)
/// still has the headline it states: the line that says it is its title.
fn headline_alone(infos: &[line::Info], roles: &mut [Verdict], stated: &Stated) -> Option<usize> {
    let end = infos.len().checked_sub(1)?;
    stated_headline(infos, roles, stated, (end, end))
}

/// The headline the page states, when one of its lines above the end of
/// the story says it: marked as the title, the undecided lines above it
/// as the masthead.
fn stated_headline(
    infos: &[line::Info],
    roles: &mut [Verdict],
    stated: &Stated,
    (first, last): (usize, usize),
) -> Option<usize> {
    let at = stated
        .markup?
        .headline(infos, roles, stated.headlines, (first, last + 1))?;
    for role in roles[..at].iter_mut().filter(|r| r.is_none()) {
        *role = Some((Role::Boilerplate, "masthead: above the headline".into()));
    }
    roles[at] = Some((Role::Title, "headline: the one the page states".into()));
    Some(at)
}

fn finish(infos: Vec<line::Info>, roles: Vec<Verdict>, title: Option<usize>) -> Cleaned {
    let title = title.map(|i| headline::text(&infos[i]));
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

#[cfg(test)]
mod tests;
