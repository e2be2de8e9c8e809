//! Comments: the readers' comments after a story are prose too, so they are
//! known by the section that holds them, not by their sentences. A comment
//! section opens with a header ("43 comments", "Leave a Reply") and is made
//! of comments that each carry a signature line: a name with a date and a
//! time ("Ana Ruiz March 3, 2014 at 9:12 pm", "Sam says:"), and a row of
//! actions ("Reply", "Report abuse"). Where such a section starts after the
//! story has been told, it and everything after it go. A page whose first
//! paragraph is itself signed is a forum thread: its posts are the content.

use super::line::Info;
use super::shapes;
use super::Verdicts;
use crate::analysis::Role;

/// Signature lines looked for after a header, and the span a run of
/// signatures without a header must fall in.
const HEADER_REACH: usize = 15;
const RUN_REACH: usize = 40;
/// Words of prose the story has before its comments can begin: a line of
/// prose at the top of a page is not a story with comments under it.
const STORY_TOLD: usize = 30;

/// The reason shown on every line of a comment section.
pub(super) const REASON: &str = "reader comments after the story";

/// Marks the comment section, if the page has one after the story's first
/// paragraph (`first_body`). `headerless`: whether a run of signatures
/// with no header over it may open one. A page read from HTML says so
/// itself where its comments are (`class="comments"`), and there such a
/// run is more often a stream of signed posts ("digby 6/03/2005 12:09 PM"
/// under each post of a blog's front page) than comments without a header.
pub(super) fn mark(infos: &[Info], roles: &mut Verdicts, first_body: usize, headerless: bool) {
    let signature: Vec<bool> = infos.iter().map(is_signature).collect();
    let start = header_above(infos, roles, &signature, first_body).or_else(|| {
        if forum_thread(infos, roles, &signature, first_body) {
            return None;
        }
        section_start(infos, roles, &signature, first_body, headerless)
    });
    let Some(start) = start else {
        return;
    };
    // A commenter's signature is the comment's, whatever else it shows.
    for (role, signed) in roles[start..].iter_mut().zip(&signature[start..]) {
        if *signed || !matches!(role, Some((Role::Boilerplate, _))) {
            *role = Some((Role::Boilerplate, REASON.into()));
        }
    }
}

/// A forum thread: the first post is signed just as the replies are (a
/// signature above the story's first paragraphs, and its shape twice more
/// below), so the posts are the page's content, not comments on it.
fn forum_thread(infos: &[Info], roles: &Verdicts, signature: &[bool], first_body: usize) -> bool {
    let Some(first_sig) = signature.iter().position(|&s| s) else {
        return false;
    };
    let told: usize = (first_body..first_sig)
        .filter(|&j| matches!(roles[j], Some((Role::Body, _))))
        .map(|j| infos[j].units)
        .sum();
    let heads_post = (first_sig + 1..(first_sig + 4).min(infos.len()))
        .any(|j| matches!(roles[j], Some((Role::Body, _))));
    // A comment count after the post, over the first reply, heads
    // comments on that post, however the post is signed.
    let next_sig = (first_sig + 1..infos.len())
        .find(|&j| signature[j])
        .unwrap_or(infos.len());
    let headed = (first_body.min(first_sig)..next_sig).any(|j| is_header(&infos[j], roles, j));
    let shape = signature_shape(infos[first_sig].text);
    told < STORY_TOLD
        && !headed
        && heads_post
        && (first_sig + 1..infos.len())
            .filter(|&j| signature[j] && signature_shape(infos[j].text) == shape)
            .take(2)
            .count()
            == 2
}

/// A signature's shape: each run of digits is `9`, each run of letters
/// `a`, punctuation and spaces kept ("11-02-2009, 10:41 AM" → "9-9-9, 9:9 a").
fn signature_shape(text: &str) -> String {
    let mut out = String::new();
    for c in text.trim().chars() {
        let class = if c.is_numeric() {
            '9'
        } else if c.is_alphabetic() {
            'a'
        } else {
            c
        };
        if !(out.ends_with(class) && matches!(class, '9' | 'a')) {
            out.push(class);
        }
    }
    out
}

/// The first line of the comment section: a header with a signature soon
/// under it, or the first of three signatures close together (with the
/// commenter's name on the line above, when it stands alone).
fn section_start(
    infos: &[Info],
    roles: &Verdicts,
    signature: &[bool],
    first_body: usize,
    headerless: bool,
) -> Option<usize> {
    let count_in = |a: usize, b: usize| {
        signature[a..b.min(infos.len())]
            .iter()
            .filter(|&&s| s)
            .count()
    };
    // Without a header, only signatures over a comment's prose count: a
    // list of names with dates (a blogroll, an archive) is not comments.
    let signs_prose = |j: usize| signs_prose(roles, signature, j);
    let mut told = 0;
    for i in first_body + 1..infos.len() {
        if matches!(roles[i], Some((Role::Body, _))) {
            told += infos[i].units;
        }
        // A header with comments signed close under it opens the section
        // under however short a post (a photo, a video and a line).
        let header = is_header(&infos[i], roles, i);
        if header && signed_close_under(roles, signature, i) {
            return Some(i);
        }
        if told < STORY_TOLD {
            continue;
        }
        // Under a header, a date alone under a name signs a comment too
        // ("nomaduk" over "10.29.2012"; not a byline over a story's date).
        let signed_below = || {
            count_in(i + 1, i + 1 + HEADER_REACH) >= 1
                || (i + 1..(i + 1 + HEADER_REACH).min(infos.len()))
                    .any(|j| dated_byline(infos, roles, j) || named_date(&infos[j]))
                || names_over_prose(infos, roles, i + 1, i + 1 + HEADER_REACH) >= 2
                || (i + 2..(i + 1 + HEADER_REACH).min(infos.len()))
                    .any(|j| date_alone(&infos[j]) && name_over(infos, roles, j))
        };
        if header && signed_below() {
            return Some(i);
        }
        if headerless
            && signs_prose(i)
            && (i..(i + RUN_REACH).min(infos.len()))
                .filter(|&j| signs_prose(j))
                .count()
                >= 3
        {
            let name_above = i > first_body + 1
                && roles[i - 1].is_none()
                && infos[i - 1].words <= 4
                && !infos[i - 1].ends_sentence;
            return Some(if name_above { i - 1 } else { i });
        }
    }
    None
}

/// A signature with a comment's prose under it.
fn signs_prose(roles: &Verdicts, signature: &[bool], j: usize) -> bool {
    signature[j]
        && roles[j + 1..(j + 4).min(roles.len())]
            .iter()
            .any(|r| matches!(r, Some((Role::Body, _))))
}

/// Three signatures over prose close under line `h`: the comments of a
/// thread, not a story's own dated byline under a "12 comments" link, nor
/// a sidebar's "2 hours ago" teasers further down.
fn signed_close_under(roles: &Verdicts, signature: &[bool], h: usize) -> bool {
    (h + 1..(h + 1 + HEADER_REACH).min(roles.len()))
        .filter(|&j| signs_prose(roles, signature, j))
        .count()
        >= 3
}

/// A comment section whose header stands above the densest prose
/// (`first_body`): under a short post, the comments outweigh the story, so
/// the densest prose is theirs. The nearest header above it opens the
/// section when the post's prose stands above the header, a signature
/// stands between the header and the densest prose (the first comment's),
/// and comments are signed close under the header.
fn header_above(
    infos: &[Info],
    roles: &Verdicts,
    signature: &[bool],
    first_body: usize,
) -> Option<usize> {
    let from = first_body.saturating_sub(HEADER_REACH);
    let h = (from..first_body.min(infos.len()))
        .rev()
        .find(|&i| is_header(&infos[i], roles, i))?;
    let post_above = roles[..h]
        .iter()
        .any(|r| matches!(r, Some((Role::Body, _))));
    (post_above
        && signature[h + 1..first_body].contains(&true)
        && signed_close_under(roles, signature, h))
    .then_some(h)
}

/// Commenters' names standing alone over their comments, in lines
/// `a..b`: a line of one to four capitalised words right above prose.
fn names_over_prose(infos: &[Info], roles: &Verdicts, a: usize, b: usize) -> usize {
    (a..b.min(infos.len().saturating_sub(1)))
        .filter(|&j| {
            let name = &infos[j];
            (1..=4).contains(&name.words)
                && !name.ends_sentence
                && name
                    .tokens
                    .iter()
                    .filter(|t| t.is_word())
                    .all(|t| t.is_cap())
                && roles[j].is_none()
                && matches!(roles[j + 1], Some((Role::Body, _)))
        })
        .count()
}

/// A comment section's header: a comment prompt ("Leave a Reply",
/// "Comments") or a count of comments ("43 comments", "12 Responses to
/// “Title”").
fn is_header(info: &Info, roles: &Verdicts, i: usize) -> bool {
    let prompt = matches!(&roles[i], Some((Role::Boilerplate, r)) if r == "comment prompt");
    // "* Comments" in a row of tabs (Article, Video, Comments) is a link.
    !info.bullet && (prompt || (info.words <= 12 && opens_with_count(info)))
}

/// "43 comments", "Comments (12)", "{ 43 comments… }", "12 Responses to
/// “Title”": the count and the word open the line (a story's title with its
/// comment count after it is not a header).
pub(super) fn opens_with_count(info: &Info) -> bool {
    let words: Vec<_> = info.tokens.iter().filter(|t| t.is_word()).take(2).collect();
    let has_digit =
        |t: &crate::text::Token| info.tokens.key(t).starts_with(|c: char| c.is_ascii_digit());
    match words.as_slice() {
        [a, b] => {
            (has_digit(a) && names_comments(info.tokens.key(b)))
                || (names_comments(info.tokens.key(a)) && has_digit(b))
        }
        _ => false,
    }
}

/// Words that name comments in the languages of the web's large comment
/// systems.
fn names_comments(word: &str) -> bool {
    const WORDS: [&str; 24] = [
        "comment",
        "comments",
        "responses",
        "replies",
        "reactions",
        "kommentare",
        "kommentar",
        "commentaires",
        "commentaire",
        "comentarios",
        "comentários",
        "commenti",
        "reacties",
        "komentar",
        "komentarze",
        "комментарии",
        "комментариев",
        "коментарі",
        "댓글",
        "コメント",
        "评论",
        "評論",
        "留言",
        "تعليقات",
    ];
    WORDS.contains(&word)
}

/// A comment's signature or action row: a short line with a date and a
/// clock time ("March 3, 2014 at 9:12 pm"), "N hours ago", a name that "says:" or "wrote:",
/// or a bare action ("Reply", "Report abuse").
fn is_signature(info: &Info) -> bool {
    if info.words > 16 || (info.ends_sentence && info.words > 6 && !says(info)) {
        return false;
    }
    if !info.text.bytes().any(|b| b.is_ascii_digit()) {
        // Every signature but an action row ("Reply", "Log in to Reply")
        // or a "says:" carries a number.
        let action = info.words <= 3 && is_action(info)
            || info.words <= 4 && !info.ends_sentence && has_action_word(info);
        return action || says(info);
    }
    // A clock time alone may be a live blog's entry; with a date it signs
    // (a dated row of a table does not), and so does a date with a
    // comment's action ("October 2, 2012 | Permalink"). The cheap tests
    // go first: most lines with a digit have neither.
    let signed = shapes::has_clock_time(info.text) || (info.words <= 8 && has_action_word(info));
    let dated = || shapes::has_date(info) || glued_date(info);
    let signs = (signed && dated() && !shapes::table_row(info)) || says(info) || ago(info);
    // A post's footer links to its comments ("permalink | comments (3)");
    // a comment's signature does not.
    signs && !counts_comments(info)
}

/// A byline with a date ("written by Ann Lee, October 18, 2012"): under a
/// comment header, a commenter's.
fn dated_byline(infos: &[Info], roles: &Verdicts, j: usize) -> bool {
    matches!(&roles[j], Some((Role::Boilerplate, r)) if r == "byline")
        && shapes::has_date(&infos[j])
}

/// A name and a date on a short line ("1. William Kirk - August 8,
/// 2012"): two capitalised words beside the date that name no month.
fn named_date(info: &Info) -> bool {
    let named = info
        .tokens
        .iter()
        .filter(|t| t.is_word() && t.is_cap() && !shapes::is_month(info.tokens.key(t)))
        .count()
        >= 2;
    info.words <= 8 && !info.ends_sentence && named && shapes::has_date(info)
}

/// A name on the line above line `j`: a few undecided words with a
/// letter among them (not a version number over a date in a table).
fn name_over(infos: &[Info], roles: &Verdicts, j: usize) -> bool {
    let name = &infos[j - 1];
    roles[j - 1].is_none() && name.words <= 4 && name.text.chars().any(char::is_alphabetic)
}

/// A date and nothing else: no more than four words, none but the date's.
fn date_alone(info: &Info) -> bool {
    info.words <= 4 && shapes::timestamp(info) && shapes::has_date(info)
}

/// A count of comments anywhere in the line ("comments (0)", "3
/// comments"); a comment's number ("Comment #3") is none.
fn counts_comments(info: &Info) -> bool {
    if info.text.contains('#') {
        return false;
    }
    let digits = |w: &str| w.bytes().all(|b| b.is_ascii_digit());
    let mut prev = "";
    for w in info.key().split(|c: char| !c.is_alphanumeric()) {
        if w.is_empty() {
            continue;
        }
        if (digits(prev) && !prev.is_empty() && names_comments(w))
            || (names_comments(prev) && digits(w))
        {
            return true;
        }
        prev = w;
    }
    false
}

/// A date in digits glued to the commenter's name before it, as a page
/// renders two inline elements with no space between them
/// ("Karl Fisch10/28/12 6:13 PM").
fn glued_date(info: &Info) -> bool {
    info.text
        .split_whitespace()
        .map(|w| w.trim_start_matches(char::is_alphabetic))
        .any(shapes::is_numeric_date)
}

/// One of the words of a comment's actions ("Reply", "Permalink") among
/// the line's words.
fn has_action_word(info: &Info) -> bool {
    info.key()
        .split(|c: char| !c.is_alphanumeric())
        .any(|w| ACTION_WORDS.contains(&w))
}

/// The single words of the actions under a comment.
const ACTION_WORDS: [&str; 12] = [
    "reply",
    "permalink",
    "antworten",
    "répondre",
    "responder",
    "rispondi",
    "beantwoorden",
    "ответить",
    "odpowiedz",
    "답글",
    "返信",
    "回复",
];

/// A name that "says:" or "wrote:" (the colon may stand apart, as French
/// sets it).
fn says(info: &Info) -> bool {
    const SAYS: [&str; 8] = [
        "says",
        "said",
        "wrote",
        "sagt",
        "schrieb",
        "dit",
        "dice",
        "пишет",
    ];
    let k = info.key().trim_end();
    // "Sam says:", and on a short line "Sam said...", "Sam said," (not
    // "That said...": a name stands before the word).
    let before = k.strip_suffix(':').or_else(|| {
        (info.words <= 6 && info.words > info.stop + 1)
            .then(|| ["...", "…", ","].iter().find_map(|e| k.strip_suffix(e)))
            .flatten()
    });
    let Some(before) = before else {
        return false;
    };
    let last = before.trim_end().rsplit(' ').next().unwrap_or("");
    SAYS.contains(&last)
}

fn ago(info: &Info) -> bool {
    shapes::relative_time(info.key()) && shapes::timestamp(info)
}

/// "Reply", "Report abuse", "Permalink", in the languages of the large
/// comment systems: the action row under each comment.
fn is_action(info: &Info) -> bool {
    const PHRASES: [&str; 10] = [
        "reply ↓",
        "report",
        "report abuse",
        "report comment",
        "flag",
        "like",
        "recommend",
        "quote",
        "reply report",
        "like reply",
    ];
    let k = info.key().trim_matches(|c: char| !c.is_alphanumeric());
    ACTION_WORDS.contains(&k) || PHRASES.contains(&k)
}
