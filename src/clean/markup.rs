//! Markup: for a page read from HTML, what its elements say about each
//! line, beside the text's own evidence.
//!
//! The markup names parts of the page (`<nav>`, `<footer>`, `<aside>`,
//! `class="comments"`, `id="related"`) and the story's own container
//! (`<article>`, `itemprop="articleBody"`, `class="story-body"`), and the
//! page states its headline (`og:title`, JSON-LD, `<h1>`). None of it is
//! taken on trust alone: sites wrap whole pages in a `<div class=
//! "has-sidebar">` or a `<form>`, and mark every teaser an `<article>`. So
//! a named part counts as junk only when it holds less than half of the
//! page's running text and does not hold the story's container, and a
//! story container counts only when it holds most of the running text.

use super::line::Info;
use super::Verdicts;
use crate::analysis::Role;
use crate::html::{Boxed, LineMarks, Markup, Signal};

/// What the markup says once weighed: per named part, whether its junk
/// label holds; the story's container, if one holds the story.
pub(super) struct Weighed<'m> {
    markup: &'m Markup,
    trusted: Vec<bool>,
    story: Option<u32>,
    /// The line that states the page's headline, if one does.
    head: Option<usize>,
}

impl<'m> Weighed<'m> {
    /// Weighs the named parts of `markup` by the running text (prose, as
    /// the text evidence sees it) each holds, and by where the headline
    /// the page states stands.
    pub fn new(markup: &'m Markup, infos: &[Info], roles: &Verdicts, headlines: &[String]) -> Self {
        let boxes = &markup.boxes;
        let head = headline_line(markup, infos, roles, headlines);
        let head_chain: Vec<u32> = head.map_or(vec![], |i| {
            chain(boxes, marks(markup, &infos[i]).boxed).collect()
        });
        let (units, total) = weigh(markup, infos, |_| true);
        // A named part is junk unless it holds the page's own headline, or
        // a story container with a third of the running text (Blogger's
        // `widget Blog` around `post-body`), or (with no headline to go
        // by) most of the running text.
        let holds_story = story_holders(boxes, &units, total);
        let lead_chain = lead_parts(markup, infos, head, &units, total);
        let trusted: Vec<bool> = (1..=boxes.len() as u32)
            .map(|b| {
                matches!(boxes[b as usize - 1].signal, Signal::Junk(_))
                    && !head_chain.contains(&b)
                    && !lead_chain.contains(&b)
                    && !holds_story[b as usize]
                    && (head.is_some() || units[b as usize] * 2 <= total)
            })
            .collect();
        let in_junk =
            |info: &Info| chain(boxes, marks(markup, info).boxed).any(|b| trusted[b as usize - 1]);
        let (units, total) = weigh(markup, infos, |i| !in_junk(i));
        let story = story_box(boxes, &units, total);
        Weighed {
            markup,
            trusted,
            story,
            head,
        }
    }

    /// The trusted junk part a line stands in, innermost first: its reason.
    fn junk(&self, info: &Info) -> Option<&'static str> {
        let boxes = &self.markup.boxes;
        chain(boxes, marks(self.markup, info).boxed).find_map(|b| {
            match (self.trusted[b as usize - 1], boxes[b as usize - 1].signal) {
                (true, Signal::Junk(why)) => Some(why),
                _ => None,
            }
        })
    }

    /// Whether a line stands outside the story's container (false when
    /// no container holds the story).
    fn outside_story(&self, info: &Info) -> bool {
        self.story.is_some_and(|s| {
            !chain(&self.markup.boxes, marks(self.markup, info).boxed).any(|b| b == s)
        })
    }

    /// Whether a line is running text of the story's own container: a
    /// line there that is no link is the story's (a list of changes under
    /// a post's title), not its header's furniture.
    pub fn story_text(&self, info: &Info) -> bool {
        self.story.is_some() && !info.linked && !self.outside_story(info)
    }

    /// Where the story ends once it reaches over the lines after `last`
    /// that its own container holds, up to the first that stands outside
    /// it or in a junk part: a list or table that closes the story (a
    /// changelog, a tour's dates, "what we'll cover:") is not prose, but
    /// the markup puts it in the story's part; a link ends it (a list of
    /// other posts). Its undecided lines are body, but for a line said
    /// three times or more there (a gallery's "Mouseover photo to add a
    /// note" under each photo).
    /// With no container that holds most of the running text, the story
    /// part that holds the headline (`title`) is the story's.
    pub fn mark_story_end(
        &self,
        infos: &[Info],
        roles: &mut Verdicts,
        last: usize,
        title: Option<usize>,
    ) -> usize {
        let part = self
            .story
            .or_else(|| title.and_then(|t| self.story_part(&infos[t])));
        part.map_or(last, |s| self.mark_closing(s, true, infos, roles, last))
    }

    /// As [`Self::mark_story_end`], for the story under the headline at
    /// `h`, in the innermost story part that holds it, where a link does
    /// not end it (a photo post's "via" line) but stays no body.
    pub fn mark_story_under(&self, infos: &[Info], roles: &mut Verdicts, h: usize) -> usize {
        let part = self.story_part(&infos[h]);
        part.map_or(h, |p| self.mark_closing(p, false, infos, roles, h))
    }

    /// The innermost story part (`<article>`, `class="post"`) a line
    /// stands in.
    fn story_part(&self, info: &Info) -> Option<u32> {
        let boxes = &self.markup.boxes;
        chain(boxes, marks(self.markup, info).boxed)
            .find(|&b| boxes[b as usize - 1].signal == Signal::Story)
    }

    fn mark_closing(
        &self,
        part: u32,
        links_end: bool,
        infos: &[Info],
        roles: &mut Verdicts,
        last: usize,
    ) -> usize {
        let boxes = &self.markup.boxes;
        let inside = |i: &Info| {
            !(links_end && i.linked)
                && chain(boxes, marks(self.markup, i).boxed).any(|b| b == part)
                && self.junk(i).is_none()
        };
        let run = infos.get(last + 1..).unwrap_or_default();
        let end = last + run.iter().take_while(|i| inside(i)).count();
        let mut said = crate::Map::<&str, usize>::default();
        for info in &infos[last + 1..=end] {
            *said.entry(info.text.trim()).or_default() += 1;
        }
        for i in last + 1..=end {
            if roles[i].is_none() && !infos[i].linked && said[infos[i].text.trim()] < 3 {
                roles[i] = Some((Role::Body, CLOSING.into()));
            }
        }
        end
    }

    /// The stated headline's line when the story stands under it rather
    /// than in the prose above (`last`, the region's end): it is a heading
    /// of a story part (`<article>`, `class="post"`) and the prose above
    /// it stands in none (a blog's blurb about its author over a photo
    /// post).
    pub fn headline_below(&self, infos: &[Info], (first, last): (usize, usize)) -> Option<usize> {
        let in_story = |i: &Info| self.story_part(i).is_some();
        let h = self.head.filter(|&h| h > last && in_story(&infos[h]))?;
        let mut above = infos[first..=last].iter().filter(|i| i.is_prose());
        above.all(|i| !in_story(i)).then_some(h)
    }

    /// Marks the undecided lines that stand in a trusted junk part, and
    /// the running text outside the story's container.
    pub fn mark(&self, infos: &[Info], roles: &mut Verdicts) {
        for (i, info) in infos.iter().enumerate() {
            if roles[i].is_some() {
                continue;
            }
            if let Some(why) = self.junk(info) {
                roles[i] = Some((Role::Boilerplate, why.into()));
            } else if info.is_prose() && self.outside_story(info) {
                roles[i] = Some((Role::Boilerplate, OUTSIDE.into()));
            }
        }
    }

    /// Whether line `j` stands in the innermost named part that line `i`
    /// stands in (true when `i` stands in none).
    pub fn same_part(&self, infos: &[Info], i: usize, j: usize) -> bool {
        let outer = marks(self.markup, &infos[i]).boxed;
        outer == 0
            || chain(&self.markup.boxes, marks(self.markup, &infos[j]).boxed).any(|b| b == outer)
    }

    /// The line that states the page's headline, above `end`, nearest
    /// above the story's first paragraph (`first`).
    pub fn headline(
        &self,
        infos: &[Info],
        roles: &Verdicts,
        headlines: &[String],
        story: (usize, usize),
    ) -> Option<usize> {
        headline_before(self.markup, infos, roles, headlines, story)
    }
}

/// The running text (in words, any script) each named part holds, of
/// the lines `counted`, and in all.
fn weigh(markup: &Markup, infos: &[Info], counted: impl Fn(&Info) -> bool) -> (Vec<usize>, usize) {
    let mut units = vec![0usize; markup.boxes.len() + 1];
    let mut total = 0;
    for info in infos.iter().filter(|i| i.is_prose() && counted(i)) {
        total += info.units;
        for b in chain(&markup.boxes, marks(markup, info).boxed) {
            units[b as usize] += info.units;
        }
    }
    (units, total)
}

/// The line that states the page's headline (`headlines`, most trusted
/// first), anywhere on the page: of the lines that say it, the first with
/// at least half as much prose under it as any, as a headline has its
/// story under it (the same words in a menu or a box of teasers stand
/// over more teasers; a comment section headed "45 responses to “The
/// headline”" comes after the story).
fn headline_line(
    markup: &Markup,
    infos: &[Info],
    roles: &Verdicts,
    headlines: &[String],
) -> Option<usize> {
    const UNDER: usize = 20;
    let prose_under = |i: usize| -> usize {
        infos[i + 1..(i + 1 + UNDER).min(infos.len())]
            .iter()
            .filter(|n| n.is_prose())
            .map(|n| n.units)
            .sum()
    };
    headlines.iter().find_map(|h| {
        let matching = matching_lines(markup, infos, roles, h, infos.len());
        let most = matching.iter().map(|&i| prose_under(i)).max()?;
        matching.into_iter().find(|&i| prose_under(i) * 2 >= most)
    })
}

/// The lines before `end` not yet removed whose words are `headline`'s,
/// `<h1>`–`<h6>` lines first when there are any. A line removed only for
/// recurring on other pages of the corpus can still be it (a blog's
/// "About" page states its name; the site's list of recent posts repeats
/// each post's title), and so can a heading removed for any reason: the
/// page's own `<h1>` saying what its title says outweighs a shape ("The
/// Briefing, Friday, November 9, 2012" reads as a date line) or standing
/// outside the story's container (`articleBody` often starts under it).
fn matching_lines(
    markup: &Markup,
    infos: &[Info],
    roles: &Verdicts,
    headline: &str,
    end: usize,
) -> Vec<usize> {
    let heading = |i: usize| marks(markup, &infos[i]).heading > 0;
    let open = |i: &usize| match &roles[*i] {
        Some((Role::Boilerplate, why)) => why.starts_with("repeated on") || heading(*i),
        _ => true,
    };
    let matching: Vec<usize> = (0..end.min(infos.len()))
        .filter(open)
        .filter(|&i| same_headline(infos[i].text, headline))
        .collect();
    let headings: Vec<usize> = matching.iter().copied().filter(|&i| heading(i)).collect();
    if headings.is_empty() {
        matching
    } else {
        headings
    }
}

/// Of the lines before `end` (`story` = first paragraph, end) whose words
/// are the headline's, an `<h1>`–`<h6>` line before others, and of those
/// the nearest above the story's first paragraph (the same words in a
/// sidebar's list or a "Next:" link stand elsewhere).
fn headline_before(
    markup: &Markup,
    infos: &[Info],
    roles: &Verdicts,
    headlines: &[String],
    (first, end): (usize, usize),
) -> Option<usize> {
    headlines.iter().find_map(|h| {
        let matching = matching_lines(markup, infos, roles, h, end);
        let nearest = matching.iter().rev().find(|&&i| i <= first);
        nearest.or(matching.first()).copied()
    })
}

/// Marks the lines that are all link text, or nearly (four in five
/// characters), and not headings, as [`Info::linked`]: a link to another
/// page (a teaser, a book in a sidebar, a menu) is not running text, though
/// a story made of links (a roundup, a reading list) keeps them where they
/// stand inside its region. A heading that links is left to the headline's
/// step: blogs link their post's title to itself. Marks list items
/// (`<li>`) as [`Info::listed`] too: where a scraper writes a bullet.
pub(super) fn mark_links(markup: &Markup, infos: &mut [Info]) {
    for info in infos.iter_mut() {
        let m = marks(markup, info);
        info.linked = m.heading == 0 && m.chars > 0 && m.link_chars * 5 >= m.chars * 4;
        info.listed = m.marks & crate::html::mark::LIST_ITEM != 0;
    }
}

/// The reason for a line the story's container holds after its prose.
const CLOSING: &str = "closes the story in its container (page markup)";

/// The reason for running text outside the story's container.
const OUTSIDE: &str = "outside the story's container (page markup)";

/// A line's marks (default marks for a line the markup does not cover).
fn marks<'m>(markup: &'m Markup, info: &Info) -> &'m LineMarks {
    static NONE: LineMarks = LineMarks {
        marks: 0,
        heading: 0,
        boxed: 0,
        chars: 0,
        link_chars: 0,
    };
    markup.lines.get(info.number - 1).unwrap_or(&NONE)
}

/// A part and the parts around it, innermost first (1-based indexes).
fn chain(boxes: &[Boxed], from: u32) -> impl Iterator<Item = u32> + '_ {
    std::iter::successors(Some(from).filter(|&b| b > 0), move |&b| {
        Some(boxes[b as usize - 1].parent).filter(|&p| p > 0)
    })
}

/// The parts that hold the first paragraph under the stated headline
/// and a third or more of the running text: the story told in a part
/// its markup misnames (`id="leftRail" class="article"`), not a sidebar.
fn lead_parts(
    markup: &Markup,
    infos: &[Info],
    head: Option<usize>,
    units: &[usize],
    total: usize,
) -> Vec<u32> {
    let lead = head.and_then(|h| (h + 1..infos.len()).find(|&i| infos[i].is_prose()));
    let lead = lead.filter(|&i| !junk_between(markup, infos, head.unwrap_or(i), i));
    lead.map_or(vec![], |i| {
        chain(&markup.boxes, marks(markup, &infos[i]).boxed)
            .filter(|&b| units[b as usize] * 3 >= total)
            .collect()
    })
}

/// Whether a line between the headline at `h` and the paragraph at `i`
/// stands in a comment section or a footer that does not hold `i`: the
/// paragraph is past the post (a comment form between a photo post and
/// the sidebar's blurb), unlike one under a share bar.
fn junk_between(markup: &Markup, infos: &[Info], h: usize, i: usize) -> bool {
    let boxes = &markup.boxes;
    let own: Vec<u32> = chain(boxes, marks(markup, &infos[i]).boxed).collect();
    let past = |b: u32| match boxes[b as usize - 1].signal {
        Signal::Junk(why) => why == crate::html::COMMENTS || why == crate::html::FOOTER,
        _ => false,
    };
    infos[h + 1..i]
        .iter()
        .any(|n| chain(boxes, marks(markup, n).boxed).any(|b| past(b) && !own.contains(&b)))
}

/// Per part (1-based, 0 unused), whether it holds a story container
/// with at least a third of the running text: a short post under a long
/// comment thread, both inside Blogger's `widget Blog`, is still the
/// story, while a teaser marked `<article>` holds far less.
fn story_holders(boxes: &[Boxed], units: &[usize], total: usize) -> Vec<bool> {
    let mut holds = vec![false; boxes.len() + 1];
    for b in 1..=boxes.len() as u32 {
        let story = boxes[b as usize - 1].signal == Signal::Story;
        if story && units[b as usize] * 3 >= total && total > 0 {
            for outer in chain(boxes, boxes[b as usize - 1].parent) {
                holds[outer as usize] = true;
            }
        }
    }
    holds
}

/// The story's container: of the story parts that hold at least half of
/// the running text, the innermost that holds nearly all that the
/// largest holds (an `articleBody` inside an `<article>` inside `<main>`).
fn story_box(boxes: &[Boxed], units: &[usize], total: usize) -> Option<u32> {
    let stories =
        || (1..=boxes.len() as u32).filter(|&b| boxes[b as usize - 1].signal == Signal::Story);
    let most = stories().map(|b| units[b as usize]).max()?;
    if most * 2 < total || most == 0 {
        return None;
    }
    // Later parts stand inside earlier ones: the last that holds nearly
    // all is the innermost.
    stories()
        .rev()
        .find(|&b| units[b as usize] * 10 >= most * 9)
}

/// Whether a line states the same headline: the same words (a Jaccard of
/// 0.6, so a site's name after the headline does not matter), or, in a
/// script without spaces, the one inside the other.
fn same_headline(line: &str, headline: &str) -> bool {
    // Of a title's parts only the longest is the headline: the others
    // name the site or its section ("… @ Steven's Home :: PIXNET").
    let parts = crate::html::title_parts(headline);
    let longest = parts.iter().max_by_key(|p| p.chars().count());
    same_words(line, headline)
        || longest.is_some_and(|part| *part != headline && same_words(line, part))
}

fn same_words(line: &str, headline: &str) -> bool {
    let words = |s: &str| -> Vec<String> {
        let mut w: Vec<String> = s
            .split(|c: char| !c.is_alphanumeric())
            .filter(|w| !w.is_empty())
            .map(str::to_lowercase)
            .collect();
        crate::order::sort_by(&mut w, Ord::cmp);
        w.dedup();
        w
    };
    let (a, b) = (words(line), words(headline));
    if a.is_empty() || b.is_empty() {
        return false;
    }
    let shared = a.iter().filter(|w| b.binary_search(w).is_ok()).count();
    if shared * 10 >= (a.len() + b.len() - shared) * 6 {
        return true;
    }
    let (x, y) = (a.concat(), b.concat());
    let (short, long) = if x.len() <= y.len() {
        (&x, &y)
    } else {
        (&y, &x)
    };
    long.contains(short.as_str()) && short.len() * 10 >= long.len() * 6
}
