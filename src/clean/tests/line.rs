//! Line: what one line measures. Its length in words is counted the same
//! in every script: a word between spaces is one, and a run of Chinese,
//! Japanese or Thai characters (written without spaces) is one per two
//! characters.

use super::super::cues::Lexicon;
use super::super::line;

/// Words and units of a one-line text.
fn words_and_units(lex: &Lexicon, text: &str) -> (usize, usize) {
    let info = &line::measure(lex, text)[0];
    (info.words, info.units)
}

#[test]
fn latin_words_count_one_each() {
    let lex = Lexicon::new();
    assert_eq!(words_and_units(&lex, "The bridge opens"), (3, 3));
    assert_eq!(words_and_units(&lex, "Brückenöffnung verschoben"), (2, 2));
}

#[test]
fn a_word_with_a_curly_apostrophe_counts_one() {
    let lex = Lexicon::new();
    assert_eq!(words_and_units(&lex, "didn’t"), (1, 1));
    assert_eq!(words_and_units(&lex, "The council didn’t pay"), (4, 4));
    assert_eq!(words_and_units(&lex, "aujourd’hui"), (1, 1));
}

#[test]
fn unspaced_scripts_count_a_word_per_two_characters() {
    let lex = Lexicon::new();
    // Nine Han characters, one token.
    assert_eq!(words_and_units(&lex, "宇航员在太空中喝酒"), (1, 5));
    assert_eq!(words_and_units(&lex, "宇航员"), (1, 2));
    // Kana and kanji alike.
    assert_eq!(words_and_units(&lex, "肉をくわえたイヌが"), (1, 5));
    // Thai.
    assert_eq!(words_and_units(&lex, "ประเทศไทย"), (1, 5));
    // A Latin name run into Chinese: one for the name, then the Chinese.
    assert_eq!(words_and_units(&lex, "DeepMind新电脑"), (1, 3));
}

#[test]
fn spaced_scripts_without_case_count_one_a_word() {
    let lex = Lexicon::new();
    assert_eq!(words_and_units(&lex, "시의회는 화요일 밝혔다"), (3, 3));
    assert_eq!(words_and_units(&lex, "قال المجلس البلدي"), (3, 3));
    assert_eq!(words_and_units(&lex, "नगर परिषद ने"), (3, 3));
    let info = &line::measure(&lex, "시의회는 화요일 밝혔다")[0];
    assert!(info.is_caseless());
}

#[test]
fn units_of_a_paragraph_add_up() {
    let lex = Lexicon::new();
    // 15 words, 3 numbers among them.
    let latin = "The council said on Tuesday that 2 of the 3 ramps would open in 2025.";
    assert_eq!(words_and_units(&lex, latin), (15, 15));
    // "DeepMind" (1) + "表示" (1), then the sentence's other runs.
    let (words, units) = words_and_units(&lex, "DeepMind表示，这款名为DNC的AI模型");
    assert_eq!(words, 2);
    assert_eq!(units, 2 + 5);
}

#[test]
fn kana_with_a_latin_name_is_caseless() {
    let lex = Lexicon::new();
    // Readability test page `yahoo-4` (Apache-2.0): its headline.
    let headline =
        "トレンドマイクロ、公衆無線LANを安全に使うためのアプリ「フリーWi-Fiプロテクション」";
    let info = &line::measure(&lex, headline)[0];
    assert!(
        info.is_caseless(),
        "{} of {} words caseless",
        info.caseless,
        info.words
    );
    assert!(info.is_headline_like(), "{} units", info.units);
    // A Latin brand with a few Han characters stays cased.
    let info = &line::measure(&lex, "DeepMind新电脑 DeepMind")[0];
    assert!(!info.is_caseless());
}
