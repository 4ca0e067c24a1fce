using KdramaMoments.Web.Domain;
using KdramaMoments.Web.Importing;
using static KdramaMoments.Tests.Importing.ArticleBlocks;

namespace KdramaMoments.Tests.Importing;

/// <summary>Whole-article rules: what the parser reads from short articles built by hand.</summary>
public sealed class ArticleParserTests
{
    [Theory]
    [InlineData("CRASH LANDING ON YOU", "Crash Landing on You")]
    [InlineData("TWENTY-FIVE TWENTY-ONE", "Twenty-Five Twenty-One")]
    [InlineData("IT'S OKAY TO NOT BE OKAY", "It's Okay to Not Be Okay")]
    [InlineData("W", "W")]
    [InlineData("SKY Castle", "SKY Castle")]
    public void CleanTitle_TitleInCapitals_IsInTheCaseAReaderExpects(string raw, string expected) =>
        Assert.Equal(expected, HeadingReader.CleanTitle(raw));

    [Fact]
    public void Heading_DramaInCapitalsBetweenParentheses_IsTheDramaInTitleCase()
    {
        var article = Parse("Top dramas in a poll",
            "1st: (CRASH LANDING ON YOU) Hyun Bin and Son Ye-jin", "Hyun Bin played North Korean officer Ri Jeong-hyeok, Son Ye-jin the heiress Yoon Se-ri.",
            "2nd: (GOBLIN) Gong Yoo and Kim Go-eun", "As Kim Shin, Gong Yoo looks tragic. Kim Go-eun plays Ji Eun-tak, the bride he waited for.",
            "3rd: (TWENTY-FIVE TWENTY-ONE) Nam Joo-hyuk and Kim Tae-ri", "Kim Tae-ri (Na Hee-do) and Nam Joo-hyuk (Baek Yi-jin) play a fencer and a reporter in 1998.");
        Assert.Equal(["Crash Landing on You", "Goblin", "Twenty-Five Twenty-One"], article.Items.Select(i => i.Drama.Title));
        // The bodies credit the headings' names as actors, so the third heading's names are actors too.
        Assert.Contains(article.Items[2].Cast, c => c.Character == "Na Hee-do" && c.Actor == "Kim Tae-ri");
        Assert.Contains(article.Items[2].Cast, c => c.Character == "Baek Yi-jin" && c.Actor == "Nam Joo-hyuk");
    }

    [Fact]
    public void Heading_ActorsWithoutHyphensThenDramaInParentheses_DramaIsTheParenthesis()
    {
        var article = Parse("Kiss Day: three scenes",
            "Ji Chang Wook and Won Jin Ah (Melting Me Softly)", "Their kiss scene was a steamy one, after a whole episode of bubbling chemistry between the two of them.",
            "Song Kang and Han So Hee (Nevertheless)", "The rising king of kissing and the gorgeous actress made a brilliant pair in this drama about art students.",
            "Lee Min Ho and Kim Go Eun (The King: Eternal Monarch)", "They crossed between two parallel worlds for love, and the leads looked stunning in every frame.");
        Assert.Equal(["Melting Me Softly", "Nevertheless", "The King: Eternal Monarch"], article.Items.Select(i => i.Drama.Title));
    }

    [Fact]
    public void Heading_TitleInAngleBrackets_IsTheDrama_EvenOneLetterLong()
    {
        var article = Parse("Six couples picked by reporters",
            "[No. 3] <W> Lee Jong-suk ♥ Han Hyo-joo", "Lee Jong-suk, who played the role of webtoon hero Kang Chul, met Han Hyo-joo in W, a fantasy.",
            "[No. 2] <Pinocchio> Lee Jong-suk ♥ Park Shin-hye", "In Pinocchio he transformed into Choi Dal-po, a rookie reporter with a painful family history.",
            "[No. 1] <Fight for My Way> Park Seo-joon ♥ Kim Ji-won", "In Fight for My Way, Park Seo-joon (as Ko Dong-man) and Kim Ji-won (as Choi Ae-ra) were childhood friends.");
        Assert.Equal(["W", "Pinocchio", "Fight for My Way"], article.Items.Select(i => i.Drama.Title));
        Assert.Contains(article.Items[0].Cast, c => c.Character == "Kang Chul" && c.Actor == "Lee Jong-suk");
        Assert.Contains(article.Items[2].Cast, c => c.Character == "Ko Dong-man" && c.Actor == "Park Seo-joon");
    }

    [Fact]
    public void SceneNameHeading_DramaOnTheNextLineWithAYearRange_IsTheDrama()
    {
        var article = Parse("Top moments",
            "#3: The Foam Kiss", "“Secret Garden” (2010-11)", "Hyun Bin plays the department store CEO Kim Joo-won, and Ha Ji-won the stuntwoman Gil Ra-im.",
            "#2: The Tunnel", "“Crash Landing on You” (2019-20)", "In episode ten, he crawls through a tunnel under the border and finds her in Seoul.",
            "#1: The Quebec Reunion", "“Goblin” (2016-17)", "In the fifteenth episode, Eun-tak suddenly remembers everything while standing in a Quebec street.");
        Assert.Equal(["Secret Garden", "Crash Landing on You", "Goblin"], article.Items.Select(i => i.Drama.Title));
        Assert.Equal([2010, 2019, 2016], article.Items.Select(i => i.Drama.Year));
        Assert.Equal([null, 10, 15], article.Items.Select(i => i.Episode));
        Assert.Contains(article.Items[0].Cast, c => c.Character == "Gil Ra-im" && c.Actor == "Ha Ji-won");
    }

    [Theory]
    [InlineData("«You are the key to my story.» he says.", "You are the key to my story.")]
    [InlineData("She writes 「The days I spent with you were all dazzling.」 on a card.", "The days I spent with you were all dazzling.")]
    [InlineData("He whispers „I came to see you,“ and smiles.", "I came to see you,")]
    public void Quotes_InGuillemetsCornerBracketsAndLowHighMarks_AreDialogue(string text, string quote) =>
        Assert.Equal([quote], ItemExtractor.FindQuotes(text));

    [Theory]
    [InlineData("In the fifteenth episode, she remembers.", 15)]
    [InlineData("It happens in the 16th episode.", 16)]
    [InlineData("A legendary opener in the very first episode.", 1)]
    [InlineData("Episode two — they meet again.", 2)]
    public void Episode_StatedInWordsOrAsAnOrdinal_IsRead(string text, int episode) =>
        Assert.Equal(episode, ItemExtractor.FindEpisode(text));

    [Fact]
    public void PollOptionsAfterTheLastItem_AreNotItsOtherTitles()
    {
        var article = Parse("Kiss Day",
            "Goblin (2016)", "Their kiss scene was definitely a steamy one, right after the candle was blown out.",
            "Healer (2014)", "The rooftop kiss happens with his mask half off, which is the whole drama in one image.",
            "True Beauty (2020)", "Their rooftop kiss made fans squeal, and it was the top search term the night it aired.",
            "Which K-drama kiss is your favourite? Vote below", "Goblin 40%", "Healer 35%", "True Beauty 25%");
        Assert.Empty(article.Items[^1].Drama.AlternateTitles);
    }

    [Fact]
    public void DramaFact_QuotedTitleWithItsYear_GivesTitleAndYear()
    {
        var article = Parse("Three picks",
            "#1 Hyun Bin & Son Ye-jin", "Drama: “Crash Landing on You” (2019)", "Hyun Bin plays Ri Jeong-hyeok, an officer who finds a paragliding heiress in his quiet village one morning.",
            "#2 Gong Yoo & Kim Go-eun", "Drama: 'Goblin' (2016)", "Gong Yoo plays Kim Shin, a goblin who has waited nine centuries for the bride who can end his life.",
            "#3 Ji Chang-wook & Park Min-young", "Drama: Healer", "Ji Chang-wook plays Seo Jung-hoo, a night courier with a secret that he keeps from everyone he meets.");
        Assert.Equal(["Crash Landing on You", "Goblin", "Healer"], article.Items.Select(i => i.Drama.Title));
        Assert.Equal([2019, 2016, null], article.Items.Select(i => i.Drama.Year));
    }

    [Fact]
    public void QuotedWords_AboutTheShowOrNamingItsActors_AreNotDialogue()
    {
        var article = Parse("Fans react",
            "1. Goblin", "Gong Yoo plays Kim Shin, a goblin cursed to live forever. When he says, \"I will be your first snow,\" the room goes quiet.", "\"Gong Yoo looked unreal in that coat.\"", "\"The chemistry in this drama is off the charts.\"",
            "2. Healer", "Ji Chang-wook plays Seo Jung-hoo, a courier who runs over rooftops at night and tells her, \"Don't let go of my hand.\"", "\"Every episode ends on a cliffhanger, I swear.\"",
            "3. Pinocchio", "Lee Jong-suk plays Choi Dal-po, a rookie reporter who cannot forgive the press. \"Lee Jong-suk's eyes in this scene should be illegal.\"");
        Assert.Equal(["I will be your first snow,"], article.Items[0].Quotes);
        Assert.Equal(["Don't let go of my hand."], article.Items[1].Quotes);
        Assert.Empty(article.Items[2].Quotes);
    }

    [Fact]
    public void Heading_DramaInCapitalsAmongLowercaseWords_IsTheDrama()
    {
        var article = Parse("My favourite kisses",
            "1. The GOBLIN snow kiss", "Gong Yoo's Kim Shin finally kisses his bride under the falling snow, and it is perfect in every single way.",
            "2. HEALER and the rooftop", "Ji Chang-wook's Seo Jung-hoo takes off his mask on the roof and the whole drama changes gear at once.",
            "3. That CRASH LANDING ON YOU goodbye", "Hyun Bin's Ri Jeong-hyeok walks back across the border while she stands at the line and watches him go.");
        Assert.Equal(["Goblin", "Healer", "Crash Landing on You"], article.Items.Select(i => i.Drama.Title));
    }

    [Fact]
    public void ReadersComments_AfterTheCommentsHeader_AreNotItems()
    {
        var article = Parse("Saturday, March 1", "Three dramas I rewatch",
            "Every winter I rewatch the same three dramas, so here they are, in the order I watch them every single year.",
            "Goblin.", "Gong Yoo plays Kim Shin, a goblin, and Kim Go-eun plays Ji Eun-tak, the girl who can pull his sword.",
            "Healer.", "Ji Chang-wook plays Seo Jung-hoo and Park Min-young plays Chae Young-shin, a reporter he protects.",
            "Crash Landing on You.", "Hyun Bin plays Ri Jeong-hyeok and Son Ye-jin plays Yoon Se-ri, who paraglides into his life.",
            "Posted by dramafan at 9:12 PM", "3 comments:",
            "Mina said...", "You forgot Coffee Prince! It is the best one ever made, fight me on it.",
            "March 2, 2025 at 8:02 AM",
            "dramafan said...", "I have not watched it yet, it is next on my list, I promise you.",
            "March 2, 2025 at 9:15 AM",
            "Anonymous said...", "Healer is underrated and I will not be taking questions on this one.");
        Assert.Equal(["Goblin", "Healer", "Crash Landing on You"], article.Items.Select(i => i.Drama.Title));
    }

    [Fact]
    public void ArticleInLowercase_NamesOnItsShortLines_AreReadAsNames()
    {
        var article = Parse("otps i think about daily",
            "ok so here is the list, no particular order, spoilers everywhere, you have been warned about all of it",
            "01. goblin (2016)", "kim shin (gong yoo) ♡ ji eun-tak (kim go-eun)", "a goblin, a bride, a sword, and the saddest man alive. i am not okay and never will be.",
            "02. healer (2014)", "seo jung-hoo (ji chang-wook) ♡ chae young-shin (park min-young)", "a courier who runs across rooftops and the reporter he cannot stop protecting. perfect show.",
            "03. crash landing on you (2019)", "ri jeong-hyeok (hyun bin) ♡ yoon se-ri (son ye-jin)", "an heiress lands in the wrong country and the officer who finds her never recovers.");
        Assert.Equal(["Goblin", "Healer", "Crash Landing on You"], article.Items.Select(i => i.Drama.Title));
        Assert.Contains(article.Items[0].Cast, c => c.Character == "Kim Shin" && c.Actor == "Gong Yoo");
        Assert.Contains(article.Items[2].Cast, c => c.Character == "Yoon Se-ri" && c.Actor == "Son Ye-jin");
    }

    [Fact]
    public void ListingCards_MetadataRowStarsLineAndButtons_GiveYearAndCast()
    {
        var article = Parse("K-Drama OTPs That Ruined Me, Ranked", "3 titles",
            "1. Goblin", "2016–2017 | TV-14 | 16 eps | 1h 20m", "TV Series", "8.6 (25K)", "Rate", "Mark as watched", "Stars Gong Yoo, Kim Go-eun, Lee Dong-wook",
            "Kim Shin (Gong Yoo) waits nine hundred years for his bride, and the Grim Reaper lives in his spare room.",
            "2. Healer", "2014–2015 | TV-14 | 20 eps", "Rate", "Stars Ji Chang-wook, Park Min-young",
            "Seo Jung-hoo (Ji Chang-wook) runs over the rooftops of Seoul at night and falls for a reporter he protects.",
            "3. Pinocchio", "2014 | TV-14 | 20 eps", "Mark as watched", "Stars Lee Jong-suk, Park Shin-hye",
            "Choi Dal-po (Lee Jong-suk) becomes a reporter to clear his family's name and falls for a girl who cannot lie.");
        Assert.Equal(["Goblin", "Healer", "Pinocchio"], article.Items.Select(i => i.Drama.Title));
        Assert.Equal([2016, 2014, 2014], article.Items.Select(i => i.Drama.Year));
        // The cast list knows whom the Stars line's third actor plays, and the body names that role.
        Assert.Contains(article.Items[0].Cast, c => c.Character == "Grim Reaper" && c.Actor == "Lee Dong-wook");
        Assert.DoesNotContain(article.Items.SelectMany(i => i.Cast), c => c.Actor == "Mark" || c.Character == "Mark");
    }

    [Fact]
    public void StreamingCards_TitleInCapitalsUnderAMomentHeading_IsTheDrama()
    {
        var article = Parse("Romance moments to stream",
            "The Tunnel", "CRASH LANDING ON YOU", "2019 · TV-14 · Romance · 1 Season",
            "An heiress lands in the wrong country, and the officer who finds her walks her through a tunnel under the border.", "Watch Crash Landing on You on Netflix.",
            "The Snow", "GUARDIAN: THE LONELY AND GREAT GOD", "2016 · TV-14 · Fantasy · 1 Season",
            "A goblin who has lived nine hundred years meets the only girl who can see the sword in his chest.", "Watch Goblin on Netflix.",
            "The Rooftop", "HEALER", "2014 · TV-14 · Action · 1 Season",
            "A night courier who runs over the rooftops of Seoul falls for the reporter he was hired to watch.");
        Assert.Equal(["Crash Landing on You", "Guardian: The Lonely and Great God", "Healer"], article.Items.Select(i => i.Drama.Title));
        Assert.Equal([2019, 2016, 2014], article.Items.Select(i => i.Drama.Year));
    }

    [Fact]
    public void Heading_TitleInItalicsBesideAYear_IsTheDrama_AndAHeadingWithoutOneTakesTheTitleItsTextSetsOff()
    {
        var article = Parse("Second leads",
            "I. Han Ji-pyeong (_Start-Up_, 2020)", "Kim Seon-ho plays Han Ji-pyeong, an investor who once wrote letters to a lonely girl under another name.",
            "II. Yoon Ji-hoo (_Boys Over Flowers_, 2009)", "Kim Hyun-joong plays the quiet violinist who is kind to her while she falls for his loud best friend.",
            "III. The bad boy who wasn't: Choi Young-do", "Kim Woo-bin in _The Heirs_ is a bully, full stop, and the show knows it from the start.",
            "IV. Ji Seong-hyeon (*Hometown Cha-Cha-Cha*, 2021)", "Lee Sang-yi plays the TV producer who arrives in the seaside village a little too late.");
        Assert.Equal(["Start-Up", "Boys Over Flowers", "The Heirs", "Hometown Cha-Cha-Cha"], article.Items.Select(i => i.Drama.Title));
        Assert.Equal([2020, 2009, null, 2021], article.Items.Select(i => i.Drama.Year));
        Assert.Contains(article.Items[2].Doubts, d => d.About == "drama");
    }

    [Fact]
    public void Heading_SomeoneInAQuotedTitle_TheQuotedTitleIsTheDrama_AndMenuLinesAboveTheListAreNotItems()
    {
        var article = Parse("Second leads we would have picked",
            "Entertainment", "Home · Shows · Stars · Newsletters · Podcasts · Our latest feature on second leads, below.",
            "Maya Lin", "Sat, 1 March 2025 · 4-min read. These are the second leads we still think about on rainy nights.",
            "Yoon Ji-hoo in ‘Boys Over Flowers’", "Kim Hyun-joong's quiet violinist is always there for Geum Jan-di when her boyfriend is not.",
            "Han Ji-pyeong in ‘Start-Up’", "Kim Seon-ho's investor writes the letters and then watches someone else take the credit for them.",
            "Choi Young-do in ‘The Heirs’", "Kim Woo-bin's bully turns out to have the softest heart of the whole school by the finale.");
        Assert.Equal(["Boys Over Flowers", "Start-Up", "The Heirs"], article.Items.Select(i => i.Drama.Title));
        Assert.Contains(article.Items[1].Cast, c => c.Character == "Han Ji-pyeong" && c.Actor == "Kim Seon-ho");
    }

    [Fact]
    public void Heading_CoupleFromATitleInStraightSingleQuotes_TheQuotedTitleIsTheDrama_AndSeeAlsoLinksAreNotItems()
    {
        var article = Parse("Couples who took their time",
            "Baek Yi-jin and Na Hee-do from 'Twenty-Five Twenty-One'", "Nam Joo-hyuk's reporter and Kim Tae-ri's fencer grow up side by side through the crisis years before either of them says a word.",
            "See also: Why we still rewatch 'Reply 1988' every winter",
            "Kim Shin and Ji Eun-tak from 'Goblin'", "Kim Shin (Gong Yoo) and Ji Eun-tak (Kim Go-eun) share a kind of patience the show never explains away.",
            "Seo Jung-hoo and Chae Young-shin from 'Healer'", "Ji Chang-wook's night courier guards Park Min-young's reporter for weeks before she even learns his face.");
        Assert.Equal(["Twenty-Five Twenty-One", "Goblin", "Healer"], article.Items.Select(i => i.Drama.Title));
        Assert.Contains(article.Items[1].Cast, c => c.Character == "Kim Shin" && c.Actor == "Gong Yoo");
        Assert.DoesNotContain(article.Items, i => i.Heading.StartsWith("See also", StringComparison.Ordinal));
    }

    [Fact]
    public void Heading_EnglishTitleInParenthesesWithNetworkAndYears_AndAPollShareAfterIt_IsTheDrama()
    {
        var article = Parse("Readers' poll: the couple you would rewatch first",
            "▶ 1st place – '도깨비' (Goblin, tvN, 2016~2017) … 38.5%", "Readers loved Kim Shin (Gong Yoo) and his bride Ji Eun-tak (Kim Go-eun) most of all this year.",
            "▶ 2nd place – '힐러' (Healer, KBS2, 2014) … 21.0%", "The night courier Seo Jung-hoo (Ji Chang-wook) came second, a long way behind the goblin.",
            "▶ 3rd place – Reply 1988 (tvN, 2015) … 12.2%", "Choi Taek (Park Bo-gum) and Sung Deok-sun (Lee Hye-ri) held on to third place in the vote.");
        Assert.Equal(["Goblin", "Healer", "Reply 1988"], article.Items.Select(i => i.Drama.Title));
        Assert.Equal([2016, 2014, 2015], article.Items.Select(i => i.Drama.Year));
    }

    [Fact]
    public void ThematicSubheadings_TheDramaEachSectionSetsOffWithItsYear_IsTheDrama()
    {
        var article = Parse("Three quiet love stories",
            "Rooftops", "Seo Jung-hoo (Ji Chang-wook) watches over a reporter from across the street in *Healer* (KBS2, 2014), night after night.",
            "Swords", "Kim Shin (Gong Yoo) needs his bride to pull out the sword in *Goblin* (2016), and dreads the day she does.",
            "Alleys", "Choi Taek (Park Bo-gum) wins the girl in *Reply 1988* (tvN, 2015) by saying almost nothing at all.");
        Assert.Equal(["Healer", "Goblin", "Reply 1988"], article.Items.Select(i => i.Drama.Title));
        Assert.Equal(["Rooftops", "Swords", "Alleys"], article.Items.Select(i => i.Heading));
    }

    [Theory]
    [InlineData("and then telling jeong tae-eul (kim go eun) to wait for him", "and then telling Jeong Tae-eul (Kim Go Eun) to wait for him")]
    [InlineData("seo jung-hoo (ji chang wook) runs across the roofs again", "Seo Jung-hoo (Ji Chang Wook) runs across the roofs again")]
    [InlineData("the ending (and the soundtrack) still gets me", "the ending (and the soundtrack) still gets me")]
    [InlineData("Kim Shin (Gong Yoo) is already written with capitals", "Kim Shin (Gong Yoo) is already written with capitals")]
    public void LowercaseCredit_InAMixedCaseThread_IsGivenItsCapitals(string block, string expected) =>
        Assert.Equal(expected, LowercaseWriting.WithCreditsInTitleCase(block));

    [Fact]
    public void ThreadInMixedCase_LowercaseCreditsInItsProse_AreCast()
    {
        var article = Parse("proposals that ruined me: a thread",
            "1/ Healer (2014)", "seo jung-hoo (ji chang wook) finally says it to chae young-shin (park min young) without the mask on. SOBBING",
            "2/ Goblin (2016)", "kim shin (gong yoo) asks ji eun-tak (kim go eun) to stay, and it is the first snow, and I am fine, totally fine",
            "3/ Reply 1988 (2015)", "choi taek (park bo gum) just waits for sung deok-sun (lee hye ri) at the bus stop and that is the whole proposal");
        Assert.Contains(article.Items[0].Cast, c => c.Character == "Seo Jung-hoo" && c.Actor == "Ji Chang Wook");
        Assert.Contains(article.Items[1].Cast, c => c.Character == "Ji Eun-tak" && c.Actor == "Kim Go Eun");
    }

    [Fact]
    public void SceneOnlyHeadings_DramaIntroducedInTheProse_IsTheDrama()
    {
        var article = Parse("Five scenes of quiet devotion",
            "He Carried Her Umbrella For A Week", "In Summer Strike, Ahn Dae-beom (Im Si-wan) walks Lee Yeo-reum (Kim Seol-hyun) home every rainy evening without saying a word about it.",
            "She Kept His Letters In A Tin Box", "Navillera is usually filed under healing dramas, and Navillera aired in spring. Shim Deok-chul (Park In-hwan) learns ballet, and Lee Chae-rok (Song Kang) teaches him, letter by letter.",
            "They Finally Talked At The Bus Stop", "The Fiery Priest is not a romance, unlike in Goblin there is no bride. Still, Kim Hae-il (Kim Nam-gil) and Park Kyung-sun (Lee Honey) get one shy scene at a bus stop, and The Fiery Priest earns it.");
        Assert.Equal(["Summer Strike", "Navillera", "The Fiery Priest"], article.Items.Select(i => i.Drama.Title));
    }

    [Fact]
    public void CharacterCommaDramaHeadings_TheCharacterTheTextCreditsIsNotTheDrama()
    {
        var article = Parse("Second leads we would have picked",
            "No. 3 | Han Seo-jun, True Beauty", "Han Seo-jun (Hwang In-youp) rides his motorbike to school and pretends he does not care about Im Ju-kyung (Moon Ga-young).",
            "No. 2 | Kim Ji-seok, Tomorrow With You", "Kim Ji-seok (Lee Je-hoon) hides his future from his wife for most of the story, and it is a miracle she forgives him.",
            "No. 1 | Baek Hyun-woo, Queen of Tears", "Baek Hyun-woo (Kim Soo-hyun) keeps a divorce paper in his drawer and a love letter in his heart, and you can guess which one wins.");
        Assert.Equal(["True Beauty", "Tomorrow With You", "Queen of Tears"], article.Items.Select(i => i.Drama.Title));
        Assert.Contains(article.Items[2].Cast, c => c.Character == "Baek Hyun-woo" && c.Actor == "Kim Soo-hyun");
    }

    [Fact]
    public void QuotedLineThenTitleAndYearInParentheses_TheParenthesisIsTheDrama()
    {
        var article = Parse("Lines we wrote on our notebooks",
            "“I will find you in every life.” (Mr. Queen, 2020)", "Kim So-yong (Shin Hye-sun) says it half joking, and the king takes it completely seriously.",
            "“Stay until the snow melts.” (Snowdrop, 2021)", "Eun Young-ro (Jisoo) hides a wounded stranger in her dormitory and asks him to stay a little longer.",
            "“Sing it once more, for me.” (Castaway Diva, 2023)", "Seo Mok-ha (Park Eun-bin) sings on a rooftop after fifteen years on an island, and he finally hears her.");
        Assert.Equal(["Mr. Queen", "Snowdrop", "Castaway Diva"], article.Items.Select(i => i.Drama.Title));
        Assert.Equal([2020, 2021, 2023], article.Items.Select(i => i.Drama.Year ?? 0));
        Assert.Equal("I will find you in every life.", Assert.Single(article.Items[0].Quotes));
    }

    [Fact]
    public void CountdownWithTheRankAloneOnItsLine_TheRankAndTheLineUnderItAreOneHeading()
    {
        var article = Parse("Five hand-holds, ranked",
            "3\nThe Umbrella On The Bridge", "Healer (2014)", "Seo Jung-hoo (Ji Chang-wook) finally lets Chae Young-shin (Park Min-young) hold his hand on the bridge in the rain.",
            "2\nA Hand In The Cinema", "Because This Is My First Life (2017)", "Nam Se-hee (Lee Min-ki) takes Yoon Ji-ho (Jung So-min) by the hand during a film neither of them watches.",
            "1\nThe Walk Home", "Our Beloved Summer (2021)", "Choi Ung (Choi Woo-shik) and Kook Yeon-su (Kim Da-mi) walk home holding hands as if they had never broken up.");
        Assert.Equal(["The Umbrella On The Bridge", "A Hand In The Cinema", "The Walk Home"], article.Items.Select(i => i.Heading));
        Assert.Equal(["Healer", "Because This Is My First Life", "Our Beloved Summer"], article.Items.Select(i => i.Drama.Title));
    }

    [Fact]
    public void EssayWithSentenceCaseSubheadings_EachSubheadingBetweenParagraphsIsAnItem()
    {
        var article = Parse("Why small gestures win",
            "I have watched too many airport chases, and none of them stayed with me the way a shared umbrella did on a Tuesday night.",
            "The umbrella on a bridge", "Healer (2014) is a thriller first. Seo Jung-hoo (Ji Chang-wook) still holds the umbrella over Chae Young-shin (Park Min-young) and says nothing at all.",
            "A coat left on a chair", "In Something in the Rain, Yoon Jin-ah (Son Ye-jin) finds the coat of Seo Joon-hee (Jung Hae-in) on her chair after a long day at the office.",
            "Tea made without asking", "Hometown Cha-Cha-Cha is a village story. Hong Du-sik (Kim Seon-ho) brings Yoon Hye-jin (Shin Min-a) tea before she has even noticed she is cold.",
            "That is the whole point of this list: the grand gestures fade, and the small ones keep going long after the finale has aired.");
        Assert.Equal(["The umbrella on a bridge", "A coat left on a chair", "Tea made without asking"], article.Items.Select(i => i.Heading));
        Assert.Equal(["Healer", "Something in the Rain", "Hometown Cha-Cha-Cha"], article.Items.Select(i => i.Drama.Title));
    }

    [Fact]
    public void ThreadOfComments_EachTopLevelCommentIsAnItem_RepliesStayWithTheirComment()
    {
        var text = string.Join("\n", "r/kdramas", "Posted by u/rainy_day_viewer", "2 days ago", "",
            "Which confession made you drop your phone?", "",
            "Asking for a rewatch list. Older dramas welcome, I want to cry on a weekend and need your help choosing where to start.", "",
            "u/ahjumma_in_training · 2d", "Healer (2014), the rooftop scene.",
            "Seo Jung-hoo (Ji Chang-wook) tells Chae Young-shin (Park Min-young) everything on a rooftop and I was not ready for it at all.",
            "Reply", "", "    u/late_night_noodles · 1d", "    Ji Chang-wook crying is a genre of its own", "    Reply", "",
            "u/second_lead_forever · 2d", "Because This Is My First Life (2017). The contract marriage one.",
            "Nam Se-hee (Lee Min-ki) admits he was jealous and it is the most awkward and sweet thing I have ever watched on a Sunday.",
            "Reply", "",
            "u/busan_bound · 1d", "Hometown Cha-Cha-Cha (2021)!!",
            "Hong Du-sik (Kim Seon-ho) on the beach at night telling Yoon Hye-jin (Shin Min-a) why he left Seoul, that is the scene for me.",
            "Reply");
        var article = ArticleParser.Parse(text).Article ?? throw new InvalidOperationException("no list found");
        Assert.Equal(["Healer", "Because This Is My First Life", "Hometown Cha-Cha-Cha"], article.Items.Select(i => i.Drama.Title));
        Assert.Contains(article.Items[0].Cast, c => c.Character == "Seo Jung-hoo" && c.Actor == "Ji Chang-wook");
    }

    [Fact]
    public void LowercaseHeadingsOverMixedCaseProse_AnAbbreviationTheTextSpellsOutIsThatDrama()
    {
        var article = Parse("late night kdrama feelings",
            "✧ wwwsk — the hug on the stairs", "My favourite thing is that what's wrong with secretary kim lets the boss be a dork. Lee Young-joon hugging Kim Mi-so on the stairs was a whole event.",
            "✧ healer — the rooftop", "Seo Jung-hoo up on the roof, hiding his face from Chae Young-shin. In healer the phone calls did more than any kiss.",
            "✧ qot — the phone booth", "Baek Hyun-woo calling Hong Hae-in from a booth in queen of tears. Nobody in my group chat has recovered from it.");
        // "wwwsk" is spelled out by the item's own words; every heading is given a reader's capitals.
        Assert.Equal(["What's Wrong with Secretary Kim", "Healer", "Queen of Tears"], article.Items.Select(i => i.Drama.Title));
    }

    [Fact]
    public void SceneHeadingOverADramaAndEpisodeLine_TheLineGivesTheDramaAndItsEpisode()
    {
        var article = Parse("Fan favourites on our service",
            "The umbrella at the bus stop", "Hometown Cha-Cha-Cha · Episode 4", "Hong Du-sik (Kim Seon-ho) holds an umbrella over Yoon Hye-jin (Shin Min-a) while the rain pours.",
            "The rooftop phone call", "Healer · Episode 7", "Seo Jung-hoo (Ji Chang-wook) calls Chae Young-shin (Park Min-young) from the roof opposite her office.",
            "A song in the rain", "Twenty-Five Twenty-One · Ep. 12", "Baek Yi-jin (Nam Joo-hyuk) and Na Hee-do (Kim Tae-ri) finally say what they feel in the tunnel.");
        Assert.Equal(["Hometown Cha-Cha-Cha", "Healer", "Twenty-Five Twenty-One"], article.Items.Select(i => i.Drama.Title));
        Assert.Equal([4, 7, 12], article.Items.Select(i => i.Episode));
    }

    [Fact]
    public void CapitalisedRoleWithItsActorInLowercase_IsACredit()
    {
        var article = Parse("my comfort scenes",
            "1. Healer", "Seo Jung-hoo (ji chang-wook) on the roof again, calling her from across the street.",
            "2. Queen of Tears", "Hong Hae-in (kim ji-won) finally reading the letter he never sent. i was a mess.",
            "3. Goblin", "Kim Shin (gong yoo) and the bride who can see him. the weather was good, apparently.");
        Assert.Contains(article.Items[0].Cast, c => c.Character == "Seo Jung-hoo" && c.Actor == "Ji Chang-wook");
        Assert.Contains(article.Items[2].Cast, c => c.Character == "Kim Shin" && c.Actor == "Gong Yoo");
    }

    // The reference shelf of known dramas (Importing/Reference): a known title is strong evidence, never a veto.

    [Fact]
    public void HeadingWithAKnownAbbreviationBesideAScene_TheKnownTitleIsTheDrama_AnUnknownTitleStillReads()
    {
        var article = Parse("Four scenes for a rainy Sunday",
            "1. Healer", "Seo Jung-hoo (Ji Chang-wook) keeps calling her from a rooftop across the street, never showing his face.",
            "2. Lanterns Over Mapo", "Yoon Ha-neul (Choi Seo-yeon) lets the last lantern go and finally turns to the man who waited with her.",
            "3. CLOY — the piano by the lake", "Ri Jeong-hyeok (Hyun Bin) plays a tune on an old upright, and she knows it from years before.",
            "4. Secret Garden", "Kim Joo-won (Hyun Bin) sits in the hospital corridor long after visiting hours have ended.");

        // The title keeps the article's words (the extractor gives a title in capitals a reader's case).
        Assert.Equal(["healer", "lanternsovermapo", "cloy", "secretgarden"], article.Items.Select(i => Names.Normalize(i.Drama.Title)));
    }

    [Fact]
    public void HeadingThatAbbreviatesAKnownDrama_TakesTheNameItsTextWritesOut()
    {
        var article = Parse("Comfort rewatches, ranked by tissues used",
            "1. HCCC (2021)", "Hometown Cha-Cha-Cha is my safe place. Hong Du-sik (Kim Seon-ho) fixing every door in the village still gets me.",
            "2. Run On (2020)", "Ki Seon-gyeom (Im Si-wan) asks her to teach him a word he does not know, and she does.",
            "3. Pinocchio (2014)", "Choi Dal-po (Lee Jong-suk) runs after the news van while she reports from the scene.");

        Assert.Equal("Hometown Cha-Cha-Cha", article.Items[0].Drama.Title);
    }

    [Fact]
    public void SceneHeadingsOverProseThatIntroducesAKnownTitle_TheWholeKnownTitleIsTheDrama()
    {
        var article = Parse("Small gestures that said everything",
            "1. The umbrella held a little too far to one side",
            "Nobody expected much from Because This Is My First Life when it started, yet Nam Se-hee (Lee Min-ki) quietly tilting the umbrella toward her says the whole thing.",
            "2. The note left on the fridge door",
            "In Hello Sunflower Street, Han Bit (Kim Na-ra) finds a note her downstairs neighbour wrote three times before leaving it on the fridge door.",
            "3. A dinner cooked for two without asking",
            "Hometown Cha-Cha-Cha gives Hong Du-sik (Kim Seon-ho) a kitchen and a reason to use it when she comes home late and tired.");

        Assert.Equal(["Because This Is My First Life", "Hello Sunflower Street", "Hometown Cha-Cha-Cha"], article.Items.Select(i => i.Drama.Title));
    }

    [Fact]
    public void RomanNumeralSceneHeadingsOverFirstSentencesThatOpenWithAKnownDrama_TheSentenceNamesTheDrama()
    {
        var article = Parse("Grown-up love, in four scenes",
            "I. The bench by the harbour",
            "When the Camellia Blooms (KBS2, 2019) is a story about a small town, and Hwang Yong-sik (Kang Ha-neul) waits on a bench until Dong-baek (Gong Hyo-jin) sits down.",
            "II. The pharmacy counter",
            "One Spring Night (MBC, 2019) lets Yoo Ji-ho (Jung Hae-in) hand Lee Jeong-in (Han Ji-min) a hangover cure across the counter.",
            "III. The lunchbox",
            "Crash Course in Romance (tvN, 2023) has Choi Chi-yeol (Jung Kyung-ho) eat a lunchbox he pretends not to want.",
            "IV. The rooftop",
            "My Liberation Notes (JTBC, 2022) sits Yeom Mi-jeong (Kim Ji-won) and Mr. Gu (Son Suk-ku) on a wooden deck in silence.");

        Assert.Equal(["When the Camellia Blooms", "One Spring Night", "Crash Course in Romance", "My Liberation Notes"], article.Items.Select(i => i.Drama.Title));
    }

    [Fact]
    public void AnswerOfParagraphsThatOpenWithKnownTitles_EachParagraphIsAnItem()
    {
        var article = Parse("What is the most romantic scene you have watched in a K-drama?",
            "Hard to pick one, but here are the ones I still think about on the bus home from work.",
            "Mr. Queen – the soul swap makes it strange, but King Cheoljong (Kim Jung-hyun) guarding the queen through the night is lovely.",
            "Fight for My Way. Ko Dong-man (Park Seo-joon) tells Choi Ae-ra (Kim Ji-won) that he has liked her for years, at the bus stop.",
            "Kill Me, Heal Me – Cha Do-hyun (Ji Sung) remembers the girl who saved him as a child, and everything finally clicks into place.",
            "That is it from me, thanks for the question.");

        Assert.Equal(["Mr. Queen", "Fight for My Way", "Kill Me, Heal Me"], article.Items.Select(i => i.Drama.Title));
    }

    [Fact]
    public void Parse_QuotationHeadings_DramaIsTheOneEachTextIntroduces()
    {
        var article = Parse("Four lines that stopped us cold",
            "We picked the lines that made the office go quiet. Spoilers for all four shows ahead, obviously.",
            "“Stay where I can see you.”",
            "The line every fan can recite belongs to Healer (2014). Seo Jung-hoo (Ji Chang-wook) finally steps out of the dark and says it to Young-shin.",
            "“You were late by ten years.”",
            "In Reply 1997 (2012), Yoon-jae (Seo In-guk) hears it from the girl he loved since school, and he laughs because she is right.",
            "“Then let me be your weather.”",
            "Nobody writes weather into a confession like Hometown Cha-Cha-Cha (2021). Du-sik (Kim Seon-ho) says it on the pier at dusk, almost as a joke.",
            "“I will find you in every life.”",
            "The promise comes from Hotel del Luna (2019), where Man-wol (IU) makes it to Chan-sung (Yeo Jin-goo) as the hotel closes its doors.");
        Assert.Equal(["Healer", "Reply 1997", "Hometown Cha-Cha-Cha", "Hotel del Luna"], article.Items.Select(i => i.Drama.Title));
        Assert.Equal(["Stay where I can see you."], article.Items[0].Quotes);
    }

    [Fact]
    public void Parse_WikiInfoboxRows_CoupleAndPortrayedByArePairedInOrder()
    {
        var article = ArticleParser.Parse(string.Join("\n",
            "Rooftop Scenes", "", "Scenes[edit]",
            "Run On[edit]", "Couple\tKi Seon-gyeom & Oh Mi-ju", "Portrayed by\tIm Si-wan, Shin Se-kyung", "Network\tJTBC", "",
            "A retired sprinter and a subtitle translator meet when she corrects the interpreter at his press conference in front of everyone.", "",
            "Healer[edit]", "Couple\tSeo Jung-hoo & Chae Young-shin", "Portrayed by\tJi Chang-wook, Park Min-young", "Network\tKBS2", "",
            "A night courier watches over a tabloid reporter from the rooftops, and for a long time she has no idea who he is.", "",
            "Start-Up[edit]", "Couple\tSeo Dal-mi & Nam Do-san", "Portrayed by\tBae Suzy, Nam Joo-hyuk", "Network\ttvN", "",
            "A would-be founder meets the boy whose name signed the letters she kept, except that he never wrote them at all.")).Article!;
        Assert.Equal(["Run On", "Healer", "Start-Up"], article.Items.Select(i => i.Drama.Title));
        Assert.Contains(article.Items[0].Cast, c => c.Character == "Ki Seon-gyeom" && c.Actor == "Im Si-wan");
        Assert.Contains(article.Items[0].Cast, c => c.Character == "Oh Mi-ju" && c.Actor == "Shin Se-kyung");
        Assert.Empty(article.Items.SelectMany(i => i.Quotes));
    }

    [Theory]
    [InlineData("With: Im Si-wan, Shin Se-kyung")]
    [InlineData("Featuring: Im Si-wan, Shin Se-kyung")]
    [InlineData("Lead cast: Im Si-wan, Shin Se-kyung")]
    [InlineData("Portrayed by: Im Si-wan, Shin Se-kyung")]
    public void FactLines_CastLabels_AreReadAsTheCast(string line) =>
        Assert.Equal([new FactLine("Cast", "Im Si-wan, Shin Se-kyung")], FactLines.Read(line));

    [Theory]
    [InlineData("Drama: Healer (2014)", "Healer")]
    [InlineData("Series: Nobody's Garden (2031)", "Nobody's Garden")]
    [InlineData("Show: Q (JTBC, 2030)", "Q")]
    [InlineData("From: Run On (2020)", "Run On")]
    [InlineData("As seen in: Start-Up", "Start-Up")]
    [InlineData("Scene from: 'The Paper Lantern' (2029)", "The Paper Lantern")]
    public void FactLines_LabelledDramaLine_NamesTheDrama(string line, string title) => Assert.Equal(title, FactLines.LabelledDrama(line));

    [Theory]
    [InlineData("Healer (2014)")] // bare: it may be the heading itself
    [InlineData("From: Jane Park")] // a newsletter's sender, neither dated nor on the shelf
    [InlineData("Filmed in: Jeonju")]
    [InlineData("Network: tvN")]
    [InlineData("Starring: Ji Chang-wook, Park Min-young")]
    public void FactLines_LineThatLabelsNoDrama_NamesNone(string line) => Assert.Null(FactLines.LabelledDrama(line));

    [Theory]
    [InlineData("Start-Up · Episode 9", "Start-Up", 9)]
    [InlineData("Hotel del Luna | tvN", "Hotel del Luna", null)]
    [InlineData("Run On", "Run On", null)]
    [InlineData("Series: Nobody's Garden (2031)", "Nobody's Garden", null)]
    public void FactLines_DramaLine_IsALabelOrATitleTheShelfKnowsStandingAlone(string line, string title, int? episode) =>
        Assert.Equal(new CardDrama(title, episode), FactLines.DramaLine(line));

    [Theory]
    [InlineData("Nobody's Garden · Episode 3")] // not on the shelf, not labelled
    [InlineData("Run On made me cry on a train")]
    public void FactLines_LineThatIsNoDramaLine_IsNone(string line) => Assert.Null(FactLines.DramaLine(line));

    [Fact]
    public void Parse_SceneNamesOverATitleTheShelfKnows_TitleLineIsTheDramaAndItsEpisodeTheScenes()
    {
        var article = Parse("Moments our members voted for", "A quick intro that explains how the votes were counted this year.",
            "the umbrella at the crossing\nStart-Up · Episode 9",
            "Seo Dal-mi (Bae Suzy) waits at the crossing while Nam Do-san (Nam Joo-hyuk) runs back through the rain.",
            "Breakfast on the roof\nRun On",
            "Ki Seon-gyeom (Im Si-wan) carries two bowls up the stairs and Oh Mi-ju (Shin Se-kyung) pretends not to be hungry.",
            "A lantern over the lobby\nHotel del Luna | tvN",
            "Jang Man-wol (IU) watches Gu Chan-sung (Yeo Jin-goo) light the lobby for a guest who never arrives.");
        Assert.Equal(["the umbrella at the crossing", "Breakfast on the roof", "A lantern over the lobby"], article.Items.Select(i => i.Heading));
        Assert.Equal(["Start-Up", "Run On", "Hotel del Luna"], article.Items.Select(i => i.Drama.Title));
        Assert.Equal(9, article.Items[0].Episode);
    }

    [Fact]
    public void Parse_HeadingQuotesTheLineTheTextQuotesInFull_OneQuoteInItsFullestSpelling()
    {
        var article = Parse("Lines that stopped us cold", "An intro that explains why every heading below is a line from the show.",
            "“Hold the door”\nShow: Run On (JTBC, 2020)",
            "Ki Seon-gyeom (Im Si-wan) is already in the lift when Oh Mi-ju (Shin Se-kyung) calls out, “Hold the door.” He does, for far too long.",
            "“Not this time”\nShow: Start-Up (tvN, 2020)",
            "Seo Dal-mi (Bae Suzy) finally answers Nam Do-san (Nam Joo-hyuk) with a smile: “Not this time!” and walks off toward the station.",
            "“Stay a little longer”\nShow: Healer (KBS2, 2014)",
            "Seo Jung-hoo (Ji Chang-wook) hears Chae Young-shin (Park Min-young) whisper it through the door, and he does not leave.");
        Assert.Equal(["Hold the door."], article.Items[0].Quotes);
        Assert.Equal(["Not this time!"], article.Items[1].Quotes);
        Assert.Equal(["Stay a little longer"], article.Items[2].Quotes);
    }

    [Fact]
    public void FactLines_LabelledTitleWithAnApostropheOrOneLetter_KeepsTheTitleAndReadsTheYear()
    {
        Assert.Equal([new FactLine("Drama", "Nobody's Garden"), new FactLine("Year", "2031")], FactLines.Read("Series: Nobody's Garden (2031)"));
        Assert.Equal([new FactLine("Drama", "Q"), new FactLine("Year", "2030"), new FactLine("Network", "JTBC")], FactLines.Read("Show: Q (JTBC, 2030)"));
    }

    [Fact]
    public void Parse_SceneNamesOverLabelledDramaLines_FileEachItemUnderItsLabelledDrama()
    {
        var article = Parse("Three scenes we keep replaying", "Home  Reviews  Features  Podcasts", "Reviews",
            "A short intro that says which scenes made the cut and why we chose these three.",
            "Waiting out the storm\nSeries: Nobody's Garden (2031)\nWhere to watch: Viki",
            "Seo Ha-ram (Ji Chang-wook) holds the umbrella over a stranger for an hour and never once says his name.",
            "a note on the fridge\nFrom: Run On (2020)",
            "Ki Seon-gyeom (Im Si-wan) leaves her a note about breakfast, and Oh Mi-ju (Shin Se-kyung) keeps it for years.",
            "“Stay for the last train.”\nShow: Q (JTBC, 2030)",
            "The station empties out while the two of them argue about a train neither of them wants to catch.");
        Assert.Equal(["Nobody's Garden", "Run On", "Q"], article.Items.Select(i => i.Drama.Title));
        Assert.Equal([2031, 2020, 2030], article.Items.Select(i => i.Drama.Year));
        Assert.StartsWith("a heading over a drama line", article.Template, StringComparison.Ordinal);
    }

    [Theory]
    [InlineData("CLOY")]
    [InlineData("WWWSK")]
    public void CleanTitle_InitialsTheShelfKnows_StayInCapitals(string raw) => Assert.Equal(raw, HeadingReader.CleanTitle(raw));

    [Fact]
    public void Parse_LowercaseHeadings_KeepTheirWordsAsWritten()
    {
        var article = Parse("late night thoughts",
            "✦ hdl — the tree blooms", "the moment in hotel del luna when the tree finally blooms and Man-wol (IU) sees it with Chan-sung (Yeo Jin-goo) beside her.",
            "✦ secret garden — the sit-ups", "in secret garden the sit-ups happen in the gym and Kim Joo-won (Hyun Bin) will not stop staring at Gil Ra-im (Ha Ji-won).",
            "✦ run on — the sprint", "the scene where Seon-gyeom (Im Si-wan) runs after the bus for Mi-ju (Shin Se-kyung) and does not even pretend otherwise.");
        Assert.Equal(["hdl — the tree blooms", "secret garden — the sit-ups", "run on — the sprint"], article.Items.Select(i => i.Heading));
        Assert.Equal("Hotel Del Luna", article.Items[0].Drama.Title, StringComparer.OrdinalIgnoreCase);
    }

    [Fact]
    public void CastLabel_OverBullets_PairsEachRoleWithItsActor()
    {
        var article = Parse("Three scenes for the watch party",
            "1. The lighthouse", "Cast:\n• Baek Do-hwan — Kang Min-jae\n• Yoo Seon-mi — Han Yu-ri", "The storm scene, when he rows out to find her, is the one we picked for the evening.",
            "2. The bakery", "Cast:\n- Moon Ha-neul: Seo Ji-an\n- Cha Do-jin: Park Ye-jun", "A flour fight that turns into a confession at closing time, watched in silence.",
            "3. The night ferry", "Cast:\n• Jin Seo-ah as Kim Bo-ra (a ferry captain)\n• Ahn Tae-yang as night guard Lee Han-gyeol, a retired boxer", "The last ferry of the season and two people who missed it on purpose.");
        Assert.Contains(article.Items[0].Cast, c => c.Character == "Baek Do-hwan" && c.Actor == "Kang Min-jae");
        Assert.Contains(article.Items[0].Cast, c => c.Character == "Yoo Seon-mi" && c.Actor == "Han Yu-ri");
        Assert.Contains(article.Items[1].Cast, c => c.Character == "Moon Ha-neul" && c.Actor == "Seo Ji-an");
        Assert.Contains(article.Items[1].Cast, c => c.Character == "Cha Do-jin" && c.Actor == "Park Ye-jun");
        Assert.Contains(article.Items[2].Cast, c => c.Character == "Kim Bo-ra" && c.Actor == "Jin Seo-ah");
        Assert.Contains(article.Items[2].Cast, c => c.Character == "Lee Han-gyeol" && c.Actor == "Ahn Tae-yang");
    }

    [Fact]
    public void SpeakerCreditUnderAQuotedLine_IsACreditNotATitle()
    {
        var article = Parse("Lines we still quote",
            "1. “The Lighthouse Keeper”", "“I rowed out because you were out there.”", "-Baek Do-hwan (Kang Min-jae)-", "The storm scene still holds up, years after it aired.",
            "2. “The Bakery”", "“Stay until closing. Please.”", "-Moon Ha-neul (Seo Ji-an)-", "A flour fight that turns into a confession at closing time.",
            "3. “The Night Ferry”", "“We missed it on purpose, didn't we?”", "-Kim Bo-ra (Jin Seo-ah)-", "The last ferry of the season, and two people who let it go.");
        Assert.Empty(article.Items[0].Drama.AlternateTitles);
        Assert.Contains(article.Items[0].Cast, c => c.Character == "Baek Do-hwan" && c.Actor == "Kang Min-jae");
        Assert.Contains(article.Items[1].Cast, c => c.Character == "Moon Ha-neul" && c.Actor == "Seo Ji-an");
    }

    [Fact]
    public void OrderlessCredits_AnArticleThatWritesActorsFirst_ReadsItsUnknownNamesThatWayToo()
    {
        // Two items credit actors the cast list knows before their roles; the third's names are known to no one.
        var article = Parse("Three lighthouse scenes",
            "1. The Lighthouse Keeper", "Hyun Bin (Baek Do-hwan) climbs the stairs every night, and the storm scene still holds up.",
            "2. The Night Ferry", "Son Ye-jin (Yoo Seon-mi) waits at the pier until the last ferry of the season has gone.",
            "3. The Bakery", "Seo Ha-ram (Noh Tae-san) bakes through the night so the shop can open at six.");
        Assert.Contains(article.Items[2].Cast, c => c.Character == "Noh Tae-san" && c.Actor == "Seo Ha-ram");
        Assert.Contains(article.Items[0].Cast, c => c.Character == "Baek Do-hwan" && c.Actor == "Hyun Bin");
    }

    [Theory]
    [InlineData("Drama: the quiet ferry (2019, mbc)", "the quiet ferry", "2019")]
    [InlineData("From: the quiet ferry (2019, mbc)", "the quiet ferry", "2019")]
    [InlineData("Show: W (MBC, 2016)", "W", "2016")]
    [InlineData("From: 'The Quiet Ferry' (2019)", "The Quiet Ferry", "2019")]
    public void FactLines_LabelledTitle_IsReadTheSameWayUnderEveryLabel(string line, string title, string year)
    {
        var facts = FactLines.Read(line);
        Assert.Contains(new FactLine("Drama", title), facts);
        Assert.Contains(new FactLine("Year", year), facts);
    }
}
