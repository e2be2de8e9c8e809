//! Position: the story is the densest region of prose; prose outside it
//! goes, short lines take their place from where they stand.

t!(
    subheading_inside_story,
    "T|Bridge opens after delay\nB|{LEAD}\nS|A long wait\nB|{MORE}"
);
t!(
    short_sentence_inside_story,
    "B|{LEAD}\nB|He declined to comment.\nB|{MORE}"
);
// A short text with no prose and no page part (a list pasted on its own,
// Readability's `lazy-image-3` test page) is all story.
t!(
    short_text_without_page_parts,
    "B|short text with no page parts|Test Case 1\nB|short text with no page parts|Test Case 2"
);
t!(short_line_among_removed, "B|{LEAD}\nB|{END}\nJ|comment prompt|Leave a Reply\nJ|short line after the story|Riverside Radio\nJ|cookie notice|We use cookies. Accept all or change settings.");

/// A menu of 25 items, one a line, as a scraper renders a site's sections.
const MENU: &str = "News\nSport\nBusiness\nCulture\nWeather\nTravel\nMoney\nScience\nHealth\nOpinion\nVideo\nAudio\nPodcasts\nGames\nPuzzles\nJobs\nHomes\nCars\nDating\nOffers\nShop\nEvents\nTickets\nArchive\nContact";

/// The menu labelled with the reason each of its lines must get.
fn menu(reason: &str) -> String {
    MENU.lines().map(|l| format!("J|{reason}|{l}\n")).collect()
}

// A teaser paragraph above a long menu and another below it: prose, but
// across the menu from the story.
#[test]
fn prose_across_a_long_menu_is_not_the_story() {
    super::check(&format!(
        "J|prose before the story (a teaser or sidebar)|Storm closes schools: heavy snow fell across the region overnight, and officials said all schools would stay shut on Friday while the roads were cleared.\n\
         {}\
         B|{{LEAD}}\n\
         B|{{MORE}}\n\
         B|{{END}}\n\
         {}\
         J|prose after the story (a sidebar, teaser or footer)|Museum to reopen its Roman gallery: the collection of coins and pottery will be back on show from May, after two years of repairs to the roof.",
        menu("short line before the story"),
        menu("short line after the story"),
    ));
}

// With a headline, the short lines above it are the masthead; those below
// the story are still short lines after it.
#[test]
fn short_lines_around_a_headed_story() {
    super::check(&format!(
        "{}\
         T|Bridge opens after two-year delay\n\
         B|{{LEAD}}\n\
         B|{{MORE}}\n\
         {}",
        menu("masthead: above the headline"),
        menu("short line after the story").trim_end(),
    ));
}

// A story broken by a gallery of short captions (page parts: credits) and
// going on after it as long again: both halves are the story, and the
// short lines between them take their place inside it.
#[test]
fn story_reaches_over_a_block_of_page_parts() {
    let credits: String = (1..=20)
        .map(|n| format!("J|photo caption with photo credit|Photo {n}. REUTERS / Sam Lee\n"))
        .collect();
    super::check(&format!(
        "T|Bridge opens after two-year delay\n\
         B|{{LEAD}}\n\
         B|{{MORE}}\n\
         \n\
         {credits}\
         B|{{END}}\n\
         B|{{LEAD}}"
    ));
}

// A query and its result set in a story: code and table rows stay with the
// story, and dated table rows are neither timestamps nor comment
// signatures. Readability test page `toc-missing`, Apache-2.0.
t!(
    code_and_table_rows_inside_the_story,
    "B|Parsing and processing logs is outside the scope of this article, so let's assume we did that and we have a table that looks like this:\n\
     B|CREATE TABLE server_log_summary AS (\n\
     B|period timestamptz,\n\
     B|status_code int,\n\
     B|entries int\n\
     B|);\n\
     B|The table stores the number of entries for each status code at a given period. For example, our table stores how many responses returned each status code every minute.\n\
     B|period │ status_code │ entries\n\
     B|2020-08-01 18:00:00+00 │ 200 │ 4084\n\
     B|2020-08-01 18:00:00+00 │ 404 │ 0\n\
     B|2020-08-01 17:59:00+00 │ 400 │ 12\n\
     B|2020-08-01 17:59:00+00 │ 200 │ 3927\n\
     B|Note that the table has a row for every minute, even if the status code was never returned in that minute. Given a table of statuses, it's very tempting to draw a chart."
);
// Bulleted prose above a headline inside the story's region is a
// sidebar's list (an author's blurb, a reader's testimonial), not the lead.
t!(
    bulleted_prose_above_the_headline_is_a_sidebar,
    "J|prose before the story (a teaser or sidebar)|* About the author: Jane Okafor has written about the city's rivers and bridges for twenty years, and her new book is out now.\n\
     J|prose before the story (a teaser or sidebar)|* “As someone who crosses the river every day, I found this guide to the bridges of the city clear and useful,” one reader wrote.\n\
     T|Bridge opens after two-year delay\n\
     B|{LEAD}\n\
     B|{MORE}\n\
     B|{END}"
);
