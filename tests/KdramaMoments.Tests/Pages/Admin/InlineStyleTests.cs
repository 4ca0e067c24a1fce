using AngleSharp.Html.Parser;
using KdramaMoments.Tests.Accounts;

namespace KdramaMoments.Tests.Pages.Admin;

/// <summary>The CSP allows no style attribute: no editors' form may carry one, valid or not.</summary>
public sealed class InlineStyleTests : FreshSiteTests
{
    [Fact]
    public async Task EditorForms_EmptyOrRefused_HaveNoStyleAttribute()
    {
        var client = await EditorSession.NewEditorClientAsync(Factory);
        foreach (var url in new[] { "/admin/dramas/edit", "/admin/moments/edit", "/admin/tags", "/admin/articles", "/admin/import" })
        {
            var page = await client.GetDocumentAsync(url);
            Assert.Empty(page.QuerySelectorAll("[style]").Select(e => e.OuterHtml));
        }
        // A refused form (a trope name already taken) shows its summary, still without a style attribute.
        var (_, token) = await EditorSession.GetFormAsync(client, "/admin/tags");
        var refused = new HtmlParser().ParseDocument(await (await EditorSession.PostFormAsync(client, "/admin/tags?handler=Save", token, ("Input.Name", "Rescue"))).Content.ReadAsStringAsync());
        Assert.Contains(refused.QuerySelectorAll(".field-error, .form-error"), e => e.TextContent.Trim().Length > 0);
        Assert.Empty(refused.QuerySelectorAll("[style]").Select(e => e.OuterHtml));
    }
}
