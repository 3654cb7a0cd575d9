//! Spreading names across the document: once "Mark Rutte" is a person, every "Rutte" is.

use std::collections::HashMap;
use std::ops::Range;

use super::{Mention, MentionKind};
use crate::document::Document;

/// Classifies the `unresolved` words that repeat a name `found` established elsewhere:
/// a person's surname or whole name, a place, an organisation.
pub fn spread(doc: &Document, found: &mut Vec<Mention>, unresolved: &[Range<usize>]) {
    let mut known: HashMap<String, MentionKind> = HashMap::new();
    for m in found.iter() {
        let kind = m.kind;
        if kind == MentionKind::Demonym {
            continue;
        }
        known.entry(doc.key(m.tokens.clone())).or_insert(kind);
        if kind == MentionKind::Person && m.tokens.len() >= 2 {
            // The surname alone: the last word that is not an initial or a suffix.
            let last = m.tokens.clone().rev().find(|&k| doc.word(k).chars().count() > 2 && !doc.is_any(k, &["jr.", "sr.", "ii", "iii"]));
            if let Some(last) = last {
                known.entry(doc.word(last).to_string()).or_insert(kind);
            }
        }
    }
    for r in unresolved {
        // The longest known name inside the unknown words, left to right.
        let mut p = r.start;
        while p < r.end {
            let hit = (p + 1..=r.end).rev().find_map(|q| known.get(&doc.key(p..q)).map(|&kind| (q, kind)));
            match hit {
                Some((q, kind)) => {
                    found.push(Mention::new(doc, p..q, kind));
                    p = q;
                }
                None => p += 1,
            }
        }
    }
}
