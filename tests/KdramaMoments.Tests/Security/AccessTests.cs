using System.Net;
using KdramaMoments.Tests.Accounts;
using KdramaMoments.Tests.Hosting;
using Microsoft.AspNetCore.Mvc.Testing;
using Microsoft.EntityFrameworkCore;
using Xunit.Abstractions;

namespace KdramaMoments.Tests.Security;

/// <summary>Every editors' address and every form post, from the site's own route list, against who may use them.</summary>
public sealed class AccessTests(ITestOutputHelper output) : FreshSiteTests
{
    [Fact]
    public async Task EveryAdminRoute_AnonymousRedirectsToSignIn_EditorGetsIt_SignedOutCookieIsRefused()
    {
        var admin = (await SiteRoutes.AddressesAsync(Factory)).Where(a => a.StartsWith("/admin", StringComparison.OrdinalIgnoreCase)).ToList();
        await EditorSession.CreateEditorAsync(Factory, "matrix@example.com");
        var editor = EditorSession.NewClient(Factory);
        var signIn = await EditorSession.SignInAsync(editor, "matrix@example.com");
        // The session cookie as an attacker would copy it, replayed by a client that keeps no cookies of its own.
        var session = string.Join("; ", signIn.Headers.GetValues("Set-Cookie").Select(c => c.Split(';')[0]).Where(c => !c.Contains("Antiforgery", StringComparison.OrdinalIgnoreCase)));
        var replay = Factory.CreateClient(new WebApplicationFactoryClientOptions { BaseAddress = new Uri("https://localhost"), AllowAutoRedirect = false, HandleCookies = false });
        async Task<HttpResponseMessage> ReplayAsync(string url)
        {
            using var request = new HttpRequestMessage(HttpMethod.Get, url);
            request.Headers.Add("Cookie", session);
            return await replay.SendAsync(request);
        }
        var anonymous = EditorSession.NewClient(Factory);

        var problems = new List<string>();
        foreach (var address in admin)
        {
            var asAnonymous = await anonymous.GetAsync(address);
            if (asAnonymous.StatusCode != HttpStatusCode.Redirect || asAnonymous.Headers.Location?.OriginalString.Contains("/account/sign-in", StringComparison.OrdinalIgnoreCase) != true)
            {
                problems.Add($"anonymous {address}: {(int)asAnonymous.StatusCode} {asAnonymous.Headers.Location}");
            }
            if ((await editor.GetAsync(address)).StatusCode != HttpStatusCode.OK)
            {
                problems.Add($"editor {address}: not 200");
            }
            if ((await ReplayAsync(address)).StatusCode != HttpStatusCode.OK)
            {
                problems.Add($"copied cookie before sign-out {address}: not 200");
            }
        }

        var (_, token) = await EditorSession.GetFormAsync(editor, "/admin/tags");
        Assert.Equal(HttpStatusCode.Redirect, (await EditorSession.PostFormAsync(editor, "/account/sign-out", token)).StatusCode);
        foreach (var address in admin)
        {
            var replayed = await ReplayAsync(address);
            if (replayed.StatusCode != HttpStatusCode.Redirect || replayed.Headers.Location?.OriginalString.Contains("/account/sign-in", StringComparison.OrdinalIgnoreCase) != true)
            {
                problems.Add($"copied cookie after sign-out {address}: {(int)replayed.StatusCode}");
            }
        }
        output.WriteLine($"{admin.Count} admin routes × 4 (anonymous, editor, copied cookie before and after sign-out)");
        Assert.True(admin.Count >= 15, $"only {admin.Count} admin routes");
        Assert.True(problems.Count == 0, string.Join("\n", problems));
    }

    [Fact]
    public async Task EveryFormPost_WithoutOrWithAForgedAntiforgeryToken_IsRefusedAndWritesNothing()
    {
        var posts = await SiteRoutes.PostHandlersAsync(Factory);
        var editor = await EditorSession.NewEditorClientAsync(Factory, "csrf@example.com");
        // A token the attacker can get: one issued to their own (anonymous) session.
        var (_, forged) = await EditorSession.GetFormAsync(EditorSession.NewClient(Factory), "/account/sign-in");
        var (_, real) = await EditorSession.GetFormAsync(editor, "/admin/tags");
        var article = await File.ReadAllTextAsync(RepositoryPaths.Fixture("summer-no-style.txt"));
        var revision = await Factory.WithDbAsync(db => db.Revisions.Select(r => r.Id).FirstAsync());
        // Fields that would make each form do something, were the token right.
        (string, string)[] fields =
        [
            ("Input.Title", "Forged"), ("Input.Name", "Forged"), ("Input.DramaSlug", "goblin"), ("Input.Text", article), ("Input.Email", "csrf@example.com"),
            ("Input.Password", EditorSession.Password), ("type", "drama"), ("from", "goblin"), ("into", "crash-landing-on-you"), ("revision", $"{revision}"), ("confirmed", "true"),
        ];
        var before = await StateAsync();
        var accepted = new List<string>();
        foreach (var post in posts)
        {
            foreach (var (kind, response) in new[]
            {
                ("no token", await editor.PostAsync(post, new FormUrlEncodedContent(fields.Select(f => new KeyValuePair<string, string>(f.Item1, f.Item2))))),
                ("forged token", await EditorSession.PostFormAsync(editor, post, forged, fields)),
            })
            {
                if (response.StatusCode != HttpStatusCode.BadRequest)
                {
                    accepted.Add($"{kind} {post}: {(int)response.StatusCode}");
                }
            }
        }
        output.WriteLine($"{posts.Count} form posts × 2 (no token, forged token) = {posts.Count * 2} CSRF attempts, {accepted.Count} accepted");
        Assert.True(posts.Count >= 15, $"only {posts.Count} post handlers");
        Assert.True(accepted.Count == 0, string.Join("\n", accepted));
        Assert.Equal(before, await StateAsync());
        // The same post with the editor's own token goes through: the token is what refused them.
        Assert.Equal(HttpStatusCode.Redirect, (await EditorSession.PostFormAsync(editor, "/admin/tags?handler=Save", real, ("Input.Name", "Not forged"))).StatusCode);
        Assert.NotEqual(before, await StateAsync());
    }

    private Task<string> StateAsync() => Factory.WithDbAsync(async db => string.Join(",",
        await db.Revisions.CountAsync(), await db.Dramas.CountAsync(), await db.Actors.CountAsync(), await db.Characters.CountAsync(),
        await db.Moments.CountAsync(), await db.Tags.CountAsync(), await db.Articles.CountAsync(), await db.CuratedLists.CountAsync(),
        string.Concat(await db.CuratedLists.OrderBy(l => l.Id).Select(l => l.Version).ToListAsync()),
        string.Concat(await db.Users.OrderBy(u => u.Id).Select(u => u.SecurityStamp).ToListAsync())));
}
