using System.Diagnostics;
using System.Globalization;
using KdramaMoments.Web.Data;
using KdramaMoments.Web.Importing;
using KdramaMoments.Web.Search;
using Microsoft.Data.Sqlite;
using Microsoft.EntityFrameworkCore;
using Microsoft.Extensions.Configuration;
using Microsoft.Extensions.DependencyInjection;
using Microsoft.Extensions.Logging;

/// <summary>
/// Import cost against catalogue size: the seed articles imported one file at a time (one importer call each, as an
/// editor or the command line does) into a fresh database and into a copy of a large generated one. Reports the median
/// milliseconds per article for both and their ratio; the goal is at most 2× slower at 100,000 moments.
/// </summary>
internal static class ImportScaleBenchmark
{
    public static async Task<int> RunAsync(string[] args)
    {
        if (args.Length < 1 || !File.Exists(args[0]))
        {
            Console.Error.WriteLine("usage: import-scale DATABASE.db [ROUNDS] [ARTICLE FOLDERS…]   (fill one with: dotnet run -c Release --project src/KdramaMoments.Web -- generate --moments 100000 --db DATABASE.db)");
            return 2;
        }
        var rounds = args.Length > 1 ? int.Parse(args[1], CultureInfo.InvariantCulture) : 5;
        var folders = args.Length > 2 ? args[2..] : ["seeds"];
        var inputs = ImportInput.FromPaths(folders);
        var big = Path.GetFullPath(args[0]);
        var work = Directory.CreateTempSubdirectory("kdrama-import-scale");
        try
        {
            await using (var probe = Services(big, work.FullName))
            {
                using var scope = probe.CreateScope();
                var db = scope.ServiceProvider.GetRequiredService<KdramaDbContext>();
                var (moments, dramas, actors, characters) = (await db.Moments.CountAsync(), await db.Dramas.CountAsync(), await db.Actors.CountAsync(), await db.Characters.CountAsync());
                Console.WriteLine(string.Create(CultureInfo.InvariantCulture,
                    $"large catalogue: {moments:N0} moments, {dramas:N0} dramas, {actors:N0} actors, {characters:N0} characters ({big})"));
            }
            Console.WriteLine($"{inputs.Count} articles one file at a time from {string.Join(", ", folders)}; {rounds} rounds after a warm-up round, a fresh copy of each database every round");

            var fresh = new List<double>();
            var large = new List<double>();
            for (var round = 0; round <= rounds; round++)
            {
                // Alternating which goes first keeps a warm or cold cache from favouring one side.
                var freshFirst = round % 2 == 0;
                var a = await RoundAsync(freshFirst ? null : big, inputs, work.FullName, round);
                var b = await RoundAsync(freshFirst ? big : null, inputs, work.FullName, round);
                var (freshTimes, largeTimes) = freshFirst ? (a, b) : (b, a);
                if (round > 0) // round 0 warms EF's model and query caches
                {
                    fresh.AddRange(freshTimes);
                    large.AddRange(largeTimes);
                }
            }

            var freshMedian = Median(fresh);
            var largeMedian = Median(large);
            Console.WriteLine(string.Create(CultureInfo.InvariantCulture,
                $"fresh database:  median {freshMedian:F1} ms/article (min {fresh.Min():F1}, max {fresh.Max():F1}; {fresh.Count} imports)"));
            Console.WriteLine(string.Create(CultureInfo.InvariantCulture,
                $"large catalogue: median {largeMedian:F1} ms/article (min {large.Min():F1}, max {large.Max():F1}; {large.Count} imports)"));
            Console.WriteLine(string.Create(CultureInfo.InvariantCulture,
                $"ratio large/fresh: {largeMedian / freshMedian:F2}× (goal: at most 2×)"));
            return 0;
        }
        finally
        {
            SqliteConnection.ClearAllPools();
            work.Delete(recursive: true);
        }
    }

    /// <summary>Imports each article in its own importer call into a fresh file, or a copy of <paramref name="template"/>; returns ms per article.</summary>
    private static async Task<List<double>> RoundAsync(string? template, IReadOnlyList<ImportInput> inputs, string work, int round)
    {
        var path = Path.Combine(work, $"{(template is null ? "fresh" : "large")}-{round}.db");
        if (template is not null)
        {
            File.Copy(template, path);
        }
        var times = new List<double>();
        await using (var services = Services(path, work))
        {
            await DatabaseStartup.PrepareAsync(services, seed: false);
            foreach (var input in inputs)
            {
                using var scope = services.CreateScope();
                var importer = scope.ServiceProvider.GetRequiredService<ArticleImporter>();
                var watch = Stopwatch.StartNew();
                var report = await importer.ImportAsync([input], save: true);
                times.Add(watch.Elapsed.TotalMilliseconds);
                if (report.Files[0].Outcome != FileOutcome.Imported)
                {
                    throw new InvalidOperationException($"{input.FileName}: {report.Files[0].Outcome} {report.Files[0].Error}");
                }
            }
        }
        SqliteConnection.ClearAllPools();
        File.Delete(path);
        return times;
    }

    private static ServiceProvider Services(string path, string work) => new ServiceCollection()
        .AddLogging(b =>
        {
            b.SetMinimumLevel(LogLevel.Warning);
            // KDRAMA_BENCH_SLOW_SQL_MS=20 prints each SQL command that took at least 20 ms: where an import's time goes.
            if (int.TryParse(Environment.GetEnvironmentVariable("KDRAMA_BENCH_SLOW_SQL_MS"), CultureInfo.InvariantCulture, out var slowMs))
            {
                b.AddFilter("Microsoft.EntityFrameworkCore.Database.Command", LogLevel.Information);
                b.AddProvider(new SlowCommandLog(slowMs));
            }
        })
        .AddSingleton<Microsoft.Extensions.Hosting.IHostEnvironment>(new BenchEnvironment(work))
        .AddSingleton<IConfiguration>(new ConfigurationBuilder().Build())
        .AddKdramaData(new ConfigurationBuilder().AddInMemoryCollection([new("ConnectionStrings:Default", $"Data Source={path}")]).Build(), work)
        .AddKdramaSearch()
        .AddKdramaImporting()
        .BuildServiceProvider();

    private static double Median(List<double> values)
    {
        var sorted = values.Order().ToList();
        return sorted.Count % 2 == 1 ? sorted[sorted.Count / 2] : (sorted[sorted.Count / 2 - 1] + sorted[sorted.Count / 2]) / 2;
    }
}

/// <summary>Writes EF's "Executed DbCommand (N ms)" lines of at least a threshold to standard error, with the SQL.</summary>
internal sealed partial class SlowCommandLog(int thresholdMs) : ILoggerProvider, ILogger
{
    public ILogger CreateLogger(string categoryName) => categoryName == "Microsoft.EntityFrameworkCore.Database.Command" ? this : Microsoft.Extensions.Logging.Abstractions.NullLogger.Instance;

    public IDisposable? BeginScope<TState>(TState state)
        where TState : notnull => null;

    public bool IsEnabled(LogLevel logLevel) => logLevel >= LogLevel.Information;

    public void Log<TState>(LogLevel logLevel, EventId eventId, TState state, Exception? exception, Func<TState, Exception?, string> formatter)
    {
        var message = formatter(state, exception);
        if (Elapsed().Match(message) is { Success: true } match && int.Parse(match.Groups[1].Value, CultureInfo.InvariantCulture) >= thresholdMs)
        {
            Console.Error.WriteLine(message.ReplaceLineEndings(" "));
        }
    }

    public void Dispose()
    {
    }

    [System.Text.RegularExpressions.GeneratedRegex(@"^Executed DbCommand \((\d+)ms\)")]
    private static partial System.Text.RegularExpressions.Regex Elapsed();
}
