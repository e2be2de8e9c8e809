//! The document pass: fixed expressions drop out, and acronyms, surnames
//! and names recognised once propagate through the text.

use super::*;

impl Recognizer {
    /// Drops place and nationality words inside fixed expressions
    /// ("Turkish delight", "Brussels sprouts") and used as verbs at the start
    /// of a sentence ("Polish the silver").
    pub(super) fn drop_fixed_expressions(&self, mentions: &mut [Mention], text: &str) {
        let words = &self.gaz.words;
        for m in mentions.iter_mut() {
            if !matches!(
                m.kind,
                Some(EntityKind::Gpe | EntityKind::Norp | EntityKind::Loc)
            ) {
                continue;
            }
            // Most mentions can be neither: skip reading their neighbours.
            let may_be_fixed = m.key.split(' ').any(|w| words.fixed.contains_key(w));
            let may_be_verb = m.sentence_start && !m.key.contains(' ');
            if !may_be_fixed && !may_be_verb {
                continue;
            }
            let (before, after) = around(text, m.start, m.end);
            let fixed = may_be_fixed && self.in_fixed_expression(m, text, before, after);
            let verb = may_be_verb && starts_with_object(after);
            if fixed || verb {
                m.kind = None;
            }
        }
    }

    /// Whether mention `m`, with the text `before` and `after` it on its
    /// line, stands in a fixed expression of a word of its own. The window
    /// of two words either side is keyed once, with no string per
    /// expression tried.
    fn in_fixed_expression(&self, m: &Mention, text: &str, before: &str, after: &str) -> bool {
        let skip = before.split_whitespace().count().saturating_sub(2);
        let words = before
            .split_whitespace()
            .skip(skip)
            .chain([&text[m.start..m.end]])
            .chain(after.split_whitespace().take(2));
        let mut window = String::with_capacity(80);
        window.push(' ');
        for w in words {
            crate::text::key_chars(w, |c| {
                let kept = c.is_alphanumeric() || c == ' ' || c == '\'';
                window.push(if kept { c } else { ' ' });
            });
            window.push(' ');
        }
        m.key.split(' ').any(|w| {
            self.gaz
                .words
                .fixed
                .get(w)
                .is_some_and(|exprs| exprs.iter().any(|e| has_phrase(&window, e)))
        })
    }
}

/// Whether `phrase` stands in `window` between spaces.
fn has_phrase(window: &str, phrase: &str) -> bool {
    window
        .match_indices(phrase)
        .any(|(i, _)| window[..i].ends_with(' ') && window[i + phrase.len()..].starts_with(' '))
}

/// "All-American", "anti-Spanish": a nationality after a prefix and a
/// hyphen names no group. "Italian-American", "Danish-German": two
/// joined by a hyphen are one, of the last one's country.
pub(super) fn hyphen_compounds(mentions: &mut Vec<Mention>, text: &str) {
    const PREFIXES: [&str; 6] = ["all", "anti", "pro", "non", "un", "ex"];
    let norp = |m: &Mention| m.kind == Some(EntityKind::Norp);
    let mut merged = false;
    for i in 0..mentions.len() {
        if !norp(&mentions[i]) || !text[..mentions[i].start].ends_with('-') {
            continue;
        }
        let before = &text[..mentions[i].start - 1];
        let word = &before[before.trim_end_matches(char::is_alphabetic).len()..];
        let joined = mentions[..i]
            .iter()
            .rposition(|m| norp(m) && m.end == before.len());
        if let Some(j) = joined {
            let end = mentions[i].end;
            mentions[j].end = end;
            mentions[j].canonical = text[mentions[j].start..end].to_string();
            mentions[j].key = key(&mentions[j].canonical);
            mentions[j].country = mentions[i].country;
            merged = true;
        } else if PREFIXES.contains(&key(word).as_str()) {
            mentions[i].kind = None;
        }
    }
    if merged {
        // The hyphen and the second half are inside the first now.
        let mut end = 0;
        mentions.retain(|m| {
            let inside = m.start < end;
            end = end.max(m.end);
            !inside
        });
    }
}

/// "track was extended to Harrison", then "left Harrison at 5:15": a place
/// or a body elsewhere in the text outweighs a given name alone. The names
/// are looked up by index, so that only the few that change are copied.
fn given_alone_yields(mentions: &mut [Mention]) {
    let alone = |m: &Mention| m.why == super::rules::GIVEN_ALONE;
    if !mentions.iter().any(alone) {
        return;
    }
    let mut named: Map<&str, usize> = Map::default();
    for (i, m) in mentions.iter().enumerate() {
        let place_or_body = matches!(
            m.kind,
            Some(EntityKind::Gpe | EntityKind::Loc | EntityKind::Org)
        );
        if place_or_body && !m.why.starts_with("unknown") {
            named.entry(m.key.as_str()).or_insert(i);
        }
    }
    let yields: Vec<(usize, usize)> = (0..mentions.len())
        .filter(|&i| alone(&mentions[i]))
        .filter_map(|i| Some((i, *named.get(mentions[i].key.as_str())?)))
        .collect();
    for (i, j) in yields {
        let (kind, canonical, country) = {
            let n = &mentions[j];
            (n.kind, n.canonical.clone(), n.country)
        };
        let m = &mut mentions[i];
        m.kind = kind;
        m.canonical = canonical;
        m.country = country;
        m.why = "same name recognised elsewhere in the text".into();
    }
}

/// The text of the line before and after bytes `start..end`, each no
/// longer than 120 bytes: two words either side are enough, and a 20 MB
/// line stays linear.
fn around(text: &str, start: usize, end: usize) -> (&str, &str) {
    let mut from = start.saturating_sub(120);
    while !text.is_char_boundary(from) {
        from += 1;
    }
    let mut to = (end + 120).min(text.len());
    while !text.is_char_boundary(to) {
        to -= 1;
    }
    let line_start = text[from..start].rfind('\n').map_or(from, |i| from + i + 1);
    let line_end = text[end..to].find('\n').map_or(to, |i| end + i);
    (&text[line_start..start], &text[end..line_end])
}

/// Whether the text after a word starts with the object of a verb: "Polish
/// the silver".
fn starts_with_object(after: &str) -> bool {
    let next = after.split_whitespace().next().map(key).unwrap_or_default();
    matches!(
        next.as_str(),
        "the"
            | "a"
            | "an"
            | "your"
            | "his"
            | "her"
            | "their"
            | "our"
            | "my"
            | "this"
            | "these"
            | "those"
            | "it"
    )
}

/// "National Cyber Security Centre (NCSC)": the acronym in brackets right
/// after token `b - 1`.
pub(super) fn defined_acronym(text: &str, tokens: &Tokens, b: usize) -> Option<String> {
    let open = tokens.get(b)?;
    let acr = tokens.get(b + 1)?;
    let close = tokens.get(b + 2)?;
    (&text[open.start..open.end] == "("
        && &text[close.start..close.end] == ")"
        && acr.shape == Shape::Upper
        && acr.end - acr.start >= 2)
        .then(|| text[acr.start..acr.end].to_string())
}

/// The document pass: acronyms, surnames and single names propagate.
pub(super) fn propagate(mentions: &mut [Mention], text: &str, words: &gazetteer::Words) {
    // Acronyms defined in the text, and full names of people.
    let mut acronyms: Map<String, (EntityKind, String)> = Map::default();
    let mut people: Map<String, String> = Map::default();
    let mut first_names: Map<String, Option<String>> = Map::default();
    let mut known: Map<String, (EntityKind, String, Option<&'static str>)> = Map::default();
    for m in mentions.iter() {
        let Some(kind) = m.kind else { continue };
        if let Some(acr) = &m.defines {
            acronyms
                .entry(acr.clone())
                .or_insert((kind, m.canonical.clone()));
        }
        if kind == EntityKind::Person {
            let parts: Vec<&str> = m.canonical.split_whitespace().collect();
            if parts.len() >= 2 {
                people
                    .entry(key(parts[parts.len() - 1]))
                    .or_insert(m.canonical.clone());
                // "Jared" after "Jared Leto": a given name of one person of
                // the text stands for them. Two people of that given name:
                // it stands for neither.
                let given = key(parts[0]);
                match first_names.get(&given) {
                    Some(Some(full)) if *full != m.canonical => {
                        first_names.insert(given, None);
                    }
                    None => {
                        first_names.insert(given, Some(m.canonical.clone()));
                    }
                    _ => {}
                }
            }
        }
        // A place the gazetteer does not know, named once after a
        // preposition ("near Atwick"), spreads as one word that is no given
        // name: "with Stan", "from Dou Jiande" are people.
        let weak_place = matches!(kind, EntityKind::Gpe | EntityKind::Loc)
            && m.entry.is_none()
            && (m.key.contains(' ') || words.given.contains(m.key.as_str()));
        if !m.why.starts_with("unknown")
            && !weak_place
            && kind != EntityKind::Norp
            && !known.contains_key(&m.key)
        {
            known.insert(m.key.clone(), (kind, m.canonical.clone(), m.country));
        }
    }
    // Initials of multi-word organisations: "NCSC" ← "National Cyber Security Centre".
    let mut initials: Map<String, String> = Map::default();
    for m in mentions.iter().filter(|m| m.kind == Some(EntityKind::Org)) {
        let caps: String = m
            .canonical
            .split_whitespace()
            .filter_map(|w| w.chars().next().filter(|c| c.is_uppercase()))
            .collect();
        if caps.chars().count() >= 2 && m.canonical.split_whitespace().count() >= 2 {
            initials.entry(caps).or_insert(m.canonical.clone());
        }
    }
    given_alone_yields(mentions);
    for m in mentions.iter_mut() {
        // "Andrew J. Evans Jr.": the dot of a generational suffix belongs
        // to the name.
        if m.kind == Some(EntityKind::Person)
            && (text[..m.end].ends_with(" Jr") || text[..m.end].ends_with(" Sr"))
            && text[m.end..].starts_with('.')
        {
            if m.canonical == text[m.start..m.end] {
                m.canonical.push('.');
            }
            m.end += 1;
        }
        let surface = &text[m.start..m.end];
        let k = m.key.as_str();
        match m.kind {
            Some(EntityKind::Person) if !surface.contains(' ') => {
                if let Some(full) = people.get(k) {
                    m.canonical = full.clone();
                    m.why =
                        format!("person: surname of {full} earlier or later in the text").into();
                }
            }
            Some(EntityKind::Org) if m.why.starts_with("unknown acronym") => {
                if let Some((kind, full)) = acronyms.get(surface) {
                    m.kind = Some(*kind);
                    m.canonical = full.clone();
                    m.why = format!("acronym defined in the text: {full}").into();
                } else if let Some(full) = initials.get(surface) {
                    m.canonical = full.clone();
                    m.why = format!("acronym of {full}, named in the text").into();
                }
            }
            None => {
                let first = (!m.sentence_start && !surface.contains(' '))
                    .then(|| first_names.get(k).cloned().flatten())
                    .flatten();
                let part = if people.contains_key(k) {
                    "surname"
                } else {
                    "given name"
                };
                if let Some(full) = people.get(k).or(first.as_ref()) {
                    m.kind = Some(EntityKind::Person);
                    m.canonical = full.clone();
                    m.why = format!("person: {part} of {full} earlier or later in the text").into();
                } else if let Some((kind, canonical, country)) = known.get(k) {
                    if !(m.sentence_start && !surface.contains(' ') && *kind == EntityKind::Org) {
                        m.kind = Some(*kind);
                        m.canonical = canonical.clone();
                        m.country = *country;
                        m.why = "same name recognised elsewhere in the text".into();
                    }
                }
            }
            _ => {}
        }
    }
}
