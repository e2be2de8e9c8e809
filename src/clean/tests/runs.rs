//! Runs: page parts known by their sequence, not by one line.

t!(
    list_introduced_by_colon,
    "B|{LEAD}\nB|The works will close:\nB|• the north ramp\nB|• the cycle path\nB|{MORE}"
);
t!(
    bullets_followed_by_prose,
    "B|{LEAD}\nB|- the north ramp\nB|- the cycle path\nB|{MORE}"
);
t!(newsletter_prompt, "B|{LEAD}\nJ|newsletter sign-up|SIGN UP FOR OUR DAILY NEWSLETTER\nJ|newsletter sign-up|Get the best stories in your inbox every morning!\nB|{MORE}");
t!(caption_above_credit, "B|{LEAD}\nJ|photo caption|Workers on the north ramp in March.\nJ|photo caption|Photo: Sam Lee\nB|{MORE}");
t!(related_header_run, "B|{LEAD}\nJ|related-articles link list|Related\nJ|related-articles link list|Five things to know about the bridge\nJ|related-articles link list|Why the city is short of engineers\nB|{MORE}\nB|{END}");
// The header may name its site or section ("Related on HuffPost:", dragnet
// T61; "More News at PEOPLE.com"); a sentence that starts alike is prose.
t!(related_header_naming_its_site, "B|{LEAD}\nB|{END}\nJ|related-articles link list|Related on Riverside Daily:\nJ|related-articles link list|* FIVE THINGS\nJ|related-articles link list|The council said the new bridge would need five more years of work before it could open to traffic again.\nJ|related-articles link list|Most Popular in Transport");
t!(
    header_words_in_a_sentence,
    "B|{LEAD}\nB|Most popular on Fridays.\nB|{END}"
);
t!(latest_news_block, "B|{LEAD}\nB|{END}\n\nJ|section header of an unrelated news block|Latest news\n\nJ|unrelated story in a news block|Storm closes schools across the region\nJ|unrelated story in a news block|Heavy snow fell overnight, and officials said all schools would stay shut on Friday.");
t!(download_promo_run, "B|{LEAD}\nJ|download promo|Featured Resources\nJ|download promo|The buyer’s guide to cloud storage\nJ|download promo|Download now\nB|{MORE}");
t!(teasers_without_header, "B|{LEAD}\nB|{END}\nJ|unrelated story block|Man admits dangerous driving after crash on ring road\nJ|unrelated story block|Museum to reopen its Roman gallery after repairs");
t!(bulleted_link_list_after_story, "B|{LEAD}\nB|{END}\nJ|related-articles link list|- Ten bridges to see before you die\nJ|related-articles link list|- How steel is made");
t!(press_release_section, "B|{LEAD}\nB|{END}\nJ|press-release boilerplate section|About Riverside Council\nJ|press-release boilerplate section|Riverside Council serves 200,000 residents and runs schools, roads and parks.");

// Scrapers render a third level of nested lists with "o ": a blog archive
// ("* 2016", "+ December", "o post title"). Readability test page
// `links-in-tables`, Apache-2.0.
t!(
    nested_bullets_in_a_blog_archive,
    "B|{LEAD}\n\
     B|{MORE}\n\
     B|{END}\n\
     J|short line after the story|Archive\n\
     J|related-articles link list|* ► 2017 (11)\n\
     J|related-articles link list|+ ► January (11)\n\
     J|related-articles link list|* ▼ 2016 (136)\n\
     J|related-articles link list|+ ▼ December (17)\n\
     J|related-articles link list|o Introducing the ExifInterface Support Library\n\
     J|related-articles link list|o Get the guide to finding success in new markets on...\n\
     J|related-articles link list|o Start building Actions on Google\n\
     J|related-articles link list|o Best practices to improve app engagement"
);
// A menu of categories ("+ Top categories", "o Blood / Hematology").
// Readability test page `medicalnewstoday`, Apache-2.0.
t!(
    nested_bullets_in_a_menu,
    "B|{LEAD}\n\
     B|{MORE}\n\
     B|{END}\n\
     J|related-articles link list|+ Top categories\n\
     J|related-articles link list|o Blood / Hematology\n\
     J|related-articles link list|o Bones / Orthopedics\n\
     J|related-articles link list|o Breast Cancer\n\
     J|related-articles link list|o Colorectal Cancer\n\
     J|related-articles link list|o Depression"
);

// "Related" over other stories, in Czech: a header like the English one.
t!(related_header_in_czech, "B|{LEAD}\nJ|related-articles link list|Související\nJ|related-articles link list|Pět věcí, které je dobré vědět o mostě\nJ|related-articles link list|Proč město nemá dost inženýrů\nB|{MORE}\nB|{END}");

// Teasers for other stories, each a title cut short or dated and its
// summary on one line, two or more in a row (dragnet T4, a celebrity
// site's list under its story). A reference list's lines open alike with
// a name and a date, but with a number first and fewer title words.
t!(
    titled_teasers_after_the_story,
    "B|{LEAD}\n\
     B|{END}\n\
     J|teasers for other stories|Council Votes To Delay The Bridge… Aug 09 The council said on Tuesday that it would wait for the final report.\n\
     J|teasers for other stories|Mayor Admits: I Should Have Checked The Budget Aug 08 The mayor told reporters she had not read the warnings."
);
t!(
    references_are_not_teasers,
    "B|{LEAD}\n\
     B|48. ^ Roe, Jane (May 6, 2003). \"Bridge plans clipped\". Riverside Daily. Retrieved 2007-01-30.\n\
     B|49. ^ Roe, Jane (February 9, 2004). \"Council holds fire on bridge\". Riverside Daily. Retrieved 2007-01-24.\n\
     B|{END}"
);
