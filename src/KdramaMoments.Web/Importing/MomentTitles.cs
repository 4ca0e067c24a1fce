using System.Globalization;
using KdramaMoments.Web.Domain;

namespace KdramaMoments.Web.Importing;

/// <summary>
/// A moment's title fit for a reader. It never repeats the drama (shown beside it) and is never a raw
/// "A for B in Drama" heading: the heading's descriptive part, else its dialogue, else the scene named
/// from its people and trope ("Jeong-hyeok and Se-ri: the kiss").
/// </summary>
public static class MomentTitles
{
    private const int MaxLength = 120;

    public static string For(HeadingReading heading, IReadOnlyList<CastCredit> cast, IReadOnlyList<string> featured, IReadOnlyList<string> quotes, IReadOnlyList<string> tags, IReadOnlyList<string> body)
    {
        var people = Couple(cast, featured);
        if (heading.Description is { } description && !IsOnlyNames(description, cast))
        {
            // "sweet confession", once the heading's people are taken out, says more with the characters it is about;
            // otherwise the description is the author's own title for the scene ("Final Goodbye", "Documentary exes").
            return Fit(heading.DescriptionLacksPeople && people is not null ? $"{people}: {description}" : Upper(description));
        }
        if (heading.Dialogue.Count > 0)
        {
            return Fit($"“{heading.Dialogue[0].TrimEnd('.')}”");
        }
        if (people is not null)
        {
            return Fit(tags.Count > 0 ? $"{people}: {Scene(tags[0])}" : quotes.Count > 0 ? $"{people}: “{quotes[0].TrimEnd('.')}”" : people);
        }
        if (quotes.Count > 0)
        {
            return Fit($"“{quotes[0].TrimEnd('.')}”");
        }
        var first = body.Count > 0 ? body[0] : string.Empty;
        return tags.Count > 0 ? Upper(Scene(tags[0])) : Fit(first.Length > 0 ? first : "A moment");
    }

    // "Jeong-hyeok and Se-ri": the two people the moment is about, by the names fans use.
    private static string? Couple(IReadOnlyList<CastCredit> cast, IReadOnlyList<string> featured)
    {
        var names = featured.Select(n => cast.FirstOrDefault(c => c.Character is not null && c.AllNames().Contains(n))?.Character ?? (cast.Any(c => c.Actor == n) ? null : n))
            .OfType<string>()
            .Distinct()
            .Take(2)
            .Select(GivenName)
            .ToList();
        return names.Count switch
        {
            2 => $"{names[0]} and {names[1]}",
            1 => names[0],
            _ => null,
        };
    }

    // "Ri Jeong-hyeok" → "Jeong-hyeok", "Yoon Se Ri" → "Se Ri"; two-word names ("Kim Shin", "Gu Won") stay whole.
    private static string GivenName(string name)
    {
        var words = name.Split(' ', StringSplitOptions.RemoveEmptyEntries);
        var syllables = PersonNames.Words(name).Length + name.Count(c => c == '-');
        return words.Length >= 2 && PersonNames.IsSurname(words[0]) && (syllables >= 3 || words.Length >= 3) ? string.Join(' ', words.Skip(1)) : name;
    }

    private static bool IsOnlyNames(string text, IReadOnlyList<CastCredit> cast) =>
        Names.Normalize(text).Length == 0 || cast.Any(c => c.AllNames().Append(c.Actor).OfType<string>().Any(n => Names.Normalize(n) == Names.Normalize(text)));

    private static string Scene(string tag) => tag switch
    {
        "kiss" => "the kiss",
        "hug" => "the hug",
        "confession" => "the confession",
        "rescue" => "the rescue",
        "sacrifice" => "the sacrifice",
        "proposal" => "the proposal",
        "reunion" => "the reunion",
        "farewell" => "the goodbye",
        "date" => "the date",
        "piggyback" => "the piggyback ride",
        "first-love" => "first love",
        "time-travel" => "across time",
        _ => $"the {tag.Replace('-', ' ')} scene",
    };

    private static string Upper(string text) => text.Length == 0 ? text : char.ToUpper(text[0], CultureInfo.InvariantCulture) + text[1..];

    private static string Fit(string text) => text.Length <= MaxLength ? text : text[..(MaxLength - 1)].TrimEnd() + "…";
}
