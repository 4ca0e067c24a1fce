using KdramaMoments.Web.Importing;

namespace KdramaMoments.Tests.Importing;

/// <summary>
/// What a reader finds in one list item, written by reading the article. Cast entries are
/// "Character|Actor"; either side may be empty when the item does not name it.
/// </summary>
public sealed record ItemExpectation(int Position, string Drama, int? Year, string[] Cast, int? Episode, params string[] Quotes)
{
    public static void Check(ItemExpectation expected, ParsedItem actual)
    {
        Assert.Equal(expected.Position, actual.Position);
        Assert.Equal(expected.Drama, actual.Drama.Title);
        Assert.Equal(expected.Year, actual.Drama.Year);
        var cast = actual.Cast.Select(c => $"{c.Character}|{c.Actor}").Order(StringComparer.Ordinal).ToArray();
        Assert.Equal(expected.Cast.Order(StringComparer.Ordinal).ToArray(), cast);
        Assert.Equal(expected.Episode, actual.Episode);
        Assert.Equal(expected.Quotes, actual.Quotes);
    }

    public static ParsedArticle Parse(string path)
    {
        var decoded = ArticleDecoder.Decode(File.ReadAllBytes(path));
        Assert.Null(decoded.Error);
        var (article, error) = ArticleParser.Parse(decoded.Text!);
        Assert.Null(error);
        return article!;
    }
}
