using KdramaMoments.Web.Cli;

namespace KdramaMoments.Tests.Search;

/// <summary>
/// A site over a generated catalogue (<c>generate --moments N</c>), for the tests of what a search shows past its count
/// cap (<see cref="SearchCountCapTests"/>, <see cref="SearchFacetWindowTests"/>): every generated description says
/// where the scene "happens", so that word matches every moment.
/// </summary>
internal sealed class GeneratedSearchSite : IAsyncDisposable
{
    private readonly TempDatabase database;

    private GeneratedSearchSite(TempDatabase database)
    {
        this.database = database;
        Factory = new KdramaAppFactory(database.Path, seed: false);
    }

    public KdramaAppFactory Factory { get; }

    public static async Task<GeneratedSearchSite> CreateAsync(int moments)
    {
        var database = new TempDatabase();
        using var output = new StringWriter();
        using var errors = new StringWriter();
        Assert.Equal(0, await CommandLine.RunAsync(["generate", "--moments", moments.ToString(System.Globalization.CultureInfo.InvariantCulture), "--db", database.Path], output, errors));
        return new GeneratedSearchSite(database);
    }

    public async ValueTask DisposeAsync()
    {
        await Factory.DisposeAsync();
        database.Dispose();
    }
}
