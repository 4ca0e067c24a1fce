using System.Net;
using AngleSharp.Html.Parser;
using KdramaMoments.Web.Auditing;
using KdramaMoments.Web.Pages.Account;

namespace KdramaMoments.Tests.Accounts;

public sealed class LockoutRaceTests
{
    private const string Account = "editor@example.com";

    private static async Task<HttpResponseMessage> PostSignInAsync(HttpClient client, string token, string address, string password)
    {
        using var request = new HttpRequestMessage(HttpMethod.Post, "/account/sign-in")
        {
            Content = new FormUrlEncodedContent([new("Input.Email", Account), new("Input.Password", password), new("__RequestVerificationToken", token)]),
        };
        request.Headers.Add(SecurityTestHost.ClientAddressHeader, address);
        return await client.SendAsync(request);
    }

    private static async Task<(HttpClient Client, string Token)> FormAsync(SecurityTestHost host)
    {
        var client = host.NewClient();
        var (_, token) = await EditorSession.GetFormAsync(client, "/account/sign-in");
        return (client, token);
    }

    private static string ErrorText(string html) =>
        new HtmlParser().ParseDocument(html).QuerySelector(".form-error")?.TextContent.Trim() ?? "";

    [Fact]
    public async Task Lockout_FiftyParallelWrongGuessesFromFiftyAddresses_ComparesFiveLocksAndRefusesTheRightPasswordUntilItEnds()
    {
        // The per-address limit as shipped (each guess comes from its own address, so it never fires); the
        // per-account limit out of the way, so that only the lockout stands between the guesses and the account.
        await using var host = new SecurityTestHost(new Dictionary<string, string>
        {
            ["Accounts:SignInAttemptsPerMinute"] = "10",
            ["Accounts:SignInAttemptsPerAccountPerMinute"] = "100000",
        });
        await EditorSession.CreateEditorAsync(host.Factory, Account);
        var forms = new List<(HttpClient Client, string Token)>();
        for (var i = 0; i < 51; i++)
        {
            forms.Add(await FormAsync(host));
        }

        var guesses = await Task.WhenAll(forms.Take(50).Select((form, i) => PostSignInAsync(form.Client, form.Token, $"10.0.{i / 200}.{(i % 200) + 1}", $"wrong guess number {i}")));

        Assert.All(guesses, response => Assert.Equal(HttpStatusCode.OK, response.StatusCode));
        foreach (var response in guesses)
        {
            Assert.Equal(SignInModel.Failure, ErrorText(await response.Content.ReadAsStringAsync()));
        }
        // Exactly five passwords were compared (the audit log says which): four wrong, the fifth locked the account.
        var reasons = host.Log.Category(AccountAudit.Category).Where(e => e.MessageTemplate.Text.StartsWith("Sign-in failed", StringComparison.Ordinal))
            .Select(e => e.Property("Reason")).ToList();
        Assert.True(reasons.Count == 50, string.Join("\n", host.Log.All.Select(e => e.RenderMessage(System.Globalization.CultureInfo.InvariantCulture)).Take(40)));
        Assert.Equal(4, reasons.Count(r => r == "WrongPassword"));
        Assert.Equal(1, reasons.Count(r => r == "LockedOutNow"));
        Assert.Equal(45, reasons.Count(r => r == "LockedOut"));

        var right = await PostSignInAsync(forms[50].Client, forms[50].Token, "10.1.0.1", EditorSession.Password);
        Assert.Equal(HttpStatusCode.OK, right.StatusCode);
        Assert.Equal(SignInModel.Failure, ErrorText(await right.Content.ReadAsStringAsync()));

        host.Clock.Advance(TimeSpan.FromMinutes(14));
        var (stillLocked, stillLockedToken) = await FormAsync(host);
        Assert.Equal(HttpStatusCode.OK, (await PostSignInAsync(stillLocked, stillLockedToken, "10.1.0.2", EditorSession.Password)).StatusCode);

        host.Clock.Advance(TimeSpan.FromMinutes(1.5));
        var (afterLockout, afterLockoutToken) = await FormAsync(host);
        var signedIn = await PostSignInAsync(afterLockout, afterLockoutToken, "10.1.0.3", EditorSession.Password);
        Assert.Equal(HttpStatusCode.Redirect, signedIn.StatusCode);
        Assert.Equal(HttpStatusCode.OK, (await afterLockout.GetAsync("/admin")).StatusCode);
    }

    [Fact]
    public async Task SignIn_BeyondThePerAccountLimit_FromManyAddresses_Gets429AndOtherAccountsAreNotHeldUp()
    {
        await using var host = new SecurityTestHost(new Dictionary<string, string> { ["Accounts:SignInAttemptsPerAccountPerMinute"] = "3" });
        await EditorSession.CreateEditorAsync(host.Factory, Account);
        var statuses = new List<HttpStatusCode>();
        for (var i = 0; i < 4; i++)
        {
            var (client, token) = await FormAsync(host);
            var response = await PostSignInAsync(client, token, $"192.0.2.{i + 1}", "a wrong passphrase");
            statuses.Add(response.StatusCode);
            if (response.StatusCode == HttpStatusCode.TooManyRequests)
            {
                Assert.True(int.Parse(response.Headers.GetValues("Retry-After").Single(), System.Globalization.CultureInfo.InvariantCulture) > 0);
                Assert.Contains("Too many requests", await response.Content.ReadAsStringAsync(), StringComparison.Ordinal);
            }
        }
        Assert.Equal([HttpStatusCode.OK, HttpStatusCode.OK, HttpStatusCode.OK, HttpStatusCode.TooManyRequests], statuses);

        var rejected = Assert.Single(host.Log.Category(AccountAudit.Category), e => e.MessageTemplate.Text.StartsWith("Rate limit", StringComparison.Ordinal));
        Assert.Equal("account", rejected.Property("Limit"));
        Assert.Equal(Account, rejected.Property("Account"));
        Assert.Equal("192.0.2.4", rejected.Property("ClientAddress"));

        // Another account, from the same address, is not held up by this one's limit.
        await EditorSession.CreateEditorAsync(host.Factory, "other@example.com");
        var other = host.NewClient();
        Assert.Equal(HttpStatusCode.Redirect, (await EditorSession.SignInAsync(other, "other@example.com")).StatusCode);
    }
}
