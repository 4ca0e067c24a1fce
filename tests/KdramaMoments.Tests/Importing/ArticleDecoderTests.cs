using System.Text;
using KdramaMoments.Web.Importing;

namespace KdramaMoments.Tests.Importing;

public sealed class ArticleDecoderTests
{
    [Theory]
    [InlineData("", "empty")]
    [InlineData("   \n\n  ", "empty")]
    [InlineData("<!DOCTYPE html><html><body><p>1. Goblin</p></body></html>", "HTML")]
    [InlineData("<div><p>Goblin</p><p>Healer</p><br></div>", "HTML")]
    public void Decode_BadText_SaysWhy(string text, string reason)
    {
        var result = ArticleDecoder.Decode(Encoding.UTF8.GetBytes(text));
        Assert.Null(result.Text);
        Assert.Contains(reason, result.Error, StringComparison.Ordinal);
    }

    [Fact]
    public void Decode_Binary_SaysBinary()
    {
        var result = ArticleDecoder.Decode([0x89, 0x50, 0x4E, 0x47, 0x0D, 0x0A, 0x1A, 0x0A, 0x00, 0x00]);
        Assert.Contains("binary", result.Error, StringComparison.Ordinal);
    }

    [Fact]
    public void Decode_InvalidUtf8_SaysWhereItBreaks()
    {
        var bytes = Encoding.Latin1.GetBytes("1. Caf\u00e9 scenes\n2. More\n3. Even more");
        var result = ArticleDecoder.Decode(bytes);
        Assert.Equal("the file is not valid UTF-8 at byte 6", result.Error);
    }

    [Fact]
    public void Decode_Utf8WithBomAndCrLf_GivesPlainText()
    {
        var bytes = Encoding.UTF8.GetPreamble().Concat(Encoding.UTF8.GetBytes("Title\r\n\r\n1. One")).ToArray();
        Assert.Equal("Title\n\n1. One", ArticleDecoder.Decode(bytes).Text);
    }
}
