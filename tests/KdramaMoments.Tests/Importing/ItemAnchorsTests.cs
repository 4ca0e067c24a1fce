using KdramaMoments.Web.Importing;

namespace KdramaMoments.Tests.Importing;

/// <summary>Paragraphs that open with their item: the heading read off the opening, the rest kept as text.</summary>
public sealed class ItemAnchorsTests
{
    [Theory]
    [InlineData("Healer (2014) – The courier keeps watch from the roof opposite her flat every single night.", "Healer (2014)", "The courier keeps watch from the roof opposite her flat every single night.")]
    [InlineData("Goblin (tvN, 2016). He appears on the beach the moment she blows out the birthday candle.", "Goblin (tvN, 2016)", "He appears on the beach the moment she blows out the birthday candle.")]
    [InlineData("And to close, Oh My Venus (KBS2, 2015–2016). The trainer and the lawyer meet on a plane that nearly crashes.", "Oh My Venus (KBS2, 2015–2016)", "The trainer and the lawyer meet on a plane that nearly crashes.")]
    [InlineData("Not a kiss at all but Reply 1988 (2015). The ring scene is the one I rewatch most often.", "Reply 1988 (2015)", "The ring scene is the one I rewatch most often.")]
    [InlineData("Mine is Secret Garden — the sit-ups in the gym, with her sitting on his feet the whole time.", "Secret Garden", "the sit-ups in the gym, with her sitting on his feet the whole time.")]
    [InlineData("Hotel del Luna. The ghost hotel owner hires the son of the man who once made her a deal.", "Hotel del Luna", "The ghost hotel owner hires the son of the man who once made her a deal.")]
    [InlineData("4/ queen of tears — they are already married and he falls for her all over again anyway", "queen of tears", "they are already married and he falls for her all over again anyway")]
    public void Read_ParagraphOpeningWithATitle_SplitsHeadingFromText(string paragraph, string heading, string rest)
    {
        var anchor = ItemAnchors.Read(paragraph);
        Assert.NotNull(anchor);
        Assert.Equal((heading, rest), (anchor.Marker.Text, anchor.Rest));
    }

    [Theory]
    [InlineData("Honestly, the rooftop scene is the best thing the writers ever gave these two characters.")]
    [InlineData("Kim Soo-hyun and Kim Ji-won starred as a married couple in the tvN series that broke records.")]
    [InlineData("Seaside village, a dentist who over-packs and a handyman who owns one good sweater.")]
    [InlineData("Healer (2014)")]
    public void Read_OrdinaryParagraphsAndBareTitles_AreNotAnchors(string paragraph) =>
        Assert.Null(ItemAnchors.Read(paragraph));
}
