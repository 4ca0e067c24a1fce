using KdramaMoments.Web.Importing;

namespace KdramaMoments.Tests.Importing;

/// <summary>An article written as its blocks (paragraphs, headings, cards), parsed as the importer would.</summary>
internal static class ArticleBlocks
{
    public static ParsedArticle Parse(params string[] blocks) => ParseText(string.Join("\n\n", blocks));

    /// <summary>A whole text (an export, a chat, a page) parsed as the importer would.</summary>
    public static ParsedArticle ParseText(string text) =>
        ArticleParser.Parse(text).Article ?? throw new InvalidOperationException("no list found");
}
