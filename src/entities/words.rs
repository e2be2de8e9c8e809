//! Small judgements about words and their place in a sentence.

use super::*;

pub(super) fn fold_eq(a: &str, b: &str) -> bool {
    a.chars()
        .map(crate::text::fold)
        .eq(b.chars().map(crate::text::fold))
}

pub(super) fn is_stopword_like(k: &str) -> bool {
    matches!(
        k,
        "the"
            | "a"
            | "an"
            | "it"
            | "he"
            | "she"
            | "we"
            | "they"
            | "i"
            | "this"
            | "that"
            | "but"
            | "and"
            | "or"
            | "in"
            | "on"
            | "at"
            | "for"
            | "if"
            | "as"
            | "so"
    )
}

pub(super) fn is_sentence_start(text: &str, tokens: &Tokens, a: usize) -> bool {
    if a == 0 {
        return true;
    }
    let mut j = a;
    while j > 0 {
        let prev = &text[tokens[j - 1].start..tokens[j - 1].end];
        match crate::text::fold(prev.chars().next().unwrap_or(' ')) {
            '"' | '\'' | '(' | '[' => j -= 1,
            '.' | '!' | '?' | ':' | ';' | '-' | '•' => return true,
            _ => return prev.ends_with('.') && tokens[j - 1].shape != Shape::Upper,
        }
    }
    true
}
