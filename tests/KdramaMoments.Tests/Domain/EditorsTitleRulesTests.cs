using KdramaMoments.Web.Domain;

namespace KdramaMoments.Tests.Domain;

/// <summary>
/// The moment titles the editors' to-do list asks to rewrite, judged with their drama's title. (An article's title is judged
/// in SQL at each save: <c>TodoPageTests</c> and <c>StoredCountsTests</c> check it through the database.)
/// </summary>
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
}
