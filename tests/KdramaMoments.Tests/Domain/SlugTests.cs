using KdramaMoments.Web.Domain;

namespace KdramaMoments.Tests.Domain;

public sealed class SlugTests
{
    [Fact]
    public void Slugify_LongTitle_IsCutAfterAWholeWordNeverInsideOne()
    {
        var slug = Names.Slugify("When Kim Jin Hyuk declared his feelings for Cha Soo Hyun in public, in front of everyone at the hotel lobby");
        Assert.True(slug.Length <= 80, slug);
        Assert.Equal("when-kim-jin-hyuk-declared-his-feelings-for-cha-soo-hyun-in-public-in-front-of", slug);
    }

    [Fact]
    public void Slugify_ShortTitleAndOneEndlessWord_AreKeptOrCutWhereTheyMust()
    {
        Assert.Equal("whats-wrong-with-secretary-kim", Names.Slugify("What’s Wrong With Secretary Kim?"));
        Assert.Equal(new string('a', 80), Names.Slugify(new string('a', 200)));
    }

    [Fact]
    public void NamesAndSlugs_OfTextCutInsideAnEmoji_DropTheLoneHalfInsteadOfThrowing()
    {
        // "Kiss 😍" cut after the emoji's first UTF-16 unit, as a length limit can cut it: a stored-XSS import found it a 500.
        var cut = "Kiss \uD83D";
        Assert.Equal("kiss", Names.Slugify(cut));
        Assert.Equal("kiss", Names.Normalize(cut));
        Assert.Equal("kiss", Names.Slugify("Kiss \uDE0D"));
        Assert.Equal("kiss-rain", Names.Slugify("Kiss 😍 rain"));
        Assert.Equal("kiss", KdramaMoments.Web.Search.SearchText.Fold(cut).Trim());
    }
}

