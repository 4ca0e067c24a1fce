using System.Net;
using AngleSharp.Html.Parser;
using KdramaMoments.Web.Accounts;
using KdramaMoments.Web.Cli;
using Microsoft.AspNetCore.Identity;
using Microsoft.AspNetCore.Routing;
using Microsoft.Extensions.DependencyInjection;

namespace KdramaMoments.Tests.Accounts;

public sealed class SignInTests : FreshSiteTests
{
    private static string ErrorText(string html) =>
        new HtmlParser().ParseDocument(html).QuerySelector(".form-error")?.TextContent.Trim() ?? "";

    [Fact]
    public async Task SignIn_RightPassword_OpensAdminWithAStrictCookieAndNoStore()
    {
        await EditorSession.CreateEditorAsync(Factory, "editor@example.com");
        var client = EditorSession.NewClient(Factory);
        var response = await EditorSession.SignInAsync(client, "editor@example.com");
        Assert.Equal(HttpStatusCode.Redirect, response.StatusCode);
        Assert.Equal("/admin", response.Headers.Location?.OriginalString);
        var cookie = response.Headers.GetValues("Set-Cookie").Single(c => c.StartsWith("__Host-kdrama.editor=", StringComparison.Ordinal)).ToLowerInvariant();
        Assert.Contains("httponly", cookie, StringComparison.Ordinal);
        Assert.Contains("secure", cookie, StringComparison.Ordinal);
        Assert.Contains("samesite=strict", cookie, StringComparison.Ordinal);

        var admin = await client.GetAsync("/admin");
        Assert.Equal(HttpStatusCode.OK, admin.StatusCode);
        Assert.Equal("no-store", admin.Headers.CacheControl?.ToString());
        Assert.Contains("editor@example.com", await admin.Content.ReadAsStringAsync(), StringComparison.Ordinal);
    }

    [Fact]
    public async Task SignIn_UnknownUserAndWrongPassword_GetTheSameAnswer()
    {
        await EditorSession.CreateEditorAsync(Factory, "editor@example.com");
        var unknown = await EditorSession.SignInAsync(EditorSession.NewClient(Factory), "nobody@example.com");
        var wrong = await EditorSession.SignInAsync(EditorSession.NewClient(Factory), "editor@example.com", "not the right passphrase");
        Assert.Equal(HttpStatusCode.OK, unknown.StatusCode);
        Assert.Equal(unknown.StatusCode, wrong.StatusCode);
        var (unknownText, wrongText) = (ErrorText(await unknown.Content.ReadAsStringAsync()), ErrorText(await wrong.Content.ReadAsStringAsync()));
        Assert.Equal(KdramaMoments.Web.Pages.Account.SignInModel.Failure, unknownText);
        Assert.Equal(unknownText, wrongText);
    }

    [Fact]
    public async Task Lockout_AfterFiveFailures_EvenTheRightPasswordFails()
    {
        await EditorSession.CreateEditorAsync(Factory, "editor@example.com");
        for (var i = 0; i < 5; i++)
        {
            await EditorSession.SignInAsync(EditorSession.NewClient(Factory), "editor@example.com", $"wrong passphrase number {i}");
        }
        var right = await EditorSession.SignInAsync(EditorSession.NewClient(Factory), "editor@example.com");
        Assert.Equal(HttpStatusCode.OK, right.StatusCode);
        Assert.Equal(KdramaMoments.Web.Pages.Account.SignInModel.Failure, ErrorText(await right.Content.ReadAsStringAsync()));
        using var scope = Factory.Services.CreateScope();
        var users = scope.ServiceProvider.GetRequiredService<UserManager<EditorUser>>();
        Assert.True(await users.IsLockedOutAsync((await users.FindByEmailAsync("editor@example.com"))!));
    }

    [Fact]
    public async Task SignOut_IsAPostThatKillsCopiesOfTheCookie()
    {
        await EditorSession.CreateEditorAsync(Factory, "editor@example.com");
        var client = EditorSession.NewClient(Factory);
        var signIn = await EditorSession.SignInAsync(client, "editor@example.com");
        var cookie = signIn.Headers.GetValues("Set-Cookie").Single(c => c.StartsWith("__Host-kdrama.editor=", StringComparison.Ordinal)).Split(';')[0];

        Assert.Equal(HttpStatusCode.Redirect, (await client.GetAsync("/account/sign-out")).StatusCode); // a GET signs nobody out
        Assert.Equal(HttpStatusCode.OK, (await client.GetAsync("/admin")).StatusCode);

        var (_, token) = await EditorSession.GetFormAsync(client, "/admin/moments/edit");
        var signOut = await EditorSession.PostFormAsync(client, "/account/sign-out", token);
        Assert.Equal(HttpStatusCode.Redirect, signOut.StatusCode);

        // Someone who copied the cookie before the sign-out is turned away.
        var thief = Factory.CreateClient(new Microsoft.AspNetCore.Mvc.Testing.WebApplicationFactoryClientOptions { BaseAddress = new Uri("https://localhost"), AllowAutoRedirect = false, HandleCookies = false });
        using var request = new HttpRequestMessage(HttpMethod.Get, "/admin");
        request.Headers.Add("Cookie", cookie);
        var stolen = await thief.SendAsync(request);
        Assert.Equal(HttpStatusCode.Redirect, stolen.StatusCode);
        Assert.StartsWith("https://localhost/account/sign-in", stolen.Headers.Location?.ToString(), StringComparison.Ordinal);
    }

    [Fact]
    public async Task PostWithoutAntiforgeryToken_Is400()
    {
        await EditorSession.CreateEditorAsync(Factory, "editor@example.com");
        var client = EditorSession.NewClient(Factory);
        using var form = new FormUrlEncodedContent([new("Input.Email", "editor@example.com"), new("Input.Password", EditorSession.Password)]);
        Assert.Equal(HttpStatusCode.BadRequest, (await client.PostAsync("/account/sign-in", form)).StatusCode);

        var signedIn = await EditorSession.SignedInClientAsync(Factory, "editor@example.com");
        using var noToken = new FormUrlEncodedContent([new("Input.Title", "Hijacked")]);
        Assert.Equal(HttpStatusCode.BadRequest, (await signedIn.PostAsync("/admin/moments/edit", noToken)).StatusCode);
    }

    [Fact]
    public async Task PasswordPolicy_LengthNotCompositionCommonPasswordsRefusedSlowHash()
    {
        using var scope = Factory.Services.CreateScope();
        var users = scope.ServiceProvider.GetRequiredService<UserManager<EditorUser>>();
        async Task<IReadOnlyList<string>> Errors(string password) =>
            (await users.CreateAsync(new EditorUser { UserName = $"u{Guid.NewGuid():N}@example.com", Email = $"u{Guid.NewGuid():N}@example.com" }, password)).Errors.Select(e => e.Code).ToList();

        Assert.Contains("PasswordTooShort", await Errors("Sh0rt!pass"));
        Assert.Contains("CommonPassword", await Errors("winniethepooh")); // from /usr/share/john/password.lst
        Assert.Contains("CommonPassword", await Errors("WinnieThePooh"));
        Assert.Empty(await Errors("all lowercase and long")); // no composition rules

        // Long enough, and still guessed at once: sequences, repeats, a common word and digits, keyboard walks.
        foreach (var guessable in new[] { "123456789012", "aaaaaaaaaaaa", "password1234", "qwertyuiop12", "1qaz2wsx3edc", "abcabcabcabc", "kdramamoments1", "iloveyou2024" })
        {
            Assert.Contains("GuessablePassword", await Errors(guessable));
        }
        // The account's own name is refused too; passphrases of unrelated words are fine.
        var jane = new EditorUser { UserName = "jane.saranghae@example.com", Email = "jane.saranghae@example.com" };
        Assert.Contains("GuessablePassword", (await users.CreateAsync(jane, "janesaranghae1")).Errors.Select(e => e.Code));
        foreach (var passphrase in new[] { "correct horse battery staple", "Saranghae Oppa 2019", "hyunbin-sonyejin", EditorSession.Password })
        {
            Assert.Empty(await Errors(passphrase));
        }

        var user = new EditorUser { UserName = "hash@example.com", Email = "hash@example.com" };
        Assert.True((await users.CreateAsync(user, "all lowercase and long")).Succeeded);
        var hash = Convert.FromBase64String(user.PasswordHash!);
        var iterations = (hash[5] << 24) | (hash[6] << 16) | (hash[7] << 8) | hash[8]; // Identity v3 format
        Assert.Equal(0x01, hash[0]);
        Assert.True(iterations >= 220_000, $"{iterations} iterations");
        Assert.True(scope.ServiceProvider.GetRequiredService<CommonPasswords>().Count > 3000);
    }

    [Fact]
    public async Task CreateEditorCommand_TakesThePasswordFromTheEnvironment()
    {
        var path = Factory.Services.GetRequiredService<Microsoft.Extensions.Configuration.IConfiguration>()["ConnectionStrings:Default"]!.Replace("Data Source=", "", StringComparison.Ordinal);
        using var output = new StringWriter();
        using var errors = new StringWriter();
        Environment.SetEnvironmentVariable("KDRAMA_EDITOR_PASSWORD", "winniethepooh");
        try
        {
            Assert.Equal(1, await CommandLine.RunAsync(["create-editor", "weak@example.com", "--db", path], output, errors));
            Assert.Contains("common passwords", errors.ToString(), StringComparison.Ordinal);

            Environment.SetEnvironmentVariable("KDRAMA_EDITOR_PASSWORD", EditorSession.Password);
            var log = new SecurityTestHost.CapturedLog();
            Assert.Equal(0, await CommandLine.RunAsync(["create-editor", "chief@example.com", "--role", "Admin", "--db", path], output, errors, s => s.AddSingleton<Serilog.Core.ILogEventSink>(log)));
            Assert.Contains("Created admin chief@example.com", output.ToString(), StringComparison.Ordinal);
            // The account's creation is audited: by whom (the operating system's account), which account, which roles.
            var created = Assert.Single(log.Category(KdramaMoments.Web.Auditing.EditorAudit.Category));
            Assert.Equal($"Editor \"cli:{Environment.UserName}\" create-editor \"chief@example.com\" (roles \"Editor, Admin\")", created.RenderMessage(System.Globalization.CultureInfo.InvariantCulture));
            Assert.DoesNotContain(EditorSession.Password, created.RenderMessage(System.Globalization.CultureInfo.InvariantCulture), StringComparison.Ordinal);
            Assert.Equal(1, await CommandLine.RunAsync(["create-editor", "chief@example.com", "--db", path], output, errors));
            Assert.Equal(2, await CommandLine.RunAsync(["create-editor", "x@example.com", "--role", "Owner", "--db", path], output, errors));
        }
        finally
        {
            Environment.SetEnvironmentVariable("KDRAMA_EDITOR_PASSWORD", null);
        }
        Assert.Equal(HttpStatusCode.Redirect, (await EditorSession.SignInAsync(EditorSession.NewClient(Factory), "chief@example.com")).StatusCode);
        using var scope = Factory.Services.CreateScope();
        var users = scope.ServiceProvider.GetRequiredService<UserManager<EditorUser>>();
        Assert.Equal([Roles.Admin, Roles.Editor], (await users.GetRolesAsync((await users.FindByEmailAsync("chief@example.com"))!)).Order());
    }

    [Fact]
    public async Task EveryAdminEndpoint_RefusesAnonymousGetAndPost()
    {
        var endpoints = Factory.Services.GetRequiredService<EndpointDataSource>().Endpoints.OfType<RouteEndpoint>()
            .Where(e => e.RoutePattern.RawText!.TrimStart('/').StartsWith("admin", StringComparison.OrdinalIgnoreCase))
            .ToList();
        Assert.True(endpoints.Count >= 1);
        var client = EditorSession.NewClient(Factory);
        foreach (var endpoint in endpoints)
        {
            // Every page under /admin carries the folder's policy and nothing lets anonymous users in.
            Assert.Contains(endpoint.Metadata.GetOrderedMetadata<Microsoft.AspNetCore.Authorization.IAuthorizeData>(), a => a.Policy == Roles.EditorPolicy);
            Assert.Empty(endpoint.Metadata.GetOrderedMetadata<Microsoft.AspNetCore.Authorization.IAllowAnonymous>());

            var url = "/" + System.Text.RegularExpressions.Regex.Replace(endpoint.RoutePattern.RawText!.TrimStart('/'), @"\{([^}:?]+)[^}]*\}", "1");
            foreach (var method in new[] { HttpMethod.Get, HttpMethod.Post })
            {
                using var request = new HttpRequestMessage(method, url);
                var response = await client.SendAsync(request);
                Assert.True(response.StatusCode == HttpStatusCode.Redirect, $"{method} {url}: {(int)response.StatusCode}");
                Assert.StartsWith("https://localhost/account/sign-in?returnUrl=", response.Headers.Location?.ToString(), StringComparison.Ordinal);
            }
        }
    }

    [Fact]
    public async Task EveryPostForm_OnEditorPages_CarriesAnAntiforgeryTokenAndItsOwnAddress()
    {
        var client = await EditorSession.NewEditorClientAsync(Factory);
        var id = await Factory.WithDbAsync(db => Microsoft.EntityFrameworkCore.EntityFrameworkQueryableExtensions.FirstAsync(db.Moments.Select(m => m.Id)));
        var (editPage, token) = await EditorSession.GetFormAsync(client, $"/admin/moments/edit/{id}");
        await EditorSession.PostFormAsync(client, $"/admin/moments/edit/{id}", token, ("Input.Title", "x"), ("Input.DramaSlug", "goblin"), ("Input.Version", "1"));
        var batch = await Factory.WithDbAsync(db => Microsoft.EntityFrameworkCore.EntityFrameworkQueryableExtensions.FirstAsync(db.Revisions.Where(r => r.Batch != null).Select(r => r.Batch!)));
        foreach (var url in new[]
        {
            "/admin", "/admin/moments", $"/admin/moments/edit/{id}", "/admin/moments/edit", $"/admin/moments/delete/{id}", "/admin/changes", $"/admin/history/moment/{id}",
            $"/admin/changes?batch={batch}", "/admin/dramas/edit/1", "/admin/actors/edit/1", "/admin/characters/edit/1", "/admin/tags", "/admin/articles",
            "/admin/import", "/admin/merge?type=drama&from=lovely-runner&into=goblin",
        })
        {
            var page = await client.GetDocumentAsync(url);
            var forms = page.QuerySelectorAll("form[method=post]");
            Assert.NotEmpty(forms); // at least the sign-out button in the header
            Assert.All(forms, form => Assert.NotNull(form.QuerySelector("input[name=__RequestVerificationToken]")));
            // A form posts to its page (no action) or to an address; an empty action is the tag helper failing to
            // build a handler's address, and the button would post without its handler and do nothing.
            Assert.All(forms, form => Assert.True(form.GetAttribute("action") is null or ['/', ..], $"{url}: {form.OuterHtml[..Math.Min(160, form.OuterHtml.Length)]}"));
        }
    }

    [Fact]
    public async Task SecurityHeaders_OnEveryResponse()
    {
        var client = EditorSession.NewClient(Factory);
        foreach (var url in new[] { "/", "/moments", "/api/dramas", "/no-such-page", "/account/sign-in" })
        {
            var response = await client.GetAsync(url);
            var csp = string.Join(";", response.Headers.GetValues("Content-Security-Policy"));
            Assert.Contains("frame-ancestors 'none'", csp, StringComparison.Ordinal);
            Assert.Contains("script-src 'self'", csp, StringComparison.Ordinal);
            Assert.DoesNotContain("unsafe-inline", csp, StringComparison.Ordinal);
            Assert.Equal("nosniff", response.Headers.GetValues("X-Content-Type-Options").Single());
            Assert.Equal("strict-origin-when-cross-origin", response.Headers.GetValues("Referrer-Policy").Single());
            Assert.False(response.Headers.Contains("Server"));
        }
    }
}

public sealed class SignInRateLimitTests
{
    [Fact]
    public async Task SignInPosts_BeyondTheLimit_Get429WithRetryAfter()
    {
        using var database = new TempDatabase();
        await using var factory = new KdramaAppFactory(database.Path, seed: false, new Dictionary<string, string> { ["Accounts:SignInAttemptsPerMinute"] = "3" });
        var client = EditorSession.NewClient(factory);
        var statuses = new List<HttpStatusCode>();
        for (var i = 0; i < 4; i++)
        {
            var response = await EditorSession.SignInAsync(client, "someone@example.com", "wrong passphrase here");
            statuses.Add(response.StatusCode);
            if (response.StatusCode == HttpStatusCode.TooManyRequests)
            {
                Assert.True(int.Parse(response.Headers.GetValues("Retry-After").Single(), System.Globalization.CultureInfo.InvariantCulture) > 0);
                Assert.Contains("Too many requests", await response.Content.ReadAsStringAsync(), StringComparison.Ordinal);
            }
        }
        Assert.Equal([HttpStatusCode.OK, HttpStatusCode.OK, HttpStatusCode.OK, HttpStatusCode.TooManyRequests], statuses);
        // Reading the form is not limited.
        Assert.Equal(HttpStatusCode.OK, (await client.GetAsync("/account/sign-in")).StatusCode);
    }
}
