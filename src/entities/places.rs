//! Places the document pass re-decides: apposition ("Paris, Texas") and
//! the countries the rest of the text names.

use super::*;

/// Places and nationalities that the document pass re-decides: apposition
/// ("Paris, Texas": the town is in the state's country; "Atlanta,
/// Georgia": the state, not the country) and context (an ambiguous name
/// takes the reading whose country the rest of the text mentions).
pub(super) fn resolve_places(mentions: &mut [Mention], text: &str) {
    use gazetteer::Source;
    let placeish = |m: &Mention| matches!(m.kind, Some(EntityKind::Gpe) | Some(EntityKind::Norp));
    // 1. Apposition: "<city>, <region or country>".
    for i in 0..mentions.len().saturating_sub(1) {
        let (left, right) = mentions.split_at_mut(i + 1);
        let (a, b) = (&mut left[i], &mut right[0]);
        if a.line != b.line || !placeish(a) || b.kind != Some(EntityKind::Gpe) {
            continue;
        }
        let between = &text[a.end..b.start];
        if between.trim() != "," {
            continue;
        }
        // A reading of each that shares a country wins.
        let a_opts: Vec<Entry> = if a.alts.is_empty() {
            a.entry.iter().cloned().collect()
        } else {
            a.alts.clone()
        };
        let b_opts: Vec<Entry> = if b.alts.is_empty() {
            b.entry.iter().cloned().collect()
        } else {
            b.alts.clone()
        };
        let shared = a_opts.iter().find_map(|x| {
            b_opts
                .iter()
                .find(|y| x.country.is_some() && x.country == y.country && y.source != Source::City)
                .map(|y| (x.clone(), y.clone()))
        });
        if let Some((x, y)) = shared {
            choose(a, &x, "apposition");
            choose(b, &y, "apposition");
            continue;
        }
        // Otherwise a town named after a bigger place lies in the region or
        // country that follows it: "Paris, Texas"; "Moscow, Idaho".
        let b_is_container = b_opts.first().is_some_and(|y| {
            matches!(
                y.source,
                Source::Region | Source::Country | Source::CountryAlias | Source::Constituent
            )
        });
        let a_is_town = a_opts
            .first()
            .is_none_or(|x| matches!(x.source, Source::City | Source::Capital))
            || a.entry.is_none();
        if b_is_container && a_is_town && b.country.is_some() {
            a.country = b.country;
            a.alts.clear();
            a.why = format!("{} (apposition: in {})", a.why, b.canonical).into();
        }
    }
    // 2. Context: countries the text names without ambiguity.
    let mut context: Map<&'static str, usize> = Map::default();
    for m in mentions.iter().filter(|m| m.alts.is_empty()) {
        if let Some(c) = m.country {
            *context.entry(c).or_default() += 1;
        }
    }
    for m in mentions.iter_mut().filter(|m| m.alts.len() > 1) {
        let best = m
            .alts
            .iter()
            .enumerate()
            .max_by_key(|(i, e)| {
                (
                    e.country.and_then(|c| context.get(c)).copied().unwrap_or(0),
                    usize::MAX - i,
                )
            })
            .map(|(_, e)| e.clone());
        if let Some(best) = best {
            if best.country.and_then(|c| context.get(c)).is_some() {
                choose(m, &best, "context");
            }
        }
    }
}

pub(super) fn choose(m: &mut Mention, e: &Entry, how: &str) {
    if m.entry
        .as_ref()
        .is_some_and(|cur| cur.canonical == e.canonical && cur.country == e.country)
    {
        m.alts.clear();
        return;
    }
    m.kind = Some(e.kind);
    m.canonical = e.canonical.to_string();
    m.country = e.country;
    m.why = format!("{} (chosen by {how})", e.source.why()).into();
    m.entry = Some(e.clone());
    m.alts.clear();
}

/// Heads of natural features: a location of no country.
pub(super) fn is_natural(head: &str) -> bool {
    matches!(
        head,
        "archipelago"
            | "atoll"
            | "basin"
            | "bay"
            | "beach"
            | "canal"
            | "cape"
            | "channel"
            | "coast"
            | "delta"
            | "desert"
            | "falls"
            | "forest"
            | "glacier"
            | "gorge"
            | "gulf"
            | "hill"
            | "hills"
            | "island"
            | "islands"
            | "isle"
            | "isles"
            | "lagoon"
            | "lake"
            | "lakes"
            | "mount"
            | "mountain"
            | "mountains"
            | "mt"
            | "mt."
            | "ocean"
            | "peninsula"
            | "plain"
            | "plains"
            | "plateau"
            | "reef"
            | "river"
            | "sea"
            | "strait"
            | "straits"
            | "valley"
    )
}

/// Heads of political places: a region or town of its inner place's country.
pub(super) fn is_political(head: &str) -> bool {
    matches!(
        head,
        "borough"
            | "city"
            | "county"
            | "district"
            | "governorate"
            | "oblast"
            | "prefecture"
            | "province"
            | "region"
            | "state"
            | "territory"
            | "town"
            | "township"
            | "village"
    )
}
