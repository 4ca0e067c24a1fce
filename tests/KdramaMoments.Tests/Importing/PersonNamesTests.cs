using KdramaMoments.Web.Importing;

namespace KdramaMoments.Tests.Importing;

/// <summary>What passes for a person's name, and which spellings are one person.</summary>
public sealed class PersonNamesTests
{
    [Theory]
    [InlineData("Oxford-educated")]
    [InlineData("Busan-born")]
    [InlineData("Mortgage-obsessed")]
    [InlineData("Seoul-based")]
    public void DescribingCompound_IsNoName(string word) => Assert.Null(PersonNames.Clean(word));

    [Theory]
    [InlineData("Singer-actor Bada", "Bada")]
    [InlineData("Idol-turned-actor Kim Da-on", "Kim Da-on")]
    [InlineData("Stanford-educated Seo Min-jae", "Seo Min-jae")]
    public void DescribingWordBeforeAName_IsDropped(string run, string name) => Assert.Equal(name, PersonNames.Clean(run));

    [Theory]
    [InlineData("Ye-jin")]
    [InlineData("Sae-ro-yi")]
    [InlineData("Kim Ok-vin")]
    [InlineData("Jin Seo-ah")]
    [InlineData("Hwang In-youp")]
    public void KoreanGivenNames_WithHyphens_AreNames(string name) => Assert.Equal(name, PersonNames.Clean(name));

    [Theory]
    [InlineData("Seo Ha-gyul", "Seo Ha-kyul")]
    [InlineData("Gang Min-ho", "Kang Min-ho")]
    [InlineData("Ko Eun-bi", "Go Eun-bi")]
    [InlineData("Park Bo-gum", "Park Bo-geom")]
    [InlineData("Koo Hye-ri", "Ku Hye Ri")]
    [InlineData("Jeong Da-un", "Jung Da-un")]
    [InlineData("Hyeon Seung-ho", "Hyun Seung ho")]
    public void RomanisationVariants_AreOnePerson(string a, string b) =>
        Assert.Equal(PersonNames.RomanisationKey(a), PersonNames.RomanisationKey(b));

    [Theory]
    [InlineData("Lee Dae-ho", "Lee Tae-ho")]
    [InlineData("Kim Ji-byeong", "Kim Ji-pyeong")]
    [InlineData("Han Gyul", "Han Gyeol-a")]
    public void DifferentSyllables_StayDifferentPeople(string a, string b) =>
        Assert.NotEqual(PersonNames.RomanisationKey(a), PersonNames.RomanisationKey(b));
}
