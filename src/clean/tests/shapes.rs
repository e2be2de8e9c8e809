//! Shapes and cues: a line that gives itself away as a page part, whatever
//! the site.

use super::*;

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
t!(subscription_prompt, "B|{LEAD}\nJ|subscription prompt|You have 2 free articles left this month. Subscribe for unlimited access.\nB|{MORE}");
t!(photo_caption_with_credit, "B|{LEAD}\nJ|photo caption with photo credit|The bridge at dawn on Tuesday. REUTERS / Jane Doe\nB|{MORE}");
t!(
    language_selector,
    "B|{LEAD}\nJ|language selector|English Français Deutsch Español Português Русский\nB|{MORE}"
);
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
// A site's legal notice is a paragraph of any length: its marks are
// trademarks and nothing may be reproduced without consent (the shape of a
// sports league's footer, dragnet R411).
t!(
    trademark_notice,
    "B|{LEAD}\nB|{END}\nJ|copyright|Riverside.com is the official site of the Riverside League. The league's name, shield, cup and logos, the Riverside Classic, Riverside Radio and Riverside Network are registered trademarks of the Riverside League, and the material on this site may not be reproduced without the prior written consent of Riverside Media."
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
t!(login_prompt, "B|{LEAD}\nJ|login prompt|Sign in\nB|{MORE}");
t!(pagination, "B|{LEAD}\nB|{END}\nJ|pagination|Next page");

// "Written by" and "Posted by" open a byline as "By" does. Readability test
// page `lifehacker-working`, Apache-2.0 (its headline and byline).
t!(
    written_by_byline,
    "T|How to Program Your Mind to Stop Buying Crap You Don’t Need\n\
     J|byline|Written by Patrick Allan\n\
     B|{LEAD}\n\
     B|{MORE}"
);
// Readability test page `google-sre-book-1`, Apache-2.0.
t!(
    written_by_byline_then_credits,
    "T|Monitoring Distributed Systems\n\
     J|byline|Written by Rob Ewaschuk\n\
     J|credits|Edited by Betsy Beyer\n\
     B|Google’s SRE teams have some basic principles and best practices for building successful monitoring and alerting systems. This chapter offers guidelines for what issues should interrupt a human via a page, and how to deal with issues that aren’t serious enough to trigger a page.\n\
     B|{MORE}"
);
// A byline with a time after the story: a byline, not a timestamp.
// Readability test page `blogger`, Apache-2.0.
t!(
    posted_by_byline_after_story,
    "B|Once that's done I'll have to do some more extensive work to add the SLG46140V since the architecture is a bit different (a lot of the combinatorial logic is merged into multi-function blocks). Luckily, the 46140 has a lot in common architecturally with the GreenPak5 family, so once that's done GreenPak5 will probably be a lot easier to add support for.\n\
     B|My thanks go out to Clifford Wolf, whitequark, the IRC users in ##openfpga, and everyone at Silego I've worked with to help make this possible. I hope that one day this project will become mature enough that Silego will ship it as an officially supported extension to GreenPak Designer, making history by becoming the first modern programmable logic vendor to ship a fully open source synthesis and P&R suite.\n\
     J|byline|Posted by Andrew Zonenberg at 12:55 AM"
);
// Readability test page `breitbart`, Apache-2.0 (its ad slot label).
t!(
    report_this_ad,
    "B|{LEAD}\nJ|advertisement marker|report this ad\nB|{MORE}"
);
t!(
    previous_and_next_post,
    "B|{LEAD}\n\
     B|{END}\n\
     J|pagination|Previous post: Council approves new bus lanes for the ring road\n\
     J|pagination|Next post: Museum to reopen its Roman gallery in May"
);
// A date, an update word and a clock time on one line.
t!(
    dated_last_updated_timestamp,
    "T|Bridge opens after two-year delay\n\
     J|timestamp|3 March 2014 Last updated at 16:40 GMT\n\
     B|{LEAD}\n\
     B|{MORE}"
);

#[test]
fn lines_repeated_across_a_corpus_are_site_furniture() {
    let text = format!("{LEAD}\nWeather warnings for your area\n{MORE}");
    let mut repeats = Repeats::default();
    repeats.insert(
        repeat_key("Weather warnings for your area", &mut String::new()),
        4,
    );
    let got = Cleaner::new().clean(&text, &repeats, None, &[]);
    assert_eq!(got.lines[1].role, Role::Boilerplate);
    assert_eq!(got.lines[1].why, "repeated on 3 other pages");
    // A sentence of prose shared by other articles is an echo, not furniture.
    repeats.insert(repeat_key(MORE, &mut String::new()), 4);
    let got = Cleaner::new().clean(&text, &repeats, None, &[]);
    assert_eq!(got.lines[2].role, Role::Body);
}

// A name, a date and a clock time: a post's signature line.
t!(
    name_date_and_clock_time_is_a_timestamp,
    "T|Bridge opens after two-year delay\n\
     J|timestamp|Jane Okafor on July 7, 2012, 9:13 AM\n\
     B|{LEAD}"
);

// Code set in a story, against lines that only look alike. Code lines from
// Readability test page `toc-missing`, Apache-2.0.
#[test]
fn code_lines() {
    use super::super::shapes::{key_values, looks_like_code};
    for yes in [
        "WITH series AS (",
        "avg(n) - stddev(n) AS lower_bound,",
        "FROM unnest(array[2, 3, 5]) AS n;",
        "let total = a + b",
        "x => x * 2",
    ] {
        assert!(looks_like_code(yes), "code: {yes}");
    }
    for keyed in [
        "<a href=\"/ad\" target=\"_blank\"><img src=\"/ad.gif\" width=\"1\">",
        "comments:true! period:14! allowed:false!",
    ] {
        assert!(key_values(keyed), "settings: {keyed}");
    }
    for no in [
        "A year ago, my head was oval. :(",
        "Bridge opens after two-year delay",
        "Council delays vote (again)",
        "At 17:35 the pastor read John 3:16 and Luke 2:1 to us",
        "Read it at http://example.com or https://example.org today",
    ] {
        assert!(!looks_like_code(no) && !key_values(no), "not code: {no}");
    }
}

// A count alone between the lead and the story (the page's comment
// count); a list's own number stays. Readability test page `la-nacion`,
// Apache-2.0.
t!(
    number_alone_is_a_counter,
    "T|Una solución no violenta para la cuestión mapuche\n\
     B|Los pueblos indígenas reclaman por derechos que permanecen incumplidos, por eso es más eficiente canalizar la protesta social que reprimirla.\n\
     J|a number alone (a counter)|0\n\
     B|Abdullah Ocalan, el líder independentista kurdo, desembarcó en Italia en noviembre de 1998 y pidió asilo político, y el gobierno dudaba.\n\
     B|1.\n\
     B|La Constitución manda reconocer la preexistencia étnica y cultural de los pueblos indígenas argentinos y garantizar el respeto a su identidad."
);
// A store's name in a story about it is news; the store's badge, or a
// prompt that names both stores, is the app's promotion.
t!(
    app_store_in_the_news_is_not_a_promotion,
    "T|Music app passes 100 million downloads on Google Play\n\
     B|The company said on Monday that its app had been downloaded more than 100 million times from Google Play since its launch, and that the App Store figures would follow.\n\
     B|{LEAD}\n\
     J|app promotion|Download on the App Store\n\
     J|app promotion|Read us on the go: our app is free on the App Store and Google Play.\n\
     B|{MORE}"
);
t!(author_biography_of_a_correspondent, "B|{LEAD}\nB|{END}\nJ|author biography|Jane Okafor is a Cairo-based correspondent for the Gazette. She previously covered the Gulf for two newspapers.");

// A video player's notices and a form's messages, flattened into the text.
t!(
    video_ad_notice,
    "B|{LEAD}\nJ|advertisement marker|You can skip this ad in 5 seconds.\nB|{MORE}"
);
t!(
    form_messages,
    "B|{LEAD}\nJ|form message|This field is required.\nJ|form message|Thanks for subscribing!\nB|{MORE}"
);

// Issue 13: the comment forms of the large blog and CMS platforms, in
// their own words: a prompt, not a line of the story.
t!(
    platform_comment_forms_are_prompts,
    "T|Bridge opens after two-year delay\n\
     B|{LEAD}\n\
     B|{MORE}\n\
     B|{END}\n\
     J|comment prompt|Fill in your details below or click an icon to log in:\n\
     J|comment prompt|Notify me of follow-up comments via email.\n\
     J|comment prompt|Notify me of new posts via email.\n\
     J|comment prompt|Comment viewing options\n\
     J|comment prompt|Add new comment"
);

// A relative time in other languages than English is a timestamp too.
t!(
    relative_times_in_other_languages,
    "B|{LEAD}\nJ|timestamp|před 2 hodinami\nJ|timestamp|vor 3 Stunden\nJ|timestamp|il y a 5 minutes\nJ|timestamp|2 часа назад\nB|{MORE}"
);
