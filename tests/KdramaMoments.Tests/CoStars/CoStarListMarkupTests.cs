using System.Text.Encodings.Web;
using AngleSharp.Html.Parser;
using KdramaMoments.Web.CoStars;

namespace KdramaMoments.Tests.CoStars;

/// <summary>"The map as a list" reads as sentences for every actor on the map, including one whose co-stars are all off it.</summary>
public sealed class CoStarListMarkupTests
{
    private static readonly CoStarGraph Graph = new(
        [new CoStarNode(1, "ahn-bo-ra", "Ahn Bo-ra"), new CoStarNode(2, "bae-do-ra", "Bae Do-ra"), new CoStarNode(3, "cho-min-su", "Cho Min-su")],
        [new CoStarEdge(1, 3, [new SharedDrama("winter-tunnel", "Winter Tunnel")])]);

    [Theory]
    [InlineData(true)]
    [InlineData(false)]
    public void ActorWithNoCoStarOnTheMap_IsSaidSoAndLinkedToTheirCoStars(bool wholeList)
    {
        using var writer = new StringWriter();
        new CoStarListMarkup(Graph, wholeList ? null : 8, "/co-stars?list=all").WriteTo(writer, HtmlEncoder.Default);
        var rows = new HtmlParser().ParseDocument($"<ul>{writer}</ul>").QuerySelectorAll("li").ToList();

        Assert.Equal(3, rows.Count);
        Assert.Equal("Ahn Bo-ra shares a drama with\nCho Min-su (Winter Tunnel).", rows[0].TextContent.Trim());
        Assert.Equal("Bae Do-ra shares no drama with another actor on the map (see their co-stars).", rows[1].TextContent.Trim());
        Assert.Equal(["/actors/bae-do-ra", "/actors/bae-do-ra#costars"], rows[1].QuerySelectorAll("a").Select(a => a.GetAttribute("href")));
        Assert.Equal(wholeList ? "costars-of-bae-do-ra" : "", rows[1].Id ?? "");
    }
}
