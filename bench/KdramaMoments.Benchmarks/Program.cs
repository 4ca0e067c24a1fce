using System.Diagnostics;
using System.Globalization;
using KdramaMoments.Web.Data;
using KdramaMoments.Web.Importing;
using KdramaMoments.Web.Search;
using Microsoft.Extensions.Configuration;
using Microsoft.Extensions.DependencyInjection;
using Microsoft.Extensions.Logging;

// Import throughput: articles per second for parsing alone and for a full import into a fresh
// SQLite file. Medians over repeated rounds, because this machine is shared and noisy.
// Usage: dotnet run -c Release --project bench/KdramaMoments.Benchmarks -- [ARTICLE FOLDERS…]
//    or: dotnet run -c Release --project bench/KdramaMoments.Benchmarks -- search DATABASE.db|"Host=…;Database=…" [ROUNDS [QUERY...]]
//    or: dotnet run -c Release --project bench/KdramaMoments.Benchmarks -- import-scale DATABASE.db [ROUNDS] [ARTICLE FOLDERS…]
//    or: dotnet run -c Release --project bench/KdramaMoments.Benchmarks -- hostile
//    or: dotnet run -c Release --project bench/KdramaMoments.Benchmarks -- sign-in-timing BASE_URL ACCOUNT PASSWORD LOCKED_ACCOUNT [ROUNDS]
//    or: bench/ratio.sh [--db FILE] [--rounds N] [--seconds S]   (ratio --app PUBLISH_DIR …: pages against plaintext)
//    or: dotnet run -c Release --project bench/KdramaMoments.Benchmarks -- growth --app PUBLISH_DIR --db 100k=COPY.db[,1m=COPY.db]   (uncached pages by catalogue size)
if (args is ["hostile"])
{
    return HostileInputBenchmark.Run();
}
if (args is ["sign-in-timing", .. var timingArgs])
{
    return await SignInTimingBenchmark.RunAsync(timingArgs);
}
if (args is ["ratio", .. var ratioArgs])
{
    return await RatioBenchmark.RunAsync(ratioArgs);
}
if (args is ["growth", .. var growthArgs])
{
    return await GrowthBenchmark.RunAsync(growthArgs);
}
if (args is ["search", .. var searchArgs])
{
    return await SearchBenchmark.RunAsync(searchArgs);
}
if (args is ["import-scale", .. var scaleArgs])
{
    return await ImportScaleBenchmark.RunAsync(scaleArgs);
}
var folders = args.Length > 0 ? args : ["seeds", "tests/KdramaMoments.Tests/Importing/Fixtures"];
var inputs = ImportInput.FromPaths(folders);
var texts = inputs.Select(i => ArticleDecoder.Decode(i.Bytes).Text ?? throw new InvalidOperationException(i.FileName)).ToList();
Console.WriteLine($"{texts.Count} articles, {texts.Sum(t => t.Length):N0} characters, from {string.Join(", ", folders)}");

const int parseRounds = 21;
const int parsesPerRound = 50;
for (var i = 0; i < 5; i++)
{
    texts.ForEach(t => ArticleParser.Parse(t)); // warm up the regex caches and the JIT
}
var parseRates = new List<double>();
for (var round = 0; round < parseRounds; round++)
{
    var watch = Stopwatch.StartNew();
    for (var n = 0; n < parsesPerRound; n++)
    {
        texts.ForEach(t => ArticleParser.Parse(t));
    }
    parseRates.Add(texts.Count * parsesPerRound / watch.Elapsed.TotalSeconds);
}

const int importRounds = 9;
var importRates = new List<double>();
var folder = Directory.CreateTempSubdirectory("kdrama-bench");
for (var round = 0; round < importRounds + 1; round++)
{
    var path = Path.Combine(folder.FullName, $"bench-{round}.db");
    var services = new ServiceCollection()
        .AddLogging(b => b.SetMinimumLevel(LogLevel.Warning))
        .AddSingleton<Microsoft.Extensions.Hosting.IHostEnvironment>(new BenchEnvironment(folder.FullName))
        .AddSingleton<IConfiguration>(new ConfigurationBuilder().Build())
        .AddKdramaData(new ConfigurationBuilder().AddInMemoryCollection([new("ConnectionStrings:Default", $"Data Source={path}")]).Build(), folder.FullName)
        .AddKdramaSearch()
        .AddKdramaImporting()
        .BuildServiceProvider();
    await DatabaseStartup.PrepareAsync(services, seed: false);
    using var scope = services.CreateScope();
    var importer = scope.ServiceProvider.GetRequiredService<ArticleImporter>();
    var watch = Stopwatch.StartNew();
    var report = await importer.ImportAsync(inputs, save: true);
    var seconds = watch.Elapsed.TotalSeconds;
    if (!report.Saved)
    {
        throw new InvalidOperationException("import failed");
    }
    if (round > 0)
    {
        importRates.Add(inputs.Count / seconds); // round 0 warms up EF's model and query caches
    }
}
Microsoft.Data.Sqlite.SqliteConnection.ClearAllPools();
folder.Delete(recursive: true);

Console.WriteLine(string.Create(CultureInfo.InvariantCulture,
    $"parse:  median {Median(parseRates):F0} articles/s (min {parseRates.Min():F0}, max {parseRates.Max():F0}; {parseRounds} rounds of {parsesPerRound}×{texts.Count})"));
Console.WriteLine(string.Create(CultureInfo.InvariantCulture,
    $"import: median {Median(importRates):F1} articles/s (min {importRates.Min():F1}, max {importRates.Max():F1}; {importRounds} fresh SQLite files, {inputs.Count} articles each, one transaction per file)"));

return 0;

static double Median(List<double> values)
{
    var sorted = values.Order().ToList();
    return sorted.Count % 2 == 1 ? sorted[sorted.Count / 2] : (sorted[sorted.Count / 2 - 1] + sorted[sorted.Count / 2]) / 2;
}

internal sealed class BenchEnvironment(string root) : Microsoft.Extensions.Hosting.IHostEnvironment
{
    public string EnvironmentName { get; set; } = "Benchmark";
    public string ApplicationName { get; set; } = "KdramaMoments.Benchmarks";
    public string ContentRootPath { get; set; } = root;
    public Microsoft.Extensions.FileProviders.IFileProvider ContentRootFileProvider { get; set; } = new Microsoft.Extensions.FileProviders.NullFileProvider();
}
