//! Place names split across chunks, made whole again.
//!
//! Chunks end at a possessive "'s" (right for "Obama's visit") and lose a
//! leading title ("Prince", "Queen"), and a title inside a chunk splits it
//! ("… for South Sudan David Shearer"). The longest match then ran over a
//! piece: "Republic of China" (Taiwan) inside "People's Republic of China",
//! "Sudan" inside "South Sudan". Here a place name of the tables that spans
//! a mention and its neighbours (the next mentions across a space or "'s",
//! the capitalised word before) replaces them.

use super::*;

/// The most mentions one rejoined name spans.
const MAX_PARTS: usize = 3;

impl Recognizer {
    pub(in crate::entities) fn rejoin_split_places(&self, mentions: &mut Vec<Mention>, text: &str) {
        let mut i = 0;
        while i < mentions.len() {
            match self.longer_place(mentions, i, text) {
                Some((start, last, entry)) => {
                    let mut m = mentions[i].clone();
                    m.start = start;
                    m.end = mentions[last].end;
                    m.key = key(&text[start..m.end]);
                    m.kind = Some(entry.kind);
                    m.canonical = entry.canonical.to_string();
                    m.country = entry.country;
                    m.why =
                        format!("{} (a name split in two, rejoined)", entry.source.why()).into();
                    m.alts = self.place_readings(&m.key, &text[start..m.end]);
                    m.entry = Some(entry);
                    mentions.drain(i + 1..=last);
                    mentions[i] = m;
                }
                None => i += 1,
            }
        }
    }

    /// The longest place name that starts at mention `i` (or at the
    /// capitalised word right before it) and ends at the end of mention
    /// `i` or of one of the next ones joined by a space or "'s": its start,
    /// the index of its last mention, the entry.
    fn longer_place(
        &self,
        mentions: &[Mention],
        i: usize,
        text: &str,
    ) -> Option<(usize, usize, Entry)> {
        let m = &mentions[i];
        let mut last = i;
        while last + 1 < mentions.len()
            && last + 1 - i < MAX_PARTS
            && mentions[last + 1].line == m.line
            && is_join(&text[mentions[last].end..mentions[last + 1].start])
        {
            last += 1;
        }
        // The word before, unless a mention holds it (then that mention
        // and this one are joined from there).
        let before = word_before(text, m.start).filter(|&b| i == 0 || mentions[i - 1].end <= b);
        if last == i && before.is_none() {
            return None;
        }
        let starts = before.into_iter().chain([m.start]);
        let mut best: Option<(usize, usize, Entry)> = None;
        for start in starts {
            for j in (i..=last).rev() {
                if start == m.start && j == i {
                    continue;
                }
                let surface = &text[start..mentions[j].end];
                let found = self.first_place(&key(surface), surface);
                if let Some(e) = found {
                    let longer = best
                        .as_ref()
                        .is_none_or(|(s, l, _)| mentions[j].end - start > mentions[*l].end - s);
                    if longer {
                        best = Some((start, j, e));
                    }
                    break;
                }
            }
        }
        best
    }

    /// The place readings of a surface (countries, regions, cities, towns,
    /// locations), when there are two or more; see [`Self::first_place`].
    pub(in crate::entities) fn place_readings(&self, k: &str, surface: &str) -> Vec<Entry> {
        let all: Vec<Entry> = self.place_entries(k, surface).cloned().collect();
        if all.len() > 1 {
            all
        } else {
            Vec::new()
        }
    }

    /// The first place reading of a surface whose key is `k`.
    fn first_place(&self, k: &str, surface: &str) -> Option<Entry> {
        self.place_entries(k, surface).next().cloned()
    }

    /// The gazetteer's place entries under key `k` that the surface's case
    /// fits (an acronym must be written as one).
    fn place_entries<'s>(&'s self, k: &str, surface: &'s str) -> impl Iterator<Item = &'s Entry> {
        self.gaz
            .get(k)
            .iter()
            .filter(move |e| is_place(e) && (!e.acronym || fold_eq(surface, e.form)))
    }
}

/// A place, not a person, organisation or group.
pub(in crate::entities) fn is_place(e: &Entry) -> bool {
    matches!(e.kind, EntityKind::Gpe | EntityKind::Loc) && !e.needs_the
}

/// What may stand between two pieces of one name: a space, or "'s ".
fn is_join(between: &str) -> bool {
    matches!(between, " " | "'s " | "\u{2019}s ")
}

/// The start of the capitalised word right before byte `start`, one space
/// away ("Prince" before "Edward Island").
fn word_before(text: &str, start: usize) -> Option<usize> {
    let head = text[..start].strip_suffix(' ')?;
    let word_start = head.rfind(|c: char| !c.is_alphanumeric()).map_or(0, |p| {
        p + head[p..].chars().next().map_or(1, char::len_utf8)
    });
    let word = &head[word_start..];
    word.chars()
        .next()
        .is_some_and(char::is_uppercase)
        .then_some(word_start)
}
