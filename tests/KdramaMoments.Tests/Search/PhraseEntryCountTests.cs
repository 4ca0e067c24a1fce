using System.Net;
using KdramaMoments.Tests.Accounts;
using KdramaMoments.Web.Data;
using KdramaMoments.Web.Domain;
using KdramaMoments.Web.Search;
using Microsoft.EntityFrameworkCore;

namespace KdramaMoments.Tests.Search;

/// <summary>
/// The entries counted for ranking (<see cref="SearchQuery.PhraseEntries"/>), which on SQLite come with a prefix's words
/// from the index's vocabulary (<see cref="SqliteSearchStore.WordsTable"/>), equal a count of each phrase's matches,
/// also after entries are deleted (the table's deletes are tombstones) and rewritten.
/// </summary>
public sealed class PhraseEntryCountTests : FreshSiteTests
{
    /// <summary>Each counted phrase's entries as the query gives them, and as a count of its matches.</summary>
    private static async Task<List<(string Phrase, long Given, long Counted)>> CountsAsync(KdramaDbContext db, string q)
    {
        var query = await db.SearchStore.ExpandPrefixesAsync(db, SearchQuery.Parse(q), CancellationToken.None);
        var counted = await db.SearchStore.CountPhrasesAsync(db, query, CancellationToken.None);
        var counts = new List<(string, long, long)>();
        foreach (var (phrase, given) in counted.PhraseEntries)
        {
            var matches = await db.Database.SqlQueryRaw<long>("SELECT count(*) AS \"Value\" FROM search_entries WHERE search_entries MATCH {0}", phrase).SingleAsync();
            counts.Add((phrase, given, matches));
        }
        return counts;
    }

    [Fact]
    public async Task APrefixsWords_CountAsTheirMatches_AfterDeletesAndRewrites()
    {
        if (TestProvider.IsPostgres)
        {
            // ts_rank needs no counts: the query is read as typed.
            Assert.Empty(await Factory.WithDbAsync(async db => (await CountsAsync(db, "zorblat quimb")).ToList()));
            return;
        }
        await Factory.WithDbAsync(async db =>
        {
            await db.SearchStore.ReplaceAsync(db, EntityKind.Tag, [], Enumerable.Range(1, 60).Select(i =>
                new SearchEntry(i, i % 2 == 0 ? "quimble zorblat" : "quimbles", i % 3 == 0 ? "quimbled" : "", "")).ToList(), CancellationToken.None);
            await db.SearchStore.ReplaceAsync(db, EntityKind.Moment, [], Enumerable.Range(1, 40).Select(i =>
                new SearchEntry(i, "quimble", "", i % 5 == 0 ? "quimbles zorblat" : "")).ToList(), CancellationToken.None);
            return 0;
        });
        var before = await Factory.WithDbAsync(db => CountsAsync(db, "zorblat quimb"));

        // A third of the tags deleted, a quarter of the moments rewritten without the words.
        await Factory.WithDbAsync(async db =>
        {
            await db.SearchStore.ReplaceAsync(db, EntityKind.Tag, Enumerable.Range(1, 60).Where(i => i % 3 == 1).ToList(), [], CancellationToken.None);
            var rewritten = Enumerable.Range(1, 40).Where(i => i % 4 == 0).ToList();
            await db.SearchStore.ReplaceAsync(db, EntityKind.Moment, rewritten, rewritten.Select(i => new SearchEntry(i, "scene", "", "")).ToList(), CancellationToken.None);
            return 0;
        });
        var after = await Factory.WithDbAsync(db => CountsAsync(db, "zorblat quimb"));

        foreach (var counts in new[] { before, after })
        {
            // "quimble", "quimbled", "quimbles" from the vocabulary, "zorblat" counted by its matches.
            Assert.Equal(["\"quimble\"", "\"quimbled\"", "\"quimbles\"", "\"zorblat\""], counts.Select(c => c.Phrase).Order(StringComparer.Ordinal));
            Assert.All(counts, c => Assert.Equal(c.Counted, c.Given));
        }
        Assert.NotEqual(before.Select(c => c.Given), after.Select(c => c.Given));
    }

    [Fact]
    public async Task AWordAnEditorAddsAndRemoves_CountsAsItsMatches()
    {
        var client = await EditorSession.NewEditorClientAsync(Factory);
        var (_, token) = await EditorSession.GetFormAsync(client, "/admin/moments/edit");
        var created = await EditorSession.PostFormAsync(client, "/admin/moments/edit", token,
            ("Input.Title", "Umbrellaquest at the bus stop"), ("Input.DramaSlug", "crash-landing-on-you"),
            ("Input.Description", "An umbrellaquests of sorts."), ("Input.Tags", ""), ("Input.Version", "0"));
        Assert.Equal(HttpStatusCode.Redirect, created.StatusCode);
        var id = await Factory.WithDbAsync(db => db.Moments.Where(m => m.Title == "Umbrellaquest at the bus stop").Select(m => m.Id).SingleAsync());
        var added = await Factory.WithDbAsync(db => CountsAsync(db, "umbrellaq"));

        var (form, editToken) = await EditorSession.GetFormAsync(client, $"/admin/moments/edit/{id}");
        var saved = await EditorSession.PostFormAsync(client, $"/admin/moments/edit/{id}", editToken, EditorSession.FormFields(form, ("Input.Description", "A bus stop.")));
        Assert.Equal(HttpStatusCode.Redirect, saved.StatusCode);
        var edited = await Factory.WithDbAsync(db => CountsAsync(db, "umbrellaq"));

        if (TestProvider.IsPostgres)
        {
            Assert.Empty(added);
            Assert.Empty(edited);
            return;
        }
        // The title's word and its joined forms stay; the description's word goes with the edit.
        Assert.Contains("\"umbrellaquests\"", added.Select(c => c.Phrase));
        Assert.Equal(added.Select(c => c.Phrase).Where(p => p != "\"umbrellaquests\"").Order(StringComparer.Ordinal), edited.Select(c => c.Phrase).Order(StringComparer.Ordinal));
        Assert.All(added.Concat(edited), c => Assert.Equal(c.Counted, c.Given));
    }
}
