//! Cricket scorecards: the batsman, the catcher and the bowler of a
//! dismissal ("Tavi Marnok c Hussain b Cork 45", "lbw b Mullally") and a
//! bowler before his figures ("Cork 15-3-42-2") are people, whatever the
//! tables say of "Cork" or "Rhodes".

use super::*;

/// The lowercase marks of a dismissal before a fielder's or a bowler's
/// name: caught, bowled, stumped.
const DISMISSALS: [&str; 3] = ["c", "b", "st"];

impl Recognizer {
    /// The chunks of a line that name players of a scorecard.
    /// `scored`: the line may hold a score, as figures hold one.
    pub(super) fn scorecard_players(
        &self,
        cx: &LineCx,
        chunks: &[(usize, usize)],
        scored: bool,
    ) -> Vec<usize> {
        let marked = |a: usize| a >= 1 && DISMISSALS.contains(&cx.tx(a - 1));
        let dismissal = chunks.iter().any(|&(a, _)| a >= 1 && cx.tx(a - 1) == "b");
        if !dismissal && !scored {
            return Vec::new();
        }
        (0..chunks.len())
            .filter(|&k| {
                let (a, b) = chunks[k];
                (dismissal && (marked(a) || (k == 0 && a == 0))) || figures_at(cx, b)
            })
            .collect()
    }

    /// A player of a scorecard: the chunk whole is a person.
    pub(super) fn player(&self, cx: &LineCx, chunk: Chunk, out: &mut Vec<Mention>) {
        let mut m = cx.mention(chunk.a, chunk.b);
        m.kind = Some(EntityKind::Person);
        m.why = "person: a player of a cricket scorecard ('c Hussain b Cork')".into();
        out.push(m);
    }
}

/// Bowling figures at token `j`: overs, maidens, runs and wickets joined
/// by hyphens ("15-3-42-2"), no spaces.
fn figures_at(cx: &LineCx, j: usize) -> bool {
    let tokens = cx.tokens;
    (0..7).all(|i| {
        tokens.get(j + i).is_some_and(|t| {
            let number =
                t.shape == Shape::Number && cx.tx(j + i).bytes().all(|c| c.is_ascii_digit());
            let joined = i == 0 || !t.space_before;
            joined
                && if i % 2 == 0 {
                    number
                } else {
                    cx.tx(j + i) == "-"
                }
        })
    })
}
