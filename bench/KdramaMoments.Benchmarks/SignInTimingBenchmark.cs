using System.Diagnostics;
using System.Globalization;
using System.Net;
using System.Text.RegularExpressions;

/// <summary>
/// Whether the sign-in's answer time tells an unknown account from a wrong password (or a locked account), over
/// HTTP against a running site. Each round posts, in turn: an unknown account, a wrong password for ACCOUNT, and
/// the right one (not timed; it clears the failure count, so the wrong password is never a locked account), then a
/// wrong password for LOCKED, an account locked at the start. Medians of the timed posts.
/// Usage: sign-in-timing BASE_URL ACCOUNT PASSWORD LOCKED_ACCOUNT [ROUNDS]
/// </summary>
internal static partial class SignInTimingBenchmark
{
    public static async Task<int> RunAsync(string[] args)
    {
        if (args.Length < 4)
        {
            Console.Error.WriteLine("usage: sign-in-timing BASE_URL ACCOUNT PASSWORD LOCKED_ACCOUNT [ROUNDS]");
            return 2;
        }
        var (baseUrl, account, password, locked) = (new Uri(args[0]), args[1], args[2], args[3]);
        var rounds = args.Length > 4 ? int.Parse(args[4], CultureInfo.InvariantCulture) : 60;

        for (var i = 0; i < 6; i++)
        {
            await PostAsync(baseUrl, locked, $"locking guess {i}"); // locks it (5 failures) and warms up
        }
        var unknown = new List<double>();
        var wrong = new List<double>();
        var lockedOut = new List<double>();
        for (var round = 0; round < rounds; round++)
        {
            unknown.Add(await PostAsync(baseUrl, $"nobody-{round}@example.com", "a wrong passphrase"));
            wrong.Add(await PostAsync(baseUrl, account, "a wrong passphrase"));
            await PostAsync(baseUrl, account, password, expectRedirect: true);
            lockedOut.Add(await PostAsync(baseUrl, locked, "a wrong passphrase"));
        }
        double Median(List<double> values) => values.Order().ElementAt(values.Count / 2);
        var (u, w, l) = (Median(unknown), Median(wrong), Median(lockedOut));
        Console.WriteLine(string.Create(CultureInfo.InvariantCulture, $"{rounds} rounds: median unknown account {u:F1} ms, wrong password {w:F1} ms, locked account {l:F1} ms"));
        Console.WriteLine(string.Create(CultureInfo.InvariantCulture, $"unknown / wrong = {u / w:F3}; locked / wrong = {l / w:F3}"));
        return 0;
    }

    // A browser's steps: read the form (token and cookie), post it; only the post is timed.
    private static async Task<double> PostAsync(Uri baseUrl, string email, string password, bool expectRedirect = false)
    {
        using var handler = new HttpClientHandler { AllowAutoRedirect = false, CookieContainer = new CookieContainer() };
        using var client = new HttpClient(handler) { BaseAddress = baseUrl };
        var form = await client.GetStringAsync("/account/sign-in");
        var token = TokenPattern().Match(form).Groups[1].Value;
        using var content = new FormUrlEncodedContent([new("Input.Email", email), new("Input.Password", password), new("__RequestVerificationToken", token)]);
        var watch = Stopwatch.StartNew();
        using var response = await client.PostAsync("/account/sign-in", content);
        var elapsed = watch.Elapsed.TotalMilliseconds;
        var expected = expectRedirect ? HttpStatusCode.Redirect : HttpStatusCode.OK;
        if (response.StatusCode != expected)
        {
            throw new InvalidOperationException($"{email}: expected {(int)expected}, got {(int)response.StatusCode} (raise Accounts:SignInAttemptsPerMinute and …PerAccountPerMinute for the run)");
        }
        return elapsed;
    }

    /// <summary>The sign-in form's antiforgery token (the growth benchmark's editor signs in with it too).</summary>
    [GeneratedRegex("name=\"__RequestVerificationToken\" type=\"hidden\" value=\"([^\"]+)\"")]
    internal static partial Regex TokenPattern();
}
