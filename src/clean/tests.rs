//! Table-driven cleanup cases, one per kind of junk and per kind of kept
//! structure. Each case is a small page in the labelled format of
//! tests/data/pages (see tests/data/README.md): `T|` title, `S|`
//! subheading, `B|` body, `J|reason|` junk with the reason the reader must
//! see, an empty line for an empty line.

use super::prose::dateline_source;
use super::*;

const LEAD: &str = "The council said on Tuesday that the new bridge would open to traffic in the spring, after two years of delays and a row over its cost.";
const MORE: &str = "Engineers had found cracks in two of the supports, and the work to replace them took longer than the city had planned, officials said.";
const END: &str = "The mayor said she expected the first buses to cross the bridge in April, once the final safety checks were complete.";

/// Runs the cleaner on a labelled page and compares every line.
fn check(page: &str) {
    let page = page
        .replace("{LEAD}", LEAD)
        .replace("{MORE}", MORE)
        .replace("{END}", END);
    let mut text = Vec::new();
    let mut want = Vec::new();
    for (i, line) in page.lines().enumerate() {
        if line.is_empty() {
            text.push(String::new());
            continue;
        }
        let (label, rest) = line.split_once('|').expect("label|text");
        let (reason, body) = match label {
            "J" => {
                let (r, b) = rest.split_once('|').expect("J|reason|text");
                (Some(r.to_string()), b)
            }
            _ => (None, rest),
        };
        text.push(body.to_string());
        let role = match label {
            "T" => Role::Title,
            "S" => Role::Subheading,
            "B" => Role::Body,
            "J" => Role::Boilerplate,
            other => panic!("unknown label {other}"),
        };
        want.push((i + 1, role, reason));
    }
    let text = text.join("\n");
    let got = Cleaner::new().clean(&text, &Repeats::default());
    let mut wrong = Vec::new();
    for ((n, role, reason), line) in want.iter().zip(&got.lines) {
        assert_eq!(*n, line.number);
        let role_ok = *role == line.role;
        let reason_ok = reason.as_ref().is_none_or(|r| *r == line.why);
        if !(role_ok && reason_ok) {
            wrong.push(format!(
                "line {n}: want {role:?} {reason:?}, got {:?} {:?}: {}",
                line.role,
                line.why,
                &text[line.span.clone()]
            ));
        }
    }
    assert_eq!(want.len(), got.lines.len());
    assert!(wrong.is_empty(), "\n{}", wrong.join("\n"));
}

macro_rules! t {
    ($name:ident, $page:expr) => {
        #[test]
        fn $name() {
            check($page);
        }
    };
}

// Kept structure.
t!(
    title_then_lead,
    "T|Bridge opens after two-year delay\n\nB|{LEAD}\nB|{MORE}"
);
t!(no_title_when_text_opens_with_lead, "B|{LEAD}\nB|{MORE}");
t!(
    title_ending_in_initialism,
    "T|Tariffs will hurt farmers, says U.S.\nB|{LEAD}"
);
t!(dateline_kept, "B|LONDON (Reuters) – {LEAD}\nB|{MORE}");
t!(
    subheading_inside_story,
    "T|Bridge opens after delay\nB|{LEAD}\nS|A long wait\nB|{MORE}"
);
t!(
    short_sentence_inside_story,
    "B|{LEAD}\nB|He declined to comment.\nB|{MORE}"
);
t!(
    quote_paragraph,
    "B|{LEAD}\nB|“We are very pleased,” she said.\nB|{MORE}"
);
t!(
    list_introduced_by_colon,
    "B|{LEAD}\nB|The works will close:\nB|• the north ramp\nB|• the cycle path\nB|{MORE}"
);
t!(
    bullets_followed_by_prose,
    "B|{LEAD}\nB|- the north ramp\nB|- the cycle path\nB|{MORE}"
);
t!(standfirst_without_full_stop, "T|Bridge opens\nB|The city’s new crossing opens in the spring after two years of delays and a bitter row over who should pay for the extra work\nB|{LEAD}");

// Junk, one kind per case.
t!(masthead_above_headline, "J|masthead: above the headline|THE RIVERSIDE GAZETTE\nT|Bridge opens after two-year delay\nB|{LEAD}");
t!(navigation_menu_row, "J|navigation|News   Sport   Business   Culture   Weather\nT|Bridge opens after two-year delay\nB|{LEAD}");
t!(
    breadcrumb,
    "J|breadcrumb|Home › News › Local\nT|Bridge opens after two-year delay\nB|{LEAD}"
);
t!(byline_and_timestamp, "T|Bridge opens after two-year delay\nJ|byline|By Jane Okafor, transport correspondent\nJ|timestamp|Updated 3 hours ago\nB|{LEAD}");
t!(
    share_buttons,
    "B|{LEAD}\nJ|share buttons|Share   Facebook   WhatsApp   Email\nB|{MORE}"
);
t!(
    advertisement_marker,
    "B|{LEAD}\nJ|advertisement marker|Advertisement – Article continues below\nB|{MORE}"
);
t!(link_list_teasers, "B|{LEAD}\nJ|link list|More news: Storm closes schools\nJ|link list|Read more: Council tax to rise\nB|{MORE}");
t!(newsletter_prompt, "B|{LEAD}\nJ|newsletter sign-up|SIGN UP FOR OUR DAILY NEWSLETTER\nJ|newsletter sign-up|Get the best stories in your inbox every morning!\nB|{MORE}");
t!(subscription_prompt, "B|{LEAD}\nJ|subscription prompt|You have 2 free articles left this month. Subscribe for unlimited access.\nB|{MORE}");
t!(photo_caption_with_credit, "B|{LEAD}\nJ|photo caption with photo credit|The bridge at dawn on Tuesday. REUTERS / Jane Doe\nB|{MORE}");
t!(caption_above_credit, "B|{LEAD}\nJ|photo caption|Workers on the north ramp in March.\nJ|photo caption|Photo: Sam Lee\nB|{MORE}");
t!(
    language_selector,
    "B|{LEAD}\nJ|language selector|English Français Deutsch Español Português Русский\nB|{MORE}"
);
t!(related_header_run, "B|{LEAD}\nJ|related-articles link list|Related\nJ|related-articles link list|Five things to know about the bridge\nJ|related-articles link list|Why the city is short of engineers\nB|{MORE}\nB|{END}");
t!(latest_news_block, "B|{LEAD}\nB|{END}\n\nJ|section header of an unrelated news block|Latest news\n\nJ|unrelated story in a news block|Storm closes schools across the region\nJ|unrelated story in a news block|Heavy snow fell overnight, and officials said all schools would stay shut on Friday.");
t!(download_promo_run, "B|{LEAD}\nJ|download promo|Featured Resources\nJ|download promo|The buyer’s guide to cloud storage\nJ|download promo|Download now\nB|{MORE}");
t!(teasers_without_header, "B|{LEAD}\nB|{END}\nJ|unrelated story block|Man admits dangerous driving after crash on ring road\nJ|unrelated story block|Museum to reopen its Roman gallery after repairs");
t!(bulleted_link_list_after_story, "B|{LEAD}\nB|{END}\nJ|related-articles link list|- Ten bridges to see before you die\nJ|related-articles link list|- How steel is made");
t!(author_biography, "B|{LEAD}\nB|{END}\nJ|author biography|Sam Patel is our transport correspondent and has written for several newspapers about cities.");
t!(
    credits,
    "B|{LEAD}\nB|{END}\nJ|credits|Reporting by Ana Silva; Editing by Tom Reed"
);
t!(
    comment_prompt,
    "B|{LEAD}\nB|{END}\nJ|comment prompt|Leave a Reply"
);
t!(cookie_notice, "J|cookie notice|We use cookies to improve your experience. Accept all or manage your settings.\nT|Bridge opens after two-year delay\nB|{LEAD}");
t!(
    copyright_line,
    "B|{LEAD}\nB|{END}\nJ|copyright|© 2024 Riverside Media Ltd. All rights reserved."
);
t!(
    tag_list,
    "B|{LEAD}\nB|{END}\nJ|tag list|Tags: bridges, transport, council"
);
t!(
    social_follow,
    "B|{LEAD}\nB|{END}\nJ|social follow|Follow us on Instagram and X for more local news"
);
t!(app_promotion, "B|{LEAD}\nB|{END}\nJ|app promotion|Get the app: the news on your phone, free on the App Store and Google Play");
t!(pull_quote, "B|“We are very pleased that the bridge will finally open,” the mayor said on Tuesday at the site.\nJ|pull quote|“We are very pleased that the bridge will finally open”\nB|{MORE}");
t!(legal_notice, "B|{LEAD}\nB|{END}\nJ|legal notice|This content is for information purposes only and does not constitute advice.");
t!(press_release_section, "B|{LEAD}\nB|{END}\nJ|press-release boilerplate section|About Riverside Council\nJ|press-release boilerplate section|Riverside Council serves 200,000 residents and runs schools, roads and parks.");
t!(login_prompt, "B|{LEAD}\nJ|login prompt|Sign in\nB|{MORE}");
t!(pagination, "B|{LEAD}\nB|{END}\nJ|pagination|Next page");
t!(short_line_among_removed, "B|{LEAD}\nB|{END}\nJ|comment prompt|Leave a Reply\nJ|short line after the story|Riverside Radio\nJ|cookie notice|We use cookies. Accept all or change settings.");

#[test]
fn lines_repeated_across_a_corpus_are_site_furniture() {
    let text = format!("{LEAD}\nWeather warnings for your area\n{MORE}");
    let mut repeats = Repeats::default();
    repeats.insert(
        repeat_key("Weather warnings for your area", &mut String::new()),
        4,
    );
    let got = Cleaner::new().clean(&text, &repeats);
    assert_eq!(got.lines[1].role, Role::Boilerplate);
    assert_eq!(got.lines[1].why, "repeated on 3 other pages");
    // A sentence of prose shared by other articles is an echo, not furniture.
    repeats.insert(repeat_key(MORE, &mut String::new()), 4);
    let got = Cleaner::new().clean(&text, &repeats);
    assert_eq!(got.lines[2].role, Role::Body);
}

#[test]
fn datelines() {
    assert_eq!(
        dateline_source("(Reuters) – British officials said"),
        Some("Reuters")
    );
    assert_eq!(
        dateline_source("NAIROBI, Kenya (AP) — Police said"),
        Some("AP")
    );
    assert_eq!(
        dateline_source("The company (which is private) - said"),
        None
    );
}

#[test]
fn dateline_reason_names_the_source() {
    let got = Cleaner::new().clean(&format!("LONDON (Reuters) – {LEAD}"), &Repeats::default());
    assert_eq!(got.lines[0].why, "prose; dateline, source: Reuters");
}
