//! The page's metadata: headline, date, author, site, address, language,
//! from `<meta>` tags (Open Graph, Twitter, Dublin Core, `itemprop`),
//! JSON-LD (`NewsArticle` and kin), `<link rel="canonical">`,
//! `<html lang>`, `<title>` and the `<h1>`s.
//!
//! Each field takes the first source that has it, in the order of trust
//! below: a site states its article's headline in `og:title` and JSON-LD
//! for search engines and social cards, so those come before the `<h1>`
//! (which is sometimes the site's logo) and `<title>` (which carries the
//! site's name).

use super::json::{self, Json};
use serde::Serialize;

use super::refs;

/// What the page says about itself. Every field is optional.
#[derive(Clone, Debug, Default, PartialEq, Eq, Serialize)]
pub struct Meta {
    /// The headline (`og:title`, JSON-LD `headline`, `twitter:title`,
    /// the first `<h1>`, `<title>`).
    #[serde(skip_serializing_if = "Option::is_none")]
    pub title: Option<String>,
    /// When it was published, as the page writes it (ISO 8601 where the
    /// page gives that).
    #[serde(skip_serializing_if = "Option::is_none")]
    pub date: Option<String>,
    /// Who wrote it.
    #[serde(skip_serializing_if = "Option::is_none")]
    pub author: Option<String>,
    /// The site's name (`og:site_name`, JSON-LD `publisher`).
    #[serde(skip_serializing_if = "Option::is_none")]
    pub site: Option<String>,
    /// Its address (`<link rel="canonical">`, `og:url`).
    #[serde(skip_serializing_if = "Option::is_none")]
    pub url: Option<String>,
    /// Its language (`<html lang>`, `og:locale`).
    #[serde(skip_serializing_if = "Option::is_none")]
    pub lang: Option<String>,
    /// Every headline the page states, most trusted first, for the
    /// cleanup to find among the lines (not serialised).
    #[serde(skip)]
    pub headlines: Vec<String>,
}

/// Sources of each field, best first: (field, source) pairs as the
/// collector meets them; `finish` picks the best.
#[derive(Default)]
pub struct Collector {
    found: Vec<(Field, u8, String)>,
    json_ld_next: bool,
    h1s: usize,
}

#[derive(Clone, Copy, PartialEq, Eq, Debug)]
enum Field {
    Title,
    Date,
    Author,
    Site,
    Url,
    Lang,
}

/// `<meta>` names and properties: the field each fills and its rank
/// (lower is better; JSON-LD ranks 1, `<h1>` 5, `<title>` 6).
const META_NAMES: &[(&str, Field, u8)] = &[
    ("og:title", Field::Title, 0),
    ("twitter:title", Field::Title, 2),
    ("headline", Field::Title, 3),
    ("dc.title", Field::Title, 4),
    ("article:published_time", Field::Date, 0),
    ("datepublished", Field::Date, 2),
    ("pubdate", Field::Date, 3),
    ("publishdate", Field::Date, 3),
    ("publish-date", Field::Date, 3),
    ("date", Field::Date, 4),
    ("dc.date", Field::Date, 4),
    ("dc.date.issued", Field::Date, 4),
    ("dcterms.created", Field::Date, 4),
    ("parsely-pub-date", Field::Date, 4),
    ("sailthru.date", Field::Date, 5),
    ("citation_publication_date", Field::Date, 5),
    ("og:updated_time", Field::Date, 6),
    ("author", Field::Author, 0),
    ("article:author", Field::Author, 2),
    ("parsely-author", Field::Author, 3),
    ("dc.creator", Field::Author, 3),
    ("sailthru.author", Field::Author, 4),
    ("og:site_name", Field::Site, 0),
    ("application-name", Field::Site, 3),
    ("og:url", Field::Url, 2),
    ("og:locale", Field::Lang, 3),
    ("content-language", Field::Lang, 2),
];

impl Collector {
    /// A start tag: `<meta>`, `<link>`, `<html>`, `<time>`, and a JSON-LD
    /// `<script>` to read next.
    pub fn start(&mut self, name: &str, attrs: &[(&str, &str)]) {
        let attr = |key: &str| {
            attrs
                .iter()
                .find(|(k, _)| k.eq_ignore_ascii_case(key))
                .map(|(_, v)| *v)
        };
        match name {
            "meta" => {
                let key = attr("property")
                    .or_else(|| attr("name"))
                    .or_else(|| attr("itemprop"))
                    .or_else(|| attr("http-equiv"));
                if let (Some(key), Some(content)) = (key, attr("content")) {
                    self.meta_tag(key, content);
                }
            }
            "link" if attr("rel").is_some_and(|r| r.eq_ignore_ascii_case("canonical")) => {
                self.add(Field::Url, 0, attr("href").unwrap_or(""));
            }
            "html" => self.add(Field::Lang, 0, attr("lang").unwrap_or("")),
            "time"
                if attr("pubdate").is_some()
                    || attr("itemprop")
                        .is_some_and(|p| p.eq_ignore_ascii_case("datePublished")) =>
            {
                self.add(Field::Date, 1, attr("datetime").unwrap_or(""));
            }
            "script" => {
                self.json_ld_next = attr("type")
                    .is_some_and(|t| t.trim().eq_ignore_ascii_case("application/ld+json"));
            }
            _ => {}
        }
    }

    fn meta_tag(&mut self, key: &str, content: &str) {
        let key = key.trim().to_ascii_lowercase();
        if let Some(&(_, field, rank)) = META_NAMES.iter().find(|(k, _, _)| *k == key) {
            // An author given as a profile address names no one.
            if field == Field::Author && content.contains("://") {
                return;
            }
            self.add(field, rank, content);
        }
    }

    /// A raw-text element's content: `<title>`, or a JSON-LD script.
    pub fn raw(&mut self, name: &str, content: &str) {
        if name.eq_ignore_ascii_case("title") {
            self.add(Field::Title, 6, content);
        } else if self.json_ld_next && content.len() <= 1 << 20 {
            self.json_ld_next = false;
            if let Some(value) = json::parse(content) {
                self.json_ld(&value);
            }
        }
    }

    /// The text of an `<h1>` line; `logo` when it is all a link to the
    /// site's front page (the site's name, not a headline).
    pub fn heading(&mut self, text: &str, logo: bool) {
        if logo {
            self.add(Field::Site, 9, text);
        } else if self.h1s < 3 {
            self.h1s += 1;
            self.add(Field::Title, H1, text);
        }
    }

    /// JSON-LD: the article objects' `headline`, `datePublished`,
    /// `author` and `publisher`, wherever they stand (a list, `@graph`).
    fn json_ld(&mut self, root: &Json) {
        let mut todo = vec![root];
        let mut seen = 0;
        while let Some(v) = todo.pop() {
            seen += 1;
            if seen > 200 {
                break;
            }
            match v {
                Json::List(items) => todo.extend(items.iter().rev()),
                Json::Obj(_) => {
                    if let Some(graph) = v.get("@graph") {
                        todo.push(graph);
                    }
                    if is_article(v.get("@type")) {
                        self.article_object(v);
                    }
                }
                _ => {}
            }
        }
    }

    fn article_object(&mut self, o: &Json) {
        if let Some(Json::Str(h)) = o.get("headline") {
            self.add(Field::Title, 1, h);
        }
        if let Some(Json::Str(d)) = o.get("datePublished") {
            self.add(Field::Date, 1, d);
        }
        for name in names(o.get("author")) {
            self.add(Field::Author, 1, name);
        }
        if let Some(name) = names(o.get("publisher")).first() {
            self.add(Field::Site, 1, name);
        }
    }

    fn add(&mut self, field: Field, rank: u8, value: &str) {
        let value = clean(value);
        // A site's name is a few words; a sentence in `application-name` is
        // the story's headline that a CMS put in every field it had.
        if field == Field::Site && value.split_whitespace().count() > MAX_SITE_WORDS {
            return;
        }
        if !value.is_empty() && self.found.len() < 200 {
            self.found.push((field, rank, value));
        }
    }

    /// The best value of each field.
    pub fn finish(mut self) -> Meta {
        self.rank_h1s();
        crate::order::sort_by_key(&mut self.found, |(f, rank, _)| (*f as u8, *rank));
        let best = |field: Field| {
            self.found
                .iter()
                .find(|(f, _, _)| *f == field)
                .map(|(_, _, v)| v.clone())
        };
        let stated = self.stated_names();
        let site_names = self.site_names(&stated);
        let mut headlines: Vec<String> = Vec::new();
        for (f, _, v) in &self.found {
            let v = without_site(v, &stated);
            if *f == Field::Title
                && !headlines.iter().any(|h| h == v)
                && !site_names.contains(&fold(v))
            {
                headlines.push(v.to_string());
            }
        }
        Meta {
            title: best(Field::Title),
            date: best(Field::Date),
            author: best(Field::Author),
            site: best(Field::Site),
            url: best(Field::Url),
            lang: best(Field::Lang),
            headlines,
        }
    }
}

/// The rank of an `<h1>` as the page's headline: after `og:title`,
/// JSON-LD and `twitter:title`, before `<title>`; and of one of several
/// `<h1>`s that no title confirms: after `<title>`.
const H1: u8 = 5;
const H1_UNCONFIRMED: u8 = 7;

/// The most words a site's name has ("The Sydney Morning Herald", "Allergies
/// Health Center", a logo's "msn back to msn home news").
const MAX_SITE_WORDS: usize = 7;

impl Collector {
    /// Of several `<h1>`s (a page that gives one to its logo and one to
    /// each widget's title too), those the page's other titles confirm
    /// (the same words as a part of `<title>`, `og:title`...) keep their
    /// rank, the others stand behind `<title>`. An `<h1>` that ends in a
    /// colon labels a list ("Archives:"), it heads no story.
    fn rank_h1s(&mut self) {
        let is_h1 = |f: &Field, r: &u8| *f == Field::Title && *r == H1;
        self.found
            .retain(|(f, r, v)| !(is_h1(f, r) && v.trim_end().ends_with(':')));
        if self.h1s < 2 {
            return;
        }
        let confirmed: Vec<String> = self
            .found
            .iter()
            .filter(|(f, r, _)| *f == Field::Title && !is_h1(f, r))
            .flat_map(|(_, _, v)| title_parts(v).into_iter().map(fold))
            .collect();
        for (f, r, v) in &mut self.found {
            if is_h1(f, r) && !confirmed.contains(&fold(v)) {
                *r = H1_UNCONFIRMED;
            }
        }
    }

    /// Names that are the site's, not the story's: its stated names
    /// (`stated`, [`Collector::stated_names`]), and the shorter parts of a title that joins the headline and the
    /// site's name ("Rain at last | Daily News" → "daily news"). An `<h1>`
    /// that says only this is the site's logo.
    fn site_names(&self, stated: &[String]) -> Vec<String> {
        let mut names = stated.to_vec();
        for v in self.titles() {
            let parts = title_parts(v);
            if parts.len() > 1 && parts.iter().any(|p| stated.contains(&fold(p))) {
                continue;
            }
            // Else guess: the site's name ends a title ("Rain at last |
            // Daily News"), or opens it in a few words ("BBC - Rain").
            let longest = parts.iter().map(|p| p.len()).max().unwrap_or(0);
            let last = parts.last().filter(|p| p.len() < longest);
            let first = parts
                .first()
                .filter(|p| p.len() < longest && p.split_whitespace().count() <= 3);
            names.extend(last.into_iter().chain(first).map(|p| fold(p)));
        }
        let titles: Vec<&str> = self.titles().collect();
        for a in &titles {
            if titles.iter().any(|b| opens_before_colon(b, a)) {
                names.push(fold(a));
            }
        }
        names
    }

    /// The names the page gives its site: `og:site_name` and the like,
    /// and the words of its address ("neatorama" of
    /// `www.neatorama.com/2012/08/09/Ball/`), folded. A title part that
    /// says one of them is the site's; its other parts are not.
    fn stated_names(&self) -> Vec<String> {
        let mut names = Vec::new();
        for (f, _, v) in &self.found {
            match f {
                Field::Site => names.push(fold(v)),
                Field::Url => names.extend(host_labels(v)),
                _ => {}
            }
        }
        names
    }

    fn titles(&self) -> impl Iterator<Item = &str> {
        self.found
            .iter()
            .filter(|(f, _, _)| *f == Field::Title)
            .map(|(_, _, v)| v.as_str())
    }
}

/// Whether `name` opens `title` before a colon and a longer rest: a
/// blog's name, "Tora's real food" in "Tora's real food: Bacon and Cheese
/// Quiche" ([`SEPARATORS`] cannot hold the colon, as headlines use it
/// too). After other separators the site's name usually comes last
/// ("Rain at last | Daily News"), so a headline that opens a title is not
/// taken for a name.
fn opens_before_colon(title: &str, name: &str) -> bool {
    let words = |s: &str| s.split_whitespace().count();
    title
        .strip_prefix(name)
        .and_then(|rest| rest.strip_prefix(':'))
        .is_some_and(|rest| words(rest) > words(name))
}

/// The separators between a headline and a site's name in a title.
pub const SEPARATORS: [&str; 9] = [
    " | ", " - ", " – ", " — ", " :: ", " » ", " « ", " @ ", " · ",
];

/// The parts of a title split at [`SEPARATORS`], trimmed, non-empty.
pub fn title_parts(title: &str) -> Vec<&str> {
    let mut parts = vec![title];
    for sep in SEPARATORS {
        parts = parts.iter().flat_map(|p| p.split(sep)).collect();
    }
    parts
        .into_iter()
        .map(|p| p.trim_matches(|c: char| c.is_whitespace() || c == ':' || c == '|'))
        .filter(|p| !p.is_empty())
        .collect()
}

/// The labels of a URL's host, folded, less `www` and the top-level
/// domain: the words a site names itself by in its address.
fn host_labels(url: &str) -> Vec<String> {
    let host =
        super::after_scheme(url).map_or("", |r| r.split(['/', '?', '#', ':']).next().unwrap_or(""));
    let labels: Vec<&str> = host.split('.').collect();
    // The last label is the top-level domain ("com"), no name.
    labels[..labels.len().saturating_sub(1)]
        .iter()
        .map(|l| fold(l))
        .filter(|l| l.len() >= 3 && l != "www")
        .collect()
}

/// A title less the parts at its ends that name the site as the page
/// states it (`site_names`: [`Collector::stated_names`], not a guess from
/// the title's shape), "Summertime « The Streethearts" → "Summertime";
/// the part between stays as written.
fn without_site<'a>(title: &'a str, site_names: &[String]) -> &'a str {
    let parts = title_parts(title);
    let kept: Vec<&str> = parts
        .iter()
        .copied()
        .skip_while(|p| site_names.contains(&fold(p)))
        .collect();
    let kept = match kept.iter().rposition(|p| !site_names.contains(&fold(p))) {
        Some(last) => &kept[..=last],
        None => return title,
    };
    let start = kept[0].as_ptr() as usize - title.as_ptr() as usize;
    let last = kept[kept.len() - 1];
    let end = last.as_ptr() as usize - title.as_ptr() as usize + last.len();
    &title[start..end]
}

/// Lower-case letters and digits only: how two names are compared.
pub fn fold(s: &str) -> String {
    s.chars()
        .filter(|c| c.is_alphanumeric())
        .flat_map(char::to_lowercase)
        .collect()
}

/// Whether a JSON-LD `@type` is an article (`NewsArticle`, `BlogPosting`,
/// `ReportageNewsArticle`, ...), alone or in a list.
fn is_article(t: Option<&Json>) -> bool {
    let one = |s: &str| s.ends_with("Article") || s == "BlogPosting" || s == "Report";
    match t {
        Some(Json::Str(s)) => one(s),
        Some(Json::List(a)) => a.iter().any(|v| v.as_str().is_some_and(one)),
        _ => false,
    }
}

/// The names in a JSON-LD person or organisation field: a string, an
/// object with `name`, or a list of those.
fn names(v: Option<&Json>) -> Vec<&str> {
    fn one(v: &Json) -> Option<&str> {
        match v {
            Json::Str(s) => Some(s.as_str()),
            Json::Obj(_) => v.get("name").and_then(Json::as_str),
            _ => None,
        }
    }
    match v {
        Some(Json::List(a)) => a.iter().take(8).filter_map(one).collect(),
        Some(v) => one(v).into_iter().collect(),
        None => vec![],
    }
}

/// A value as shown: references decoded, whitespace collapsed, at most
/// 300 characters.
fn clean(value: &str) -> String {
    let decoded = refs::decode(value, true);
    let mut out = String::new();
    for word in decoded.split_whitespace() {
        if out.chars().count() > 300 {
            break;
        }
        if !out.is_empty() {
            out.push(' ');
        }
        out.push_str(word);
    }
    out
}

#[cfg(test)]
mod tests {
    /// What a page's head says: the headlines it states, best first, and
    /// its site's name.
    #[test]
    fn headlines_and_site_from_the_head() {
        let cases: [(&str, &[&str], Option<&str>); 8] = [
            (
                "<title>Rain at last | Daily News</title><h1>Rain at last</h1>",
                &["Rain at last", "Rain at last | Daily News"],
                None,
            ),
            // The site's name is no headline, in whichever field it stands.
            (
                "<meta property='og:site_name' content='Daily News'>\
                 <title>Daily News</title><h1>Rain at last</h1>",
                &["Rain at last"],
                Some("Daily News"),
            ),
            // A CMS that fills `application-name` with the headline names no
            // site by it, and the headline stays one.
            (
                "<meta property='og:title' content='Storm cuts power to thousands of homes in the north'>\
                 <meta name='application-name' content='Storm cuts power to thousands of homes in the north'>\
                 <h1>Storm cuts power to thousands of homes in the north</h1>",
                &["Storm cuts power to thousands of homes in the north"],
                None,
            ),
            // Of several h1s, the one the title confirms leads; the others
            // (a site's tagline, a widget's title) come after the title.
            (
                "<title>Bridge opens at last | River Notes</title>\
                 <h1>Tips, news and resources for river towns</h1><h1>Bridge opens at last</h1>",
                &[
                    "Bridge opens at last",
                    "Bridge opens at last | River Notes",
                    "Tips, news and resources for river towns",
                ],
                None,
            ),
            // An h1 that ends in a colon labels a list.
            (
                "<title>Bridge opens at last</title><h1>Archives:</h1>",
                &["Bridge opens at last"],
                None,
            ),
            // The site's name as the page states it, first or last in a
            // title, is cut from it; a short headline is no site's name.
            (
                "<meta property='og:site_name' content='The Riverside'>\
                 <title>The Riverside - Summertime</title>",
                &["Summertime"],
                Some("The Riverside"),
            ),
            // So is the name its address gives, not a part of the headline.
            (
                "<link rel=canonical href='https://www.riverside-notes.com/2012/08/ball/'>\
                 <title>Ball | Riverside Notes</title>",
                &["Ball"],
                None,
            ),
            // An h1 that is all one link to the front page is the logo.
            (
                "<h1><a href='/'>Daily News</a></h1><h1>Rain at last</h1>",
                &["Rain at last"],
                Some("Daily News"),
            ),
        ];
        for (html, headlines, site) in cases {
            let meta = crate::html::read(html).meta;
            assert_eq!(meta.headlines, headlines, "{html}");
            assert_eq!(meta.site.as_deref(), site, "{html}");
        }
    }
}
