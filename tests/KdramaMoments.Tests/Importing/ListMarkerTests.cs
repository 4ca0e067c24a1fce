using KdramaMoments.Web.Importing;

namespace KdramaMoments.Tests.Importing;

public sealed class ListMarkerTests
{
    [Theory]
    [InlineData("1. Goblin", "num.", 1, "Goblin")]
    [InlineData("1) Goblin", "num)", 1, "Goblin")]
    [InlineData("1/ Goblin: Kim Shin and Ji Eun-tak", "num/", 1, "Goblin: Kim Shin and Ji Eun-tak")]
    [InlineData("#1 Goblin", "hash", 1, "Goblin")]
    [InlineData("#1: “Line” — Goblin (2016)", "hash:", 1, "“Line” — Goblin (2016)")]
    [InlineData("No. 1 | Crash Landing on You", "no|", 1, "Crash Landing on You")]
    [InlineData("Number 7: Healer", "no:", 7, "Healer")]
    [InlineData("IV. Kim Joo-won (Hyun Bin), Secret Garden", "roman.", 4, "Kim Joo-won (Hyun Bin), Secret Garden")]
    [InlineData("**3.** Healer (2014)", "bnum.", 3, "Healer (2014)")]
    [InlineData("## 2. Queen of Tears", "hnum.", 2, "Queen of Tears")]
    [InlineData("10 Final Goodbye", "num", 10, "Final Goodbye")]
    [InlineData("１２. Goblin", "num.", 12, "Goblin")]
    [InlineData("٣) Goblin", "num)", 3, "Goblin")]
    [InlineData("2:15 #6 Goblin (2016) | Kim Shin", "thash", 6, "Goblin (2016) | Kim Shin")]
    [InlineData("1:02:40 3. Healer", "tnum.", 3, "Healer")]
    public void Read_ListMarkers_GiveShapeNumberAndText(string line, string shape, int number, string text)
    {
        var marker = ListMarker.Read(line);
        Assert.Equal((shape, number, text), (marker.Shape, marker.Number!.Value, marker.Text));
    }

    [Theory]
    [InlineData("[03:10] Run On (2020) — Seon-gyeom & Mi-ju", "tplain", 190, "Run On (2020) — Seon-gyeom & Mi-ju")]
    [InlineData("(1:02:40) Healer — the rooftop", "tplain", 3760, "Healer — the rooftop")]
    [InlineData("14:05 – Start-Up, the letters", "tplain", 845, "Start-Up, the letters")]
    public void Read_TimeCodeBeforeAHeading_IsItsMarker(string line, string shape, int seconds, string text)
    {
        var marker = ListMarker.Read(line);
        Assert.Equal((shape, (int?)seconds, text, false), (marker.Shape, marker.Seconds, marker.Text, marker.IsNumbered));
    }

    [Theory]
    [InlineData("💘 Crash Landing on You (tvN, 2019)", "emoji", "Crash Landing on You (tvN, 2019)")]
    [InlineData("Hometown Cha-Cha-Cha", "plain", "Hometown Cha-Cha-Cha")]
    [InlineData("1988 was the year", "plain", "1988 was the year")]
    [InlineData("**Goblin**", "bplain", "Goblin")]
    public void Read_UnnumberedLines_HaveNoNumber(string line, string shape, string text)
    {
        var marker = ListMarker.Read(line);
        Assert.Equal((shape, (int?)null, text), (marker.Shape, marker.Number, marker.Text));
    }
}
