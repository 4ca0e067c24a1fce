using System.Collections.Concurrent;
using System.Data.Common;
using System.Net.Http.Json;
using System.Text.Json;
using KdramaMoments.Web.Data;
using KdramaMoments.Web.Domain;
using KdramaMoments.Web.Search;
using Microsoft.EntityFrameworkCore.Diagnostics;
using Microsoft.Extensions.DependencyInjection;

namespace KdramaMoments.Tests.Search;

/// <summary>
/// A last word longer than the prefix indexes is read on SQLite as the indexed words it begins when they are few
/// (<see cref="SqliteSearchStore.MaxPrefixTerms"/>), else as a prefix: either way it matches every entry holding a
/// word it begins, itself included.
/// </summary>
public sealed class PrefixExpansionTests
{
    private const int Words = 80;

    [Fact]
    public async Task LongPrefix_MatchesEveryWordItBegins_WhetherFewOrMany()
    {
        using var database = new TempDatabase();
        await using var factory = new KdramaAppFactory(database.Path, seed: false);
        _ = factory.CreateClient();
        // Eighty invented words beginning "zorbl" (more than a prefix is read as), each in two entries, and "zorbl" itself in one.
        var entries = Enumerable.Range(1, Words)
            .SelectMany(i => new[] { new SearchEntry(2 * i, $"zorbl{i:00}", "", ""), new SearchEntry((2 * i) + 1, $"zorbl{i:00}", "", "") })
            .Append(new SearchEntry(1000, "zorbl", "", ""))
            .ToList();
        await factory.WithDbAsync(async db =>
        {
            await db.SearchStore.ReplaceAsync(db, EntityKind.Tag, [], entries, CancellationToken.None);
            return 0;
        });

        var many = await factory.WithDbAsync(db => MatchesAsync(db, "zorbl"));
        Assert.Equal(entries.Select(e => e.Id).Order(), many);
        // Four letters: a prefix index of its own on SQLite, the same matches.
        Assert.Equal(entries.Select(e => e.Id).Order(), await factory.WithDbAsync(db => MatchesAsync(db, "zorb")));

        // "zorbl1" begins ten words (zorbl10 to zorbl19), few enough to be read as those words.
        Assert.Equal(Enumerable.Range(10, 10).SelectMany(i => new[] { 2 * i, (2 * i) + 1 }).Order(), await factory.WithDbAsync(db => MatchesAsync(db, "zorbl1")));
        Assert.Equal([10, 11], await factory.WithDbAsync(db => MatchesAsync(db, "zorbl05")));
        // A word before the last matches whole; the last, as a prefix, still matches the word itself.
        Assert.Equal([1000], await factory.WithDbAsync(db => MatchesAsync(db, "zorbl zorbl")));
    }

    /// <summary>
    /// The results, the suggestions under the box and the page's facet counts read the typed words the same way: a long
    /// last word that begins few indexed words is read as those words by each of them, not as a prefix by some.
    /// </summary>
    [Fact]
    public async Task SearchSuggestionsAndFacetCounts_ReadALongPrefixTheSameWay()
    {
        using var database = new TempDatabase();
        var commands = new CommandTexts();
        await using var factory = new KdramaAppFactory(database.Path, services: s => s.AddSingleton<IInterceptor>(commands));
        var client = factory.CreateClient();
        // "confess" begins a few words of the seeded moments (confession, confessions, confesses…).
        var expanded = await factory.WithDbAsync(db => db.SearchStore.ExpandPrefixesAsync(db, SearchQuery.Parse("confess"), CancellationToken.None));

        commands.Clear();
        var page = await client.GetDocumentAsync("/search?q=confess&nocache=" + Guid.NewGuid().ToString("N"));
        var suggestions = await client.GetFromJsonAsync<JsonElement>("/api/search/suggest?q=confess&nocache=" + Guid.NewGuid().ToString("N"));

        // Each finds the confession moments; the page's moments come with facet counts over the same matches.
        Assert.NotEmpty(page.QuerySelectorAll("a[href^='/moments/']"));
        Assert.Contains(suggestions.EnumerateArray(), s => s.GetProperty("kind").GetString() == "moment");
        var reads = commands.Matching();
        Assert.True(reads.Count >= 3, $"expected the search, the suggestions and the facet counts to read the index; saw {reads.Count}");
        if (expanded.PrefixTerms.TryGetValue("confess", out var words) && words.Count > 0)
        {
            // SQLite: every read names the words, none reads the prefix.
            Assert.All(reads, read => Assert.DoesNotContain("\"confess\"*", read, StringComparison.Ordinal));
            Assert.All(reads, read => Assert.Contains(words, word => read.Contains('"' + word + '"', StringComparison.Ordinal)));
        }
        else
        {
            Assert.True(TestProvider.IsPostgres, "SQLite reads a prefix that begins a few words as those words");
        }
    }

    /// <summary>The text and parameter values of every command that reads the search index.</summary>
    private sealed class CommandTexts : DbCommandInterceptor
    {
        private readonly ConcurrentQueue<string> texts = new();

        public void Clear() => texts.Clear();

        public List<string> Matching() => texts.Where(t => t.Contains("search_entries", StringComparison.Ordinal) && !t.Contains("search_terms", StringComparison.Ordinal)).ToList();

        public override ValueTask<InterceptionResult<DbDataReader>> ReaderExecutingAsync(DbCommand command, CommandEventData eventData, InterceptionResult<DbDataReader> result, CancellationToken cancellationToken = default)
        {
            texts.Enqueue(command.CommandText + "\n" + string.Join("\n", command.Parameters.Cast<DbParameter>().Select(p => p.Value?.ToString())));
            return ValueTask.FromResult(result);
        }
    }

    private static async Task<List<int>> MatchesAsync(KdramaDbContext db, string q)
    {
        var query = await db.SearchStore.ExpandPrefixesAsync(db, SearchQuery.Parse(q), CancellationToken.None);
        var windows = await db.SearchStore.NewestWindowsAsync(db, query, null, SiteSearch.CountCap, CancellationToken.None);
        var hits = await db.SearchStore.TopRankedAsync(db, query, windows, SiteSearch.CountCap, CancellationToken.None);
        return hits.Select(h => h.EntityId).Order().ToList();
    }
}
