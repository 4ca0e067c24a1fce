using KdramaMoments.Web.Search;
using Microsoft.Data.Sqlite;
using Microsoft.EntityFrameworkCore;

namespace KdramaMoments.Tests.Search;

/// <summary>
/// On SQLite a search's reads count and rank their rows into a tally of their own command
/// (<see cref="Fts5WindowTally"/>, by <c>kdrama_window</c>): searches running at once each get their own counts and
/// results, and a read naming a tally no command opened fails instead of counting into another's.
/// </summary>
public sealed class SearchWindowTallyTests
{
    // Past the count cap ("happens" is in every generated moment), a few, none, and words of several kinds.
    private static readonly string[] Queries = ["happens", "umbrella", "kiss rain", "a", "zzzqx", "love", "happens umbrella", "kim"];

    [Fact]
    public async Task SearchesAtOnce_EachShowWhatItShowsAlone()
    {
        await using var site = await GeneratedSearchSite.CreateAsync(1100);
        var client = site.Factory.CreateClient();
        var alone = new Dictionary<string, string>();
        foreach (var q in Queries)
        {
            alone[q] = await client.GetStringAsync(Address(q, 0));
        }

        // Every address differs (the output cache would otherwise answer the repeats), so each request searches.
        var together = await Task.WhenAll(Enumerable.Range(1, 6).SelectMany(round => Queries.Select(async q => (q, Json: await client.GetStringAsync(Address(q, round))))));

        Assert.Contains("\"totalIsAtLeast\":true", alone["happens"], StringComparison.Ordinal);
        Assert.All(together, result => Assert.Equal(alone[result.q], result.Json));
    }

    [Fact]
    public async Task ReadWithATokenNoCommandOpened_Fails()
    {
        if (TestProvider.IsPostgres)
        {
            return; // FTS5 is SQLite's.
        }
        using var database = new TempDatabase();
        await using var factory = new KdramaAppFactory(database.Path);
        _ = factory.CreateClient();

        var failure = await Assert.ThrowsAsync<SqliteException>(() => factory.WithDbAsync(async db =>
        {
            await db.Database.OpenConnectionAsync();
            Fts5Ranking.Register((SqliteConnection)db.Database.GetDbConnection());
            // As the store reads: the function's value is used (max), or SQLite leaves the unused column out and never calls
            // it; and the read has its LIMIT, or SQLite folds it into the aggregate, where FTS5 refuses its functions.
            return await db.Database.SqlQueryRaw<long>(
                $"SELECT count(*) + ifnull(max(w), 0) AS \"Value\" FROM (SELECT {Fts5Ranking.WindowFunction}(search_entries, -1, 0, 10, 10) AS w FROM search_entries WHERE search_entries MATCH 'kiss' ORDER BY rowid DESC LIMIT 11)")
                .SingleAsync();
        }));

        // Tokens are counted up from 1: no tally ever has this one.
        Assert.Contains("no open tally", failure.Message, StringComparison.Ordinal);
    }

    private static string Address(string q, int round) => $"/api/search?q={Uri.EscapeDataString(q)}&round={round}";
}
