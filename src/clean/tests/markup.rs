//! What the page's markup says ([`crate::clean::markup`]): the cases are
//! small pages written for these tests, read by the HTML reader, with the
//! role each rendered line must get.

use super::*;
use crate::html;

/// Reads `page` as HTML, cleans it with its markup, and compares the role
/// of each rendered line that `want` names (a line's text, its role).
fn check_html(page: &str, want: &[(&str, Role)]) {
    check_html_among(page, &[], want);
}

/// As [`check_html`], in a corpus where each line of `repeated` stands on
/// five other pages too (a site's menus, its list of recent posts).
fn check_html_among(page: &str, repeated: &[&str], want: &[(&str, Role)]) {
    let page = page
        .replace("{LEAD}", LEAD)
        .replace("{MORE}", MORE)
        .replace("{END}", END);
    let read = html::read(&page);
    let mut repeats = Repeats::default();
    let mut buf = String::new();
    for line in repeated {
        repeats.insert(crate::clean::repeat_key(line, &mut buf), 6);
    }
    let got = Cleaner::new().clean(
        &read.text,
        &repeats,
        Some(&read.markup),
        &read.meta.headlines,
    );
    let mut wrong = Vec::new();
    for (text, role) in want {
        let text = text
            .replace("{LEAD}", LEAD)
            .replace("{MORE}", MORE)
            .replace("{END}", END);
        let line = got
            .lines
            .iter()
            .find(|l| read.text[l.span.clone()].trim() == text)
            .unwrap_or_else(|| panic!("no line {text:?} in\n{}", read.text));
        if line.role != *role {
            wrong.push(format!(
                "{text:?}: want {role:?}, got {:?} ({})",
                line.role, line.why
            ));
        }
    }
    assert!(wrong.is_empty(), "\n{}", wrong.join("\n"));
}

/// A line that is all one link is a way to another page, however long and
/// sentence-like its words: a teaser in a sidebar goes, while the story's
/// own sentence with a link in it stays, and a headline that links to its
/// own post is still the headline.
#[test]
fn a_line_that_is_all_link_is_not_running_text() {
    check_html(
        "<body><div class=wrap><div class=main>\
         <h2><a href='/2019/bridge'>Bridge opens after two years of delays</a></h2>\
         <p>{LEAD}</p><p>{MORE} <a href='/report'>The report</a> is online.</p><p>{END}</p>\
         </div><div class=side>\
         <p><a href='/2019/other'>The harbour board said on Monday that it would sell the old ferry terminal to a developer who plans flats</a></p>\
         <p><a href='/2019/more'>Residents of the east side have asked the council to keep the library open on Sundays through the winter</a></p>\
         </div></div></body>",
        &[
            ("Bridge opens after two years of delays", Role::Title),
            ("{LEAD}", Role::Body),
            ("{END}", Role::Body),
            (
                "The harbour board said on Monday that it would sell the old ferry terminal to a developer who plans flats",
                Role::Boilerplate,
            ),
            (
                "Residents of the east side have asked the council to keep the library open on Sundays through the winter",
                Role::Boilerplate,
            ),
        ],
    );
}

/// The story's container often starts under its headline
/// (`itemprop="articleBody"`): the headline the page states still heads
/// the story, however much it reads like a sentence.
#[test]
fn the_stated_headline_above_the_story_container() {
    check_html(
        "<head><meta property='og:title' content='The bridge is open at last, but it came two years late and at twice the cost that the council had promised'></head>\
         <body><div class=top><a href='/'>Home</a> <a href='/news'>News</a></div>\
         <h1>The bridge is open at last, but it came two years late and at twice the cost that the council had promised</h1>\
         <div itemprop=articleBody><h3>All Share Services</h3>\
         <p>{LEAD}</p><p>{MORE}</p><p>{END}</p></div></body>",
        &[
            (
                "The bridge is open at last, but it came two years late and at twice the cost that the council had promised",
                Role::Title,
            ),
            ("{LEAD}", Role::Body),
        ],
    );
}

/// Short lines between the headline and the first paragraph are the
/// header's furniture in plain text; where the markup puts them in the
/// story's own container as no link, they are the story's (a release note
/// that opens with its list of changes, as Readability's `tumblr` page).
#[test]
fn a_list_in_the_story_container_under_the_headline() {
    check_html(
        "<body><div class=top><a href='/'>Home</a> <a href='/news'>News</a></div>\
         <article><h1>Version 2.0 of the city's bus map</h1>\
         <p>+ Added night routes<br>+ Added the harbour ferry<br>+ Added step-free stops<br>\
         + Removed the old tram line</p>\
         <p>{LEAD}</p><p>{MORE}</p><p>{END}</p></article></body>",
        &[
            ("Version 2.0 of the city's bus map", Role::Title),
            ("+ Added night routes", Role::Body),
            ("+ Removed the old tram line", Role::Body),
            ("{LEAD}", Role::Body),
        ],
    );
}

/// A part named like page furniture (Blogger's `widget Blog`) that holds
/// the post's own container is not furniture, even where the readers'
/// comments under the post outweigh it.
#[test]
fn a_widget_holding_the_post_body_under_long_comments() {
    let comment = "I read this twice and I still think the council should have asked the people who live by the river before it spent the money on the bridge.";
    let page = format!(
        "<body><div class=header><h1>The Riverside Blog</h1><p>The opinions written here are those of the author alone and not of the council, the newspaper or anyone else he works with.</p></div>\
         <div class='widget Blog'>\
         <div class=post-body><p>{{LEAD}}</p><p>{{MORE}}</p><p>{{END}}</p></div>\
         <div class=comments><h4>4 comments:</h4><p>{comment}</p><p>{comment}</p><p>{comment}</p><p>{comment}</p></div>\
         </div><div class=sidebar><p>About me</p></div></body>"
    );
    check_html(
        &page,
        &[
            ("{LEAD}", Role::Body),
            ("{END}", Role::Body),
            ("4 comments:", Role::Boilerplate),
        ],
    );
}

/// The headline the page states may be a line that the site's other pages
/// show too (its list of recent posts): it still heads its own page.
#[test]
fn the_stated_headline_repeated_on_other_pages() {
    let menu = [
        "Home",
        "About",
        "Contact",
        "Bridge opens at last",
        "Ferry timetable changes",
    ];
    let page = format!(
        "<head><meta property='og:title' content='Bridge opens at last'></head><body>\
         <div class=top>{}</div><p>The Riverside Blog</p><div class=title>Bridge opens at last</div>\
         <p>by Jane Okafor on Tuesday</p><p>{{LEAD}}</p><p>{{MORE}}</p><p>{{END}}</p>\
         <div class=recent>{}</div></body>",
        menu[..3].iter().map(|m| format!("<p>{m}</p>")).collect::<String>(),
        menu[3..].iter().map(|m| format!("<p>{m}</p>")).collect::<String>(),
    );
    let want = [
        ("Bridge opens at last", Role::Title),
        ("{LEAD}", Role::Body),
    ];
    check_html_among(&page, &menu, &want);
}

/// A headline that reads like a date line is still the headline where the
/// page's `<h1>` and its title say it.
#[test]
fn a_stated_headline_shaped_like_a_date() {
    check_html(
        "<head><title>The Briefing, Friday, November 9, 2012 | River Notes</title></head><body>\
         <h1>The Briefing, Friday, November 9, 2012</h1><p>{LEAD}</p><p>{MORE}</p><p>{END}</p></body>",
        &[
            ("The Briefing, Friday, November 9, 2012", Role::Title),
            ("{LEAD}", Role::Body),
        ],
    );
}

/// A story may close with a list or table that is no prose (a changelog,
/// a tour's dates): where the story's own container holds it, it is the
/// story's, up to the first line outside the container; a line said three
/// times there is a widget's label, not the story's (issue 14: dragnet's
/// R153 and R901).
#[test]
fn the_list_that_closes_the_story_in_its_container() {
    check_html(
        "<body><div class=entry-content><h1>Version 2 of the bus map</h1>\
         <p>{LEAD}</p><p>{MORE} Here is what changed:</p>\
         <p>NEW ROUTES</p><p>night buses to the harbour</p><p>step-free stops on line 4</p>\
         <p>Tap to zoom</p><p>Tap to zoom</p><p>Tap to zoom</p>\
         </div><div class=other><p>Weather</p><p>Traffic</p></div></body>",
        &[
            ("night buses to the harbour", Role::Body),
            ("step-free stops on line 4", Role::Body),
            ("Tap to zoom", Role::Boilerplate),
            ("Weather", Role::Boilerplate),
        ],
    );
}

/// Headlines in a row are teasers for other stories, unless the story's
/// own container holds them as no link: a roundup's items (dragnet's
/// R15).
#[test]
fn a_roundup_s_items_in_the_story_container() {
    check_html(
        "<body><div class=entry-content><h1>The week in review</h1><p>{LEAD}</p>\
         <ul><li>Harbour Board Sells The Old Ferry Terminal</li>\
         <li>Library To Stay Open On Sundays</li><li>New Cycle Lane For Bridge Street</li></ul>\
         <p>Elsewhere:</p><p>{MORE}</p><p>{END}</p></div></body>",
        &[
            ("Harbour Board Sells The Old Ferry Terminal", Role::Body),
            ("New Cycle Lane For Bridge Street", Role::Body),
        ],
    );
}

/// A list item (`<li>`) inside the story is the story's, as a bulleted
/// line is in plain text, even where a removed line follows the list
/// (cleaneval-dev's page 1).
#[test]
fn a_list_item_inside_the_story() {
    check_html(
        "<body><h1>The bridge opens</h1><p>{LEAD}</p><p>{MORE} The new bridge brings:</p>\
         <ul><li>a quieter road through the town</li><li>two more bus stops</li></ul>\
         <p>Advertisement</p><p>{END}</p></body>",
        &[
            ("a quieter road through the town", Role::Body),
            ("two more bus stops", Role::Body),
            ("Advertisement", Role::Boilerplate),
        ],
    );
}

/// A post with no prose at all (a photo under its headline) still has the
/// headline the page states (dragnet's R405).
#[test]
fn the_stated_headline_of_a_page_without_prose() {
    check_html(
        "<head><meta property='og:title' content='Harbour lights at dusk'></head>\
         <body><div class=nav><a href='/'>Home</a> <a href='/news'>News</a></div>\
         <h1>Harbour lights at dusk</h1><img src=a.jpg><p>Posted in Photos</p></body>",
        &[("Harbour lights at dusk", Role::Title)],
    );
}

/// The story stands under the headline the page states, in a story part,
/// when the only prose is above it and in no story part (a blog's blurb
/// about its author over a photo post: dragnet's 312).
#[test]
fn a_photo_post_under_the_blog_s_blurb() {
    check_html(
        "<head><meta property='og:title' content='The Human Bowling Ball'></head><body>\
         <div class=top><h1><a href='/'>Riverside Notes</a></h1>\
         <p>I live, I learn and I teach, and a hundred and forty characters on a social network are far too few for all that I want to share with you here.</p></div>\
         <article><h2><a href='/p/1'>The Human Bowling Ball</a></h2><p><a href='/x'>via example.com</a></p>\
         <img src=a.jpg><p>This one plays with your mind in a big way</p></article></body>",
        &[
            ("The Human Bowling Ball", Role::Title),
            ("This one plays with your mind in a big way", Role::Body),
            (
                "I live, I learn and I teach, and a hundred and forty characters on a social network are far too few for all that I want to share with you here.",
                Role::Boilerplate,
            ),
        ],
    );
}

/// With no container holding most of the running text (the blog's blurbs
/// outweigh a short post), the story part that holds the stated headline
/// is the story's: the lines it closes with are the story's (dragnet's
/// 445).
#[test]
fn the_list_that_closes_the_story_in_the_headline_s_part() {
    let menu: String = (1..=20)
        .map(|i| format!("<li><a href='/s{i}'>Section {i}</a></li>"))
        .collect();
    let page = format!(
        "<head><meta property='og:title' content='Dance where you are'></head><body>\
         <div class=top><p>I write about art and teaching here, and a hundred and forty characters are far too few for it.</p></div><ul>{menu}</ul>\
         <div class=top2><p>I share and celebrate the work of others who make me think, and I hope it makes you think too.</p></div><ul>{menu}</ul>\
         <article><h2>Dance where you are</h2><p>You do not have to travel around the whole globe to dance well. Dance where you are now, as often as you can.</p>\
         <p>in a car;</p><p>at the office;</p><p>anywhere.</p></article><div class=side><p>Archive</p></div></body>"
    );
    check_html(
        &page,
        &[
            ("Dance where you are", Role::Title),
            ("in a car;", Role::Body),
            ("at the office;", Role::Body),
            ("Archive", Role::Boilerplate),
        ],
    );
}

/// The first paragraph under the stated headline does not vouch for the
/// part that holds it when a comment section stands between them: it is
/// past the post (a sidebar's blurb under a photo post's comment form,
/// dragnet's R628).
#[test]
fn a_sidebar_blurb_past_the_comment_form() {
    let blurb = "Hello stranger, you can also like my page here or add me to your circles, and the curious brain has its own shop where you can buy prints.";
    let page = format!(
        "<head><meta property='og:title' content='Pixel heroes and villains'></head><body>\
         <h3><a href='/p/1'>Pixel heroes and villains</a></h3><p>I love pixels and I love heroes</p>\
         <div class=comments><h2>0 Comments</h2><p>Leave a comment</p></div>\
         <div class=sidebar><p>{blurb}</p></div></body>"
    );
    check_html(
        &page,
        &[
            ("Pixel heroes and villains", Role::Title),
            (blurb, Role::Boilerplate),
        ],
    );
}
