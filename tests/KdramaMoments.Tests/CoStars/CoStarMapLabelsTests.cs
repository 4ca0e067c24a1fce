using System.Globalization;
using AngleSharp.Dom;
using KdramaMoments.Web.Cli;
using KdramaMoments.Web.CoStars;
using KdramaMoments.Web.Pages.CoStarMap;

namespace KdramaMoments.Tests.CoStars;

/// <summary>
/// The dramas written on the co-star maps' links are readable: no drama label's box (its text's width estimated as the
/// layout estimates it) overlaps another or covers an actor's name, and each lies inside the picture. On the seeds' map
/// and actors' pages, and on a generated catalogue's, where a busy ring's crossing links crowd their middles.
/// </summary>
public sealed class CoStarMapLabelsTests(SeededSite site) : IClassFixture<SeededSite>
{
    [Fact]
    public async Task SeedsMaps_DramaLabelsOverlapNoLabelAndNoName()
    {
        var client = site.Factory.CreateClient();
        var map = await client.GetDocumentAsync("/co-stars");
        var actors = map.QuerySelectorAll(".costar-map .nodes a").Select(a => a.GetAttribute("href")!).ToList();
        Assert.True(actors.Count >= 40, $"the seeds' map draws {actors.Count} actors");
        var clashes = Clashes("/co-stars", map);
        foreach (var actor in actors)
        {
            clashes.AddRange(Clashes(actor, await client.GetDocumentAsync(actor)));
        }
        Assert.True(clashes.Count == 0, string.Join('\n', clashes));
    }

    [Fact]
    public async Task GeneratedCatalogueMaps_DramaLabelsOverlapNoLabelAndNoName()
    {
        using var database = new TempDatabase();
        await using var factory = await GeneratedSiteAsync(database);
        var client = factory.CreateClient();
        var map = await client.GetDocumentAsync("/co-stars");
        var clashes = Clashes("/co-stars", map);
        // The busiest actors' pages: the map's first names are the best-connected actors' group.
        foreach (var actor in map.QuerySelectorAll(".costar-map .nodes a").Select(a => a.GetAttribute("href")!).Take(8))
        {
            clashes.AddRange(Clashes(actor, await client.GetDocumentAsync(actor)));
        }
        Assert.True(map.QuerySelectorAll(".costar-map .dramas text").Length >= 20);
        Assert.True(clashes.Count == 0, string.Join('\n', clashes));
    }

    [Fact]
    public async Task GeneratedCatalogueMap_ListNamesEachActorsStrongestCoStars_AndTheWholeListNamesEveryLine()
    {
        using var database = new TempDatabase();
        await using var factory = await GeneratedSiteAsync(database);
        var client = factory.CreateClient();
        var map = await client.GetDocumentAsync("/co-stars");
        var whole = await client.GetDocumentAsync("/co-stars?list=all");

        // The whole list names, for each actor, every co-star a line joins them to on the picture.
        var lines = map.QuerySelectorAll(".costar-map .edges title").Select(t => t.TextContent).ToList();
        var wholeRows = whole.QuerySelectorAll(".costar-list > li").ToDictionary(li => li.Id!, li => li);
        Assert.Equal(2 * lines.Count, wholeRows.Values.Sum(li => CoStarLinks(li).Count));
        var shortened = 0;
        foreach (var row in map.QuerySelectorAll(".costar-list > li"))
        {
            var links = CoStarLinks(row);
            Assert.True(links.Count <= IndexModel.StrongestListed, row.TextContent);
            var more = row.QuerySelector("a[href^='/co-stars?list=all#']");
            var slug = row.QuerySelector("a")!.GetAttribute("href")!["/actors/".Length..];
            var wholeRow = wholeRows[CoStarListMarkup.RowId(slug)];
            if (more is null)
            {
                Assert.Equal(CoStarLinks(wholeRow), links);
                continue;
            }
            // "and N more co-stars" leads to the actor's whole row, which names the rest.
            shortened++;
            Assert.Equal("/co-stars?list=all#" + wholeRow.Id, more.GetAttribute("href"));
            var rest = CoStarLinks(wholeRow).Count - links.Count;
            Assert.Equal(rest == 1 ? "and 1 more co-star" : $"and {rest} more co-stars", more.TextContent);
            Assert.Subset(CoStarLinks(wholeRow).ToHashSet(), links.ToHashSet());
        }
        Assert.True(shortened > 0, "no actor on the generated map has more than four co-stars");
        Assert.NotNull(map.QuerySelector("#as-list ~ p a[href='/co-stars?list=all#as-list']"));
        Assert.Empty(whole.QuerySelectorAll(".costar-list a[href^='/co-stars']"));
    }

    /// <summary>A site on a generated catalogue of 3,000 moments, whose busiest actors have more co-stars than a row lists.</summary>
    private static async Task<KdramaAppFactory> GeneratedSiteAsync(TempDatabase database)
    {
        using var output = new StringWriter();
        using var errors = new StringWriter();
        Assert.Equal(0, await CommandLine.RunAsync(["generate", "--moments", "3000", "--db", database.Path], output, errors));
        return new KdramaAppFactory(database.Path, seed: false);
    }

    /// <summary>The co-stars a row of "The map as a list" names (its first link is the actor themself).</summary>
    private static List<string> CoStarLinks(IElement row) =>
        row.Children.Where(c => c.LocalName == "a").Skip(1).Select(a => a.GetAttribute("href")!).Where(h => h.StartsWith("/actors/", StringComparison.Ordinal)).ToList();

    /// <summary>Each drama label that overlaps a label placed before it or a name, or lies outside the picture.</summary>
    private static List<string> Clashes(string url, IDocument page)
    {
        var svg = page.QuerySelector(".costar-map svg")!;
        var (width, height) = (Number(svg, "width"), Number(svg, "height"));
        var names = svg.QuerySelectorAll(".nodes text")
            .Select(t => (Text: t.TextContent, Box: MapText.TextBox(Number(t, "x"), Number(t, "y"), t.GetAttribute("text-anchor")!, t.TextContent, MapText.NameSize)))
            .ToList();
        var dramas = new List<(string Text, Box Box)>();
        // Names are not cut by the picture's edge either (a long name beside a node at the left edge was).
        var clashes = names.Where(n => !n.Box.Within(width, height)).Select(n => $"{url}: the name \"{n.Text}\" lies outside the {width}×{height} picture").ToList();
        foreach (var t in svg.QuerySelectorAll(".dramas text"))
        {
            // The text drawn, without the whole title a cut label keeps in its <title>.
            var text = string.Concat(t.ChildNodes.OfType<IText>().Select(n => n.Data));
            var box = MapText.TextBox(Number(t, "x"), Number(t, "y"), "middle", text, MapText.DramaSize);
            clashes.AddRange(names.Concat(dramas).Where(other => box.Overlaps(other.Box)).Select(other => $"{url}: \"{text}\" covers \"{other.Text}\""));
            if (!box.Within(width, height))
            {
                clashes.Add($"{url}: \"{text}\" lies outside the {width}×{height} picture");
            }
            dramas.Add((text, box));
        }
        return clashes;
    }

    private static double Number(IElement element, string attribute) => double.Parse(element.GetAttribute(attribute)!, CultureInfo.InvariantCulture);
}
