namespace KdramaMoments.Tests.Importing;

/// <summary>Articles written for these tests in the genre's other styles: #N, roman numerals, "No. N:", markdown headings.</summary>
public sealed class FixtureArticleTests
{
    public static TheoryData<string, ItemExpectation> Items => new()
    {
        { "winter-rewatch-hash.txt", new(1, "Guardian: The Lonely and Great God", 2016, ["Kim Shin|Gong Yoo", "Ji Eun-tak|Kim Go-eun"], null,
            "Because the weather was good, because the weather was not good, because the weather was just right, every day with you was dazzling.") },
        { "winter-rewatch-hash.txt", new(2, "Guardian: The Lonely and Great God", 2016, ["Grim Reaper|Lee Dong-wook"], 2) },
        { "winter-rewatch-hash.txt", new(3, "Hometown Cha-Cha-Cha", 2021, ["Yoon Hye-jin|Shin Min-a", "Hong Du-sik|Kim Seon-ho"], null) },
        { "winter-rewatch-hash.txt", new(4, "Reply 1988", 2015, ["Sung Deok-sun|Hyeri", "Choi Taek|Park Bo-gum"], null, "I'm not your friend anymore.") },

        { "first-meetings-roman.txt", new(1, "Crash Landing on You", 2019, ["Yoon Se-ri|Son Ye-jin", "Ri Jeong-hyeok|Hyun Bin"], 1) },
        { "first-meetings-roman.txt", new(2, "Business Proposal", 2022, ["Shin Ha-ri|Kim Se-jeong", "Jin Young-seo|Seol In-ah", "Kang Tae-moo|Ahn Hyo-seop"], 1) },
        { "first-meetings-roman.txt", new(3, "Descendants of the Sun", 2016, ["Yoo Si-jin|Song Joong-ki", "Kang Mo-yeon|Song Hye-kyo"], 1) },
        { "first-meetings-roman.txt", new(4, "Hotel del Luna", 2019, ["Jang Man-wol|IU", "Gu Chan-sung|Yeo Jin-goo"], null) },

        { "summer-no-style.txt", new(1, "Our Beloved Summer", 2021, ["Choi Ung|Choi Woo-shik", "Kook Yeon-su|Kim Da-mi"], null, "Why did you leave me back then?") },
        { "summer-no-style.txt", new(2, "It's Okay to Not Be Okay", 2020, ["Moon Gang-tae|Kim Soo-hyun", "Ko Moon-young|Seo Ye-ji"], null) },
        { "summer-no-style.txt", new(3, "Queen of Tears", 2024, ["Baek Hyun-woo|Kim Soo-hyun", "Hong Hae-in|Kim Ji-won"], null, "I will remember for both of us.") },

        { "rivals-markdown.txt", new(1, "Twenty-Five Twenty-One", 2022, ["Na Hee-do|Kim Tae-ri", "Baek Yi-jin|Nam Joo-hyuk"], null, "I'll stop being your supporter. I'll be your rival.") },
        { "rivals-markdown.txt", new(2, "Strong Girl Bong-soon", 2017, ["Do Bong-soon|Park Bo-young", "Ahn Min-hyuk|Park Hyung-sik"], null) },
        { "rivals-markdown.txt", new(3, "What's Wrong with Secretary Kim", 2018, ["Kim Mi-so|Park Min-young", "Lee Young-joon|Park Seo-joon"], null) },
    };

    [Theory]
    [MemberData(nameof(Items))]
    public void Item_MatchesWhatTheArticleSays(string file, ItemExpectation expected) =>
        ItemExpectation.Check(expected, ItemExpectation.Parse(RepositoryPaths.Fixture(file)).Items[expected.Position - 1]);

    [Fact]
    public void Fixtures_TitlesBylinesAdsAndCreditsAreNotContent()
    {
        var winter = ItemExpectation.Parse(RepositoryPaths.Fixture("winter-rewatch-hash.txt"));
        Assert.Equal("4 K-Drama Moments We Rewatch Every Winter ❄️", winter.Title);
        Assert.Equal(4, winter.Items.Count);
        var text = string.Join("\n", winter.Items.Select(i => i.Excerpt));
        Assert.DoesNotContain("Advertisement", text, StringComparison.Ordinal);
        Assert.DoesNotContain("Also read", text, StringComparison.Ordinal);
        Assert.DoesNotContain("Photo credit", text, StringComparison.Ordinal);
        Assert.DoesNotContain("Which winter scene", text, StringComparison.Ordinal);

        var rivals = ItemExpectation.Parse(RepositoryPaths.Fixture("rivals-markdown.txt"));
        Assert.Equal("3 K-Drama Rivalries That Turned Into Love", rivals.Title);
        Assert.DoesNotContain("Soompi", rivals.Items[^1].Excerpt, StringComparison.Ordinal);
    }

    [Fact]
    public void HangulTitleInParentheses_IsKeptAsTheHangulTitle() =>
        Assert.Equal("갯마을 차차차", ItemExpectation.Parse(RepositoryPaths.Fixture("winter-rewatch-hash.txt")).Items[2].Drama.HangulTitle);

    [Fact]
    public void SecondDramaMentionedInPassing_DoesNotBecomeACredit()
    {
        var hometown = ItemExpectation.Parse(RepositoryPaths.Fixture("winter-rewatch-hash.txt")).Items[2];
        Assert.DoesNotContain(hometown.Cast, c => c.Character == "Han Ji-pyeong");
        Assert.Equal("Hometown Cha-Cha-Cha", hometown.Drama.Title);
    }
}
