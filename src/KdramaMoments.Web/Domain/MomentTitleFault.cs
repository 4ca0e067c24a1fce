namespace KdramaMoments.Web.Domain;

/// <summary>
/// What is wrong with a moment's title as the title of a scene, if anything: the editors' to-do list "Moment titles to
/// rewrite". Kept on the moment at write time (from its title and its drama's), so that list reads an index.
/// </summary>
public enum MomentTitleFault
{
    None = 0,
    /// <summary>The title names its drama the way a list item's heading does ("… in Goblin", "Goblin: the rain").</summary>
    NamesTheDrama = 1,
    /// <summary>The title reads as a list item's raw heading ("Kim Shin - the first snow", "A | B").</summary>
    RawHeading = 2,
}

public static class MomentTitles
{
    private static readonly string[] HeadingSeparators = [" - ", " – ", " | "];

    // What stands before the drama's name when a heading ends with it ("Kim Shin in Goblin", "Kim Shin - Goblin").
    private static readonly string[] BeforeAClosingDrama = [" in ", " - ", " – ", ", ", " | "];

    /// <summary>
    /// A heading's ways of naming its drama ("… in Goblin", "Kim Shin - Goblin", "Goblin: the rain", "(Goblin)") make the
    /// first fault; the drama's name as a word of the scene ("Grim Reaper and Goblin save Eun-tak") is not one. Letters
    /// compare without case, as an editor reads them.
    /// </summary>
    public static MomentTitleFault FaultOf(string title, string dramaTitle)
    {
        if (NamesTheDrama(title, dramaTitle))
        {
            return MomentTitleFault.NamesTheDrama;
        }
        return HeadingSeparators.Any(s => title.Contains(s, StringComparison.Ordinal)) ? MomentTitleFault.RawHeading : MomentTitleFault.None;
    }

    private static bool NamesTheDrama(string title, string drama)
    {
        const StringComparison IgnoreCase = StringComparison.OrdinalIgnoreCase;
        if (drama.Length == 0)
        {
            return false;
        }
        return title.Equals(drama, IgnoreCase)
            || BeforeAClosingDrama.Any(before => title.EndsWith(before + drama, IgnoreCase))
            || title.Contains("(" + drama + ")", IgnoreCase)
            || title.StartsWith(drama + ": ", IgnoreCase)
            || title.StartsWith(drama + " - ", IgnoreCase);
    }
}
