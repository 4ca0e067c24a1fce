using System.Net;
using AngleSharp.Html.Dom;
using AngleSharp.Html.Parser;
using KdramaMoments.Web.Accounts;
using Microsoft.AspNetCore.Identity;
using Microsoft.AspNetCore.Mvc.Testing;
using Microsoft.Extensions.DependencyInjection;

namespace KdramaMoments.Tests.Accounts;

/// <summary>Signs editors in through the real form (antiforgery token included) over HTTPS, as a browser would.</summary>
public static class EditorSession
{
    public const string Password = "a long editor passphrase";

    public static HttpClient NewClient(KdramaAppFactory factory) =>
        factory.CreateClient(new WebApplicationFactoryClientOptions { BaseAddress = new Uri("https://localhost"), AllowAutoRedirect = false, HandleCookies = true });

    public static async Task<EditorUser> CreateEditorAsync(WebApplicationFactory<Program> factory, string email, string password = Password, bool admin = false)
    {
        using var scope = factory.Services.CreateScope();
        var roles = scope.ServiceProvider.GetRequiredService<RoleManager<IdentityRole>>();
        foreach (var role in new[] { Roles.Editor, Roles.Admin })
        {
            if (!await roles.RoleExistsAsync(role))
            {
                await roles.CreateAsync(new IdentityRole(role));
            }
        }
        var users = scope.ServiceProvider.GetRequiredService<UserManager<EditorUser>>();
        var user = new EditorUser { UserName = email, Email = email, EmailConfirmed = true };
        var result = await users.CreateAsync(user, password);
        Assert.True(result.Succeeded, string.Join("; ", result.Errors.Select(e => e.Description)));
        await users.AddToRolesAsync(user, admin ? [Roles.Editor, Roles.Admin] : [Roles.Editor]);
        return user;
    }

    /// <summary>Reads a form page and returns the document and its antiforgery token.</summary>
    public static async Task<(IHtmlDocument Page, string Token)> GetFormAsync(HttpClient client, string url)
    {
        var response = await client.GetAsync(url);
        Assert.True(response.StatusCode == HttpStatusCode.OK, $"GET {url}: {(int)response.StatusCode}");
        var page = new HtmlParser().ParseDocument(await response.Content.ReadAsStringAsync());
        var token = page.QuerySelector("main form[method=post] input[name=__RequestVerificationToken]")?.GetAttribute("value")
            ?? throw new InvalidOperationException($"no antiforgery token on {url}");
        return (page, token);
    }

    public static async Task<HttpResponseMessage> PostFormAsync(HttpClient client, string url, string token, params (string Name, string Value)[] fields)
    {
        var values = fields.Select(f => new KeyValuePair<string, string>(f.Name, f.Value)).Append(new("__RequestVerificationToken", token));
        using var content = new FormUrlEncodedContent(values);
        return await client.PostAsync(url, content);
    }

    /// <summary>The fields a browser would post from the page's form, with <paramref name="changes"/> in place of the fields they name.</summary>
    public static (string, string)[] FormFields(AngleSharp.Html.Dom.IHtmlDocument page, params (string Name, string Value)[] changes)
    {
        var form = page.QuerySelector("main form[method=post]")!;
        var fields = new List<(string, string)>();
        foreach (var input in form.QuerySelectorAll("input[name], textarea[name]"))
        {
            var name = input.GetAttribute("name")!;
            if (name == "__RequestVerificationToken" || changes.Any(c => c.Name == name))
            {
                continue;
            }
            if (input.GetAttribute("type") == "checkbox")
            {
                if (input.HasAttribute("checked"))
                {
                    fields.Add((name, input.GetAttribute("value")!));
                }
                continue;
            }
            fields.Add((name, input.LocalName == "textarea" ? input.TextContent.TrimStart('\n') : input.GetAttribute("value") ?? ""));
        }
        fields.AddRange(changes.Where(c => c.Value is not null));
        return [.. fields];
    }

    public static async Task<HttpResponseMessage> SignInAsync(HttpClient client, string email, string password = Password)
    {
        var (_, token) = await GetFormAsync(client, "/account/sign-in");
        return await PostFormAsync(client, "/account/sign-in", token, ("Input.Email", email), ("Input.Password", password));
    }

    public static async Task<HttpClient> SignedInClientAsync(KdramaAppFactory factory, string email)
    {
        var client = NewClient(factory);
        var response = await SignInAsync(client, email);
        Assert.Equal(HttpStatusCode.Redirect, response.StatusCode);
        return client;
    }

    /// <summary>A new editor account, and a client signed in as it: where most editors' tests start.</summary>
    public static async Task<HttpClient> NewEditorClientAsync(KdramaAppFactory factory, string email = "editor@example.com")
    {
        await CreateEditorAsync(factory, email);
        return await SignedInClientAsync(factory, email);
    }
}
