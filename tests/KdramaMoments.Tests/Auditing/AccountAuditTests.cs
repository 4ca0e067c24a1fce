using System.Net;
using KdramaMoments.Tests.Accounts;
using KdramaMoments.Web.Auditing;
using Serilog.Events;

namespace KdramaMoments.Tests.Auditing;

public sealed class AccountAuditTests
{
    private const string Account = "editor@example.com";

    private static async Task<HttpResponseMessage> SignInFromAsync(SecurityTestHost host, HttpClient client, string address, string password)
    {
        var (_, token) = await EditorSession.GetFormAsync(client, "/account/sign-in");
        using var request = new HttpRequestMessage(HttpMethod.Post, "/account/sign-in")
        {
            Content = new FormUrlEncodedContent([new("Input.Email", Account), new("Input.Password", password), new("__RequestVerificationToken", token)]),
        };
        request.Headers.Add(SecurityTestHost.ClientAddressHeader, address);
        return await client.SendAsync(request);
    }

    [Fact]
    public async Task AuditLog_SignInsFailuresLockoutSignOutAndRateLimits_AreLinesWithNamedPropertiesAndNoSecrets()
    {
        await using var host = new SecurityTestHost(new Dictionary<string, string> { ["Accounts:SignInAttemptsPerMinute"] = "6" });
        await EditorSession.CreateEditorAsync(host.Factory, Account);

        var editor = host.NewClient();
        Assert.Equal(HttpStatusCode.Redirect, (await SignInFromAsync(host, editor, "198.51.100.7", EditorSession.Password)).StatusCode);
        var (_, token) = await EditorSession.GetFormAsync(editor, "/admin/moments/edit");
        using var signOut = new HttpRequestMessage(HttpMethod.Post, "/account/sign-out") { Content = new FormUrlEncodedContent([new("__RequestVerificationToken", token)]) };
        signOut.Headers.Add(SecurityTestHost.ClientAddressHeader, "198.51.100.7");
        Assert.Equal(HttpStatusCode.Redirect, (await editor.SendAsync(signOut)).StatusCode);

        var guesser = host.NewClient();
        for (var i = 0; i < 6; i++)
        {
            await SignInFromAsync(host, guesser, "203.0.113.9", $"wrong passphrase {i} here");
        }
        Assert.Equal(HttpStatusCode.TooManyRequests, (await SignInFromAsync(host, guesser, "203.0.113.9", "one guess too many")).StatusCode);

        var lines = host.Log.Category(AccountAudit.Category);
        LogEvent Line(string start) => Assert.Single(lines, e => e.MessageTemplate.Text.StartsWith(start, StringComparison.Ordinal));

        var signedIn = Line("Sign-in succeeded");
        Assert.Equal(Account, signedIn.Property("Account"));
        Assert.Equal("198.51.100.7", signedIn.Property("ClientAddress"));
        Assert.False(string.IsNullOrEmpty(signedIn.Property("UserId")));

        var signedOut = Line("Signed out");
        Assert.Equal(Account, signedOut.Property("Account"));
        Assert.Equal(signedIn.Property("UserId"), signedOut.Property("UserId"));

        var failures = lines.Where(e => e.MessageTemplate.Text.StartsWith("Sign-in failed", StringComparison.Ordinal)).ToList();
        Assert.Equal(6, failures.Count);
        Assert.All(failures, e => Assert.Equal((Account, "203.0.113.9"), (e.Property("Account"), e.Property("ClientAddress"))));
        Assert.Equal(LogEventLevel.Warning, failures[0].Level);

        var lockedOut = Line("Account locked out");
        Assert.Equal(Account, lockedOut.Property("Account"));
        Assert.NotNull(lockedOut.Property("LockoutEnd"));

        var limited = Line("Rate limit");
        Assert.Equal(("address", "203.0.113.9", "/account/sign-in"), (limited.Property("Limit"), limited.Property("ClientAddress"), limited.Property("Path")));

        // No password, token or cookie in any audit line.
        var text = string.Join("\n", lines.Select(e => e.RenderMessage(System.Globalization.CultureInfo.InvariantCulture) + string.Join(" ", e.Properties.Values)));
        Assert.DoesNotContain(EditorSession.Password, text, StringComparison.Ordinal);
        Assert.DoesNotContain("wrong passphrase", text, StringComparison.Ordinal);
        Assert.DoesNotContain(token, text, StringComparison.Ordinal);
    }
}
