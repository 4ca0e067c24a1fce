using KdramaMoments.Web.Importing;

namespace KdramaMoments.Tests.Importing;

/// <summary>An article written as its blocks (paragraphs, headings, cards), parsed as the importer would.</summary>
internal static class ArticleBlocks
{
    public static ParsedArticle Parse(params string[] blocks) => ParseText(string.Join("\n\n", blocks));

    /// <summary>A whole text (an export, a chat, a page) parsed as the importer would.</summary>
    public static ParsedArticle ParseText(string text) =>
        ArticleParser.Parse(text).Article ?? throw new InvalidOperationException("no list found");

    /// <summary>Three sections headed by a couple's names over a paragraph that opens with their invented drama, dated.</summary>
    public static readonly string[] CoupleSections =
    [
        "Han Seo-joon and Seo Yeon-woo",
        "Moonlit Harbour Story (2018) follows the ferry captain Han Seo-joon, played by Kang Min-jae, who keeps missing the biologist Seo Yeon-woo, played by Yoon Da-hee, at the pier until the typhoon.",
        "Do Gyeom and Baek Ha-na",
        "Paper Lanterns of Jongno (2021) is about a civil servant, Do Gyeom, played by Park Ji-hoon, who argues with the lantern maker Baek Ha-na, played by Lee Soo-ah, all winter.",
        "Min Tae-oh and Jang Bo-ra",
        "The Quiet Apartment (2023) follows Min Tae-oh, played by Choi Woo-jin, and Jang Bo-ra, played by Gu Da-in, two neighbours who only write notes until the flood.",
    ];
}
