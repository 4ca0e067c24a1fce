using KdramaMoments.Web.Importing.Reference;

namespace KdramaMoments.Tests.Importing.Reference;

/// <summary>The cast list's file and its look-ups.</summary>
public sealed class KnownCastsTests
{
    private static string ListPath => Path.Combine(Path.GetDirectoryName(RepositoryPaths.Seeds)!, "src", "KdramaMoments.Web", "Importing", "Reference", "known-casts.tsv");

    [Fact]
    public void CastListFile_EveryRowParses_EveryDramaIsOnTheShelf()
    {
        using var reader = new StreamReader(ListPath);
        var list = KnownCasts.CastList.Read(reader);

        Assert.Empty(list.Problems);
        var dramas = list.Roles.Select(r => r.Drama).Distinct().Count();
        Assert.True(dramas >= 300, $"the cast list covers {dramas} dramas");
        // The embedded copy is the file.
        Assert.Equal(list.Roles.Count, KnownCasts.All.Count);
    }

    [Theory]
    [InlineData("drama\tactor\tcharacter\nCrash Landing on You\tHyun Bin\n", "expected 3")]
    [InlineData("drama\tactor\tcharacter\nThe Lighthouse Keeper's Daughter\tHyun Bin\tRi Jeong-hyeok\n", "not a title on the reference shelf")]
    [InlineData("drama\tactor\tcharacter\nCLOY\tHyun Bin\tRi Jeong-hyeok\n", "not a title on the reference shelf")]
    [InlineData("drama\tactor\tcharacter\nCrash Landing on You\tHyun Bin;Ri Jeong-hyeok\tRi Jeong-hyeok\n", "both the actor's name and the character's")]
    public void CastListFile_BadRow_IsNamed(string text, string problem)
    {
        var list = KnownCasts.CastList.Read(new StringReader("# comment\n" + text));

        Assert.Contains(list.Problems, p => p.Contains(problem, StringComparison.Ordinal));
    }

    [Fact]
    public void For_AnyShelfNameOfTheDrama_GivesItsRoles()
    {
        Assert.Contains(KnownCasts.For("Goblin"), r => r.ActorNames.Contains("Gong Yoo") && r.CharacterNames.Contains("Kim Shin"));
        Assert.Equal(KnownCasts.For("Crash Landing on You"), KnownCasts.For("CLOY"));
        Assert.Empty(KnownCasts.For("The Lighthouse Keeper's Daughter"));
    }

    [Fact]
    public void For_AFullKoreanName_AlsoAnswersToItsGivenName()
    {
        var role = KnownCasts.For("Crash Landing on You").Single(r => r.ActorNames.Contains("Hyun Bin"));

        Assert.Contains("Jeong-hyeok", role.CharacterNames);
        Assert.Contains("Captain Ri", role.CharacterNames);
    }

    [Theory]
    [InlineData("Fans still replay the scene where Captain Ri catches her on the bridge.", "Captain Ri", false)]
    [InlineData("Watching Hyun Bin's soldier lose his composure is the fun of it.", "Hyun Bin", true)]
    [InlineData("The heiress, Yun Se Ri, refuses to stay quiet.", "Yun Se Ri", false)]
    [InlineData("It is Lee Jung-hyuk who finally says it.", "Lee Jung-hyuk", false)]
    public void NamedIn_AListedNameInAnySpelling_IsFoundAsActorOrRole(string text, string name, bool isActor)
    {
        var found = Assert.Single(KnownCasts.NamedIn("Crash Landing on You", text));

        Assert.Equal(name, found.Text);
        Assert.Equal(isActor, found.IsActor);
        Assert.Equal(text.IndexOf(name, StringComparison.Ordinal), found.Index);
    }

    [Theory]
    [InlineData("Rain falls on the rooftop all night.")]
    [InlineData("The drizzle turns to rain and nobody has an umbrella.")]
    public void NamedIn_AOneWordNameThatIsAnEnglishWord_CountsOnlyInsideASentenceAndCapitalised(string text) =>
        Assert.Empty(KnownCasts.NamedIn("Full House", text));

    [Fact]
    public void NamedIn_AOneWordStageNameInsideASentence_IsTheActor() =>
        Assert.True(Assert.Single(KnownCasts.NamedIn("Full House", "Back then Rain was still a pop star first.")).IsActor);

    [Fact]
    public void NamedIn_ADramaNotOnTheList_FindsNobody() =>
        Assert.Empty(KnownCasts.NamedIn("The Lighthouse Keeper's Daughter", "Hyun Bin and Son Ye-jin star."));

    [Theory]
    [InlineData("Hyun Bin and Son Ye-jin")]
    [InlineData("The night Ri Jeong-hyeok walks Yoon Se-ri to the border")]
    [InlineData("Son Ye-jin's heiress and Captain Ri, again")]
    public void DramasOfACouple_TwoListedRolesOfOneDrama_NameIt(string text) =>
        Assert.Contains("Crash Landing on You", KnownCasts.DramasOfACouple(text));

    [Theory]
    [InlineData("Hyun Bin, on his own, in a café")]
    [InlineData("Two strangers meet on a paraglider over the border")]
    public void DramasOfACouple_OneNameOrNone_NamesNoDrama(string text) =>
        Assert.DoesNotContain("Crash Landing on You", KnownCasts.DramasOfACouple(text));
}
