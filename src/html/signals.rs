//! What an element's own words say about it: `class`, `id`, `role` and
//! `itemprop` name the part of the page it is on any site ("comments",
//! "share", "related", "newsletter", "article-body"...).
//!
//! Words are whole: `class="relatedPosts share_bar"` reads as "related",
//! "posts", "share", "bar", so `shadow` is not `ad` and `unshared` is not
//! `share`. A word marks an element and all it holds; the cleanup decides
//! how far to trust it ([`crate::clean`]'s markup step: a box that holds
//! most of the page's running text is not a sidebar, whatever its class).

/// What an element's words say.
#[derive(Clone, Copy, Debug, PartialEq, Eq)]
pub enum Signal {
    /// A part of the page around the story, with the reader's reason.
    Junk(&'static str),
    /// The story's own container (`<article>`, `itemprop="articleBody"`,
    /// `class="story-body"`).
    Story,
    /// Text that is not shown (`hidden`, `display:none`, screen-reader
    /// only): not rendered at all.
    Hidden,
}

/// Whole words of `class`/`id` values and the junk they name.
const JUNK_WORDS: &[(&str, &str)] = &[
    ("comment", COMMENTS),
    ("comments", COMMENTS),
    ("commentlist", COMMENTS),
    ("disqus", COMMENTS),
    ("respond", COMMENTS),
    ("replies", COMMENTS),
    ("discussion", COMMENTS),
    ("share", SHARE),
    ("sharing", SHARE),
    ("social", SHARE),
    ("sociable", SHARE),
    ("addthis", SHARE),
    ("sharethis", SHARE),
    ("related", RELATED),
    ("recommended", RELATED),
    ("recommendations", RELATED),
    ("outbrain", RELATED),
    ("taboola", RELATED),
    ("trending", RELATED),
    ("popular", RELATED),
    ("mostread", RELATED),
    ("ad", ADS),
    ("ads", ADS),
    ("advert", ADS),
    ("adverts", ADS),
    ("advertisement", ADS),
    ("advertising", ADS),
    ("sponsor", ADS),
    ("sponsored", ADS),
    ("promo", ADS),
    ("promoted", ADS),
    ("dfp", ADS),
    ("newsletter", NEWSLETTER),
    ("subscribe", NEWSLETTER),
    ("subscription", NEWSLETTER),
    ("signup", NEWSLETTER),
    ("paywall", NEWSLETTER),
    ("cookie", COOKIES),
    ("cookies", COOKIES),
    ("consent", COOKIES),
    ("gdpr", COOKIES),
    ("nav", NAVIGATION),
    ("navbar", NAVIGATION),
    ("navigation", NAVIGATION),
    ("menu", NAVIGATION),
    ("breadcrumb", NAVIGATION),
    ("breadcrumbs", NAVIGATION),
    ("masthead", NAVIGATION),
    ("footer", FOOTER),
    ("copyright", FOOTER),
    ("colophon", FOOTER),
    ("sidebar", SIDEBAR),
    ("widget", SIDEBAR),
    ("widgets", SIDEBAR),
    ("rail", SIDEBAR),
    ("tags", TAGS),
    ("tagcloud", TAGS),
    ("modal", POPUP),
    ("popup", POPUP),
    ("overlay", POPUP),
    ("pagination", PAGINATION),
    ("pager", PAGINATION),
    ("toolbar", TOOLS),
    ("bio", BIO),
];

pub(crate) const COMMENTS: &str = "reader comments (page markup)";
const SHARE: &str = "share buttons (page markup)";
const RELATED: &str = "related stories (page markup)";
const ADS: &str = "advertisement (page markup)";
const NEWSLETTER: &str = "newsletter or subscription prompt (page markup)";
const COOKIES: &str = "cookie notice (page markup)";
const NAVIGATION: &str = "site navigation (page markup)";
pub(crate) const FOOTER: &str = "page footer (page markup)";
const SIDEBAR: &str = "sidebar (page markup)";
const TAGS: &str = "tag list (page markup)";
const POPUP: &str = "pop-up (page markup)";
const PAGINATION: &str = "page numbers (page markup)";
const TOOLS: &str = "page tools (page markup)";
const BIO: &str = "author bio (page markup)";
const HEADER: &str = "page header (page markup)";

/// Words that, together with a word for text, name the story's body:
/// `article-body`, `story_text`, `entry-content`, `postBody`.
const STORY_WHAT: &[&str] = &["article", "story", "post", "entry", "news"];
const STORY_TEXT: &[&str] = &["body", "content", "text"];

/// The element's own signal from its tag's mark, its `role`, `itemprop`,
/// `class`, `id`, `hidden` and `style`. `inside_story` is whether it
/// stands in an `<article>` or `<main>`, where a `<header>` is the
/// story's own.
pub fn of(mark: u16, attrs: &Attrs, inside_story: bool) -> Option<Signal> {
    use super::elements::mark as m;
    if attrs.hidden {
        return Some(Signal::Hidden);
    }
    if let Some(s) = by_role(attrs.role) {
        return Some(s);
    }
    if attrs.itemprop.eq_ignore_ascii_case("articlebody") || mark & (m::ARTICLE | m::MAIN) != 0 {
        return Some(Signal::Story);
    }
    let by_tag = match mark {
        m::NAV => Some(NAVIGATION),
        m::FOOTER => Some(FOOTER),
        m::ASIDE => Some(SIDEBAR),
        m::HEADER if !inside_story => Some(HEADER),
        _ => None,
    };
    if let Some(why) = by_tag {
        return Some(Signal::Junk(why));
    }
    by_words(attrs.class).or_else(|| by_words(id_name(attrs.id)))
}

/// An `id` that names a part ("comments", "related-posts"), not one made
/// from a heading's words as documentation tools do
/// (`id="sharing-with-a-single-developer"`): five words or more are a
/// sentence, not a name.
fn id_name(id: &str) -> &str {
    let words = id
        .split(|c: char| !c.is_alphanumeric())
        .filter(|w| !w.is_empty());
    if words.count() >= 5 {
        ""
    } else {
        id
    }
}

/// The attributes the signals read, raw.
#[derive(Default)]
pub struct Attrs<'a> {
    /// `class`.
    pub class: &'a str,
    /// `id`.
    pub id: &'a str,
    /// `role`.
    pub role: &'a str,
    /// `itemprop`.
    pub itemprop: &'a str,
    /// `hidden`, `aria-hidden="true"` on a block, or a `style` that hides it.
    pub hidden: bool,
}

fn by_role(role: &str) -> Option<Signal> {
    let role = role.trim();
    let junk = |why| Some(Signal::Junk(why));
    match role.to_ascii_lowercase().as_str() {
        "" => None,
        "navigation" | "menu" | "menubar" | "search" => junk(NAVIGATION),
        "banner" => junk(HEADER),
        "contentinfo" => junk(FOOTER),
        "complementary" => junk(SIDEBAR),
        "dialog" | "alertdialog" => junk(POPUP),
        "main" | "article" => Some(Signal::Story),
        _ => None,
    }
}

/// The signal of one `class` or `id` value: hidden text first, then the
/// story's body, then the first junk word.
fn by_words(value: &str) -> Option<Signal> {
    if value.is_empty() {
        return None;
    }
    let words = words(value);
    let has = |w: &str| words.iter().any(|x| x == w);
    let pair = |a: &str, b: &str| words.windows(2).any(|p| p[0] == a && p[1] == b);
    if pair("sr", "only")
        || pair("visually", "hidden")
        || pair("screen", "reader")
        || has("visuallyhidden")
    {
        return Some(Signal::Hidden);
    }
    if STORY_WHAT.iter().any(|w| has(w)) && STORY_TEXT.iter().any(|w| has(w)) {
        return Some(Signal::Story);
    }
    words.iter().find_map(|w| {
        JUNK_WORDS
            .iter()
            .find(|(k, _)| k == w)
            .map(|(_, why)| Signal::Junk(why))
    })
}

/// The lower-case words of a `class` or `id` value: split at anything
/// not a letter or digit and where a lower-case letter meets a capital
/// (`relatedPosts` → related, posts).
fn words(value: &str) -> Vec<String> {
    let mut out = Vec::new();
    let mut word = String::new();
    let mut prev_lower = false;
    for c in value.chars().take(512) {
        let boundary = !c.is_alphanumeric() || (prev_lower && c.is_uppercase());
        if boundary && !word.is_empty() {
            out.push(std::mem::take(&mut word));
        }
        if c.is_alphanumeric() {
            word.extend(c.to_lowercase());
        }
        prev_lower = c.is_lowercase() || c.is_ascii_digit();
    }
    if !word.is_empty() {
        out.push(word);
    }
    out
}

#[cfg(test)]
mod tests {
    use super::*;

    fn class(value: &str) -> Option<Signal> {
        by_words(value)
    }

    #[test]
    fn whole_words_name_the_part_of_the_page() {
        assert_eq!(class("relatedPosts"), Some(Signal::Junk(RELATED)));
        assert_eq!(
            class("comment-list js-comments"),
            Some(Signal::Junk(COMMENTS))
        );
        assert_eq!(class("article__body"), Some(Signal::Story));
        assert_eq!(class("entry-content clearfix"), Some(Signal::Story));
        assert_eq!(class("sr-only"), Some(Signal::Hidden));
        assert_eq!(class("shadow header-logo"), None);
        assert_eq!(class("unshared loaded"), None);
        assert_eq!(class("ad-slot"), Some(Signal::Junk(ADS)));
        assert_eq!(class(""), None);
    }
}
