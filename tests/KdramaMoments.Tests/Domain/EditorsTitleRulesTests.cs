using KdramaMoments.Web.Domain;

namespace KdramaMoments.Tests.Domain;

/// <summary>The titles the editors' to-do lists ask to rewrite: a moment's judged with its drama's, an article's alone.</summary>
public sealed class EditorsTitleRulesTests
{
    [Theory]
    [InlineData("Gong Yoo for Kim Go-eun in Goblin", "Goblin")]
    [InlineData("Kim Shin - Goblin", "Goblin")]
    [InlineData("Kim Shin – Goblin", "Goblin")]
    [InlineData("The first snow, Goblin", "Goblin")]
    [InlineData("The first snow | Goblin", "Goblin")]
    [InlineData("The first snow (Goblin) at the sea", "Goblin")]
    [InlineData("Goblin: the rain", "Goblin")]
    [InlineData("Goblin - the rain", "Goblin")]
    [InlineData("goblin", "Goblin")] // letters compare without case
    [InlineData("The kiss in crash landing on you", "Crash Landing on You")]
    public void TitleNamingItsDramaAsAHeadingDoes_NamesTheDrama(string title, string drama) =>
        Assert.Equal(MomentTitleFault.NamesTheDrama, MomentTitles.FaultOf(title, drama));

    [Theory]
    [InlineData("Kim Shin - the first snow", "Goblin")]
    [InlineData("Ri Jeong-hyeok – Yoon Se-ri", "Crash Landing on You")]
    [InlineData("Hospital rooftop | episode 6", "Hospital Playlist")]
    public void TitleWithAHeadingsSeparator_ReadsAsARawHeading(string title, string drama) =>
        Assert.Equal(MomentTitleFault.RawHeading, MomentTitles.FaultOf(title, drama));

    [Theory]
    [InlineData("Grim Reaper and Goblin Save Eun-tak", "Goblin")] // the drama's name as a word of the scene
    [InlineData("When Kim Jin Hyuk declared his feelings for Cha Soo Hyun in public", "Encounter")]
    [InlineData("Red Light, Green Light", "Squid Game")]
    [InlineData("Goblins of the night", "Goblin")] // a longer word is not the drama's name
    [InlineData("The rain in Goblin's garden", "Goblin")]
    [InlineData("A kiss", "")] // a drama without a title names nothing
    public void SceneTitle_IsNoFault(string title, string drama) =>
        Assert.Equal(MomentTitleFault.None, MomentTitles.FaultOf(title, drama));

    [Theory]
    [InlineData("K-dramas undeniably set high expectations for romance.", true)]
    [InlineData("Which K-drama kiss is the best?", true)]
    [InlineData("These couples made us cry!", true)]
    [InlineData("6 Most Romantic Scenes In Recent K-Dramas", false)]
    [InlineData("The 10 best K-drama confessions: ranked", false)]
    public void ArticleTitle_EndingAsASentenceEnds_IsNamedBySentence(string title, bool sentence) =>
        Assert.Equal(sentence, ArticleTitles.NamedBySentence.Compile()(new Article { Slug = "a", FileName = "a.md", Title = title, Text = "", ContentHash = "" }));

    [Fact]
    public void ArticleTitle_LongerThanAHeadline_IsNamedBySentence()
    {
        var named = ArticleTitles.NamedBySentence.Compile();
        Assert.True(named(new Article { Slug = "a", FileName = "a.md", Title = new string('a', 121), Text = "", ContentHash = "" }));
        Assert.False(named(new Article { Slug = "a", FileName = "a.md", Title = new string('a', 120), Text = "", ContentHash = "" }));
    }
}
