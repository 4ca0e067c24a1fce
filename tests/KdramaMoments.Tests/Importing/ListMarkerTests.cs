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
    [InlineData("number four. Run On, 2020", 4, "Run On, 2020")]
    [InlineData("Number Twelve: Healer", 12, "Healer")]
    [InlineData("and number one, you all guessed it. Start-Up", 1, "you all guessed it. Start-Up")]
    [InlineData("okay so coming in at number three, Healer", 3, "Healer")]
    [InlineData("landing at number 6 — Run On", 6, "Run On")]
    [InlineData("[1:05] number seventeen! Mr. Sunshine", 17, "Mr. Sunshine")]
    public void Read_SpokenRank_IsANumberedMarkerWhateverThePause(string line, int number, string text)
    {
        var marker = ListMarker.Read(line);
        Assert.Equal((true, number, text), (marker.IsSpoken, marker.Number!.Value, marker.Text));
        Assert.EndsWith("spoken", marker.Shape, StringComparison.Ordinal); // "number five." and "number three," are one list
    }

    [Theory]
    [InlineData("Number 7: Healer", "no:")] // a written rank in digits stays what it was
    [InlineData("number one reason to watch is the cast", "plain")] // no pause after the number: a phrase, not a rank
    [InlineData("at number 3 the ratings dipped", "plain")]
    public void Read_NumberPhraseThatIsNoSpokenRank_IsNotSpoken(string line, string shape)
    {
        var marker = ListMarker.Read(line);
        Assert.Equal((false, shape), (marker.IsSpoken, marker.Shape));
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
