using System.Diagnostics;
using System.Globalization;
using KdramaMoments.Web.Cli;
using KdramaMoments.Web.Data;
using KdramaMoments.Web.Search;
using Microsoft.EntityFrameworkCore;
using Microsoft.Extensions.Configuration;
using Microsoft.Extensions.DependencyInjection;
using Microsoft.Extensions.Logging;

/// <summary>
/// Search latency at volume: a fixed query mix run against a database filled by the "generate" command (a SQLite
/// file or a PostgreSQL database), through the same SiteSearch the page and the API use. Reports p50/p99 per query and overall, and the index size.
/// </summary>
internal static class SearchBenchmark
{
    // What fans type: names (any romanisation), titles, quote words, tropes, prefixes, typos, and hostile input.
    private static readonly string[] Mix =
    [
        "kim", "kim ji", "park min-young", "jeonghyeok", "hyeon bin", "secret garden", "moon of seoul", "goblin",
        "didn't know", "didn’t know i could love", "stay with me", "umbrella rain", "piggyback", "conf", "kiss snow",
        "airport goodbye", "paper ring", "umbrela", "parck ji", "\" OR 1=1 --", "NEAR(kiss rain)", "a",
    ];

    public static async Task<int> RunAsync(string[] args)
    {
        var database = args.Length > 0 ? args[0] : null;
        var postgres = database is not null && DatabaseProviders.IsPostgresConnectionString(database);
        if (database is null || (!postgres && !File.Exists(database)))
        {
            Console.Error.WriteLine("usage: search DATABASE [ROUNDS] [--cold] [--warmup N] [--commands] [QUERY…]   DATABASE: a SQLite file, or a PostgreSQL connection string (\"Host=…;Database=…;Username=…\"), as the app's --db");
            Console.Error.WriteLine("   (fill one with: dotnet run --project src/KdramaMoments.Web -- generate --moments 100000 --db DATABASE)");
            return 2;
        }
        // --cold: every search as if its results had never been shown (the kept result facts forgotten before each).
        var cold = args.Contains("--cold");
        // --commands: each query's SQL commands and their time (executed, then read to the reader's disposal), medians over the rounds:
        // where a search's time goes, and what grows with the catalogue.
        using var commands = args.Contains("--commands") ? new CommandTimes() : null;
        args = args.Where(a => a != "--cold" && a != "--commands").ToArray();
        // --warmup N: at least N rounds before the measured ones (2 unless given), and then more until .NET has stopped
        // compiling. Two fill the page cache and EF's query cache, but tiered compilation recompiles each hot method with
        // optimisations after about thirty calls, on a background thread, in batches for several seconds: measured
        // before it has finished, a search runs partly unoptimised code beside that thread's work, where a running site
        // has long finished it (thirty rounds of the mix left ~2,700 methods and 0.8 s of compiling to the measured ones).
        var warmup = 2;
        var warmupAt = Array.IndexOf(args, "--warmup");
        if (warmupAt >= 0)
        {
            warmup = int.Parse(args[warmupAt + 1], CultureInfo.InvariantCulture);
            args = [.. args[..warmupAt], .. args[(warmupAt + 2)..]];
        }
        var rounds = args.Length > 1 ? int.Parse(args[1], CultureInfo.InvariantCulture) : 30;
        // Further arguments run only those queries (to profile one).
        var mix = args.Length > 2 ? args[2..] : Mix;
        // The same settings the app reads (Database:Provider, ConnectionStrings:Default), as its --db option sets them;
        // a SQLite file is opened read-only.
        var configuration = new ConfigurationBuilder().AddInMemoryCollection().Build();
        CommandLine.UseDatabaseOption(configuration, database);
        if (!postgres)
        {
            configuration["ConnectionStrings:Default"] += ";Mode=ReadOnly";
        }
        var dataFolder = postgres ? Directory.GetCurrentDirectory() : Path.GetDirectoryName(Path.GetFullPath(database))!;
        await using var services = new ServiceCollection()
            .AddLogging(b => b.SetMinimumLevel(LogLevel.Warning))
            .AddKdramaData(configuration, dataFolder)
            .AddKdramaSearch()
            .BuildServiceProvider();

        using (var scope = services.CreateScope())
        {
            var db = scope.ServiceProvider.GetRequiredService<KdramaDbContext>();
            var (moments, dramas, actors) = (await db.Moments.CountAsync(), await db.Dramas.CountAsync(), await db.Actors.CountAsync());
            var entries = await db.SearchStore.CountAsync(db, CancellationToken.None);
            Console.WriteLine(string.Create(CultureInfo.InvariantCulture, $"catalogue ({DatabaseProviders.From(configuration)}): {moments:N0} moments, {dramas:N0} dramas, {actors:N0} actors, {entries:N0} search entries"));
            Console.WriteLine(postgres ? await PostgresSizesAsync(db) : await SqliteSizesAsync(db, database));
        }

        // Wall time, and the process's CPU time over the same search: on a shared machine the wall time measures the
        // other work as much as the search, while the CPU time is close to what the search takes on a quiet one.
        var perQuery = mix.ToDictionary(q => q, _ => new List<double>());
        var cpuPerQuery = mix.ToDictionary(q => q, _ => new List<double>());
        async Task RoundAsync(bool measured, bool printResults)
        {
            foreach (var q in mix)
            {
                if (cold)
                {
                    await services.GetRequiredService<CatalogueMemo>().EvictAsync(CancellationToken.None);
                }
                using var scope = services.CreateScope();
                var search = scope.ServiceProvider.GetRequiredService<SiteSearch>();
                var cpu = Environment.CpuUsage.TotalTime;
                var watch = Stopwatch.StartNew();
                commands?.Start();
                var results = await search.SearchAsync(new SearchRequest(q), CancellationToken.None);
                var ms = watch.Elapsed.TotalMilliseconds;
                var cpuMs = (Environment.CpuUsage.TotalTime - cpu).TotalMilliseconds;
                if (measured)
                {
                    commands?.Keep(q);
                    perQuery[q].Add(ms);
                    cpuPerQuery[q].Add(cpuMs);
                }
                if (printResults)
                {
                    Console.WriteLine(string.Create(CultureInfo.InvariantCulture, $"  {q,-28} {results.Total,7:N0} results{(results.DidYouMean is null ? "" : $", did you mean \"{results.DidYouMean}\"")}"));
                }
            }
        }

        Console.WriteLine(await WarmUpAsync(() => RoundAsync(measured: false, printResults: false), warmup));
        var compiledBefore = System.Runtime.JitInfo.GetCompiledMethodCount();
        for (var round = 0; round < rounds; round++)
        {
            await RoundAsync(measured: true, printResults: round == 0);
        }
        Console.WriteLine(string.Create(CultureInfo.InvariantCulture,
            $"latency over {rounds} rounds{(cold ? ", cold (no kept result facts)" : "")}, {System.Runtime.JitInfo.GetCompiledMethodCount() - compiledBefore:N0} methods compiled meanwhile (ms; wall, and the process's CPU time):"));
        foreach (var (q, times) in perQuery)
        {
            var cpuTimes = cpuPerQuery[q];
            Console.WriteLine(string.Create(CultureInfo.InvariantCulture,
                $"  {q,-28} p50 {Percentile(times, 50),7:F1}  p99 {Percentile(times, 99),7:F1}   cpu p50 {Percentile(cpuTimes, 50),7:F1}  p99 {Percentile(cpuTimes, 99),7:F1}"));
        }
        commands?.Print(mix);
        // Two decimals: the mix's medians are a millisecond or less, and the growth goal compares two of them.
        var all = perQuery.Values.SelectMany(t => t).ToList();
        var allCpu = cpuPerQuery.Values.SelectMany(t => t).ToList();
        Console.WriteLine(string.Create(CultureInfo.InvariantCulture, $"all {all.Count} searches: p50 {Percentile(all, 50):F2} ms, p99 {Percentile(all, 99):F2} ms; cpu p50 {Percentile(allCpu, 50):F2} ms, p99 {Percentile(allCpu, 99):F2} ms"));
        Console.WriteLine($"load: {(File.Exists("/proc/loadavg") ? File.ReadAllText("/proc/loadavg").Trim() : "unknown")}");
        var slowest = perQuery.MaxBy(q => Percentile(q.Value, 50));
        Console.WriteLine(string.Create(CultureInfo.InvariantCulture, $"slowest query: \"{slowest.Key}\" p50 {Percentile(slowest.Value, 50):F1} ms"));
        return 0;
    }

    /// <summary>How long .NET must have compiled nothing before the warm-up ends, and for how many rounds at least.</summary>
    private static readonly TimeSpan QuietJit = TimeSpan.FromSeconds(1);

    private const int QuietRounds = 3;

    /// <summary>Past this the warm-up ends compiling or not, and says so.</summary>
    private static readonly TimeSpan LongestWarmUp = TimeSpan.FromSeconds(60);

    /// <summary>
    /// Runs warm-up rounds, at least <paramref name="minimum"/>, until no method has been compiled (tiered compilation's
    /// recompiling included) for <see cref="QuietRounds"/> rounds and <see cref="QuietJit"/>; says what it ran.
    /// </summary>
    private static async Task<string> WarmUpAsync(Func<Task> round, int minimum)
    {
        var watch = Stopwatch.StartNew();
        var (rounds, quietRounds, quietFrom, compiled) = (0, 0, TimeSpan.Zero, System.Runtime.JitInfo.GetCompiledMethodCount());
        var startCompiled = compiled;
        while (rounds < minimum || quietRounds < QuietRounds || watch.Elapsed - quietFrom < QuietJit)
        {
            if (watch.Elapsed > LongestWarmUp)
            {
                return string.Create(CultureInfo.InvariantCulture, $"warm-up: {rounds} rounds in {watch.Elapsed.TotalSeconds:F1} s, still compiling at the end ({compiled - startCompiled:N0} methods compiled)");
            }
            await round();
            rounds++;
            var now = System.Runtime.JitInfo.GetCompiledMethodCount();
            (quietRounds, quietFrom, compiled) = now == compiled ? (quietRounds + 1, quietFrom, compiled) : (0, watch.Elapsed, now);
        }
        return string.Create(CultureInfo.InvariantCulture,
            $"warm-up: {rounds} rounds in {watch.Elapsed.TotalSeconds:F1} s ({compiled - startCompiled:N0} methods compiled), until nothing was compiled for {quietRounds} rounds and {(watch.Elapsed - quietFrom).TotalSeconds:F1} s");
    }

    // The bundled SQLite has no dbstat table, so the index is measured as the bytes its shadow tables hold
    // (the table is contentless: no copy of the text).
    private static async Task<string> SqliteSizesAsync(KdramaDbContext db, string file)
    {
        var inverted = await db.Database.SqlQueryRaw<long>("SELECT COALESCE(SUM(length(block)), 0) AS \"Value\" FROM search_entries_data").SingleAsync();
        var sizes = await db.Database.SqlQueryRaw<long>("SELECT COALESCE(SUM(length(sz)), 0) AS \"Value\" FROM search_entries_docsize").SingleAsync();
        return string.Create(CultureInfo.InvariantCulture,
            $"index size: {Mib(inverted + sizes)} MiB ({Mib(inverted)} inverted index with 2- to 5-letter prefix indexes, {Mib(sizes)} entry sizes); database file {Mib(new FileInfo(file).Length)} MiB");
    }

    // The index is the table of tsvector documents (with its TOAST) and the GIN index over them.
    private static async Task<string> PostgresSizesAsync(KdramaDbContext db)
    {
        var documents = await db.Database.SqlQueryRaw<long>("SELECT pg_table_size('search_entries') AS \"Value\"").SingleAsync();
        var gin = await db.Database.SqlQueryRaw<long>("SELECT pg_relation_size('search_entries_document') AS \"Value\"").SingleAsync();
        var database = await db.Database.SqlQueryRaw<long>("SELECT pg_database_size(current_database()) AS \"Value\"").SingleAsync();
        return string.Create(CultureInfo.InvariantCulture,
            $"index size: {Mib(documents + gin)} MiB ({Mib(gin)} GIN index, {Mib(documents)} tsvector documents); database {Mib(database)} MiB");
    }

    private static string Mib(long bytes) => (bytes / 1048576.0).ToString("F1", CultureInfo.InvariantCulture);

    private static double Percentile(List<double> values, int percentile)
    {
        var sorted = values.Order().ToList();
        var index = (int)Math.Ceiling(percentile / 100.0 * sorted.Count) - 1;
        return sorted[Math.Clamp(index, 0, sorted.Count - 1)];
    }

    /// <summary>
    /// EF's command events (its DiagnosticListener, whatever the log level): each command's text and the time from its
    /// execution to its reader's disposal, per query, so a search's time can be told apart by command.
    /// </summary>
    private sealed class CommandTimes : IObserver<DiagnosticListener>, IObserver<KeyValuePair<string, object?>>, IDisposable
    {
        private readonly IDisposable subscription;
        private readonly List<IDisposable> listeners = [];
        private readonly Dictionary<string, List<List<(string Sql, double Ms)>>> byQuery = [];
        private List<(string Sql, double Ms)> current = [];

        public CommandTimes() => subscription = DiagnosticListener.AllListeners.Subscribe(this);

        public void Start() => current = [];

        public void Keep(string query)
        {
            if (!byQuery.TryGetValue(query, out var runs))
            {
                byQuery[query] = runs = [];
            }
            runs.Add(current);
        }

        public void Print(IEnumerable<string> queries)
        {
            foreach (var q in queries.Where(byQuery.ContainsKey))
            {
                var runs = byQuery[q];
                var count = runs.Min(r => r.Count);
                Console.WriteLine(string.Create(CultureInfo.InvariantCulture, $"  {q}: {count} commands, median {Percentile(runs.Select(r => r.Sum(c => c.Ms)).ToList(), 50):F2} ms"));
                for (var i = 0; i < count; i++)
                {
                    var sql = runs[0][i].Sql.ReplaceLineEndings(" ");
                    Console.WriteLine(string.Create(CultureInfo.InvariantCulture, $"    {Percentile(runs.Select(r => r[i].Ms).ToList(), 50),6:F2} ms  {(Environment.GetEnvironmentVariable("SEARCH_FULL_SQL") is null ? sql[..Math.Min(sql.Length, 150)] : sql)}"));
                }
            }
        }

        public void OnNext(DiagnosticListener value)
        {
            if (value.Name == DbLoggerCategory.Name)
            {
                listeners.Add(value.Subscribe(this));
            }
        }

        public void OnNext(KeyValuePair<string, object?> value)
        {
            // A reader's time is its command's execution (SQLite steps to the first row there) and its reading after.
            if (value.Value is Microsoft.EntityFrameworkCore.Diagnostics.CommandExecutedEventData executed)
            {
                current.Add((executed.Command.CommandText + " -- " + string.Join(", ", executed.Command.Parameters.Cast<System.Data.Common.DbParameter>().Select(p => p.Value)), executed.Duration.TotalMilliseconds));
            }
            else if (value.Value is Microsoft.EntityFrameworkCore.Diagnostics.DataReaderDisposingEventData disposing && current.Count > 0)
            {
                current[^1] = (current[^1].Sql, current[^1].Ms + disposing.Duration.TotalMilliseconds);
            }
        }

        public void OnCompleted()
        {
        }

        public void OnError(Exception error)
        {
        }

        public void Dispose()
        {
            subscription.Dispose();
            listeners.ForEach(l => l.Dispose());
        }
    }
}
