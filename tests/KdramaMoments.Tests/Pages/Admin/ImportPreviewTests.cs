using System.Net;
using System.Net.Http.Json;
using AngleSharp.Dom;
using AngleSharp.Html.Dom;
using AngleSharp.Html.Parser;
using KdramaMoments.Tests.Accounts;
using KdramaMoments.Web.Api;
using Microsoft.EntityFrameworkCore;

namespace KdramaMoments.Tests.Pages.Admin;

/// <summary>
/// The import preview corrected by an editor, over HTTP with real form posts: each correction is made in the
/// form as a browser would, previewed again, saved, and the public pages and API show exactly that.
/// </summary>
public sealed class ImportPreviewTests : FreshSiteTests
{
    // Item 1 names a drama the catalogue does not know (its cast is in Something In The Rain) and a
    // passer-by; item 3 a working title; item 4 is the editors' own note under a list heading.
    private const string Article = """
        Rainy Day Romance: 4 K-Drama Moments

        Written by Test Writer

        Rain makes everything more romantic.

        1. The shared umbrella
        Drama: Rain Love · Year: 2018
        Yoon Jin-ah (Son Ye-jin) shares her red umbrella while Director Kim (Seoul Station) watches from the bus stop. She says, "You can't leave in this rain."

        2. The goblin's rain
        Drama: Goblin · Year: 2016
        Kim Shin (Gong Yoo) makes it rain when Ji Eun-tak (Kim Go-eun) cries. She tells him, "It's raining because of you." Then she asks, "Are you sad?"

        3. The documentary reunion
        Drama: Summer Documentary · Year: 2021
        Choi Ung (Choi Woo-shik) meets Kook Yeon-su (Kim Da-mi) again in the rain. He asks, "Why did you leave me back then?"

        4. Our editors' vote
        Drama: Weekly Newsletter · Year: 2024
        We asked three editors which of these scenes they rewatch most, and the votes were split evenly between them.
        """;

    private HttpClient client = null!;

    private async Task<IHtmlDocument> PreviewAsync(string text = Article)
    {
        client = await EditorSession.NewEditorClientAsync(Factory);
        var (_, token) = await EditorSession.GetFormAsync(client, "/admin/import");
        var response = await EditorSession.PostFormAsync(client, "/admin/import?handler=Preview", token, ("Input.Text", text), ("Input.FileName", "rain.txt"));
        Assert.Equal(HttpStatusCode.OK, response.StatusCode);
        return await ParseAsync(response);
    }

    private static async Task<IHtmlDocument> ParseAsync(HttpResponseMessage response) =>
        new HtmlParser().ParseDocument(await response.Content.ReadAsStringAsync());

    private static IElement Item(IHtmlDocument page, int position) =>
        page.QuerySelectorAll("fieldset.import-item").Single(f => f.QuerySelector("input[name$='.Position']")!.GetAttribute("value") == position.ToString(System.Globalization.CultureInfo.InvariantCulture));

    private static string NameIn(IElement item, string suffix) =>
        item.QuerySelector($"[name$='.{suffix}']")!.GetAttribute("name")!;

    /// <summary>The "Remove" box beside the person or quote whose text contains <paramref name="text"/>.</summary>
    private static (string Name, string Value) RemoveBox(IElement item, string text)
    {
        var box = item.QuerySelectorAll(".pairs li").Single(li => li.QuerySelector(".pair")!.TextContent.Contains(text, StringComparison.Ordinal)).QuerySelector("input[type=checkbox]")!;
        return (box.GetAttribute("name")!, box.GetAttribute("value")!);
    }

    /// <summary>Presses a button of the preview's form with its fields as a browser sends them (ticked boxes only), after <paramref name="edits"/>.</summary>
    private async Task<HttpResponseMessage> PressAsync(IHtmlDocument page, string button, params (string Name, string Value)[] edits)
    {
        var form = page.QuerySelector("form.corrections")!;
        var fields = new List<(string Name, string Value)>();
        foreach (var field in form.QuerySelectorAll("input[name], textarea[name]"))
        {
            var name = field.GetAttribute("name")!;
            if (field is IHtmlTextAreaElement area)
            {
                fields.Add((name, area.TextContent));
            }
            else if (field.GetAttribute("type") != "checkbox" || field.HasAttribute("checked"))
            {
                fields.Add((name, field.GetAttribute("value") ?? ""));
            }
        }
        foreach (var (name, value) in edits)
        {
            var at = fields.FindIndex(f => f.Name == name && !name.EndsWith("Remove", StringComparison.Ordinal) && !name.EndsWith("RemoveCast", StringComparison.Ordinal) && !name.EndsWith("RemoveQuotes", StringComparison.Ordinal));
            if (at >= 0)
            {
                fields[at] = (name, value);
            }
            else
            {
                fields.Add((name, value));
            }
        }
        var submit = form.QuerySelectorAll("button").Single(b => b.TextContent.Trim() == button);
        using var content = new FormUrlEncodedContent(fields.Select(f => new KeyValuePair<string, string>(f.Name, f.Value)));
        return await client.PostAsync(submit.GetAttribute("formaction") ?? form.GetAttribute("action"), content);
    }

    /// <summary>Previews again with the edits, then saves what that preview shows.</summary>
    private async Task SaveWithAsync(IHtmlDocument page, params (string Name, string Value)[] edits)
    {
        var again = await PressAsync(page, "Preview again", edits);
        Assert.Equal(HttpStatusCode.OK, again.StatusCode);
        var saved = await PressAsync(await ParseAsync(again), "Save this import");
        Assert.Equal(HttpStatusCode.Redirect, saved.StatusCode);
    }

    private static async Task<T> GetJsonAsync<T>(string url, KdramaAppFactory factory)
    {
        var response = await factory.CreateClient().GetAsync(url);
        Assert.True(response.StatusCode == HttpStatusCode.OK, $"GET {url}: {(int)response.StatusCode}");
        return (await response.Content.ReadFromJsonAsync<T>())!;
    }

    private Task<MomentDetail> MomentAsync(string slug) => GetJsonAsync<MomentDetail>($"/api/moments/{slug}", Factory);

    private async Task<HttpStatusCode> PublicStatusAsync(string url) => (await Factory.CreateClient().GetAsync(url)).StatusCode;

    [Theory]
    [InlineData("１. Goblin\n\nKim Shin (Gong Yoo) pulls the sword from his chest for Ji Eun-tak (Kim Go-eun).\n\n２. Healer\n\nSeo Jung-hoo (Ji Chang-wook) guards Chae Young-shin (Park Min-young) every night.\n\n３. Run On\n\nKi Seon-gyeom (Im Si-wan) runs beside Oh Mi-joo (Shin Se-kyung) along the river.", "Goblin")]
    public async Task Preview_FullWidthDigitHeadings_AreReadNotA500(string text, string expected)
    {
        var page = await PreviewAsync("Moments\n\nAn introduction that sets up the list for the reader in one long sentence.\n\n" + text);
        Assert.Contains(expected, page.Body!.TextContent, StringComparison.Ordinal);
    }

    [Fact]
    public async Task Preview_ShowsEachItem_WithItsDramaAndPeople_AndFlagsBesideTheFields()
    {
        var page = await PreviewAsync();

        var first = Item(page, 1);
        Assert.StartsWith("Item 1: The shared umbrella", first.QuerySelector("legend")!.TextContent.Trim(), StringComparison.Ordinal);
        var drama = first.QuerySelector("input[name='Items[0].Drama']")!;
        Assert.Equal("Rain Love", drama.GetAttribute("value"));
        Assert.Equal("Drama", first.QuerySelector($"label[for='{drama.Id}']")!.TextContent);
        // The new-drama flag sits beside the field and is part of its description for screen readers.
        var describedBy = drama.GetAttribute("aria-describedby")!.Split(' ');
        var flags = describedBy.Select(id => page.GetElementById(id)!).Single(e => e.ClassList.Contains("doubts"));
        Assert.Contains("Check: new drama: no drama in the catalogue has this title or alias", flags.TextContent, StringComparison.Ordinal);
        Assert.Contains("New", page.GetElementById(describedBy[0])!.TextContent, StringComparison.Ordinal);
        // Its drama field suggests the catalogue drama its actor plays in.
        Assert.Contains("Something In The Rain", first.QuerySelectorAll("datalist option").Select(o => o.GetAttribute("value")));
        Assert.Contains("Yoon Jin-ah — Son Ye-jin", first.QuerySelectorAll(".pairs .pair").Select(p => p.TextContent.Trim()));

        // A catalogue drama links to its page; its people and quotes are listed with a box to remove each.
        var goblin = Item(page, 2);
        Assert.Equal("/dramas/goblin", goblin.QuerySelector(".hint a")!.GetAttribute("href"));
        Assert.Equal(["Kim Shin — Gong Yoo", "Ji Eun-tak — Kim Go-eun"], goblin.QuerySelectorAll(".pairs .pair").Select(p => p.TextContent.Trim()).Take(2));
        Assert.Equal(["It's raining because of you.", "Are you sad?"], goblin.QuerySelectorAll("q").Select(q => q.TextContent));
        Assert.Equal(["Remove Kim Shin — Gong Yoo", "Remove Ji Eun-tak — Kim Go-eun"],
            goblin.QuerySelectorAll(".pairs label").Take(2).Select(l => l.TextContent.Trim()));
        Assert.Equal("People read (character — actor)", goblin.QuerySelector("fieldset.field > legend")!.TextContent);
        Assert.Equal(0, await Factory.WithDbAsync(db => db.Articles.CountAsync(a => a.FileName == "rain.txt")));
    }

    [Fact]
    public async Task ChangeDrama_ToACatalogueDrama_SavesTheMomentUnderIt_AndNoNewDrama()
    {
        var page = await PreviewAsync();
        var before = await Factory.WithDbAsync(db => db.Dramas.CountAsync());
        await SaveWithAsync(page, (NameIn(Item(page, 1), "Drama"), "Something In The Rain"), (NameIn(Item(page, 3), "Drama"), "Our Beloved Summer"));

        var moment = await MomentAsync("the-shared-umbrella");
        Assert.Equal("something-in-the-rain", moment.Drama.Slug);
        // Son Ye-jin's role there is found, not made again.
        Assert.Contains(moment.Characters, c => c.Character.Slug == "yoon-jin-ah" && c.Actor?.Name == "Son Ye Jin");
        Assert.Equal(HttpStatusCode.NotFound, await PublicStatusAsync("/dramas/rain-love"));
        var rain = await GetJsonAsync<DramaDetail>("/api/dramas/something-in-the-rain", Factory);
        Assert.DoesNotContain("Rain Love", rain.Aliases);
        Assert.Equal(2018, rain.Year);
        Assert.Contains(rain.Moments, m => m.Slug == "the-shared-umbrella");

        // The typed title is a new drama, the article's working title left behind.
        var summer = await GetJsonAsync<DramaDetail>("/api/dramas/our-beloved-summer", Factory);
        Assert.Equal(["the-documentary-reunion"], summer.Moments.Select(m => m.Slug));
        // Its initials are its only other name: the working title is not kept.
        Assert.Equal(["OBS"], summer.Aliases);
        Assert.Equal(HttpStatusCode.NotFound, await PublicStatusAsync("/dramas/summer-documentary"));
        // Rain Love is not made; Our Beloved Summer and Weekly Newsletter are.
        Assert.Equal(before + 2, await Factory.WithDbAsync(db => db.Dramas.CountAsync()));
    }

    [Fact]
    public async Task ChangeDrama_PreviewAgain_ShowsTheCatalogueDramaLinked()
    {
        var page = await PreviewAsync();
        var again = await ParseAsync(await PressAsync(page, "Preview again", (NameIn(Item(page, 1), "Drama"), "something in the rain")));
        var first = Item(again, 1);
        Assert.Equal("something in the rain", first.QuerySelector("input[name='Items[0].Drama']")!.GetAttribute("value"));
        Assert.Equal("/dramas/something-in-the-rain", first.QuerySelector(".hint a")!.GetAttribute("href"));
        Assert.DoesNotContain("new drama", first.TextContent, StringComparison.Ordinal);
    }

    [Fact]
    public async Task RemovePerson_TheWronglyReadOneIsNotSaved_TheOthersAre()
    {
        var page = await PreviewAsync();
        var goblin = Item(page, 2);
        await SaveWithAsync(page, RemoveBox(goblin, "Ji Eun-tak"));

        var moment = await MomentAsync("the-goblins-rain");
        Assert.Equal(["Kim Shin"], moment.Characters.Select(c => c.Character.Name));
        // Her role in Goblin is untouched: only this moment goes without her.
        Assert.Equal(HttpStatusCode.OK, await PublicStatusAsync("/characters/ji-eun-tak"));
    }

    [Fact]
    public async Task RemoveQuote_OnlyTheOthersAreSaved()
    {
        var page = await PreviewAsync();
        await SaveWithAsync(page, RemoveBox(Item(page, 2), "Are you sad?"));
        Assert.Equal(["It's raining because of you."], (await MomentAsync("the-goblins-rain")).Quotes);
    }

    [Fact]
    public async Task AddPerson_IsSavedInTheMomentAndTheDramasCast()
    {
        var page = await PreviewAsync();
        var summer = Item(page, 3);
        var again = await ParseAsync(await PressAsync(page, "Preview again", (NameIn(summer, "AddCharacter"), " Kim Ji-woong "), (NameIn(summer, "AddActor"), "Kim Sung-cheol")));
        // The added pair is listed like the others, and the fields are free for the next one.
        var item = Item(again, 3);
        Assert.Contains("Kim Ji-woong — Kim Sung-cheol added by you", item.QuerySelectorAll(".pairs .pair").Select(p => string.Join(' ', p.TextContent.Split(default(char[]), StringSplitOptions.RemoveEmptyEntries))));
        Assert.Equal("", item.QuerySelector("[name$='.AddCharacter']")!.GetAttribute("value") ?? "");
        Assert.Contains("Kim Ji-woong (Kim Sung-cheol)", item.QuerySelector(".item-facts")!.TextContent, StringComparison.Ordinal);

        var saved = await PressAsync(again, "Save this import");
        Assert.Equal(HttpStatusCode.Redirect, saved.StatusCode);
        var moment = await MomentAsync("the-documentary-reunion");
        Assert.Equal(["Choi Ung", "Kim Ji-woong", "Kook Yeon-su"], moment.Characters.Select(c => c.Character.Name).Order());
        Assert.Equal("Kim Sung-cheol", moment.Characters.Single(c => c.Character.Name == "Kim Ji-woong").Actor!.Name);
        var drama = await GetJsonAsync<DramaDetail>($"/api/dramas/{moment.Drama.Slug}", Factory);
        Assert.Contains(drama.Cast, c => c.Character.Name == "Kim Ji-woong" && c.Actor?.Name == "Kim Sung-cheol");
    }

    [Fact]
    public async Task AddedPerson_TakenBackBeforeSaving_IsNotSaved()
    {
        var page = await PreviewAsync();
        var summer = Item(page, 3);
        var again = await ParseAsync(await PressAsync(page, "Preview again", (NameIn(summer, "AddCharacter"), "Kim Ji-woong")));
        await SaveWithAsync(again, (NameIn(Item(again, 3), "Added[0].Remove"), "true"));
        Assert.Equal(["Choi Ung", "Kook Yeon-su"], (await MomentAsync("the-documentary-reunion")).Characters.Select(c => c.Character.Name).Order());
        Assert.Equal(0, await Factory.WithDbAsync(db => db.Characters.CountAsync(c => c.Name == "Kim Ji-woong")));
    }

    [Fact]
    public async Task NotAnItem_IsLeftOut_AndTheRestAreNumbered1ToN()
    {
        var page = await PreviewAsync();
        await SaveWithAsync(page, (NameIn(Item(page, 4), "NotAnItem"), "true"));

        Assert.Equal(HttpStatusCode.NotFound, await PublicStatusAsync("/dramas/weekly-newsletter"));
        var article = await Factory.CreateClient().GetDocumentAsync("/articles/rain");
        Assert.Equal(["item-1", "item-2", "item-3"], article.QuerySelectorAll(".article-items > li").Select(li => li.Id));
        Assert.Contains("3 items", article.QuerySelector(".meta")!.TextContent, StringComparison.Ordinal);
    }

    [Fact]
    public async Task NotAnItem_PreviewAgain_SaysItIsLeftOut_AndCountsTheRest()
    {
        var page = await PreviewAsync();
        var again = await ParseAsync(await PressAsync(page, "Preview again", (NameIn(Item(page, 4), "NotAnItem"), "true")));
        Assert.Contains("3 list items (1 left out as not items)", again.QuerySelector(".import-preview > p")!.TextContent, StringComparison.Ordinal);
        Assert.Contains("Left out: not an item.", Item(again, 4).TextContent, StringComparison.Ordinal);
        Assert.True(Item(again, 4).QuerySelector("[name$='.NotAnItem']")!.HasAttribute("checked"));
    }

    [Fact]
    public async Task Save_AfterChangingTheFormWithoutPreviewingAgain_ShowsTheNewPreview_AndSavesNothing()
    {
        var page = await PreviewAsync();
        var response = await PressAsync(page, "Save this import", (NameIn(Item(page, 4), "NotAnItem"), "true"));
        Assert.Equal(HttpStatusCode.OK, response.StatusCode);
        var shown = await ParseAsync(response);
        Assert.StartsWith("Nothing is saved yet: the corrections changed since the preview", shown.QuerySelector(".import-preview [role=status]")!.TextContent, StringComparison.Ordinal);
        Assert.Contains("Left out: not an item.", Item(shown, 4).TextContent, StringComparison.Ordinal);
        Assert.Equal(0, await Factory.WithDbAsync(db => db.Articles.CountAsync(a => a.FileName == "rain.txt")));

        // That preview can be saved as it stands.
        Assert.Equal(HttpStatusCode.Redirect, (await PressAsync(shown, "Save this import")).StatusCode);
        Assert.Equal(3, await Factory.WithDbAsync(db => db.Articles.Where(a => a.FileName == "rain.txt").Select(a => a.ItemCount).SingleAsync()));
    }

    [Fact]
    public async Task CorrectedImport_IsUndoneAsAWhole()
    {
        var page = await PreviewAsync();
        var dramas = await Factory.WithDbAsync(db => db.Dramas.CountAsync());
        await SaveWithAsync(page, (NameIn(Item(page, 1), "Drama"), "Something In The Rain"), (NameIn(Item(page, 4), "NotAnItem"), "true"));
        var batch = await Factory.WithDbAsync(db => db.Revisions.OrderByDescending(r => r.Id).Select(r => r.Batch).FirstAsync());
        Assert.NotNull(batch);
        Assert.Equal(dramas + 1, await Factory.WithDbAsync(db => db.Dramas.CountAsync()));
    }

    public static TheoryData<string, string, string> BadCorrections() => new()
    {
        { "Items[0].Position", "9", "Item 9: the article has no such item (it has 4)." },
        { "Items[0].Drama", "   ", "Item 1: the drama needs a title of at most 200 characters, with letters or digits in it." },
        { "Items[0].Drama", new string('x', 5000), "Item 1: the drama needs a title of at most 200 characters, with letters or digits in it." },
        { "Items[1].RemoveCast", "77", "Item 2: there is no person 78 to remove (it has 2)." },
        { "Items[1].RemoveQuotes", "-1", "Item 2: there is no quote 0 to remove (it has 2)." },
        { "Items[1].AddActor", new string('a', 300), "Item 2: a name to add must have letters in it and at most 100 characters." },
        { "Items[1].AddCharacter", "1234", "Item 2: a name to add must have letters in it and at most 100 characters." },
        { "Items[1].Position", "abc", "The value 'abc' is not valid" },
    };

    [Theory]
    [MemberData(nameof(BadCorrections))]
    public async Task BadCorrection_IsNamedPlainly_AndNothingIsSaved(string field, string value, string message)
    {
        var page = await PreviewAsync();
        foreach (var button in new[] { "Preview again", "Save this import" })
        {
            var response = await PressAsync(page, button, (field, value));
            Assert.Equal(HttpStatusCode.OK, response.StatusCode);
            var shown = await ParseAsync(response);
            Assert.Contains(message, shown.QuerySelector(".corrections .form-error")!.TextContent, StringComparison.Ordinal);
            // The rest of the preview is still there to correct.
            Assert.Equal(4, shown.QuerySelectorAll("fieldset.import-item").Length);
        }
        Assert.Equal(0, await Factory.WithDbAsync(db => db.Articles.CountAsync(a => a.FileName == "rain.txt")));
    }

    [Fact]
    public async Task HugeForm_IsRefusedWithAMessage_NotAnError()
    {
        var page = await PreviewAsync();
        var many = Enumerable.Range(0, 600).Select(k => ($"Items[{k}].Position", (k + 1).ToString(System.Globalization.CultureInfo.InvariantCulture))).ToArray();
        var response = await PressAsync(page, "Preview again", many);
        Assert.Equal(HttpStatusCode.OK, response.StatusCode);
        var shown = await ParseAsync(response);
        Assert.Contains("The form holds 600 items", shown.QuerySelector(".corrections .form-error")!.TextContent, StringComparison.Ordinal);

        var tooMany = Enumerable.Range(0, 25_000).Select(k => ($"x{k}", "1")).ToArray();
        var refused = await PressAsync(page, "Save this import", tooMany);
        // Over the form's limits: refused as too large (the page says why), not an error of the site.
        Assert.Equal(HttpStatusCode.RequestEntityTooLarge, refused.StatusCode);
        Assert.Equal(0, await Factory.WithDbAsync(db => db.Articles.CountAsync(a => a.FileName == "rain.txt")));
    }
}
