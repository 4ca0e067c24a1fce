using System.Globalization;
using System.Text;

namespace KdramaMoments.Web.Domain;

/// <summary>Name comparison and slugs shared by the importer, the pages and the editors.</summary>
public static class Names
{
    /// <summary>
    /// Text in normalisation form D. Text cut between the two halves of a surrogate pair (an emoji cut by a length
    /// limit) is not valid Unicode and cannot be normalised: the lone half is dropped first.
    /// </summary>
    public static string Decompose(string text) => WellFormed(text).Normalize(NormalizationForm.FormD);

    private static string WellFormed(string text)
    {
        if (!text.Any(char.IsSurrogate))
        {
            return text;
        }
        var sb = new StringBuilder(text.Length);
        for (var i = 0; i < text.Length; i++)
        {
            if (!char.IsSurrogate(text[i]))
            {
                sb.Append(text[i]);
            }
            else if (i + 1 < text.Length && char.IsSurrogatePair(text[i], text[i + 1]))
            {
                sb.Append(text, i++, 2);
            }
        }
        return sb.ToString();
    }

    /// <summary>
    /// The key two spellings of one name share: case, accents, hyphens, spaces and punctuation
    /// are dropped, so "Ri Jeong-Hyeok" and "ri jeonghyeok" compare equal.
    /// </summary>
    public static string Normalize(string name)
    {
        var decomposed = Decompose(name);
        var sb = new StringBuilder(decomposed.Length);
        foreach (var c in decomposed)
        {
            var category = CharUnicodeInfo.GetUnicodeCategory(c);
            if (category == UnicodeCategory.NonSpacingMark)
            {
                continue;
            }
            if (char.IsLetterOrDigit(c))
            {
                sb.Append(char.ToLowerInvariant(c));
            }
        }
        return sb.ToString().Normalize(NormalizationForm.FormC);
    }

    /// <summary>A readable address segment: "What’s Wrong With Secretary Kim?" → "whats-wrong-with-secretary-kim".</summary>
    public static string Slugify(string text)
    {
        var decomposed = Decompose(text);
        var sb = new StringBuilder(decomposed.Length);
        var pendingDash = false;
        foreach (var c in decomposed)
        {
            if (CharUnicodeInfo.GetUnicodeCategory(c) == UnicodeCategory.NonSpacingMark || c is '\'' or '’' or '‘')
            {
                continue;
            }
            if (char.IsAsciiLetterOrDigit(c))
            {
                if (pendingDash && sb.Length > 0)
                {
                    sb.Append('-');
                }
                sb.Append(char.ToLowerInvariant(c));
                pendingDash = false;
            }
            else
            {
                pendingDash = true;
            }
        }
        var slug = AtWordBoundary(sb.ToString(), MaxSlugLength);
        return slug.Length == 0 ? "item" : slug;
    }

    private const int MaxSlugLength = 80;

    /// <summary>At most <paramref name="max"/> characters, cut after a whole word; a single word longer than that is cut where it must be.</summary>
    private static string AtWordBoundary(string slug, int max)
    {
        if (slug.Length <= max)
        {
            return slug;
        }
        var lastDash = slug.LastIndexOf('-', max);
        return lastDash > 0 ? slug[..lastDash] : slug[..max];
    }

    /// <summary>A slug not in <paramref name="taken"/>: "goblin", then "goblin-2", "goblin-3"…</summary>
    public static string UniqueSlug(string text, ISet<string> taken)
    {
        var root = Slugify(text);
        var slug = root;
        for (var n = 2; taken.Contains(slug); n++)
        {
            slug = $"{root}-{n}";
        }
        taken.Add(slug);
        return slug;
    }

    private static readonly char[] TitleWordBreaks = [' ', '-', '–', '—', ':', '/'];

    /// <summary>
    /// The initials fans write for a title of three words or more: "Crash Landing on You" → "CLOY", "Hometown
    /// Cha-Cha-Cha" → "HCCC". Null for shorter titles (their initials read as another word) and for titles
    /// not written in Latin letters.
    /// </summary>
    public static string? Abbreviation(string title)
    {
        var initials = new StringBuilder();
        foreach (var word in title.Split(TitleWordBreaks, StringSplitOptions.RemoveEmptyEntries))
        {
            var first = Decompose(word).FirstOrDefault(char.IsLetterOrDigit);
            if (first == default)
            {
                continue; // "&", a lone dash
            }
            if (!char.IsAsciiLetterOrDigit(first))
            {
                return null;
            }
            initials.Append(char.ToUpperInvariant(first));
        }
        return initials.Length >= 3 ? initials.ToString() : null;
    }
}
