//! Headline: the line that heads the story, and the lines that look like
//! one but are not.

use super::*;

t!(
    title_then_lead,
    "T|Bridge opens after two-year delay\n\nB|{LEAD}\nB|{MORE}"
);
t!(no_title_when_text_opens_with_lead, "B|{LEAD}\nB|{MORE}");
t!(
    title_ending_in_initialism,
    "T|Tariffs will hurt farmers, says U.S.\nB|{LEAD}"
);

// Above the headline: the site's name, its menu, a button, a section
// label; under it, its byline and date.
t!(
    headline_under_site_name_menu_button_and_section,
    "J|masthead: above the headline|THE RIVERSIDE GAZETTE\n\
     J|navigation|News   Sport   Business   Culture   Weather\n\
     J|subscription prompt|Subscribe now\n\
     J|masthead: above the headline|Local news\n\
     T|Bridge opens after two-year delay\n\
     J|byline|By Jane Okafor\n\
     J|timestamp|7 July 2012\n\
     B|{LEAD}\n\
     B|{MORE}"
);
// A question is a headline, though it ends a sentence.
t!(
    question_headline,
    "J|masthead: above the headline|Transport\n\
     T|Will the new bridge ever open?\n\
     B|{LEAD}\n\
     B|{MORE}"
);
// A quoted question too, its closing quote after the question mark.
t!(
    quoted_question_headline,
    "J|masthead: above the headline|Transport\n\
     T|Engineer on the delays: ‘Will the new bridge ever open?’\n\
     B|{LEAD}\n\
     B|{MORE}"
);
// A question headline under the site's name, with a byline, a date and a
// time under it. Readability test page `wapo-2`, Apache-2.0.
t!(
    question_headline_over_byline_and_date,
    "J|masthead: above the headline|The Washington Post\n\
     T|Where do strained U.S.-Israeli relations go after Netanyahu’s victory?\n\
     J|byline|By Steven Mufson March 18 at 12:22 PM Follow @StevenMufson\n\
     B|President Obama told the U.N. General Assembly 18 months ago that he would seek “real breakthroughs on these two issues — Iran’s nuclear program and \u{ad}Israeli-Palestinian peace.”\n\
     B|But Benjamin Netanyahu’s triumph in Tuesday’s parliamentary elections keeps in place an Israeli prime minister who has declared his intention to resist Obama on both of these fronts, guaranteeing two more years of difficult diplomacy between leaders who barely conceal their personal distaste for each other.\n\
     B|The Israeli election results also suggest that most voters there support Netanyahu’s tough stance on U.S.-led negotiations to limit Iran’s nuclear program and his vow on Monday that there would be no independent Palestinian state as long as he is prime minister."
);
// A link to the previous post is never the headline, though its words come
// back in the story: not when nothing else heads it…
t!(
    pager_link_is_not_the_headline,
    "J|short line before the story|« Older post: Council delays the opening of the new bridge again\n\
     B|{LEAD}\n\
     B|{MORE}"
);
// …and not above the headline.
t!(
    pager_link_above_the_headline,
    "J|masthead: above the headline|« Older post: Council delays the opening of the new bridge again\n\
     T|Bridge opens after two-year delay\n\
     B|{LEAD}\n\
     B|{MORE}"
);
// A text that opens with prose has no headline, and a subheading further
// down does not become one.
t!(
    no_title_when_text_opens_with_prose_and_has_subheadings,
    "B|{LEAD}\n\
     B|{MORE}\n\
     S|What happens next\n\
     B|{END}"
);

/// The headline of readability test page `medium-1` (Apache-2.0) stands
/// under a notice the site printed at the top of the story, which reads as
/// prose and opens the densest region: the headline is sought a few lines
/// into the region, and found. The notice's own role is not checked: it
/// stays in the story as body, which is wrong (it stands above the
/// headline).
#[test]
fn headline_below_a_stray_notice() {
    let page = [
        "The author chose to make this story unlisted, which means only people with a link can see it. Are you sure you want to share it? Yes, show me sharing options",
        "The Open Journalism Project: Better Student Journalism",
        "* Share on Twitter",
        "* Share on Facebook",
        "We pushed out the first version of the Open Journalism site in January. Our goal is for the site to be a place to teach students what they should know about journalism on the web. It should be fun too.",
        "Topics like mapping, security, command line tools, and open source are all concepts that should be made more accessible, and should be easily understood at a basic level by all journalists. We’re focusing on students because we know student journalism well, and we believe that teaching maturing journalists about the web will provide them with an important lens to view the world with. This is how we got to where we are now.",
        "Circa 2011",
        "In late 2011 I sat in the design room of our university’s student newsroom with some of the other editors: Kate Hudson, Brent Rose, and Nicholas Maronese. I was working as the photo editor then—something I loved doing. I was very happy travelling and photographing people while listening to their stories.",
        "Photography was my lucky way of experiencing the many types of people my generation seemed to avoid, as well as many the public spends too much time discussing. One of my habits as a photographer was scouring sites like Flickr to see how others could frame the world in ways I hadn’t previously considered.",
    ];
    let got = Cleaner::new().clean(&page.join("\n"), &Repeats::default(), None, &[]);
    assert_eq!(got.title.as_deref(), Some(page[1]));
    let want = [
        (Role::Title, "headline: heads the story"),
        (Role::Boilerplate, "share buttons"),
        (Role::Boilerplate, "share buttons"),
        (Role::Body, "prose"),
        (Role::Body, "prose"),
        (Role::Subheading, "heading inside the story"),
        (Role::Body, "prose"),
        (Role::Body, "prose"),
    ];
    let got: Vec<(Role, &str)> = got.lines[1..]
        .iter()
        .map(|l| (l.role, l.why.as_ref()))
        .collect();
    assert_eq!(got, want);
}

// A kicker (the story's topic) far above the headline, with the site's
// menus between them, loses to the headline over the lead: of two lines
// that score alike, the first wins only when they stand together.
// Readability test page `la-nacion`, Apache-2.0.
t!(
    kicker_far_above_the_headline,
    "J|masthead: above the headline|MENÚ\n\
     J|masthead: above the headline|Conflicto mapuche\n\
     J|masthead: above the headline|SEGUIR\n\
     J|masthead: above the headline|BUSCAR\n\
     J|masthead: above the headline|Últimas NoticiasSociedadPolíticaEl MundoOpinión\n\
     J|masthead: above the headline|TODOS LOS PROGRAMAS\n\
     J|masthead: above the headline|Edición Impresa\n\
     T|Una solución no violenta para la cuestión mapuche\n\
     B|Los pueblos indígenas reclaman por derechos que permanecen incumplidos, por eso es más eficiente canalizar la protesta social que reprimirla; la cuestión mapuche es social antes que policial.\n\
     B|La Constitución manda reconocer la preexistencia étnica y cultural de los pueblos indígenas argentinos y garantizar el respeto a su identidad."
);
// The headline stands over the author's line; a question under that line
// and over the lead is the standfirst, not the headline. Readability test
// page `lazy-image-1`, Apache-2.0.
t!(
    standfirst_under_the_author_line,
    "J|login prompt|Sign in\n\
     T|Node.js and CPU profiling on production (in real-time without downtime)\n\
     J|byline|Vincent Vallet\n\
     J|short line among removed lines|Follow\n\
     J|reading time|Oct 18, 2019 · 8 min read\n\
     B|Why CPU monitoring is important?\n\
     B|I work at Voodoo, a French company that creates mobile video games. We have a lot of challenges with performance, availability, and scalability because of the insane amount of traffic our infrastructure receives.\n\
     B|When working with Node.js one of the most critical resources to monitor is the CPU. Most of the time, when working on a low traffic API or project we don’t realize how many simple lines of code can have a huge impact on the CPU."
);
// A line with a clock time (a post's signature) loses to the headline,
// and a contact address is never the headline, whatever their words.
t!(
    signature_with_clock_time_is_not_the_headline,
    "J|masthead: above the headline|Bridge works, Jane Okafor, July 7, 2012 at 9:13 am and after\n\
     T|Bridge opens after two-year delay\n\
     B|{LEAD}\n\
     B|{MORE}"
);
t!(
    contact_address_is_not_the_headline,
    "J|short line before the story|bridgedesk@riversidegazette.com\n\
     B|{LEAD}\n\
     B|{MORE}"
);
// A post's tags run together on one line over the date, where a headline
// would stand, and their words come back in the story: the headline is
// the phrase under them, not the words in lowercase with no function
// word between them…
t!(
    tag_line_over_the_date_is_not_the_headline,
    "J|masthead: above the headline|bridge council spring traffic delays\n\
     J|timestamp|Nov 12, 2012 3:30 PM\n\
     T|Bridge opens after two-year delay\n\
     B|{LEAD}\n\
     B|{MORE}"
);
// …nor a capitalised tag line that names the same thing twice.
t!(
    tag_line_naming_a_thing_twice_is_not_the_headline,
    "J|masthead: above the headline|Riverside Bridge council traffic bridge delays\n\
     J|timestamp|Nov 12, 2012 3:30 PM\n\
     T|Bridge opens after two-year delay\n\
     B|{LEAD}\n\
     B|{MORE}"
);
// A teaser labelled as one ("Featured:", "Read:") links to another story,
// however well its words match this one: it never heads the story.
t!(
    labelled_teaser_above_the_headline,
    "J|link list|Featured: Council to open the new bridge to traffic in spring\n\
     J|link list|Read: Engineers find cracks in two of the bridge supports\n\
     T|Bridge opens after two-year delay\n\
     B|{LEAD}\n\
     B|{MORE}"
);

/// The title the cleaner gives a page of lines.
fn title_of(lines: &[&str]) -> Option<String> {
    let text = lines.join("\n");
    Cleaner::new()
        .clean(&text, &Repeats::default(), None, &[])
        .title
}

// A link to the previous post right above the headline does not make the
// headline the next line of a list: it still heads the story, below a
// notice that opens the region of prose.
#[test]
fn headline_under_a_link_to_the_previous_post() {
    let page = [
        "Your comments may take a minute or so to be published, and we thank you for your patience while we check them.",
        "« Council names the new bridge after a local engineer | Main",
        "Bridge opens after two-year delay",
        LEAD,
        MORE,
        END,
    ];
    assert_eq!(title_of(&page).as_deref(), Some(page[2]));
}

// A sidebar's bulleted sentences above the headline are not the story's
// opening: however many their words, the headline under them heads it.
#[test]
fn headline_under_a_sidebar_of_bulleted_sentences() {
    let page = [
        "* Testimonials “As someone trying to run a small business, both time and money are short, and this guide helped me with both of them.”",
        "* Books: The guide to running a small shop is out and selling well, and a second edition is on its way to the printers this winter.",
        "* About the author: Sam writes about cities, transport and the people who build them, and has done so for more than twenty years.",
        "Bridge opens after two-year delay",
        LEAD,
        MORE,
        END,
    ];
    assert_eq!(title_of(&page).as_deref(), Some(page[3]));
}

// A sign-up form's messages flattened above the story ("Please enter a
// valid email address.") are not its opening prose: the headline under
// them still heads the story.
t!(
    form_messages_above_the_headline,
    "J|newsletter sign-up|Please enter your email address.\n\
     J|form message|Please enter a valid email address.\n\
     J|form message|Please check your inbox for a confirmation email.\n\
     J|form message|An error occurred, please try again later.\n\
     T|Bridge opens to traffic after two years of delays\n\
     B|{LEAD}\n\
     B|{MORE}"
);

// A blog's title may end with a full stop: in Title Case over the byline
// it heads the story; under the byline it is the story's first line.
t!(
    titled_sentence_over_the_byline,
    "J|timestamp|November 6, 2012, 5:02 pm\n\
     T|Dead Battery? Just Burn Some Wood.\n\
     J|byline|By Jane Roe\n\
     B|{LEAD}\n\
     B|{MORE}"
);
t!(
    titled_sentence_under_the_byline,
    "T|About the Bridge Desk\n\
     J|byline|By Post editors\n\
     B|Welcome to The Bridge Desk.\n\
     B|{LEAD}\n\
     B|{MORE}"
);

// Under a section header a run of teasers goes on across their dates and
// counts, but not across a long stretch of other page parts: the line
// after the share buttons is the page's own headline, and the paragraph
// under it the story, not a teaser's summary.
t!(
    headline_after_a_long_stretch_under_a_news_header,
    "J|section header of an unrelated news block|Top Stories\n\
     J|unrelated story in a news block|Storm closes schools across the region\n\
     J|timestamp|Nov 9, 2012 7:15 PM\n\
     J|share buttons|Share\n\
     J|share buttons|Tweet\n\
     J|share buttons|* Email\n\
     J|share buttons|Share\n\
     J|share buttons|Tweet\n\
     T|Bridge opens to traffic after two years of delays\n\
     B|{LEAD}"
);

// A title may trail off ("When the Problem is You…"): over the story's
// date and first paragraph it heads the story, where a line cut short
// among other headlines would be a teaser.
t!(
    title_trailing_off,
    "T|When the Bridge Is the Problem…\n\
     J|timestamp|POSTED ON November 7th, 2012\n\
     B|{LEAD}\n\
     B|{MORE}"
);

// A line that a few other pages of the corpus hold is a link there, to
// some story, and heads this one only if its words come back in it
// clearly better than the line above it: a sidebar's link over the date
// loses to the headline above it.
#[test]
fn line_other_pages_link_to_is_not_the_headline_unless_it_is_the_story() {
    let sidebar = "Council bridge traffic questions answered";
    let page = [
        "New crossing for the river at last",
        sidebar,
        "3 March 2014",
        LEAD,
        MORE,
    ];
    let mut repeats = Repeats::default();
    repeats.insert(repeat_key(sidebar, &mut String::new()), 2);
    let got = Cleaner::new().clean(&page.join("\n"), &repeats, None, &[]);
    assert_eq!(got.title.as_deref(), Some(page[0]));
}

// Under the date, a title in Title Case with a full stop may open the
// lines of prose; a sentence that is not in Title Case stays prose.
t!(
    titled_sentence_over_the_prose,
    "J|timestamp|POSTED ON November 6th, 2012\n\
     T|Today, I Only Care That You Vote.\n\
     B|{LEAD}\n\
     B|{MORE}"
);
t!(
    plain_sentence_over_the_prose,
    "J|timestamp|POSTED ON November 6th, 2012\n\
     B|I cannot give what I do not have.\n\
     B|{LEAD}\n\
     B|{MORE}"
);

// A headline that quotes its first word is not a pull quote, though the
// page repeats it in a longer line further down.
t!(
    headline_quoting_its_first_word,
    "J|timestamp|November 06, 2012\n\
     T|'Significant' Layoffs Made at the Bridge Council\n\
     B|{LEAD}\n\
     B|{MORE}\n\
     B|Readers wrote to us about 'Significant' Layoffs Made at the Bridge Council and the new bridge."
);

// Five capitalised words and no function word read as a menu, unless the
// story takes up their words: then the line is the headline, over the
// standfirst and a "By:" line.
t!(
    capitalised_headline_over_the_standfirst,
    "T|Council Bridge Traffic Delays Spring\n\
     J|short line at the edge of the story|Traffic waits for the spring opening\n\
     J|byline|By: Jane Roe | November 12th, 2012 at 04:00 PM |\n\
     B|{LEAD}\n\
     B|{MORE}"
);
t!(
    capitalised_menu_is_not_the_headline,
    "J|masthead: above the headline|Home News Sport Business Culture\n\
     T|Bridge opens after two-year delay\n\
     B|{LEAD}\n\
     B|{MORE}"
);

// "«…»" quote titles in French and Russian; a "»" that closes a "«" is no
// step of a breadcrumb. Readability test page `videos-2`, Apache-2.0.
t!(
    titles_quoted_in_guillemets,
    "T|Screenshot : «Vape Wave», «6 Days», «Alphonse Président»\n\
     J|byline|Par Alexandre Hervaud et Jérémy Piette — 24 novembre 2017 à 18:42\n\
     B|{LEAD}\n\
     B|{MORE}"
);

// A person's name alone under the headline names its author, as a byline
// does without its "By": that headline wins over a tag line over the date
// further up (dragnet R803, a blog network's page), and the name is never
// the headline itself.
t!(
    author_name_alone_under_headline,
    "J|masthead: above the headline|Bridges humor Off-Kilter video\n\
     J|timestamp|Nov 12, 2012 4:30 PM\n\
     J|share buttons|Share\n\
     J|masthead: above the headline|Facebook\n\
     J|masthead: above the headline|Twitter\n\
     J|share buttons|Email\n\
     J|share buttons|Tweet\n\
     T|It Isn’t All Fun and Games — Bridges Have Problems Too\n\
     J|byline|Mike Fahey\n\
     B|{LEAD}\n\
     B|{MORE}"
);
t!(
    author_name_alone_is_not_the_headline,
    "J|short line before the story|John Biggs\n\
     B|John Biggs, the city engineer, said on Tuesday that the new bridge would open in the spring, after two years of delays.\n\
     B|{MORE}"
);

// A title's abbreviation is no sentence's end: "Gov. Okafor" does not make
// the headline two sentences, so the standfirst under it does not win
// (dragnet R871).
t!(
    abbreviated_title_in_the_headline,
    "T|Riverside Still Awaits Gov. Okafor’s Bridge Decisions\n\
     J|short line at the edge of the story|No word yet on the bridge tolls or the opening date\n\
     J|byline|By Jane Roe\n\
     B|{LEAD}\n\
     B|{MORE}"
);

// Inside the story's region, a headline may have its share buttons and a
// short line (a kicker, a label) between it and the prose (readability
// `medium-1`, Apache-2.0: the region opens with an editor's notice).
t!(
    headline_over_share_buttons_and_a_label,
    "B|The author chose to make this story unlisted, which means only people with a link can see it. Are you sure you want to share it with everyone who follows you on this site today?\n\
     T|The Riverside Bridge Project: Better Crossings\n\
     J|share buttons|* Share on Twitter\n\
     J|share buttons|* Share on Facebook\n\
     J|related-articles link list|* Share by email\n\
     B|Riverside Bridge Project:\n\
     B|{LEAD}\n\
     B|{MORE}"
);
