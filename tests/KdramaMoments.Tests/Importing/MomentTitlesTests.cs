using KdramaMoments.Web.Importing;

namespace KdramaMoments.Tests.Importing;

/// <summary>Titles fit for a reader: never the drama again, never a raw "A for B in Drama" heading.</summary>
public sealed class MomentTitlesTests
{
    private static ParsedArticle Parse(params (string Heading, string Body)[] items)
    {
        var text = "Seven moments we love\n\nAn introduction that sets up the list for the reader in one long sentence.\n\n"
            + string.Concat(items.Select(i => $"{i.Heading}\n\n{i.Body}\n\n"));
        var (article, error) = ArticleParser.Parse(text);
        Assert.Null(error);
        return article!;
    }

    [Fact]
    public void Title_ActorsMomentHeading_NamesTheCharactersAndTheDescription()
    {
        var article = Parse(
            ("Hyun Bin's sweet confession to Son Ye-jin in Crash Landing on You", "In Crash Landing on You, Ri Jeong-hyeok (Hyun Bin) finally tells Yoon Se-ri (Son Ye-jin) how he feels, and she cries."),
            ("Gong Yoo's tearful goodbye to Kim Go-eun in Goblin", "In Goblin, Kim Shin (Gong Yoo) says goodbye to Ji Eun-tak (Kim Go-eun) in the snow before he fades away."),
            ("Lee Min-ho's clumsy confession to Ku Hye-sun in Boys Over Flowers", "In Boys Over Flowers, Gu Jun-pyo (Lee Min-ho) confesses to Geum Jan-di (Ku Hye-sun) in the worst possible way."));
        Assert.Equal("Jeong-hyeok and Se-ri: sweet confession", article.Items[0].Title);
        Assert.All(article.Items, i => Assert.DoesNotContain(i.Drama.Title, i.Title!, StringComparison.Ordinal));
    }

    [Fact]
    public void Title_ActorForActressHeading_IsNeverTheRawHeading()
    {
        var article = Parse(
            ("Hyun Bin for Son Ye Jin in Crash Landing on You", "Ri Jung Hyuk (played by Hyun Bin) crawls through a tunnel to save Yoon Se Ri (played by Son Ye Jin) from danger."),
            ("Gong Yoo for Kim Go Eun in Goblin", "Kim Shin (Gong Yoo) pulls the sword from his chest to save Ji Eun Tak (Kim Go Eun), knowing it will end him."),
            ("Rowoon for Kim Hye Yoon in Extraordinary You", "Haru (Rowoon) keeps finding Eun Dan Oh (Kim Hye Yoon) in every timeline to protect her."));
        Assert.All(article.Items, i => Assert.DoesNotContain(" for ", i.Title!, StringComparison.Ordinal));
        Assert.All(article.Items, i => Assert.DoesNotContain(i.Drama.Title, i.Title!, StringComparison.Ordinal));
        Assert.StartsWith("Jung Hyuk and Se Ri", article.Items[0].Title, StringComparison.Ordinal);
    }

    [Fact]
    public void Title_DescriptiveHeadingAndQuoteHeading_AreKept()
    {
        var article = Parse(
            ("#1: “I found you.” — Crash Landing on You (2019)", "Ri Jeong-hyeok (Hyun Bin) finds Yoon Se-ri (Son Ye-jin) in Switzerland after a year apart."),
            ("#2: “Let’s be happy.” — Hotel del Luna (2019)", "Jang Man-wol (IU) finally lets Gu Chan-sung (Yeo Jin-goo) into her heart."),
            ("#3: “I like you.” — Hometown Cha-Cha-Cha (2021)", "Hong Du-sik (Kim Seon-ho) says it at last to Yoon Hye-jin (Shin Min-a) by the sea."));
        Assert.Equal("“I found you”", article.Items[0].Title);
        Assert.Equal("Seven moments we love", article.Title);
    }
}
