//! Prose: running text in any language and script is the story's body; a
//! line cut short, or capitalised like a title, is not running text.

use super::super::prose::dateline_source;
use super::*;

t!(dateline_kept, "B|LONDON (Reuters) – {LEAD}\nB|{MORE}");
t!(
    quote_paragraph,
    "B|{LEAD}\nB|“We are very pleased,” she said.\nB|{MORE}"
);
t!(standfirst_without_full_stop, "T|Bridge opens\nB|The city’s new crossing opens in the spring after two years of delays and a bitter row over who should pay for the extra work\nB|{LEAD}");

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
    let got = Cleaner::new().clean(
        &format!("LONDON (Reuters) – {LEAD}"),
        &Repeats::default(),
        None,
        &[],
    );
    assert_eq!(got.lines[0].why, "prose; dateline, source: Reuters");
}

// Scripts without spaces: a paragraph is one long run of characters,
// counted a word per two characters. Readability test page `gmw`,
// Apache-2.0.
t!(
    chinese_paragraphs,
    "T|宇航员在太空中喝酒会怎么样？后果很严重\n\
     J|timestamp|2017-03-10 09:58 来源： 网易科学人\n\
     P|翱翔于距地球数千公里的太空中，进入广袤漆黑的未知领域，是一项艰苦卓绝的工作。这让人感到巨大压力和极度恐慌。那么，为什么不能让宇航员来一杯“地球末日”鸡尾酒来放松一下？\n\
     P|不幸的是，对于希望能喝上一杯的太空探险者，那些将他们送上太空的政府机构普遍禁止他们染指包括酒在内的含酒精饮料。\n\
     P|但是，很快普通人都会有机会向人类“最终的边疆”出发——以平民化旅行的形式，去探索和殖民火星。确实，火星之旅将是一次令人感到痛苦的旅行，可能一去不复返并要几年时间才能完成，但是否应该允许参与者在旅程中痛饮一番？或至少携带能在火星上发酵自制酒精饮料的设备？\n\
     P|事实是，历史上酒与太空探险有一种复杂的关系。让我们来看看喝了酒的航天员究竟会发生什么—— 如果我们开始给予进入太空的人类更大的自由度，又可能会发生什么。"
);
// Chinese with Latin names in it. Readability test page `qq`, Apache-2.0.
t!(
    chinese_paragraphs_with_latin_names,
    "T|DeepMind新电脑已可利用记忆自学 人工智能迈上新台阶\n\
     P|谷歌(微博) 在2014年收购的人工智能公司DeepMind开发出一款能够用自己的记忆学习新知识并利用这些知识来回答问题的计算机。\n\
     P|这款产品具有极其重要的意义，因为这意味着未来的人工智能技术可能不需要人类来教它就能回答人类提出的问题。\n\
     P|例如，它可以回答“从邦德街开始，沿着中央线坐一站，环线坐四站，然后转朱比利线坐两站，你会到达哪个站？”这样的问题。\n\
     P|同样，它还可以理解和回答某个大家族中的成员之间的关系这样的复杂问题，比如“张三的大舅是谁？”。"
);
// Japanese, with no headline above. Readability test page `yahoo-4`,
// Apache-2.0.
t!(
    japanese_paragraphs,
    "P|トレンドマイクロは3月9日、Wi-Fi利用時の通信を暗号化し保護するスマホ・タブレット向けのセキュリティアプリ「フリーWi-Fiプロテクション」（iOS/Android）の発売を開始すると発表した。1年版ライセンスは2900円（税込）で、2年版ライセンスは5000円（税込）。\n\
     P|フリーWi-Fiプロテクションは、App Storeおよび、Google Playにて販売され、既に提供しているスマホ・タブレット向け総合セキュリティ対策アプリ「ウイルスバスター モバイル」と併用することで、不正アプリや危険なウェブサイトからの保護に加え、通信の盗み見を防ぐことができる。"
);
// A Japanese tale in one paragraph, its sentences parted by full-width
// spaces. Readability test page `hukumusume`, Apache-2.0.
t!(
    japanese_paragraph_of_a_tale,
    "T|欲張りなイヌ\n\
     P|肉をくわえたイヌが、橋を渡っていました。 ふと下を見ると、川の中にも肉をくわえたイヌがいます。 イヌはそれを見て、思いました。（あいつの肉の方が、大きそうだ） イヌは、くやしくてたまりません。 （そうだ、あいつをおどかして、あの肉を取ってやろう） そこでイヌは、川の中のイヌに向かって思いっきり吠えました。 「ウゥー、ワン！！」 そのとたん、くわえていた肉はポチャンと川の中に落ちてしまいました。 「ああー、ぁぁー」 川の中には、がっかりしたイヌの顔がうつっています。 さっきの川の中のイヌは、水にうつった自分の顔だったのです。 同じ物を持っていても、人が持っている物の方が良く見え、また、欲張るとけっきょく損をするというお話しです。"
);
// Scripts with spaces and no case, or with case and no Latin letters.
t!(
    korean_sentences,
    "T|새 다리, 2년 지연 끝에 봄에 개통\n\
     P|시의회는 화요일 새 다리가 2년간의 지연과 비용 논란 끝에 봄에 개통될 것이라고 밝혔다.\n\
     P|기술자들은 교각 두 곳에서 균열을 발견했으며, 이를 교체하는 작업은 시가 계획한 것보다 오래 걸렸다고 관계자들이 말했다."
);
t!(
    russian_sentences,
    "T|Новый мост откроется весной\n\
     P|Городской совет заявил во вторник, что новый мост откроется для движения весной, после двух лет задержек и споров о его стоимости.\n\
     P|Инженеры обнаружили трещины в двух опорах, и их замена заняла больше времени, чем планировал город, сообщили чиновники."
);
t!(
    arabic_sentences,
    "T|افتتاح الجسر الجديد في الربيع\n\
     P|قال المجلس البلدي يوم الثلاثاء إن الجسر الجديد سيفتح أمام حركة المرور في الربيع بعد عامين من التأخير والخلاف حول تكلفته.\n\
     P|وأضاف المسؤولون أن المهندسين عثروا على شقوق في دعامتين، وأن استبدالهما استغرق وقتا أطول مما خططت له المدينة."
);
t!(
    hindi_sentences,
    "T|नया पुल वसंत में खुलेगा\n\
     P|नगर परिषद ने मंगलवार को कहा कि नया पुल दो साल की देरी और उसकी लागत पर विवाद के बाद वसंत में यातायात के लिए खुल जाएगा।\n\
     P|अधिकारियों ने बताया कि इंजीनियरों को दो खंभों में दरारें मिलीं और उन्हें बदलने में शहर की योजना से अधिक समय लगा।"
);
// One sentence alone is a story of one paragraph, in any script.
t!(
    korean_sentence_alone,
    "P|시의회는 화요일 새 다리가 2년간의 지연과 비용 논란 끝에 봄에 개통될 것이라고 밝혔다."
);
t!(
    russian_sentence_alone,
    "P|Городской совет заявил во вторник, что новый мост откроется для движения весной, после двух лет задержек и споров о его стоимости."
);
t!(
    arabic_sentence_alone,
    "P|قال المجلس البلدي يوم الثلاثاء إن الجسر الجديد سيفتح أمام حركة المرور في الربيع بعد عامين من التأخير والخلاف حول تكلفته."
);
t!(
    hindi_sentence_alone,
    "P|नगर परिषद ने मंगलवार को कहा कि नया पुल दो साल की देरी और उसकी लागत पर विवाद के बाद वसंत में यातायात के लिए खुल जाएगा।"
);

// Teasers cut short with "..." under "Popular Posts" are not prose: a line
// of prose there would join the story. Readability test page `blogger`,
// Apache-2.0.
t!(
    teasers_cut_short_are_not_prose,
    "B|Once that's done I'll have to do some more extensive work to add the SLG46140V since the architecture is a bit different (a lot of the combinatorial logic is merged into multi-function blocks). Luckily, the 46140 has a lot in common architecturally with the GreenPak5 family, so once that's done GreenPak5 will probably be a lot easier to add support for.\n\
     B|My thanks go out to Clifford Wolf, whitequark, the IRC users in ##openfpga, and everyone at Silego I've worked with to help make this possible. I hope that one day this project will become mature enough that Silego will ship it as an officially supported extension to GreenPak Designer, making history by becoming the first modern programmable logic vendor to ship a fully open source synthesis and P&R suite.\n\
     J|byline|Posted by Andrew Zonenberg at 12:55 AM\n\
     J|short line after the story|Popular Posts\n\
     J|short line after the story|* Why Apple's iPhone encryption won't stop NSA (or any other intelligence agency)\n\
     J|short line after the story|Recent news headlines have made a big deal of Apple encrypting more of the storage on their handsets, and claiming to not have a key. Depend...\n\
     J|short line after the story|* BGA process notes\n\
     J|short line after the story|I've gotten a lot of requests recently to share some details on my BGA assembly process, so without further ado here it is! The board ..."
);
// Capitalised throughout, a sentence mark or not, a line of headline
// length is a title, not running text: after the story it goes (as
// lowercase, it would read on as the story's last paragraph).
t!(
    title_case_line_is_not_prose,
    "B|{LEAD}\n\
     B|{MORE}\n\
     B|{END}\n\
     J|short line after the story|Ten Bridges Worth Crossing On Foot This Spring."
);
t!(
    sentence_case_line_is_prose,
    "B|{LEAD}\n\
     B|{MORE}\n\
     B|{END}\n\
     P|Ten bridges worth crossing on foot this spring."
);
// Plain text wrapped at a fixed width: no line is a sentence of its own,
// the paragraph they make is.
t!(
    paragraph_wrapped_at_a_fixed_width,
    "T|Bridge opens after two-year delay\n\
     P|The council said on Tuesday that the new bridge over the river would\n\
     P|open to traffic in the spring, after two years of delays and a long\n\
     P|row over who should pay for the extra work on the north ramp and the\n\
     P|cycle path, which the engineers had found to be unsafe last winter.\n\
     \n\
     P|Engineers had found cracks in two of the supports, and the work to\n\
     P|replace them took longer than the city had planned, officials said on\n\
     P|Tuesday, adding that the final safety checks would be done in March."
);

// A page's settings written out as text ("key:value" glued, as a comment
// widget leaves them over a story, dragnet R165) are not a paragraph: the
// story and its headline start under them.
t!(
    settings_are_not_prose,
    "J|masthead: above the headline|comments:true! pubdate:10/29/2012 17:35 EDT! period:14! enddate:11/12/12 4:35 EST! allowed:true! shown:true!\n\
     T|For the council, a new bridge, but at what price?\n\
     J|byline|By Jane Okafor\n\
     B|{LEAD}\n\
     B|{MORE}"
);
