using System.Diagnostics;
using System.Globalization;
using System.Text.RegularExpressions;
using Microsoft.AspNetCore.Builder;
using Microsoft.AspNetCore.Hosting;
using Microsoft.AspNetCore.Http;
using Microsoft.Extensions.Logging;

/// <summary>
/// Page speed as a ratio to a minimal Kestrel plaintext endpoint measured in the same run, so a loaded,
/// shared machine still gives comparable figures. Each round measures, per page: plaintext, the page from
/// the output cache, the page with a query string that changes on every request (wrk + uncached.lua), and
/// plaintext again; a page's ratio is its requests/s over the mean of the two plaintext runs around it.
/// Medians over rounds. Also: SQL commands per uncached page, cold start to the first 200 on /, RSS after load.
/// With --static-sizes, the same minimal Kestrel app also answers a fixed body of each size, measured the same way:
/// what a page of that size could reach if answering it cost nothing but its bytes.
/// </summary>
internal static partial class RatioBenchmark
{
    private static readonly string[] DefaultPages = ["/", "/dramas", "{drama}", "{moment}", "{actor}", "/moments", "/search?q=kiss", "/api/moments"];

    private sealed record Options(string App, string? Database, int Rounds, int Seconds, int Connections, IReadOnlyList<string> Pages, IReadOnlyList<int> StaticSizes);

    internal sealed record WrkRun(double RequestsPerSecond, double P50Ms, double P99Ms, long Errors, long Requests = 0);

    public static async Task<int> RunAsync(string[] args)
    {
        var options = Parse(args);
        if (options is null)
        {
            Console.Error.WriteLine("usage (from the repository root): ratio --app PUBLISH_DIR [--db FILE] [--rounds 5] [--seconds 10] [--connections 32] [--pages /,/dramas,{drama},{moment},{actor}] [--static-sizes 7268,21619]");
            return 2;
        }
        var lua = Path.Combine(AppContext.BaseDirectory, "uncached.lua");
        var work = Directory.CreateTempSubdirectory("kdrama-ratio");
        var database = Path.Combine(work.FullName, "kdrama.db");
        try
        {
            if (options.Database is { } source)
            {
                File.Copy(source, database);
            }
            else
            {
                // First start imports the seeds (of the repository the benchmark runs in); the measured starts then find a seeded database.
                await using var seeding = await SiteProcess.StartAsync(options.App, database, [$"--Seeds:Path={Path.GetFullPath("seeds")}"]);
            }

            Console.WriteLine($"load before: {Uptime()}");
            var commandCounts = await CountSqlCommandsAsync(options, database);

            await using var site = await SiteProcess.StartAsync(options.App, database, []);
            Console.WriteLine(string.Create(CultureInfo.InvariantCulture, $"cold start to the first 200 on /: {site.ColdStart.TotalMilliseconds:F0} ms"));
            var pages = await ResolvePagesAsync(site.BaseUrl, options.Pages);

            await using var plaintext = await PlaintextServer.StartAsync();
            foreach (var page in pages)
            {
                // Warm-up: JIT, SQLite's page cache, EF's query cache, and a filled output cache entry.
                Wrk(site.BaseUrl + page, 1, options.Connections, null);
                Wrk(site.BaseUrl + page, 1, options.Connections, lua);
            }
            Wrk(plaintext.Url, 1, options.Connections, null);

            var cached = pages.ToDictionary(p => p, _ => new List<(WrkRun Run, double Ratio)>());
            var uncached = pages.ToDictionary(p => p, _ => new List<(WrkRun Run, double Ratio)>());
            var fixedBodies = options.StaticSizes.ToDictionary(size => size, _ => new List<(WrkRun Run, double Ratio)>());
            var plain = new List<double>();
            for (var round = 0; round < options.Rounds; round++)
            {
                // Alternate the page order so no page always runs right after the same neighbour.
                var order = round % 2 == 0 ? pages : pages.AsEnumerable().Reverse().ToArray();
                foreach (var page in order)
                {
                    var before = Wrk(plaintext.Url, options.Seconds, options.Connections, null);
                    var hit = Wrk(site.BaseUrl + page, options.Seconds, options.Connections, null);
                    var miss = Wrk(site.BaseUrl + page, options.Seconds, options.Connections, lua);
                    var after = Wrk(plaintext.Url, options.Seconds, options.Connections, null);
                    var reference = (before.RequestsPerSecond + after.RequestsPerSecond) / 2;
                    plain.Add(reference);
                    cached[page].Add((hit, hit.RequestsPerSecond / reference));
                    uncached[page].Add((miss, miss.RequestsPerSecond / reference));
                    Console.Error.WriteLine(string.Create(CultureInfo.InvariantCulture,
                        $"round {round + 1} {page}: plaintext {reference:F0}/s, cached {hit.RequestsPerSecond:F0}/s, uncached {miss.RequestsPerSecond:F0}/s"));
                }
                foreach (var size in options.StaticSizes)
                {
                    var before = Wrk(plaintext.Url, options.Seconds, options.Connections, null);
                    var body = Wrk(plaintext.BodyUrl(size), options.Seconds, options.Connections, null);
                    var after = Wrk(plaintext.Url, options.Seconds, options.Connections, null);
                    var reference = (before.RequestsPerSecond + after.RequestsPerSecond) / 2;
                    plain.Add(reference);
                    fixedBodies[size].Add((body, body.RequestsPerSecond / reference));
                    Console.Error.WriteLine(string.Create(CultureInfo.InvariantCulture,
                        $"round {round + 1} static {size} bytes: plaintext {reference:F0}/s, static {body.RequestsPerSecond:F0}/s"));
                }
            }
            var rss = site.ResidentMiB();
            Console.WriteLine($"load after: {Uptime()}");
            Console.WriteLine(string.Create(CultureInfo.InvariantCulture,
                $"wrk -t1 -c{options.Connections} -d{options.Seconds}s, {options.Rounds} rounds, medians; plaintext median {Median(plain):F0} requests/s; RSS after load {rss:F0} MiB"));
            Console.WriteLine();
            Console.WriteLine("| page | cached ratio | cached req/s, p50 / p99 | uncached ratio | uncached req/s, p50 / p99 | SQL commands |");
            Console.WriteLine("|---|---|---|---|---|---|");
            foreach (var page in pages)
            {
                var template = options.Pages[Array.IndexOf(pages, page)];
                Console.WriteLine(string.Create(CultureInfo.InvariantCulture,
                    $"| `{page}` | {Summary(cached[page])} | {Summary(uncached[page])} | {commandCounts.GetValueOrDefault(template, -1)} |"));
            }
            foreach (var (size, runs) in fixedBodies)
            {
                Console.WriteLine(string.Create(CultureInfo.InvariantCulture, $"| static body of {size:N0} bytes (minimal Kestrel) | {Summary(runs)} | – | – | – |"));
            }
            return 0;
        }
        finally
        {
            Microsoft.Data.Sqlite.SqliteConnection.ClearAllPools();
            work.Delete(recursive: true);
        }
    }

    private static string Summary(List<(WrkRun Run, double Ratio)> runs)
    {
        var errors = runs.Sum(r => r.Run.Errors);
        return string.Create(CultureInfo.InvariantCulture,
            $"**{Median(runs.Select(r => r.Ratio)):F3}×** | {Median(runs.Select(r => r.Run.RequestsPerSecond)):F0}, {Median(runs.Select(r => r.Run.P50Ms)):F1} / {Median(runs.Select(r => r.Run.P99Ms)):F1} ms{(errors > 0 ? $" ({errors} errors)" : "")}");
    }

    /// <summary>Runs the site once with EF's command log on and counts the commands each uncached page executes.</summary>
    private static async Task<Dictionary<string, int>> CountSqlCommandsAsync(Options options, string database)
    {
        await using var site = await SiteProcess.StartAsync(options.App, database,
            ["--Serilog:MinimumLevel:Override:Microsoft.EntityFrameworkCore.Database.Command=Information"]);
        var pages = await ResolvePagesAsync(site.BaseUrl, options.Pages);
        var counts = new Dictionary<string, int>();
        using var http = new HttpClient();
        for (var i = 0; i < pages.Length; i++)
        {
            // The first request warms the page; the second, with a new query string, is counted.
            await http.GetAsync(site.BaseUrl + WithQuery(pages[i], "warm"));
            await Task.Delay(300);
            var before = site.ExecutedCommands;
            var response = await http.GetAsync(site.BaseUrl + WithQuery(pages[i], "count"));
            await Task.Delay(300); // the console log is written after the response
            counts[options.Pages[i]] = response.IsSuccessStatusCode ? site.ExecutedCommands - before : -1;
        }
        return counts;
    }

    private static string WithQuery(string page, string value) => page + (page.Contains('?', StringComparison.Ordinal) ? "&" : "?") + "nocache=" + value;

    /// <summary>
    /// {drama}, {moment}, {actor}, {couple}, {tag}, {article} and {list} become the first such link on /dramas, /moments,
    /// /actors, /couples, /tags, /articles and /lists (the actor with most moments, the couple in most dramas, the trope on
    /// most moments); {character} the first character on that actor's page; a prefix and a suffix are kept, so /api{actor} is that actor in
    /// the API and {actor}/feed.atom their feed; {actor:slug} is the slug alone (/moments?actor={actor:slug}).
    /// </summary>
    internal static async Task<string[]> ResolvePagesAsync(string baseUrl, IReadOnlyList<string> pages)
    {
        using var http = new HttpClient { Timeout = TimeSpan.FromMinutes(5) }; // /couples reads every couple once
        var resolved = new List<string>();
        foreach (var page in pages)
        {
            var template = Regex.Match(page, "^(?<prefix>[^{]*)\\{(?<kind>[a-z]+)(?<slug>:slug)?\\}(?<suffix>[^{]*)$");
            if (!template.Success)
            {
                resolved.Add(page);
                continue;
            }
            var kind = template.Groups["kind"].Value;
            // Characters have no list page: the first character on the busiest actor's page (their first role).
            var listAddress = kind == "character"
                ? FirstLink(await http.GetStringAsync($"{baseUrl}/actors"), "actor") ?? throw new InvalidOperationException("no actor link on /actors")
                : $"/{kind}s";
            var address = FirstLink(await http.GetStringAsync(baseUrl + listAddress), kind)
                ?? throw new InvalidOperationException($"no {kind} link on {listAddress}");
            resolved.Add(template.Groups["prefix"].Value + (template.Groups["slug"].Success ? address[$"/{kind}s/".Length..] : address) + template.Groups["suffix"].Value);
        }
        return [.. resolved];

        // /lists/shared (a reader's own list, linked from every page's header) is not one of the editors' lists.
        static string? FirstLink(string html, string kind) =>
            Regex.Match(html, $"href=\"(/{kind}s/(?!shared\")[^\"?#]+)\"") is { Success: true } link ? link.Groups[1].Value : null;
    }

    internal static WrkRun Wrk(string url, int seconds, int connections, string? script, string? cookie = null)
    {
        var start = new ProcessStartInfo("wrk") { RedirectStandardOutput = true, RedirectStandardError = true };
        foreach (var arg in new[] { "-t1", $"-c{connections}", $"-d{seconds}s", "--timeout", "30s", "--latency" })
        {
            start.ArgumentList.Add(arg);
        }
        if (cookie is not null)
        {
            start.ArgumentList.Add("-H");
            start.ArgumentList.Add("Cookie: " + cookie);
        }
        if (script is not null)
        {
            start.ArgumentList.Add("-s");
            start.ArgumentList.Add(script);
        }
        start.ArgumentList.Add(url);
        using var wrk = Process.Start(start) ?? throw new InvalidOperationException("wrk did not start");
        var output = wrk.StandardOutput.ReadToEnd();
        wrk.WaitForExit();
        var rps = Regex.Match(output, @"Requests/sec:\s+([\d.]+)");
        if (!rps.Success)
        {
            throw new InvalidOperationException("wrk: " + output + wrk.StandardError.ReadToEnd());
        }
        var errors = Regex.Match(output, @"Non-2xx or 3xx responses: (\d+)") is { Success: true } non2xx ? long.Parse(non2xx.Groups[1].Value, CultureInfo.InvariantCulture) : 0;
        errors += Regex.Matches(output, @"(?:connect|read|write|timeout) (\d+)").Sum(m => long.Parse(m.Groups[1].Value, CultureInfo.InvariantCulture));
        var requests = Regex.Match(output, @"(\d+) requests in") is { Success: true } count ? long.Parse(count.Groups[1].Value, CultureInfo.InvariantCulture) : 0;
        return new WrkRun(double.Parse(rps.Groups[1].Value, CultureInfo.InvariantCulture), Percentile(output, "50"), Percentile(output, "99"), errors, requests);
    }

    private static double Percentile(string output, string percent)
    {
        var match = Regex.Match(output, $@"^\s+{percent}(?:\.000)?%\s+([\d.]+)(us|ms|s)\s*$", RegexOptions.Multiline);
        if (!match.Success)
        {
            return double.NaN;
        }
        var value = double.Parse(match.Groups[1].Value, CultureInfo.InvariantCulture);
        return match.Groups[2].Value switch { "us" => value / 1000, "s" => value * 1000, _ => value };
    }

    internal static double Median(IEnumerable<double> values)
    {
        var sorted = values.Order().ToList();
        return sorted.Count == 0 ? double.NaN : sorted.Count % 2 == 1 ? sorted[sorted.Count / 2] : (sorted[(sorted.Count / 2) - 1] + sorted[sorted.Count / 2]) / 2;
    }

    internal static string Uptime() => File.Exists("/proc/loadavg") ? "load average " + string.Join(", ", File.ReadAllText("/proc/loadavg").Split(' ').Take(3)) : "unknown";

    private static Options? Parse(string[] args)
    {
        var values = new Dictionary<string, string>();
        for (var i = 0; i + 1 < args.Length; i += 2)
        {
            if (!args[i].StartsWith("--", StringComparison.Ordinal))
            {
                return null;
            }
            values[args[i][2..]] = args[i + 1];
        }
        if (!values.TryGetValue("app", out var app) || !File.Exists(Path.Combine(app, "KdramaMoments.Web.dll")))
        {
            return null;
        }
        int Number(string key, int fallback) => values.TryGetValue(key, out var v) ? int.Parse(v, CultureInfo.InvariantCulture) : fallback;
        return new Options(Path.GetFullPath(app), values.GetValueOrDefault("db"), Number("rounds", 5), Number("seconds", 10), Number("connections", 32),
            values.TryGetValue("pages", out var pages) ? pages.Split(',') : DefaultPages,
            values.TryGetValue("static-sizes", out var sizes) ? [.. sizes.Split(',').Select(size => int.Parse(size, CultureInfo.InvariantCulture))] : []);
    }

    /// <summary>The published site in Production on 127.0.0.1 and a random port, its console read (and counted) in the background.</summary>
    internal sealed class SiteProcess : IAsyncDisposable
    {
        private readonly Process process;
        private int executedCommands;

        private SiteProcess(Process process, string baseUrl)
        {
            this.process = process;
            BaseUrl = baseUrl;
        }

        public string BaseUrl { get; }

        public TimeSpan ColdStart { get; private set; }

        public int ExecutedCommands => Volatile.Read(ref executedCommands);

        public static async Task<SiteProcess> StartAsync(string app, string database, string[] extraArgs, TimeSpan? startTimeout = null)
        {
            // A first home page on a large catalogue computes its whole-catalogue sections, and a first start migrates: wait as long as the start may take.
            var timeout = startTimeout ?? TimeSpan.FromMinutes(5);
            var baseUrl = $"http://127.0.0.1:{Random.Shared.Next(20000, 30000)}";
            var start = new ProcessStartInfo("dotnet") { WorkingDirectory = app, RedirectStandardOutput = true, RedirectStandardError = true };
            start.ArgumentList.Add(Path.Combine(app, "KdramaMoments.Web.dll"));
            start.ArgumentList.Add($"--urls={baseUrl}");
            start.ArgumentList.Add($"--ConnectionStrings:Default=Data Source={database}");
            foreach (var arg in extraArgs)
            {
                start.ArgumentList.Add(arg);
            }
            start.Environment["ASPNETCORE_ENVIRONMENT"] = "Production";
            var watch = Stopwatch.StartNew();
            var site = new SiteProcess(Process.Start(start) ?? throw new InvalidOperationException("the site did not start"), baseUrl);
            site.process.OutputDataReceived += (_, line) =>
            {
                if (line.Data?.Contains("Executed DbCommand", StringComparison.Ordinal) == true)
                {
                    Interlocked.Increment(ref site.executedCommands);
                }
            };
            site.process.ErrorDataReceived += (_, _) => { };
            site.process.BeginOutputReadLine();
            site.process.BeginErrorReadLine();
            using var http = new HttpClient { Timeout = timeout };
            while (watch.Elapsed < timeout)
            {
                if (site.process.HasExited)
                {
                    throw new InvalidOperationException($"the site exited with {site.process.ExitCode}");
                }
                try
                {
                    if ((await http.GetAsync(baseUrl + "/")).IsSuccessStatusCode)
                    {
                        site.ColdStart = watch.Elapsed;
                        return site;
                    }
                }
                catch (HttpRequestException)
                {
                    // not listening yet
                }
                catch (TaskCanceledException)
                {
                    break;
                }
                await Task.Delay(20);
            }
            await site.DisposeAsync();
            throw new TimeoutException($"the site did not answer / within {timeout}");
        }

        /// <summary>User plus system CPU time the site process has used (/proc/PID/stat, in clock ticks of 1/100 s).</summary>
        public double CpuSeconds()
        {
            var stat = File.ReadAllText($"/proc/{process.Id}/stat");
            // Fields after the command name (which may hold spaces) close with ')': utime and stime are the 12th and 13th after it.
            var fields = stat[(stat.LastIndexOf(')') + 2)..].Split(' ');
            return (long.Parse(fields[11], CultureInfo.InvariantCulture) + long.Parse(fields[12], CultureInfo.InvariantCulture)) / 100.0;
        }

        public double ResidentMiB()
        {
            var status = File.ReadAllLines($"/proc/{process.Id}/status").FirstOrDefault(l => l.StartsWith("VmRSS:", StringComparison.Ordinal));
            return status is null ? double.NaN : long.Parse(Regex.Match(status, @"\d+").Value, CultureInfo.InvariantCulture) / 1024.0;
        }

        public async ValueTask DisposeAsync()
        {
            if (!process.HasExited)
            {
                process.Kill(entireProcessTree: true);
                await process.WaitForExitAsync();
            }
            process.Dispose();
        }
    }

    /// <summary>The reference: Kestrel answering "Hello, World!" with nothing else in the pipeline.</summary>
    private sealed class PlaintextServer : IAsyncDisposable
    {
        private readonly WebApplication app;

        private PlaintextServer(WebApplication app, string url)
        {
            this.app = app;
            Url = url;
        }

        public string Url { get; }

        public string BodyUrl(int size) => Url.Replace("/plaintext", $"/bytes/{size}", StringComparison.Ordinal);

        public static async Task<PlaintextServer> StartAsync()
        {
            var port = Random.Shared.Next(20000, 30000);
            var builder = WebApplication.CreateSlimBuilder();
            builder.Logging.ClearProviders();
            builder.WebHost.UseUrls($"http://127.0.0.1:{port}");
            var app = builder.Build();
            app.MapGet("/plaintext", () => Results.Text("Hello, World!"));
            // A fixed body of the asked size (up to 1 MB), made once: a page's bytes with nothing to compute.
            var bodies = new System.Collections.Concurrent.ConcurrentDictionary<int, byte[]>();
            app.MapGet("/bytes/{size:int:range(1,1048576)}", (int size) =>
                Results.Bytes(bodies.GetOrAdd(size, n => Enumerable.Repeat((byte)'x', n).ToArray()), "text/html; charset=utf-8"));
            await app.StartAsync();
            return new PlaintextServer(app, $"http://127.0.0.1:{port}/plaintext");
        }

        public async ValueTask DisposeAsync() => await app.DisposeAsync();
    }
}
