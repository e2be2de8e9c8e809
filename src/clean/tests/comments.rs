//! Comments: the readers' comment section after the story, known by its
//! header and the signature over each comment; and what is not one.

use super::super::comments::opens_with_count;
use super::super::shapes::has_clock_time;
use super::super::{cues::Lexicon, line};

// A count of comments, then a name with a date and a time, the comment,
// and "Reply", three times over.
t!(
    comment_section_after_the_story,
    "T|Bridge opens after two-year delay\n\
     B|{LEAD}\n\
     B|{MORE}\n\
     B|{END}\n\
     J|reader comments after the story|12 Comments\n\
     J|reader comments after the story|Maria Lopez March 3, 2014 at 9:12 am\n\
     J|reader comments after the story|Finally! I have waited years for this bridge, and it will cut my drive to work in half.\n\
     J|reader comments after the story|Reply\n\
     J|reader comments after the story|Tom Baker March 3, 2014 at 10:05 am\n\
     J|reader comments after the story|Two years late and twice the cost, and nobody at the council has been held to account.\n\
     J|reader comments after the story|Reply\n\
     J|reader comments after the story|Ana Silva March 4, 2014 at 6:40 pm\n\
     J|reader comments after the story|Does anyone know if bikes will be allowed on the bridge from the first day?\n\
     J|reader comments after the story|Reply"
);
// The same on a real page: the story's opening and close, the author's
// byline, "2 comments" and two signed comments ("Name wrote on … :").
// Readability test page `002`, Apache-2.0.
t!(
    comment_section_of_a_blog_post,
    "T|This API is so Fetching!\n\
     B|For more than a decade the Web has used XMLHttpRequest (XHR) to achieve asynchronous requests in JavaScript. While very useful, XHR is not a very nice API. It suffers from lack of separation of concerns. The input, output and state are all managed by interacting with one object, and state is tracked using events. Also, the event-based model doesn’t play well with JavaScript’s recent focus on Promise- and generator-based asynchronous programming.\n\
     B|The Fetch API intends to fix most of these problems. It does this by introducing the same primitives to JS that are used in the HTTP protocol. In addition, it introduces a utility function fetch() that succinctly captures the intention of retrieving a resource from the network.\n\
     B|The Fetch specification, which defines the API, nails down the semantics of a user agent fetching a resource. This, combined with ServiceWorkers, is an attempt to:\n\
     B|Along with the transition to streams, Fetch will eventually have the ability to abort running fetch()es and some way to report the progress of a fetch. These are provided by XHR, but are a little tricky to fit in the Promise-based nature of the Fetch API.\n\
     B|You can contribute to the evolution of this API by participating in discussions on the WHATWG mailing list and in the issues in the Fetch and ServiceWorkerspecifications.\n\
     J|byline|Posted by Nikhil Marathe on March 10, 2015at 08:05\n\
     J|reader comments after the story|2 comments\n\
     J|comment prompt|Post a comment\n\
     J|reader comments after the story|1. Alexander Petrov wrote on March 11th, 2015 at 02:57 :\n\
     J|reader comments after the story|how do you abort a fetch?\n\
     J|reader comments after the story|Reply\n\
     J|reader comments after the story|1. Nikhil Marathe wrote on March 11th, 2015 at 08:00 :\n\
     J|reader comments after the story|At this point there is no way to do so. As mentioned in the future improvements sections, there are ongoing attempts to find a nice way to plug abort() into Promise based APIs.\n\
     J|reader comments after the story|Reply"
);
// Issue 13: under a short post (a photo and a line) the comments outweigh
// the story, so the densest prose is theirs; the count over them, with
// comments signed close under it, still opens the section. (A blog's
// photo post on dragnet page `42` read so.)
t!(
    comments_outweighing_a_short_post,
    "T|The new bridge at dawn\n\
     B|Our photographer went down to the river before sunrise to see the new crossing, an hour before the first buses.\n\
     J|reader comments after the story|4 comments\n\
     J|reader comments after the story|Maria Lopez March 3, 2014 at 9:12 am\n\
     J|reader comments after the story|What a lovely picture of the bridge, and the light on the water is wonderful. I crossed it on my bike this morning and it was quiet and calm.\n\
     J|reader comments after the story|Reply\n\
     J|reader comments after the story|Tom Baker March 3, 2014 at 10:05 am\n\
     J|reader comments after the story|Two years late and twice the cost, but I have to admit that it looks very good in this photo, much better than I had expected from the drawings.\n\
     J|reader comments after the story|Reply\n\
     J|reader comments after the story|Ana Silva March 4, 2014 at 6:40 pm\n\
     J|reader comments after the story|Does anyone know if the path on the east side will be open for walkers from the first day, or only when the railings are all finished?\n\
     J|reader comments after the story|Reply"
);
// A forum thread: the first post is signed as the replies are, so the
// posts are the page's content, not comments on it.
t!(
    forum_thread_keeps_its_posts,
    "T|Is the north ramp closed again today?\n\
     J|timestamp|riverfan 05-06-2012, 08:14 AM\n\
     B|I drove past this morning and the barriers were up again, with no sign saying why or for how long. Does anyone know what is going on with the ramp this time?\n\
     J|timestamp|bikerjoe 05-06-2012, 09:02 AM\n\
     B|They are replacing one of the cracked supports, according to a worker I spoke to on the way in. He said it should reopen by the end of the week if the weather holds.\n\
     J|timestamp|cityhall 05-06-2012, 09:40 AM\n\
     B|The council has posted a notice on its website: the ramp will stay shut until Friday while the engineers finish the repairs, and buses will use the south bridge.\n\
     J|timestamp|riverfan 05-06-2012, 10:05 AM\n\
     B|Thanks, both of you. I will take the south bridge then, although the queues there were already long enough last week without all the extra buses.\n\
     J|timestamp|bikerjoe 05-06-2012, 10:31 AM\n\
     B|The cycle path on the south bridge is still open, so that might be quicker for anyone who can ride in rather than sit in the traffic all morning."
);
// Issue 13: a post dated as its comments are signed is still a post, when
// a count of comments stands between it and the first reply (a blog's
// post on dragnet page `R437` read so, as a forum thread).
t!(
    dated_post_over_counted_comments_is_no_forum,
    "T|Bridge opens after two-year delay\n\
     J|timestamp|March 3, 2014 · 8:00 AM\n\
     B|{LEAD}\n\
     B|{MORE}\n\
     B|{END}\n\
     J|reader comments after the story|3 Comments\n\
     J|reader comments after the story|Tom Baker\n\
     J|reader comments after the story|March 3, 2014 · 9:12 AM\n\
     J|reader comments after the story|{C1}\n\
     J|reader comments after the story|Reply to this\n\
     J|reader comments after the story|Ana Silva\n\
     J|reader comments after the story|March 3, 2014 · 9:40 AM\n\
     J|reader comments after the story|{C2}\n\
     J|reader comments after the story|Reply to this\n\
     J|reader comments after the story|Maria Lopez\n\
     J|reader comments after the story|March 3, 2014 · 10:05 AM\n\
     J|reader comments after the story|Finally! I have waited years for this bridge, and it will cut my drive to work in half.\n\
     J|reader comments after the story|Reply to this"
);
// Issue 13: signatures as blog platforms render them: the date glued to
// the commenter's name ("Tom Baker3/3/14 9:12 AM", two inline elements
// with no space between; dragnet page `R656`), and a date with the
// comment's action and no clock time ("March 3, 2014 | Permalink";
// dragnet page `R729`).
t!(
    signatures_glued_or_with_an_action,
    "T|Bridge opens after two-year delay\n\
     B|{LEAD}\n\
     B|{MORE}\n\
     B|{END}\n\
     J|reader comments after the story|3 comments:\n\
     J|reader comments after the story|1. Tom Baker3/3/14 9:12 AM\n\
     J|reader comments after the story|{C1}\n\
     J|reader comments after the story|2. Ana Silva3/3/14 9:40 AM\n\
     J|reader comments after the story|{C2}\n\
     J|reader comments after the story|Maria Lopez\n\
     J|reader comments after the story|March 3, 2014 | Permalink\n\
     J|reader comments after the story|Finally! I have waited years for this bridge, and it will cut my drive to work in half.\n\
     J|reader comments after the story|Sam Green\n\
     J|reader comments after the story|March 4, 2014 | Permalink\n\
     J|reader comments after the story|The path on the east side is still closed, so walkers have to take the long way round."
);
// Issue 13: an action row of a few words that holds "Reply" ("Log in to
// Reply", "Reply to this") signs a comment (dragnet pages `R112`, `R437`).
t!(
    action_rows_of_a_few_words_sign_comments,
    "T|Bridge opens after two-year delay\n\
     B|{LEAD}\n\
     B|{MORE}\n\
     B|{END}\n\
     J|reader comments after the story|2 Comments\n\
     J|reader comments after the story|tom_b\n\
     J|reader comments after the story|{C1}\n\
     J|reader comments after the story|Log in to Reply\n\
     J|reader comments after the story|ana.silva\n\
     J|reader comments after the story|{C2}\n\
     J|reader comments after the story|Log in to Reply"
);
// Issue 13: under a count of comments, a date alone under a commenter's
// name signs a comment (dragnet page `T34`); a byline over the next
// story's date, under a post's "Comments (5 posted)", does not
// (Readability's lwn-1 page).
t!(
    a_date_under_a_name_signs_a_comment,
    "T|Bridge opens after two-year delay\n\
     B|{LEAD}\n\
     B|{MORE}\n\
     B|{END}\n\
     J|reader comments after the story|2 Comments\n\
     J|reader comments after the story|tom_b\n\
     J|timestamp|10.29.2012\n\
     J|reader comments after the story|{C1}\n\
     J|reader comments after the story|ana.silva\n\
     J|timestamp|10.30.2012\n\
     J|reader comments after the story|{C2}"
);
// Issue 13: on a short line, a name that "said," or "said..." signs a
// comment (dragnet page `R221`; Blogger's "Ann said..."), but "That
// said..." opening a paragraph does not (Readability's
// table-style-attributes page).
t!(
    said_with_a_comma_or_dots_signs_a_comment,
    "T|Bridge opens after two-year delay\n\
     B|{LEAD}\n\
     B|{MORE}\n\
     S|That said...\n\
     B|{END}\n\
     J|reader comments after the story|tom baker said,\n\
     J|reader comments after the story|{C1}\n\
     J|reader comments after the story|Ana Silva said...\n\
     J|reader comments after the story|{C2}\n\
     J|reader comments after the story|maria said,\n\
     J|reader comments after the story|Finally! I have waited years for this bridge, and it will cut my drive to work in half."
);
// Issue 13: under a comment header, a byline with a date signs a comment
// (dragnet page `R107`: "written by" a commenter, with the day).
t!(
    dated_bylines_under_a_header_sign_comments,
    "T|Bridge opens after two-year delay\n\
     B|{LEAD}\n\
     B|{MORE}\n\
     B|{END}\n\
     J|comment prompt|Comments (2)\n\
     J|byline|written by Tom Baker , October 18, 2012\n\
     J|reader comments after the story|{C1}\n\
     J|byline|written by Ana Silva , October 19, 2012\n\
     J|reader comments after the story|{C2}"
);
// Issue 13: under a comment prompt, a commenter's name with the day and
// no clock time signs a comment (dragnet pages `T13`, `R16`).
t!(
    named_dates_under_a_prompt_sign_comments,
    "T|Bridge opens after two-year delay\n\
     B|{LEAD}\n\
     B|{MORE}\n\
     B|{END}\n\
     J|comment prompt|Comments\n\
     J|timestamp|1. Tom Baker - March 8, 2014\n\
     J|reader comments after the story|{C1}\n\
     J|timestamp|2. Ana Silva - March 9, 2014\n\
     J|reader comments after the story|{C2}"
);
// A blog's front page: each post ends with its date, a permalink and its
// count of comments. A post's footer is no comment's signature, so the
// posts under the first are not taken for comments (cleaneval-dev page
// `40` read so).
t!(
    post_footers_with_comment_counts_sign_no_comments,
    "T|Bridge opens after two-year delay\n\
     B|{LEAD}\n\
     B|{MORE}\n\
     B|{END}\n\
     J|navigation|Tuesday March 4, 2014 | permalink | comments (2)\n\
     S|Buses return to the old ferry road\n\
     B|The council said the buses that used the ferry road before the bridge was built would return to it in May, once the road has been resurfaced.\n\
     J|navigation|Monday March 3, 2014 | permalink | comments (0)\n\
     S|Cycle path on the south bank\n\
     B|A new cycle path along the south bank of the river will open in the summer, linking the bridge with the park and the railway station.\n\
     J|navigation|Sunday March 2, 2014 | permalink | comments (1)\n\
     S|New lights for the old bridge\n\
     B|The old bridge upstream will get new street lights this winter, the first since it was built, and a fresh coat of paint in the spring.\n\
     J|navigation|Saturday March 1, 2014 | permalink | comments (0)"
);
// A link to the comments between the standfirst and the story, with a
// dated byline under it (a header with a signature below): the story
// stays, as comments are sought only below the first paragraph of the
// densest prose (here the standfirst).
t!(
    comments_link_above_the_story_removes_nothing,
    "T|Bridge opens after two-year delay\n\
     B|The city’s new crossing over the river opens to buses and cyclists in the spring, after two years of delays, a bitter row over who should pay for the extra work, and cracks in two of its supports.\n\
     J|short line at the edge of the story|12 Comments\n\
     J|byline|By Maria Lopez March 3, 2014 at 9:12 am\n\
     B|{LEAD}\n\
     B|{MORE}\n\
     B|{END}"
);
// A live blog: its entries carry a clock time but no date, so they are not
// comments' signatures, however many follow the story's opening.
t!(
    live_blog_times_are_not_signatures,
    "T|Bridge opening: live updates\n\
     B|{LEAD}\n\
     B|{MORE}\n\
     S|10:45\n\
     B|The first bus has crossed the bridge, to cheers from a small crowd that had gathered on the north bank.\n\
     S|10:52\n\
     B|The mayor cut the ribbon and said the city had waited too long for a crossing it could be proud of.\n\
     S|11:03\n\
     B|Cyclists will be able to use the bridge from Monday, once the last of the railings has been fitted.\n\
     S|11:20\n\
     B|Traffic was light in the first hour, officials said, but they expect queues when the evening rush begins."
);

#[test]
fn clock_times() {
    for yes in [
        "March 3, 2014 at 9:12 am",
        "at 6:40 pm",
        "10:44",
        "05-06-2012, 08:14 AM",
        "5pm",
        "at 5 p.m. on Friday",
        "Updated 23:59",
    ] {
        assert!(has_clock_time(yes), "{yes}");
    }
    for no in [
        "March 3, 2014",
        "won 3:1 at home",
        "12:345 units",
        "I am here",
        "a 5 amp fuse",
        "spam",
        "",
    ] {
        assert!(!has_clock_time(no), "{no}");
    }
}

#[test]
fn comment_counts_open_a_header() {
    let lex = Lexicon::new();
    let opens = |text: &str| opens_with_count(&line::measure(&lex, text)[0]);
    for yes in [
        "12 Comments",
        "43 comments",
        "Comments (12)",
        "{ 43 comments… }",
        "12 Responses to “Bridge opens after delay”",
        "2 commentaires",
        "5 Kommentare",
        "3 댓글",
    ] {
        assert!(opens(yes), "{yes}");
    }
    for no in [
        "Comments",
        "Leave a comment",
        "Bridge opens after delay 12 comments",
        "12 people commented on the plan",
    ] {
        assert!(!opens(no), "{no}");
    }
}

// The messages a blog's comment form shows beside its fields (TypePad,
// WordPress) are its prompt, whatever their length (dragnet R260).
t!(
    comment_form_messages,
    "B|{LEAD}\n\
     B|{END}\n\
     J|comment prompt|This is only a preview. Your comment has not yet been posted.\n\
     J|comment prompt|Your comment could not be posted. Error type:\n\
     J|comment prompt|Comments are moderated, and will not appear until the author has approved them."
);
