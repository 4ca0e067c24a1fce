using KdramaMoments.Web.Importing;

namespace KdramaMoments.Tests.Importing;

/// <summary>
/// Structures a listicle's page can take that are not headings over paragraphs: a table copied with tabs, a chat or channel
/// whose messages are numbered, a slideshow whose headings are sentences, couples' given names as headings, site menus.
/// </summary>
public sealed class PageStructuresTests
{
    [Fact]
    public void Segment_ATabTableRepeatedUnderEachSection_IsOneListOfItsRows()
    {
        var text = string.Join("\n", [
            "List of South Korean medical dramas",
            "",
            "This is a list of South Korean television series set in hospitals, grouped by decade.",
            "",
            "2010s[edit]",
            "Year\tTitle\tOriginal title\tNetwork\tStarring\tNotes",
            "2016\tDoctors\t닥터스\tSBS\tKim Rae-won, Park Shin-hye\tA troubled teenager grows up to become a neurosurgeon.[1]",
            "2018\tLife\t라이프\tJTBC\tLee Dong-wook, Cho Seung-woo\tA hospital president clashes with a doctor over profit.[2]",
            "",
            "2020s[edit]",
            "Year\tTitle\tOriginal title\tNetwork\tStarring\tNotes",
            "2020\tHospital Playlist\t슬기로운 의사생활\ttvN\tJo Jung-suk, Yoo Yeon-seok\tFive friends from medical school work at the same hospital.[3]",
            "",
            "References[edit]",
            "1. ^ \"Doctors tops ratings\". Some Daily. 2016.",
        ]);

        var segments = ArticleSegmenter.Segment(text)!;

        Assert.Equal(["Doctors", "Life", "Hospital Playlist"], segments.Items.Select(i => i.Heading));
        Assert.Contains("Cast: Kim Rae-won, Park Shin-hye", segments.Items[0].Blocks);
        Assert.Contains("Drama: Hospital Playlist (슬기로운 의사생활)", segments.Items[2].Blocks);
    }

    [Fact]
    public void Parse_ATabTableRow_GivesTheDramaItsYearAndKoreanTitle()
    {
        var text = string.Join("\n", [
            "Medical dramas",
            "",
            "Year\tTitle\tOriginal title\tNetwork\tStarring",
            "2016\tDoctors\t닥터스\tSBS\tKim Rae-won, Park Shin-hye",
            "2018\tLife\t라이프\tJTBC\tLee Dong-wook, Cho Seung-woo",
            "2020\tHospital Playlist\t슬기로운 의사생활\ttvN\tJo Jung-suk, Yoo Yeon-seok",
        ]);

        var item = ArticleParser.Parse(text).Article!.Items[1];

        Assert.Equal("Life", item.Drama.Title);
        Assert.Equal(2018, item.Drama.Year);
        Assert.Equal("라이프", item.Drama.HangulTitle);
    }

    [Theory]
    [InlineData("Drama Night Club 🌙, [04.05.2025 20:00]")]
    [InlineData("Seoul Screen Notes [12.01.2024 09:30]")]
    public void Read_AChannelNameThenItsBracketedDate_IsAMessageHeader(string line) =>
        Assert.NotNull(ChatMessages.Read(line));

    [Fact]
    public void Read_AnEmojiBeforeALabelAndNumber_IsNumberedByTheLabel()
    {
        var marker = ListMarker.Read("🍿 NIGHT 2 · Hospital Playlist (2020)");

        Assert.Equal(2, marker.Number);
        Assert.Equal("Hospital Playlist (2020)", marker.Text);
    }

    [Fact]
    public void Segment_AChannelThatNumbersItsPosts_HasThePostsAsItems_AndNotTheAdBetweenThem()
    {
        static string Post(string when, params string[] lines) => $"Drama Night Club 🌙, [{when}]\n" + string.Join("\n", lines) + "\n";
        var text = string.Join("\n", [
            Post("01.05.2025 09:00", "📌 Pinned message", "DOCTOR WEEK 🩺 three nights of hospital dramas, one a night."),
            Post("01.05.2025 20:00", "🍿 NIGHT 1 · Doctors (2016)", "", "A troubled teenager grows up to become a neurosurgeon and meets her old teacher again.", "", "👥 Cast: Park Shin-hye — Yoo Hye-jung | Kim Rae-won — Hong Ji-hong"),
            Post("02.05.2025 20:00", "🍿 NIGHT 2 · Life (2018)", "", "A new hospital president wants profit, and the emergency doctors refuse to go along.", "", "📺 JTBC · 16 episodes"),
            Post("02.05.2025 21:00", "⚡ Sponsored", "Learn to cook Korean food in ten days with our app! First lesson free."),
            Post("03.05.2025 20:00", "🍿 NIGHT 3 · Hospital Playlist (2020)", "", "Five friends from medical school work at the same hospital and play in a band on weekends."),
            Post("03.05.2025 22:00", "That's all for doctor week! Next week we watch Goblin together, bring snacks."),
        ]);

        var segments = ArticleSegmenter.Segment(text)!;

        Assert.Equal(["Doctors (2016)", "Life (2018)", "Hospital Playlist (2020)"], segments.Items.Select(i => i.Heading));
        Assert.DoesNotContain(segments.Items[^1].Blocks, b => b.Contains("Goblin", StringComparison.Ordinal));
    }

    [Fact]
    public void Segment_AGroupChatWhereSomeonePostsANumberedList_HasTheNumberedMessagesAsItems()
    {
        var text = string.Join("\n", [
            "WhatsApp Chat with Drama Club",
            "",
            "01/05/2025, 19:00 - Hana: I need hospital dramas for my mum, no sad endings please",
            "01/05/2025, 19:02 - Joon: 1️⃣ Doctors (2016)",
            "Park Shin-hye plays a rebel who becomes a neurosurgeon, Kim Rae-won is her old teacher. lots of comfort",
            "01/05/2025, 19:03 - Hana: ooh she likes Park Shin-hye",
            "01/05/2025, 19:05 - Joon: 2️⃣ Hospital Playlist (2020)",
            "five friends, one hospital, a band. nobody you love dies I promise",
            "01/05/2025, 19:06 - Mia: <Media omitted>",
            "01/05/2025, 19:08 - Mia: ok my turn. 3️⃣ Dr. Romantic (2016). A genius surgeon hides in a small hospital in the mountains.",
            "01/05/2025, 19:09 - Hana: thank you all!! starting tonight",
        ]);

        var segments = ArticleSegmenter.Segment(text)!;

        Assert.Equal([1, 2, 3], segments.Items.Select(i => i.Number));
        Assert.Equal("Hospital Playlist (2020)", segments.Items[1].Heading);
        Assert.StartsWith("Dr. Romantic (2016)", segments.Items[2].Heading, StringComparison.Ordinal);
        Assert.Contains("ooh she likes Park Shin-hye", segments.Items[0].Blocks); // a reply between entries is the entry's
        Assert.DoesNotContain(segments.Items[2].Blocks, b => b.Contains("starting tonight", StringComparison.Ordinal));
    }

    [Fact]
    public void Segment_ASlideshowWhoseHeadingsAreSentencesOpeningWithAQuotedTitle_HasASlideAnItem()
    {
        static string Slide(string heading, string network, string cast, string text) =>
            $"{heading}\n\n{network}\n\nStarring: {cast}\nPremiered: 2019\n\n{text}\n";
        var text = string.Join("\n", [
            "Five hospital dramas you might have missed",
            "",
            "Medical dramas are everywhere on Korean television, but some of the best never found an audience abroad.",
            "",
            Slide("\"Doctors\" is a coming-of-age story about a rebel who becomes a neurosurgeon.", "SBS", "Park Shin-hye, Kim Rae-won",
                "Yoo Hye-jung (Park Shin-hye) meets her old teacher again when both work at the same hospital."),
            Slide("\"Life\" is a corporate thriller set inside a university hospital.", "JTBC", "Lee Dong-wook, Cho Seung-woo",
                "A new president wants the hospital to make money, and the emergency doctors refuse to go along."),
            Slide("\"Hospital Playlist\" is a warm ensemble drama about five friends from medical school.", "tvN", "Jo Jung-suk, Yoo Yeon-seok",
                "The five work at the same hospital during the week and play in a band together on weekends."),
        ]);

        var segments = ArticleSegmenter.Segment(text)!;

        Assert.Equal(3, segments.Items.Count);
        Assert.StartsWith("\"Life\" is", segments.Items[1].Heading, StringComparison.Ordinal);
        Assert.Contains("Starring: Lee Dong-wook, Cho Seung-woo", segments.Items[1].Blocks);
    }

    [Fact]
    public void Segment_CouplesGivenNamesAsHeadings_AreItems_AndTheSiteMenuAndMastheadAreNot()
    {
        var text = string.Join("\n", [
            "Daily Screen",
            "Home  Culture  Television  Film  Style  Money",
            "",
            "Three couples who made us believe in love again",
            "",
            "These are the pairs we would rewatch tonight, and we are not sorry about it at all.",
            "",
            "Dong-baek and Yong-sik",
            "",
            "In When the Camellia Blooms, a single mother who runs a bar meets the police officer who will not stop believing in her.",
            "",
            "MORE: Ten dramas to watch this weekend",
            "",
            "Sol and Sun-jae",
            "",
            "A fan goes back in time to save her favourite singer, and he turns out to have loved her first.",
            "",
            "Mi-jeong and Gu",
            "",
            "A quiet office worker asks the silent newcomer in her village to worship her, and he does, in his way.",
            "",
            "Daily Screen",
        ]);

        var segments = ArticleSegmenter.Segment(text)!;

        Assert.Equal(["Dong-baek and Yong-sik", "Sol and Sun-jae", "Mi-jeong and Gu"], segments.Items.Select(i => i.Heading));
        Assert.DoesNotContain(segments.Items[0].Blocks, b => b.StartsWith("MORE:", StringComparison.Ordinal));
    }

    [Theory]
    [InlineData("Home  Culture  Television  Film  Style", true)]
    [InlineData("Privacy Policy  Cookie Policy  Terms  Contact Us", true)]
    [InlineData("He left.  She stayed.  Nobody spoke.  The end.", false)]
    [InlineData("Goblin  tvN  2016  Gong Yoo", false)]
    [InlineData("Year\tTitle\tNetwork\tStarring", false)]
    public void IsSiteMenu_ShortCapitalisedEntriesSetApartBySpaces(string line, bool menu) =>
        Assert.Equal(menu, PageFurniture.IsSiteMenu(line));

    [Theory]
    [InlineData("Tan and Eun-sang", true)]
    [InlineData("Sol and Sun-jae", true)]
    [InlineData("Goblin and Healer", false)]
    [InlineData("Sol", false)]
    public void LooksLikePeople_AOneSyllableGivenNameBesideAFullerOne_IsAName(string heading, bool people) =>
        Assert.Equal(people, HeadingReader.LooksLikePeople(heading));
}
