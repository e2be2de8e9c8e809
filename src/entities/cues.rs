//! The name cues of `data/cues.tsv` that the gazetteer does not read:
//! heads of event names ("Stanley Cup", "Battle of Gettysburg") and
//! compass words that make part of a place's name ("East Perth").

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
}

impl NameCues {
    /// Reads the cues.
    pub fn new() -> Self {
        let mut cues = NameCues {
            event_head: Set::default(),
            compass: Set::default(),
        };
        for row in data::rows(data_file!("cues.tsv")) {
            let set = match field(&row, 1) {
                "event_head" => &mut cues.event_head,
                "compass" => &mut cues.compass,
                _ => continue,
            };
            set.insert(key(field(&row, 0)));
        }
        cues
    }
}
