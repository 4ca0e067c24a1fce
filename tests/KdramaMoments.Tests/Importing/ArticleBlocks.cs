using KdramaMoments.Web.Importing;

namespace KdramaMoments.Tests.Importing;

/// <summary>An article written as its blocks (paragraphs, headings, cards), parsed as the importer would.</summary>
internal static class ArticleBlocks
{
    public static ParsedArticle Parse(params string[] blocks) =>
        ArticleParser.Parse(string.Join("\n\n", blocks)).Article ?? throw new InvalidOperationException("no list found");
}
