using KdramaMoments.Web.Domain;
using KdramaMoments.Web.Importing;

namespace KdramaMoments.Tests.Importing;

/// <summary>What the resolver tells the import preview about each item, over a catalogue built by hand.</summary>
public sealed class ItemOutcomeTests
{
    private static Catalog RainCatalog()
    {
        var catalog = new Catalog();
        var drama = new Drama { Id = 1, Slug = "something-in-the-rain", Title = "Something In The Rain", NormalizedTitle = Names.Normalize("Something In The Rain"), Year = 2018 };
        catalog.Dramas.Add(drama);
        foreach (var (id, character, actor) in new[] { (1, "Yoon Jin Ah", "Son Ye Jin"), (2, "Seo Joon Hee", "Jung Hae In") })
        {
            var a = new Actor { Id = id, Slug = Names.Slugify(actor), Name = actor, NormalizedName = Names.Normalize(actor) };
            catalog.Actors.Add(a);
            catalog.Characters.Add(new Character { Id = id, Slug = Names.Slugify(character), Name = character, NormalizedName = Names.Normalize(character), Drama = drama, DramaId = 1, Actor = a, ActorId = id });
        }
        return catalog;
    }

    private static ParsedItem Item(ParsedDrama drama, string excerpt, params CastCredit[] cast) =>
        new(1, "The umbrella", excerpt, drama, cast, [.. cast.Select(c => c.Character!)], ["You can't leave in this rain."], null, ["rain"]);

    private static ItemOutcome Resolve(Catalog catalog, ParsedItem item)
    {
        var report = new FileReport("rain.txt");
        new CatalogResolver(catalog, DateTime.UnixEpoch).Resolve("rain.txt", "text", new ParsedArticle("Rain", [item], []), report);
        return Assert.Single(report.ItemOutcomes);
    }

    [Fact]
    public void Outcome_NewDrama_KeepsTheParsersDoubtsThenAddsTheResolvers()
    {
        var read = Item(new ParsedDrama("Rain Love", 2019, []), "Choi Ung (Choi Woo-shik) waits.", new CastCredit("Choi Ung", "Choi Woo-shik"));
        var item = read with { Doubts = [new ItemDoubt("episode", "two episode numbers in one item")] };
        var outcome = Resolve(new Catalog(), item);
        Assert.Equal(
        [
            new ItemDoubt("episode", "two episode numbers in one item"),
            new ItemDoubt("cast", "new actor Choi Woo-shik: no actor in the catalogue has this name"),
            new ItemDoubt("drama", "new drama: no drama in the catalogue has this title or alias"),
        ], outcome.Doubts);
        Assert.True(outcome.DramaIsNew);
        Assert.Equal(("Rain Love", "rain-love", 2019), (outcome.DramaTitle, outcome.DramaSlug, outcome.DramaYear));
        Assert.True(outcome.MomentIsNew);
        Assert.Equal(["Choi Ung (Choi Woo-shik)"], outcome.People);
    }

    [Fact]
    public void Outcome_OtherTitleWithSharedCast_IsTakenAsThatDrama_AndSaysWhy()
    {
        var outcome = Resolve(RainCatalog(), Item(new ParsedDrama("Rain Love", 2019, []), "They share an umbrella.",
            new CastCredit("Yoon Jin-ah", "Son Ye-jin"), new CastCredit("Seo Joon-hee", "Jung Hae-in")));
        Assert.False(outcome.DramaIsNew);
        Assert.Equal("something-in-the-rain", outcome.DramaSlug);
        Assert.Contains(new ItemDoubt("drama", "“Rain Love” is no title in the catalogue; taken as Something In The Rain because two of the item's actors play in it"), outcome.Doubts);
    }

    [Fact]
    public void Outcome_DramaTheEditorNamed_IsFoundByTitleOnly_NeverBySharedCast()
    {
        var outcome = Resolve(RainCatalog(), Item(new ParsedDrama("Rain Love", null, []) { ChosenByEditor = true }, "They share an umbrella.",
            new CastCredit("Yoon Jin-ah", "Son Ye-jin"), new CastCredit("Seo Joon-hee", "Jung Hae-in")));
        Assert.True(outcome.DramaIsNew);
        Assert.Equal("Rain Love", outcome.DramaTitle);
    }

    [Fact]
    public void Outcome_PersonTheEditorRemoved_IsNotFoundInTheTextEither()
    {
        var drama = new ParsedDrama("Something In The Rain", 2018, []);
        const string excerpt = "Yoon Jin Ah shares her umbrella with Seo Joon Hee.";
        Assert.Equal(["Yoon Jin Ah (Son Ye Jin)", "Seo Joon Hee (Jung Hae In)"], Resolve(RainCatalog(), Item(drama, excerpt)).People);
        Assert.Equal(["Yoon Jin Ah (Son Ye Jin)"], Resolve(RainCatalog(), Item(drama, excerpt) with { NotPeople = ["Seo Joon-hee"] }).People);
    }
}
