//! Apposition: "<town>, <region or country>". The town lies in the region
//! that follows it: "Paris, Texas" and "Moscow, Idaho" are American,
//! "Atlanta, Georgia" names the US state, not the country. The region may
//! be an abbreviation that counts only there ("Alexandria, Va.", "Tyler,
//! TX"), and the town a name the tables know only as a word or person
//! ("Buffalo, N.Y.") or not at all ("Hueytown, Ala."), as in a dateline
//! ("DUBLIN, Ohio —").

use super::*;
use gazetteer::Source;

impl Recognizer {
    pub(in crate::entities) fn apposition(
        &self,
        mentions: &mut [Mention],
        text: &str,
        context: &context::Context,
    ) {
        for i in 0..mentions.len().saturating_sub(1) {
            let (left, right) = mentions.split_at_mut(i + 1);
            let (a, b) = (&mut left[i], &mut right[0]);
            if a.line != b.line || text[a.end..b.start].trim() != "," {
                continue;
            }
            if !self.may_be_town(a) {
                continue;
            }
            let (b_opts, dot) = self.container_readings(b, text);
            if b_opts.is_empty() {
                continue;
            }
            let a_opts = [readings(a), self.weak_readings(a)].concat();
            // A reading of each that shares a country wins.
            let shared = a_opts.iter().find_map(|x| {
                b_opts
                    .iter()
                    .find(|y| {
                        x.country.is_some()
                            && x.country == y.country
                            && !matches!(y.source, Source::City | Source::Town)
                    })
                    .map(|y| (x.clone(), y.clone()))
            });
            if let Some((x, y)) = shared {
                choose(a, &x, "apposition");
                choose(b, &y, "apposition");
                b.end += dot;
                continue;
            }
            // Otherwise a town named after a bigger place, or one the tables
            // do not know, lies in the region or country that follows it:
            // "Paris, Texas"; "Moscow, Idaho"; "Hueytown, Ala.".
            let a_is_town = a_opts
                .first()
                .is_none_or(|x| matches!(x.source, Source::City | Source::Capital | Source::Town))
                || a.entry.is_none();
            // A word the tables do not know is a town only before a region
            // written the way a town's region is ("Hueytown, Ala.", "Tyler,
            // TX"): "However, Texas" is no town.
            let words = &self.gaz.words;
            let unknown_town = (a.kind.is_none()
                && !words.not_entity.contains(&a.key)
                && !is_stopword_like(&a.key)
                && b_opts.iter().any(|y| y.form != y.canonical))
                || (a.kind == Some(EntityKind::Gpe) && a.country.is_none());
            let placeish = matches!(a.kind, Some(EntityKind::Gpe) | Some(EntityKind::Norp));
            // Of the container's readings ("Georgia": the country, the US
            // state), the one the rest of the article names most.
            let region = b_opts
                .iter()
                .enumerate()
                .max_by_key(|(i, y)| (context.count(y.country), usize::MAX - i))
                .map(|(_, y)| y.clone())
                .unwrap_or_else(|| b_opts[0].clone());
            if a_is_town && (placeish || (unknown_town && region.source == Source::Region)) {
                if b.kind != Some(EntityKind::Gpe) || b.country != region.country {
                    choose(b, &region, "apposition");
                    b.end += dot;
                }
                a.kind = Some(EntityKind::Gpe);
                a.country = b.country;
                a.alts.clear();
                a.why = format!("{} (apposition: in {})", a.why, b.canonical).into();
            }
        }
    }

    /// Whether mention `a` may be a town before a comma: a place, an
    /// unjudged capitalised word, or one word taken for a person that the
    /// tables also know as a place ("Tyler").
    fn may_be_town(&self, a: &Mention) -> bool {
        match a.kind {
            None | Some(EntityKind::Gpe) | Some(EntityKind::Norp) => true,
            Some(EntityKind::Person) => !a.key.contains(' ') && !self.weak_readings(a).is_empty(),
            _ => false,
        }
    }

    /// The readings of `b` as a region or country ("Texas", "Georgia",
    /// "Calif.", "TX"), and 1 where the abbreviation's final dot, outside the
    /// mention, belongs to it.
    fn container_readings(&self, b: &Mention, text: &str) -> (Vec<Entry>, usize) {
        let container = |e: &Entry| {
            matches!(
                e.source,
                Source::Region | Source::Country | Source::CountryAlias | Source::Constituent
            )
        };
        let surface = &text[b.start..b.end];
        let fits = |e: &Entry| container(e) && (!e.acronym || fold_eq(surface, e.form));
        if text[b.end..].starts_with('.') {
            let dotted: Vec<Entry> = self
                .gaz
                .get_weak(&format!("{}.", b.key))
                .iter()
                .filter(|e| container(e))
                .cloned()
                .collect();
            if !dotted.is_empty() {
                return (dotted, 1);
            }
        }
        let mut found: Vec<Entry> = match b.kind {
            Some(EntityKind::Gpe) => readings(b).into_iter().filter(container).collect(),
            _ => Vec::new(),
        };
        found.extend(
            self.gaz
                .get_weak(&b.key)
                .iter()
                .filter(|e| fits(e))
                .cloned(),
        );
        (found, 0)
    }

    /// The places a mention's words name that count only with evidence
    /// ("Buffalo", "Tyler"), for a mention not already taken for a place.
    pub(in crate::entities) fn weak_readings(&self, m: &Mention) -> Vec<Entry> {
        if m.kind == Some(EntityKind::Gpe) && m.country.is_some() {
            return Vec::new();
        }
        self.gaz.get_weak(&m.key).to_vec()
    }
}
