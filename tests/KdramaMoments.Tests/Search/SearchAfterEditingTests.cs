using System.Net;
using System.Text.Json;
using KdramaMoments.Tests.Accounts;
using Microsoft.EntityFrameworkCore;

namespace KdramaMoments.Tests.Search;

/// <summary>What editors add is found the way fans ask for it: a scene in several words, a Hangul title, a new drama's initials.</summary>
public sealed class SearchAfterEditingTests : FreshSiteTests
{
    private async Task<List<string>> PageLinksAsync(string q, string kind) =>
        (await Factory.CreateClient().GetDocumentAsync("/search?q=" + Uri.EscapeDataString(q)))
            .QuerySelectorAll($"#group-{kind} + ol.results > li > a").Select(a => a.GetAttribute("href")!).ToList();

    private async Task<List<string>> ApiLinksAsync(string q, string kind)
    {
        var json = JsonDocument.Parse(await Factory.CreateClient().GetStringAsync("/api/search?q=" + Uri.EscapeDataString(q))).RootElement;
        return json.GetProperty("groups").EnumerateArray().Where(g => g.GetProperty("kind").GetString() == kind)
            .SelectMany(g => g.GetProperty("items").EnumerateArray()).Select(i => i.GetProperty("url").GetString()!).ToList();
    }

    [Fact]
    public async Task AKissInTheRain_IsFoundByItsWordsInAnyField()
    {
        var client = await EditorSession.NewEditorClientAsync(Factory);
        var (_, token) = await EditorSession.GetFormAsync(client, "/admin/moments/edit");
        // "kiss" is only a trope and "rain" only in the description; "in" and "the" are in neither.
        var created = await EditorSession.PostFormAsync(client, "/admin/moments/edit", token,
            ("Input.Title", "Under one umbrella at last"), ("Input.DramaSlug", "crash-landing-on-you"),
            ("Input.Description", "He walks her home. Rain pours over the village as he finally leans in."), ("Input.Tags", "kiss"), ("Input.Version", "0"));
        Assert.Equal(HttpStatusCode.Redirect, created.StatusCode);
        var href = "/moments/under-one-umbrella-at-last";

        foreach (var q in new[] { "kiss rain", "kiss in the rain", "rain kiss", "Kiss In The Rain" })
        {
            Assert.Contains(href, await PageLinksAsync(q, "moment"));
            Assert.Contains(href, await ApiLinksAsync(q, "moment"));
        }
        var page = await Factory.CreateClient().GetDocumentAsync("/search?q=kiss+in+the+rain");
        var result = page.QuerySelectorAll("#group-moment + ol.results > li").Single(li => li.QuerySelector("a")!.GetAttribute("href") == href);
        Assert.Equal("Rain pours over the village as he finally leans in.", result.QuerySelector(".snippet")!.TextContent);
        // The glue words are not marked all over the sentence.
        Assert.Equal(["Rain"], result.QuerySelectorAll(".snippet mark").Select(m => m.TextContent));
    }

    [Fact]
    public async Task HangulTitle_SetOnTheEditForm_IsShownAndFoundOnThePageAndInTheApi()
    {
        var client = await EditorSession.NewEditorClientAsync(Factory);
        var id = await Factory.WithDbAsync(db => db.Dramas.Where(d => d.Slug == "crash-landing-on-you").Select(d => d.Id).SingleAsync());
        var (form, token) = await EditorSession.GetFormAsync(client, $"/admin/dramas/edit/{id}");
        var saved = await EditorSession.PostFormAsync(client, $"/admin/dramas/edit/{id}", token,
            ("Input.Title", "Crash Landing on You"), ("Input.Year", "2019"), ("Input.HangulTitle", "사랑의 불시착"),
            ("Input.Aliases", form.QuerySelector("#Input_Aliases")!.TextContent.Trim()),
            ("Input.Version", form.QuerySelector("#Input_Version")!.GetAttribute("value")!));
        Assert.Equal(HttpStatusCode.Redirect, saved.StatusCode);

        Assert.Equal("사랑의 불시착", (await Factory.CreateClient().GetDocumentAsync("/dramas/crash-landing-on-you")).QuerySelector("h1 [lang=ko]")!.TextContent);
        var detail = JsonDocument.Parse(await Factory.CreateClient().GetStringAsync("/api/dramas/crash-landing-on-you")).RootElement;
        Assert.Equal("사랑의 불시착", detail.GetProperty("hangulTitle").GetString());
        foreach (var q in new[] { "사랑의 불시착", "불시착", "사랑의불시착" })
        {
            Assert.Equal("/dramas/crash-landing-on-you", (await PageLinksAsync(q, "drama")).FirstOrDefault());
            Assert.Equal("/dramas/crash-landing-on-you", (await ApiLinksAsync(q, "drama")).FirstOrDefault());
        }
    }

    [Fact]
    public async Task NewDrama_AnswersToItsInitials_UntilAnEditorRemovesThem()
    {
        var client = await EditorSession.NewEditorClientAsync(Factory);
        var (_, token) = await EditorSession.GetFormAsync(client, "/admin/dramas/edit");
        var created = await EditorSession.PostFormAsync(client, "/admin/dramas/edit", token,
            ("Input.Title", "Twinkling Watermelon Days"), ("Input.Year", "2023"), ("Input.Aliases", ""), ("Input.Version", "0"));
        Assert.Equal(HttpStatusCode.Redirect, created.StatusCode);
        var url = created.Headers.Location!.OriginalString;
        Assert.Equal(["/dramas/twinkling-watermelon-days"], await PageLinksAsync("TWD", "drama"));

        // The editor sees the initials among the aliases and takes them out.
        var (form, editToken) = await EditorSession.GetFormAsync(client, url);
        Assert.Equal("TWD", form.QuerySelector("#Input_Aliases")!.TextContent.Trim());
        await EditorSession.PostFormAsync(client, url, editToken, ("Input.Title", "Twinkling Watermelon Days"), ("Input.Year", "2023"), ("Input.Aliases", ""),
            ("Input.Version", form.QuerySelector("#Input_Version")!.GetAttribute("value")!));
        Assert.Empty(await PageLinksAsync("TWD", "drama"));
    }
}
