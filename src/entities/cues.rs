//! The name cues of `data/cues.tsv` that the gazetteer does not read:
//! heads of event names ("Stanley Cup", "Battle of Gettysburg"), compass
//! words that make part of a place's name ("East Perth"), and the nouns
//! of a role or a kind of body before a name ("drummer", "the band"), and
//! the family names written first ("Li Shimin").

use crate::data::{self, field};
use crate::text::key;
use crate::Set;

/// Cue words for names, by kind, as keys.
pub(super) struct NameCues {
    /// The head of an event, contest or award: no person, place or
    /// organisation ("Australian Open", "Battle of Gettysburg").
    pub event_head: Set<String>,
    /// A compass word before a place names a part of it ("West Jersey").
    pub compass: Set<String>,
    /// A person's role before a name: "drummer", "his daughter".
    pub role_noun: Set<String>,
    /// A kind of organisation before a name: "the band", "the airline".
    pub body_noun: Set<String>,
    /// A family name written before the given name: "Li Shimin".
    pub family_first: Set<String>,
}

impl NameCues {
    /// Reads the cues.
    pub fn new() -> Self {
        let mut cues = NameCues {
            event_head: Set::default(),
            compass: Set::default(),
            role_noun: Set::default(),
            body_noun: Set::default(),
            family_first: Set::default(),
        };
        for row in data::rows(data_file!("cues.tsv")) {
            let set = match field(&row, 1) {
                "event_head" => &mut cues.event_head,
                "compass" => &mut cues.compass,
                "role_noun" => &mut cues.role_noun,
                "body_noun" => &mut cues.body_noun,
                "family_first" => &mut cues.family_first,
                _ => continue,
            };
            set.insert(key(field(&row, 0)));
        }
        cues
    }
}
