//! Scores: a town's or region's name right before a score ("losing to
//! Tulsa 63-7"), beside a verb of a result in a line with a score
//! ("Oakland beat Seattle 5-3"), or on either side of such a verb
//! ("Lancashire beat Durham by eight wickets"), names its team, an
//! organisation. A country stays a place (its
//! national side, as news wires tag it) and a person stays a person.

use super::teams::{is_town_or_unknown, make_team};
use super::*;

/// Verbs of a match's result, between its two sides.
const RESULT_VERBS: [&str; 16] = [
    "beat",
    "beats",
    "defeated",
    "defeats",
    "edged",
    "edges",
    "routed",
    "thrashed",
    "downed",
    "blanked",
    "trounced",
    "outscored",
    "overcame",
    "lost",
    "losing",
    "drew",
];

impl Recognizer {
    /// The chunks of a line that are sides of a match by a score after
    /// them or a verb of a result beside them.
    /// `scored`: [`may_hold_score`] of the line, asked once for the line.
    pub(super) fn scored_sides(
        &self,
        cx: &LineCx,
        chunks: &[(usize, usize)],
        scored: bool,
    ) -> Vec<usize> {
        let tokens = cx.tokens;
        let verb = |j: usize| RESULT_VERBS.contains(&cx.tx_or_empty(j));
        // "Lancashire beat Durham by eight wickets": a verb of a result
        // right between two names needs no score.
        let between = |k: usize| {
            let (_, b) = chunks[k];
            k + 1 < chunks.len() && verb(b) && chunks[k + 1].0 == b + 1 && b + 1 < tokens.len()
        };
        if !(scored && (0..tokens.len()).any(|j| score_at(cx, j))) {
            return (0..chunks.len())
                .filter(|&k| between(k) || (k >= 1 && between(k - 1)))
                .collect();
        }
        // "lost to Tulsa", "drew with Leeds": the verb two words back.
        let verb_before = |a: usize| {
            (a >= 1 && verb(a - 1))
                || (a >= 2 && matches!(cx.tx(a - 1), "to" | "with") && verb(a - 2))
        };
        // "lost 2-0 at Heerenveen", "drew 1-1 with Groningen": a score,
        // then a preposition.
        let score_before = |a: usize| {
            a >= 4
                && matches!(cx.tx(a - 1), "at" | "with" | "against" | "over" | "to")
                && score_at(cx, a - 4)
        };
        (0..chunks.len())
            .filter(|&k| {
                let (a, b) = chunks[k];
                score_at(cx, b) || verb(b) || verb_before(a) || score_before(a)
            })
            .collect()
    }

    /// "PSV beat Vitesse Arnhem 3-1", "Sampras beat Ivanisevic 6-4": a
    /// side no table knows is of the kind of the sides that are known,
    /// when they are all teams or all people.
    pub(super) fn sides_agree(
        &self,
        cx: &LineCx,
        chunks: &[(usize, usize)],
        sides: &[usize],
        line: &mut [Mention],
    ) {
        // The sides' spans, in order: a line of a thousand results is
        // searched, not scanned, for each of its mentions.
        let spans: Vec<(usize, usize)> = sides
            .iter()
            .map(|&k| (cx.tokens[chunks[k].0].start, cx.tokens[chunks[k].1 - 1].end))
            .collect();
        let side_of = |m: &Mention| spans.binary_search(&(m.start, m.end)).is_ok();
        let mut kinds = line.iter().filter(|m| side_of(m)).filter_map(|m| m.kind);
        let Some(kind) = kinds.next() else {
            return;
        };
        let agree =
            matches!(kind, EntityKind::Org | EntityKind::Person) && kinds.all(|k| k == kind);
        if !agree {
            return;
        }
        let why = if kind == EntityKind::Org {
            "team: a side of a result beside a team ('PSV beat Vitesse Arnhem 3-1')"
        } else {
            "person: a side of a result beside a player ('Sampras beat Ivanisevic')"
        };
        let words = &self.gaz.words;
        let plain = |m: &Mention| {
            !m.key
                .split(' ')
                .any(|w| is_stopword_like(w) || words.not_entity.contains(w))
        };
        for m in line.iter_mut().filter(|m| m.kind.is_none() && plain(m)) {
            if side_of(m) {
                m.kind = Some(kind);
                m.why = why.into();
            }
        }
    }

    /// A side of a match: a town's name found in it is its team.
    pub(super) fn side(&self, cx: &LineCx, chunk: Chunk, out: &mut Vec<Mention>) {
        let first = out.len();
        self.chunk_mentions(cx, chunk, out);
        for m in out[first..].iter_mut().filter(|m| is_town_or_unknown(m)) {
            make_team(
                m,
                cx.text,
                "team: a town's name beside a score ('losing to Tulsa 63-7')",
            );
        }
    }
}

/// Whether the line has a digit, a hyphen and a digit in a row: one pass
/// over its bytes, so that the tokens are asked only on the few lines that
/// may hold a score.
pub(super) fn may_hold_score(cx: &LineCx) -> bool {
    let (Some(first), Some(last)) = (cx.tokens.first(), cx.tokens.last()) else {
        return false;
    };
    cx.text.as_bytes()[first.start..last.end]
        .windows(3)
        .any(|w| w[1] == b'-' && w[0].is_ascii_digit() && w[2].is_ascii_digit())
}

/// A score at token `j`: "63-7", "2-1" (one to three digits each side of a
/// hyphen, no spaces: not a season, "1995-96", nor a date).
fn score_at(cx: &LineCx, j: usize) -> bool {
    let tokens = cx.tokens;
    let number = |k: usize| {
        tokens.get(k).is_some_and(|t| {
            t.shape == Shape::Number
                && (1..=3).contains(&(t.end - t.start))
                && cx.tx(k).chars().all(|c| c.is_ascii_digit())
        })
    };
    number(j)
        && j + 2 < tokens.len()
        && cx.tx(j + 1) == "-"
        && !tokens[j + 1].space_before
        && !tokens[j + 2].space_before
        && number(j + 2)
}
