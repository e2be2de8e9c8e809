//! Lists: a name no table knows, in a list beside people, is one more
//! person ("Max Carey , Kiki Cuyler , and Pie Traynor").

use super::*;

/// What may stand between two items of a list.
const LIST_SEPARATORS: [&str; 5] = [",", "and", ", and", "&", ", &"];

impl Recognizer {
    /// Types the unknown names of a line's lists: two or three capitalised
    /// words beside a person's full name, with no neighbour of another
    /// kind, are a person too, in a list with an "and". Lists in news
    /// name people ("with Ann Tyler, Dara Okonjo and Guy Lisle"), teams or
    /// places, each list one kind.
    pub(super) fn people_in_lists(&self, text: &str, line: &mut [Mention]) {
        crate::order::sort_by_key(line, |m| m.start);
        for i in 0..line.len() {
            if line[i].kind.is_some() || line[i].sentence_start || !self.plain_name(&line[i].key) {
                continue;
            }
            let before = i
                .checked_sub(1)
                .filter(|&p| listed(text, &line[p], &line[i]));
            let after = Some(i + 1).filter(|&q| q < line.len() && listed(text, &line[i], &line[q]));
            if !has_and(text, line, i) && !long_list_of_people(text, line, i) {
                continue;
            }
            let known: Vec<&Mention> = [before, after]
                .into_iter()
                .flatten()
                .map(|j| &line[j])
                .filter(|m| m.kind.is_some())
                .collect();
            // A full name vouches; a lone "Harrison" may be a town.
            let full_name =
                |m: &&Mention| m.kind == Some(EntityKind::Person) && m.key.contains(' ');
            if !known.is_empty() && known.iter().all(full_name) {
                line[i].kind = Some(EntityKind::Person);
                line[i].why = "person: in a list beside a person".into();
            }
        }
    }

    /// Two or three words, none a word that is never a name, a title or an
    /// organisation's or a place's head ("Selected Poems", "Train No."),
    /// the first no place ("Bridgton Junction" is a station).
    fn plain_name(&self, key: &str) -> bool {
        let words = &self.gaz.words;
        let n = key.split(' ').count();
        let first_is_place = key.split(' ').next().is_some_and(|w| {
            self.gaz
                .get(w)
                .iter()
                .any(|e| matches!(e.kind, EntityKind::Gpe | EntityKind::Loc))
        });
        (2..=3).contains(&n)
            && !first_is_place
            && key.split(' ').all(|w| {
                w.chars().any(char::is_alphabetic)
                    && !(words.not_entity.contains(w)
                        || is_stopword_like(w)
                        || words.titles.contains_key(w)
                        || words.is_head(w))
            })
    }
}

/// Whether only a list separator stands between `a` and `b`.
fn listed(text: &str, a: &Mention, b: &Mention) -> bool {
    a.end <= b.start && {
        let between = text[a.end..b.start].trim();
        LIST_SEPARATORS.contains(&between)
    }
}

/// The first and last items of the list around item `i`.
fn list_bounds(text: &str, line: &[Mention], i: usize) -> (usize, usize) {
    let linked = |j: usize| listed(text, &line[j], &line[j + 1]);
    let first = (0..i).rev().take_while(|&j| linked(j)).last().unwrap_or(i);
    let last = (i..line.len() - 1)
        .take_while(|&j| linked(j))
        .last()
        .map_or(i, |j| j + 1);
    (first, last)
}

/// "Japan - Kenichi Shimokawa , Naoki Soma , Masami Ihara , Norio Omura":
/// a line-up needs no "and": four names or more in a row, two of them
/// people's full names and none of another kind.
fn long_list_of_people(text: &str, line: &[Mention], i: usize) -> bool {
    let (first, last) = list_bounds(text, line, i);
    let items = &line[first..=last];
    let people = items
        .iter()
        .filter(|m| m.kind == Some(EntityKind::Person) && m.key.contains(' '))
        .count();
    items.len() >= 4
        && people >= 2
        && items
            .iter()
            .all(|m| m.kind.is_none_or(|k| k == EntityKind::Person))
}

/// Whether the list around item `i` has an "and" (or "&") between two of
/// its items: a comma alone may set off an apposition ("Charles Milne,
/// Chief Veterinary Officer").
fn has_and(text: &str, line: &[Mention], i: usize) -> bool {
    let (first, last) = list_bounds(text, line, i);
    (first..last).any(|j| {
        let between = &text[line[j].end..line[j + 1].start];
        between.contains("and") || between.contains('&')
    })
}
