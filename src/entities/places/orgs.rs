//! An organisation named after a place carries the place's country: "U.S.
//! Food and Drug Administration", "California Department of Public Health",
//! "Health Ministry of Uganda", "Taco Bell Canada". The place must open the
//! name or close it (after "of" or alone); a demonym does not count ("the
//! Philippine Department of Agriculture" names no place). The country is
//! the organisation's, shown with it; the article's countries still count
//! places only (`countries::mentioned`).

use super::*;
use crate::text::tokenize;

impl Recognizer {
    pub(in crate::entities) fn places_in_org_names(
        &self,
        mentions: &mut [Mention],
        text: &str,
        context: &context::Context,
    ) {
        for m in mentions.iter_mut() {
            if m.kind != Some(EntityKind::Org) || m.country.is_some() || !m.key.contains(' ') {
                continue;
            }
            // "The New York Times": the name after its article.
            let name = &text[m.start..m.end];
            let readings = self.place_in_name(name.strip_prefix("The ").unwrap_or(name));
            let best = readings
                .iter()
                .enumerate()
                .max_by_key(|(i, e)| (context.count(e.country), usize::MAX - i))
                .map(|(_, e)| e);
            if let Some(e) = best {
                m.country = e.country;
                m.why = format!(
                    "{} (named after {}, {})",
                    m.why,
                    e.canonical,
                    e.source.why()
                )
                .into();
            }
        }
    }

    /// The readings of the place that opens or closes an organisation's
    /// name, longest first.
    fn place_in_name(&self, name: &str) -> Vec<Entry> {
        let tokens = tokenize(name, 0);
        let n = tokens.len();
        let max = self.gaz.max_tokens.min(n - 1);
        let fitting = |a: usize, b: usize| -> Vec<Entry> {
            let surface = &name[tokens[a].start..tokens[b - 1].end];
            self.gaz
                .get(tokens.span_key(a, b))
                .iter()
                .filter(|e| {
                    e.kind == EntityKind::Gpe
                        && e.country.is_some()
                        && (!e.acronym || fold_eq(surface, e.form))
                        && !e.needs_the
                })
                .cloned()
                .collect()
        };
        // The opening place, longest first, over the lengths some table
        // key starts with; then a closing place of up to four words.
        let opening = (1..=max)
            .take_while(|&len| self.gaz.is_prefix(tokens.span_key(0, len)))
            .count();
        for len in (1..=opening).rev() {
            let found = fitting(0, len);
            if !found.is_empty() {
                return found;
            }
        }
        for a in n.saturating_sub(4).max(1)..n {
            if self.gaz.is_prefix(tokens.key(&tokens[a])) {
                let found = fitting(a, n);
                if !found.is_empty() {
                    return found;
                }
            }
        }
        Vec::new()
    }
}
