using KdramaMoments.Web.Domain;
using Microsoft.EntityFrameworkCore;

namespace KdramaMoments.Tests.Search;

/// <summary>The index follows every write, because every write saves through the DbContext: edits, merges and deletes here; the import that seeded the site indexed it.</summary>
public sealed class SearchSyncTests : FreshSiteTests
{
    private async Task<List<string>> ApiLinksAsync(string q, string kind)
    {
        var json = await Factory.CreateClient().GetStringAsync("/api/search?q=" + Uri.EscapeDataString(q) + "&kind=" + kind);
        using var document = System.Text.Json.JsonDocument.Parse(json);
        return document.RootElement.GetProperty("groups").EnumerateArray()
            .SelectMany(g => g.GetProperty("items").EnumerateArray().Select(i => i.GetProperty("url").GetString()!)).ToList();
    }

    [Fact]
    public async Task Edit_NewWordsAreFoundAndOldOnesAreNot()
    {
        const string slug = "/moments/you-taught-me-everything-you-just-didnt-teach-me-how-to-break-up";
        Assert.Contains(slug, await ApiLinksAsync("break up", "moment"));
        await Factory.WithDbAsync(async db =>
        {
            var moment = await db.Moments.Include(m => m.Quotes).SingleAsync(m => "/moments/" + m.Slug == slug);
            moment.Quotes.Single().Text = "Let us run together until the finish line.";
            moment.Title = "The finish line";
            moment.Description = "A promise made on the running track.";
            return await db.SaveChangesAsync();
        });
        Assert.DoesNotContain(slug, await ApiLinksAsync("break up", "moment"));
        Assert.Contains(slug, await ApiLinksAsync("finish line", "moment"));
    }

    [Fact]
    public async Task RenamedDrama_ItsMomentsAreFoundByTheNewTitle()
    {
        await Factory.WithDbAsync(async db =>
        {
            var drama = await db.Dramas.SingleAsync(d => d.Slug == "lovely-runner");
            drama.Title = "Sunjae Carry Me";
            return await db.SaveChangesAsync();
        });
        Assert.Equal(["/dramas/lovely-runner"], await ApiLinksAsync("sunjae carry", "drama"));
        Assert.NotEmpty(await ApiLinksAsync("sunjae carry", "moment"));
    }

    [Fact]
    public async Task Merge_TheLoserIsGoneAndItsNameFindsTheSurvivor()
    {
        // A merge as the editors' merge makes it: references move, names become aliases, the loser is deleted.
        await Factory.WithDbAsync(async db =>
        {
            var survivor = await db.Actors.SingleAsync(a => a.Slug == "hyun-bin");
            var loser = await db.Actors.Include(a => a.Characters).SingleAsync(a => a.Slug == "son-ye-jin");
            foreach (var character in loser.Characters.ToList())
            {
                character.ActorId = survivor.Id;
            }
            survivor.Aliases.Add(new ActorAlias { Name = loser.Name, NormalizedName = Names.Normalize(loser.Name) });
            db.Actors.Remove(loser);
            db.SlugRedirects.Add(new SlugRedirect { EntityType = "actor", OldSlug = loser.Slug, TargetId = survivor.Id });
            return await db.SaveChangesAsync();
        });
        Assert.Equal(["/actors/hyun-bin"], await ApiLinksAsync("son ye jin", "actor"));
        // Her character's entry now names the survivor.
        Assert.Contains("/characters/yoon-se-ri", await ApiLinksAsync("yoon se ri hyun bin", "character"));
    }

    [Fact]
    public async Task Delete_TheDramaItsCharactersAndMomentsLeaveTheResults()
    {
        Assert.NotEmpty(await ApiLinksAsync("goblin", "moment"));
        await Factory.WithDbAsync(async db =>
        {
            // A drama is deleted with its moments and roles (the database refuses to orphan them).
            var goblin = await db.Dramas.Include(d => d.Moments).Include(d => d.Characters).SingleAsync(d => d.Slug == "goblin");
            db.Moments.RemoveRange(goblin.Moments);
            db.Characters.RemoveRange(goblin.Characters);
            db.Dramas.Remove(goblin);
            return await db.SaveChangesAsync();
        });
        Assert.Empty(await ApiLinksAsync("goblin", "drama"));
        Assert.Empty(await ApiLinksAsync("goblin", "moment"));
        Assert.Empty(await ApiLinksAsync("kim shin", "character"));
    }

    [Fact]
    public async Task Rebuild_GivesTheSameIndexAsTheIncrementalWrites()
    {
        // The index stores no text; its vocabulary (term, field, entries) is its content.
        static async Task<List<string>> Vocabulary(KdramaMoments.Web.Data.KdramaDbContext db)
        {
            var terms = new List<string>();
            foreach (var field in Enum.GetValues<KdramaMoments.Web.Search.SearchField>())
            {
                terms.AddRange((await db.SearchStore.TermsAsync(db, field, CancellationToken.None)).Select(t => $"{t.Term}:{field.ToString().ToLowerInvariant()}:{t.Documents}"));
            }
            return terms.Order(StringComparer.Ordinal).ToList();
        }
        await Factory.WithDbAsync(async db =>
        {
            // An edit first, so the incremental path has replaced rows, not only added them.
            var goblin = await db.Dramas.SingleAsync(d => d.Slug == "goblin");
            goblin.Title = "Goblin Returns";
            return await db.SaveChangesAsync();
        });
        var before = await Factory.WithDbAsync(Vocabulary);
        var countBefore = await Factory.WithDbAsync(db => db.SearchStore.CountAsync(db, CancellationToken.None));
        await Factory.WithDbAsync(async db =>
        {
            await KdramaMoments.Web.Search.SearchIndexer.RebuildAsync(db, CancellationToken.None);
            return 0;
        });
        var after = await Factory.WithDbAsync(Vocabulary);
        Assert.Equal(before, after);
        Assert.Contains(after, t => t.StartsWith("returns:names:", StringComparison.Ordinal));
        var entities = await Factory.WithDbAsync(async db =>
            await db.Moments.CountAsync() + await db.Dramas.CountAsync() + await db.Actors.CountAsync() + await db.Characters.CountAsync() + await db.Tags.CountAsync());
        Assert.Equal(entities, countBefore);
        Assert.Equal(entities, await Factory.WithDbAsync(db => db.SearchStore.CountAsync(db, CancellationToken.None)));
    }
}
