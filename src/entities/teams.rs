//! Teams named by their town outside a results line: a town before a
//! player's or a coach's role ("Valencia striker Claudio Lopez", "Lazio's
//! coach") is its club, an organisation; and one name keeps one type: a
//! town that stands for its team once ("Lazio beat Roma 2-1") stands for
//! it wherever else the text names it, except after "in" or "near".

use super::gazetteer::Source;
use super::*;

/// Roles of sport, in lowercase after a town that is then a club.
const SPORTS_ROLES: [&str; 21] = [
    "coach",
    "striker",
    "midfielder",
    "defender",
    "goalkeeper",
    "keeper",
    "winger",
    "playmaker",
    "fullback",
    "skipper",
    "quarterback",
    "pitcher",
    "batsman",
    "bowler",
    "spinner",
    "teammate",
    "teammates",
    "player",
    "players",
    "club",
    "squad",
];

/// Words of a player's career before "for" or "with" and a town:
/// "played for Lausanne", "signed with Coburg", "26 games for Lausanne".
const CAREER_WORDS: [&str; 15] = [
    "played",
    "plays",
    "playing",
    "signed",
    "signs",
    "signing",
    "scored",
    "scores",
    "scoring",
    "goals",
    "games",
    "appearances",
    "matches",
    "caps",
    "debut",
];

/// Verbs of a career right before a town: "joined Lazio", "coached North
/// Melbourne".
const CAREER_VERBS: [&str; 8] = [
    "joined",
    "joins",
    "joining",
    "coached",
    "coaches",
    "coaching",
    "captained",
    "captains",
];

/// The reason of a town taken for its team by the document pass.
const SAME_TEAM: &str = "team: the town stands for its team elsewhere in the text";

/// A city, town or region from the place tables (not a country: a
/// country stands for its national side, which news wires tag a place).
pub(super) fn is_town(m: &Mention) -> bool {
    m.kind == Some(EntityKind::Gpe)
        && m.entry.as_ref().is_some_and(|e| {
            matches!(
                e.source,
                Source::City | Source::Town | Source::Capital | Source::Region | Source::Province
            )
        })
}

/// A town, or a place no table knows ("signed with Coburg", "lost 2-0 at
/// Heerenveen"): in a team's context, a town too.
pub(super) fn is_town_or_unknown(m: &Mention) -> bool {
    is_town(m) || (m.kind == Some(EntityKind::Gpe) && m.entry.is_none())
}

/// Makes mention `m` its town's team, named as the text names it.
pub(super) fn make_team(m: &mut Mention, text: &str, why: &'static str) {
    m.kind = Some(EntityKind::Org);
    m.canonical = text[m.start..m.end].to_string();
    m.country = None;
    m.why = why.into();
}

/// Towns before a sports role, then every other mention of a town that
/// stands for its team.
pub(super) fn towns_as_teams(mentions: &mut [Mention], text: &str) {
    let town = is_town_or_unknown;
    for m in mentions.iter_mut().filter(|m| town(m)) {
        if role_after(text, m.end) {
            make_team(
                m,
                text,
                "team: a town before a player's role ('Valencia striker')",
            );
        } else if career_before(text, m.start) {
            make_team(
                m,
                text,
                "team: a town after a player's career ('played for Lausanne')",
            );
        }
    }
    let teams: Vec<String> = mentions
        .iter()
        .filter(|m| m.kind == Some(EntityKind::Org) && m.why.starts_with("team:"))
        .map(|m| m.key.clone())
        .collect();
    if teams.is_empty() {
        return;
    }
    for m in mentions.iter_mut() {
        if town(m) && teams.contains(&m.key) && !in_or_near(text, m.start) {
            make_team(m, text, SAME_TEAM);
        }
    }
}

/// Whether a sports role follows byte `end`, after an optional "'s".
fn role_after(text: &str, end: usize) -> bool {
    let rest = &text[end..];
    let rest = ["'s ", "’s ", " 's ", " ’s "]
        .iter()
        .find_map(|p| rest.strip_prefix(p))
        .map_or(rest.trim_start_matches(' '), |r| r.trim_start_matches(' '));
    let word = rest
        .split(|c: char| !c.is_alphabetic())
        .next()
        .unwrap_or("");
    SPORTS_ROLES.contains(&word)
}

/// Whether a career's words stand right before byte `start`: "joined",
/// or "played" and "for".
fn career_before(text: &str, start: usize) -> bool {
    // Two words back are enough: no need to find the line's start.
    let mut from = start.saturating_sub(40);
    while !text.is_char_boundary(from) {
        from += 1;
    }
    let line = &text[from..start];
    let line = &line[line.rfind('\n').map_or(0, |i| i + 1)..];
    let mut words = line
        .rsplit(|c: char| !c.is_alphabetic())
        .filter(|w| !w.is_empty());
    let Some(w1) = words
        .next()
        .filter(|_| line.ends_with(' ') && line.trim_end().ends_with(|c: char| c.is_alphabetic()))
    else {
        return false;
    };
    // "joined from Cruzeiro", "played for Lausanne".
    let career = |w: &str| CAREER_WORDS.contains(&w) || CAREER_VERBS.contains(&w);
    CAREER_VERBS.contains(&w1)
        || (matches!(w1, "for" | "with" | "from") && words.next().is_some_and(career))
}

/// Whether "in" or "near" stands right before byte `start`.
fn in_or_near(text: &str, start: usize) -> bool {
    let before = text[..start].trim_end_matches(' ');
    [" in", " near", "\nin", "\nnear"]
        .iter()
        .any(|p| before.ends_with(p))
        || before == "in"
        || before == "near"
}
