using System.Globalization;

/// <summary>
/// Page speed against catalogue size: the same uncached pages on the seeded catalogue and on one or more large ones
/// (e.g. 100,000 and 1,000,000 moments from <c>generate</c>), each site started once with nothing kept between requests
/// (<c>OutputCache:Minutes=0</c>: no cached page and no per-version memo, so every request runs the page's queries),
/// measured in alternating rounds so a shared machine's changing load falls on every catalogue alike. Per page and
/// catalogue it prints requests/s, p50/p99 and the site process's CPU time per request (from /proc, which other
/// processes' load moves far less than throughput), and each large catalogue's slowdown against the seeds.
/// </summary>
internal static class GrowthBenchmark
{
    /// <summary>Every list with a deep page of each sort, the detail pages, the API lists and an actor's answer, and the sitemap (keep in step with the pages' addresses).</summary>
    private static readonly string[] DefaultPages =
    [
        "/", "/dramas", "/dramas?sort=listed&page=50", "/dramas?sort=year&page=50", "/dramas?sort=title&page=50",
        "/moments", "/moments?page=500", "/moments?sort=year&page=500", "/moments?sort=title&page=500",
        "{drama}", "{moment}", "{actor}", "{actor}/feed.atom", "/moments?actor={actor:slug}",
        "/actors", "/actors?page=50", "/actors?sort=name&page=50",
        "/api/moments", "/api/moments?page=500", "/api/moments?sort=year&page=500", "/api/moments?sort=title&page=500",
        "/api/dramas", "/api/dramas?sort=year&page=50", "/api/dramas?sort=title&page=50", "/api{actor}",
        "/sitemap.xml",
    ];

    /// <summary>The editors' pages (with <c>--editor yes</c>): every list, its deep page, and the to-do lists.</summary>
    private static readonly string[] EditorPages =
    [
        "/admin", "/admin/todo", "/admin/todo/dramas-without-hangul-title", "/admin/todo/actors-without-role?page=50",
        "/admin/moments", "/admin/moments?page=500", "/admin/dramas", "/admin/dramas?page=50", "/admin/actors", "/admin/actors?page=50",
        "/admin/characters", "/admin/characters?page=50", "/admin/articles", "/admin/articles?page=50", "/admin/tags", "/admin/changes",
    ];

    private const string EditorEmail = "growth-benchmark@example.com";
    private const string EditorPassword = "Quiet-lantern-over-Han-river-42";

    private sealed record Catalogue(string Name, string Database);

    private sealed record Sample(double RequestsPerSecond, double P50Ms, double P99Ms, double CpuMicroseconds, long Errors);

    public static async Task<int> RunAsync(string[] args)
    {
        var values = new Dictionary<string, string>();
        for (var i = 0; i + 1 < args.Length; i += 2)
        {
            values[args[i].TrimStart('-')] = args[i + 1];
        }
        if (!values.TryGetValue("app", out var app) || !File.Exists(Path.Combine(app, "KdramaMoments.Web.dll")) || !values.TryGetValue("db", out var large))
        {
            Console.Error.WriteLine("usage (from the repository root): growth --app PUBLISH_DIR --db NAME=FILE[,NAME=FILE] [--rounds 3] [--seconds 5] [--connections 2] [--pages /,/dramas,{drama}] [--editor yes]");
            Console.Error.WriteLine("--editor yes measures signed in as an editor (an account made in each database), the editors' pages unless --pages names others.");
            Console.Error.WriteLine("Each FILE is used in place (its first start migrates it): pass a copy.");
            return 2;
        }
        app = Path.GetFullPath(app);
        int Number(string key, int fallback) => values.TryGetValue(key, out var v) ? int.Parse(v, CultureInfo.InvariantCulture) : fallback;
        var rounds = Number("rounds", 3);
        var seconds = Number("seconds", 5);
        var connections = Number("connections", 2);
        var editor = values.TryGetValue("editor", out var signIn) && signIn == "yes";
        var templates = values.TryGetValue("pages", out var list) ? list.Split(',') : editor ? EditorPages : DefaultPages;
        var lua = Path.Combine(AppContext.BaseDirectory, "uncached.lua");

        var work = Directory.CreateTempSubdirectory("kdrama-growth");
        var catalogues = new List<Catalogue> { new("seed", Path.Combine(work.FullName, "seed.db")) };
        catalogues.AddRange(large.Split(',').Select(pair => pair.Split('=', 2)).Select(p => new Catalogue(p[0], Path.GetFullPath(p[1]))));
        var sites = new List<RatioBenchmark.SiteProcess>();
        try
        {
            await using (await RatioBenchmark.SiteProcess.StartAsync(app, catalogues[0].Database, [$"--Seeds:Path={Path.GetFullPath("seeds")}"]))
            {
                // The first start imports the seeds; the measured start then finds a seeded database.
            }
            Console.WriteLine($"load before: {RatioBenchmark.Uptime()}");
            var addresses = new Dictionary<string, string[]>();
            var cookies = new List<string?>();
            foreach (var catalogue in catalogues)
            {
                // A first start on a large file migrates it: allow for that.
                var site = await RatioBenchmark.SiteProcess.StartAsync(app, catalogue.Database, ["--OutputCache:Minutes=0"], TimeSpan.FromMinutes(60));
                sites.Add(site);
                cookies.Add(editor ? await SignInAsync(app, catalogue.Database, site.BaseUrl) : null);
                addresses[catalogue.Name] = await RatioBenchmark.ResolvePagesAsync(site.BaseUrl, templates);
                Console.WriteLine(string.Create(CultureInfo.InvariantCulture, $"{catalogue.Name}: {catalogue.Database}, started in {site.ColdStart.TotalSeconds:F1} s"));
                foreach (var page in addresses[catalogue.Name])
                {
                    RatioBenchmark.Wrk(site.BaseUrl + page, 1, connections, lua, cookies[^1]); // JIT, SQLite's page cache, EF's query cache
                    await WaitUntilIdleAsync(site);
                }
            }

            var samples = catalogues.ToDictionary(c => c.Name, _ => templates.ToDictionary(t => t, _ => new List<Sample>()));
            for (var round = 0; round < rounds; round++)
            {
                for (var p = 0; p < templates.Length; p++)
                {
                    // Rotate which catalogue goes first, so none always runs right after the same neighbour.
                    for (var k = 0; k < catalogues.Count; k++)
                    {
                        var index = (k + round + p) % catalogues.Count;
                        var site = sites[index];
                        var page = addresses[catalogues[index].Name][p];
                        var cpuBefore = site.CpuSeconds();
                        var run = RatioBenchmark.Wrk(site.BaseUrl + page, seconds, connections, lua, cookies[index]);
                        // Requests wrk gave up on still run: wait for them, so their work is counted here and does not slow the next run.
                        await WaitUntilIdleAsync(site);
                        var cpu = site.CpuSeconds() - cpuBefore;
                        var sample = new Sample(run.RequestsPerSecond, run.P50Ms, run.P99Ms, run.Requests > 0 ? cpu * 1e6 / run.Requests : double.NaN, run.Errors);
                        samples[catalogues[index].Name][templates[p]].Add(sample);
                        Console.Error.WriteLine(string.Create(CultureInfo.InvariantCulture,
                            $"round {round + 1} {catalogues[index].Name} {page}: {run.RequestsPerSecond:F0}/s, p50 {run.P50Ms:F1} ms, {sample.CpuMicroseconds:F0} µs CPU/request"));
                    }
                }
            }
            Console.WriteLine($"load after: {RatioBenchmark.Uptime()}");
            Console.WriteLine(string.Create(CultureInfo.InvariantCulture,
                $"uncached (OutputCache:Minutes=0), wrk -t1 -c{connections} -d{seconds}s, {rounds} rounds alternated, medians; slowdown = seed requests/s ÷ catalogue's (CPU per request ÷ seed's)"));
            Console.WriteLine();
            var header = "| page | " + string.Join(" | ", catalogues.Select(c => $"{c.Name}: req/s, p50 / p99, CPU/req"));
            header += string.Concat(catalogues.Skip(1).Select(c => $" | {c.Name} ÷ seed"));
            Console.WriteLine(header + " |");
            Console.WriteLine("|---" + string.Concat(Enumerable.Repeat("|---", catalogues.Count * 2 - 1)) + "|");
            foreach (var template in templates)
            {
                var seed = samples["seed"][template];
                var cells = catalogues.Select(c => Describe(samples[c.Name][template]));
                var ratios = catalogues.Skip(1).Select(c => Slowdown(seed, samples[c.Name][template]));
                Console.WriteLine($"| `{template}` | {string.Join(" | ", cells)} | {string.Join(" | ", ratios)} |");
            }
            return 0;
        }
        finally
        {
            foreach (var site in sites)
            {
                await site.DisposeAsync();
            }
            Microsoft.Data.Sqlite.SqliteConnection.ClearAllPools();
            work.Delete(recursive: true);
        }
    }

    /// <summary>
    /// An editor's session cookie on the site: the account is made in its database by the app's own <c>create-editor</c>
    /// (which leaves an account already there as it is), then signed in through the sign-in form. Fails unless an editors'
    /// page answers 200 with it.
    /// </summary>
    private static async Task<string> SignInAsync(string app, string database, string baseUrl)
    {
        var create = new System.Diagnostics.ProcessStartInfo("dotnet") { WorkingDirectory = app, RedirectStandardOutput = true, RedirectStandardError = true };
        foreach (var arg in new[] { Path.Combine(app, "KdramaMoments.Web.dll"), "create-editor", EditorEmail, "--role", "Admin", "--db", database })
        {
            create.ArgumentList.Add(arg);
        }
        create.Environment["KDRAMA_EDITOR_PASSWORD"] = EditorPassword;
        string created;
        using (var process = System.Diagnostics.Process.Start(create) ?? throw new InvalidOperationException("create-editor did not start"))
        {
            created = await process.StandardOutput.ReadToEndAsync() + await process.StandardError.ReadToEndAsync();
            await process.WaitForExitAsync();
        }
        // Cookies are carried by hand: the session cookie is marked Secure, which .NET's cookie store keeps off plain http.
        using var http = new HttpClient(new HttpClientHandler { UseCookies = false, AllowAutoRedirect = false });
        using var formResponse = await http.GetAsync(baseUrl + "/account/sign-in");
        var form = await formResponse.Content.ReadAsStringAsync();
        var token = SignInTimingBenchmark.TokenPattern().Match(form).Groups[1].Value;
        using var post = new HttpRequestMessage(HttpMethod.Post, baseUrl + "/account/sign-in")
        {
            Content = new FormUrlEncodedContent([new("Input.Email", EditorEmail), new("Input.Password", EditorPassword), new("__RequestVerificationToken", token)]),
        };
        post.Headers.Add("Cookie", CookiesOf(formResponse));
        using var signedInResponse = await http.SendAsync(post);
        var cookie = CookiesOf(signedInResponse);
        if (cookie.Length == 0)
        {
            throw new InvalidOperationException($"signing in to {baseUrl} failed ({(int)signedInResponse.StatusCode}); create-editor said: {created}");
        }
        using var check = new HttpRequestMessage(HttpMethod.Get, baseUrl + "/admin");
        check.Headers.Add("Cookie", cookie);
        using var signedIn = await http.SendAsync(check);
        return signedIn.StatusCode == System.Net.HttpStatusCode.OK ? cookie : throw new InvalidOperationException($"signing in to {baseUrl} failed: /admin answered {(int)signedIn.StatusCode}");

        static string CookiesOf(HttpResponseMessage response) => string.Join("; ",
            response.Headers.TryGetValues("Set-Cookie", out var set) ? set.Select(c => c.Split(';', 2)[0]) : []);
    }

    /// <summary>Until the site uses less than a tenth of a core over a quarter of a second (at most a minute).</summary>
    private static async Task WaitUntilIdleAsync(RatioBenchmark.SiteProcess site)
    {
        var deadline = DateTime.UtcNow.AddMinutes(1);
        var last = site.CpuSeconds();
        while (DateTime.UtcNow < deadline)
        {
            await Task.Delay(250);
            var now = site.CpuSeconds();
            if (now - last < 0.025)
            {
                return;
            }
            last = now;
        }
    }

    private static string Describe(List<Sample> runs)
    {
        var errors = runs.Sum(r => r.Errors);
        return string.Create(CultureInfo.InvariantCulture,
            $"{RatioBenchmark.Median(runs.Select(r => r.RequestsPerSecond)):F0}, {RatioBenchmark.Median(runs.Select(r => r.P50Ms)):F1} / {RatioBenchmark.Median(runs.Select(r => r.P99Ms)):F1} ms, {RatioBenchmark.Median(runs.Select(r => r.CpuMicroseconds)):F0} µs{(errors > 0 ? $" ({errors} errors)" : "")}");
    }

    private static string Slowdown(List<Sample> seed, List<Sample> large) => string.Create(CultureInfo.InvariantCulture,
        $"**{RatioBenchmark.Median(seed.Select(r => r.RequestsPerSecond)) / RatioBenchmark.Median(large.Select(r => r.RequestsPerSecond)):F2}×** ({RatioBenchmark.Median(large.Select(r => r.CpuMicroseconds)) / RatioBenchmark.Median(seed.Select(r => r.CpuMicroseconds)):F2}×)");
}
