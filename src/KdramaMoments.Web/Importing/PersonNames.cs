using System.Text.RegularExpressions;
using KdramaMoments.Web.Domain;

namespace KdramaMoments.Web.Importing;

/// <summary>What a person's name looks like in an English article about K-dramas.</summary>
public static partial class PersonNames
{
    /// <summary>One capitalised name word: "Kim", "Ye-jin", "Hyun-Bin", "IU", "YoonA".</summary>
    public const string Token = @"(?:\p{Lu}\p{Ll}+\p{Lu}\p{Ll}+(?![\p{L}])|\p{Lu}\p{Ll}+(?:-\p{L}\p{Ll}*)*|\p{Lu}{2,3}(?![\p{L}])|\p{Lu}\p{Ll}+\p{Lu}(?![\p{L}]))";

    /// <summary>One to four name words.</summary>
    public const string Run = Token + @"(?:[ \u00A0]" + Token + "){0,3}";

    // Words that start sentences or describe a person and so are never part of a name.
    private static readonly HashSet<string> LeadingWords = new(StringComparer.OrdinalIgnoreCase)
    {
        "a", "an", "the", "and", "but", "or", "yet", "when", "while", "as", "after", "before", "since", "until",
        "then", "here", "there", "enter", "meet", "even", "finally", "later", "naturally", "meanwhile", "instead",
        "although", "though", "if", "in", "on", "at", "to", "for", "with", "from", "during", "between", "because",
        "captain", "capt", "doctor", "dr", "vice", "chairman", "ceo", "director", "detective", "prince", "princess",
        "crown", "general", "officer", "lieutenant", "sergeant", "secretary", "attorney", "lawyer", "fencer", "tutor",
        "king", "queen", "lord", "mr", "mrs", "ms", "miss", "president", "professor", "teacher", "surgeon", "chef",
        "nurse", "agent", "heiress", "heir", "boss", "journalist", "reporter", "actress", "actor", "idol", "singer",
        "soldier", "student", "webtoon", "artist", "manager", "team", "leader", "judge", "prosecutor",
    };

    // Capitalised words that look like names but are pronouns, networks, outlets or common words.
    private static readonly HashSet<string> NotNames = new(StringComparer.OrdinalIgnoreCase)
    {
        "he", "she", "they", "it", "we", "you", "i", "his", "her", "their", "our", "this", "that", "these", "those",
        "who", "what", "which", "where", "why", "how", "episode", "season", "part", "chapter", "netflix", "tvn", "kbs",
        "kbs2", "sbs", "mbc", "jtbc", "ocn", "ena", "mbn", "viki", "viu", "hulu", "disney", "wavve", "tving",
        "coupang", "apple", "amazon", "prime", "youtube", "instagram", "twitter", "tiktok", "korea", "korean",
        "north", "south", "seoul", "busan", "japan", "china", "usa", "us", "uk", "ok", "lol", "omg", "dmz", "ost",
        "kdrama", "drama", "series", "show", "film", "movie", "webtoon", "cosmopolitan", "scmp", "soompi", "allkpop",
        "dispatch", "naver", "nielsen", "baeksang", "awards", "award", "love", "romance",
    };

    /// <summary>Removes descriptive words before a name: "Captain Yoo Si Jin" → "Yoo Si Jin", unless only one word would remain.</summary>
    public static string? Clean(string run)
    {
        var words = run.Split(' ', StringSplitOptions.RemoveEmptyEntries).ToList();
        while (words.Count > 1 && (LeadingWords.Contains(words[0].TrimEnd('.')) || IsEnglishVerbForm(words[0]) || IsDescriptiveCompound(words[0])))
        {
            if (words.Count == 2 && !IsAnyLeading(words[1]) && IsTitleWord(words[0]))
            {
                break; // "Captain Ri": the title is how the article names the person.
            }
            words.RemoveAt(0);
        }
        // "UK" or "Seoul" is not a name, but after a family name the same letters are a given name: "Jang Uk".
        // "Harvard-educated", "Seoul-born" alone describe someone; they name no one.
        if (words.Count == 0 || words.Any(IsDescriptiveCompound) || (words.Any(w => NotNames.Contains(w)) && !LooksLikeFullName(string.Join(' ', words))) || words[^1] is "and" or "or" or "the" or "of")
        {
            return null;
        }
        return string.Join(' ', words);
    }

    // "Watching Yoon Jin Ah", "Finally Kim Shin": sentence words before a name, never Korean name syllables.
    private static bool IsEnglishVerbForm(string word) =>
        word.Length > 4 && (word.EndsWith("ing", StringComparison.Ordinal) || word.EndsWith("ly", StringComparison.Ordinal) || word.EndsWith("ed", StringComparison.Ordinal));

    /// <summary>
    /// A hyphenated word that describes rather than names: "Harvard-educated", "Seoul-born", "Singer-actor". A Korean given
    /// name's parts after the hyphen are romanised syllables ("Ye-jin", "Sae-ro-yi"); an English word after it is not one.
    /// </summary>
    public static bool IsDescriptiveCompound(string word)
    {
        var parts = word.Split('-', StringSplitOptions.RemoveEmptyEntries);
        return parts.Length > 1 && (IsJobWord(word)
            || parts.Skip(1).Any(p => char.IsLower(p[0]) && !KoreanWord().IsMatch(p) && DescribingEnd().IsMatch(p)));
    }

    // The English endings of a describing compound's second part ("-educated", "-loving", "-born", "-like"); a given name's
    // odd syllable ("Ok-vin", "Taec-yeon") has none of them.
    [GeneratedRegex(@"(?:ed|ing|born|bred|made|old|like|style|free|less|ful|proof|minded|centric|wise|year)$", RegexOptions.None, RegexBudget.Milliseconds)]
    private static partial Regex DescribingEnd();

    /// <summary>What a performer is, alone or joined: "actor", "Actress", "singer-actor", "idol-turned-actor".</summary>
    public static bool IsJobWord(string word)
    {
        var parts = word.TrimEnd(',', '.').Split('-', StringSplitOptions.RemoveEmptyEntries);
        return parts.Length > 0 && parts.Any(p => JobWords.Contains(p)) && parts.All(p => JobWords.Contains(p) || p is "turned" or "and");
    }

    private static readonly HashSet<string> JobWords = new(StringComparer.OrdinalIgnoreCase)
    {
        "actor", "actress", "singer", "idol", "rapper", "model", "star", "entertainer", "comedian", "dancer", "musician", "performer",
    };

    private static bool IsAnyLeading(string word) => LeadingWords.Contains(word) && !IsTitleWord(word);

    /// <summary>Forms of address that can stand before a surname: "Captain", "Dr.", "Secretary".</summary>
    public static bool IsTitleWord(string word) => word.TrimEnd('.').ToLowerInvariant() is "captain" or "capt" or "doctor" or "dr"
        or "prince" or "princess" or "general" or "detective" or "secretary" or "tutor" or "chairman" or "president"
        or "professor" or "officer" or "lieutenant" or "sergeant" or "king" or "queen" or "lord" or "mr" or "mrs" or "ms" or "miss";

    /// <summary>
    /// The actor a parenthesised credit names, whatever follows: "Hyun Bin", "played by Hyun Bin",
    /// "Im Yoon-ah, better known as YoonA of Girls' Generation" → "Im Yoon-ah"; null when it names nobody.
    /// </summary>
    public static string? CreditedActor(string inner)
    {
        var m = CreditStart().Match(inner);
        if (!m.Success)
        {
            return null;
        }
        var rest = inner[(m.Index + m.Length)..];
        // Whatever comes after the name must be an aside (", better known as…", " of 2PM"), not more name-like words.
        if (rest.Length > 0 && !rest.StartsWith(',') && !rest.StartsWith(';') && !rest.StartsWith(" of ", StringComparison.Ordinal) && !rest.StartsWith(" who ", StringComparison.Ordinal) && !rest.StartsWith(" aka ", StringComparison.Ordinal))
        {
            return null;
        }
        return Clean(m.Groups["name"].Value);
    }

    // Korean family names in their common romanisations; some ("Park", "Choi", "Ahn") do not scan as regular
    // syllables, and alone ("Park", "Lee") a family name never stands for one person.
    private static readonly HashSet<string> FamilyNames = new(StringComparer.OrdinalIgnoreCase)
    {
        "kim", "lee", "yi", "rhee", "park", "pak", "bak", "choi", "choe", "jung", "jeong", "chung", "kang", "cho",
        "jo", "yoon", "yun", "jang", "chang", "lim", "im", "han", "oh", "seo", "shin", "sin", "kwon", "gwon", "hwang",
        "ahn", "an", "song", "yoo", "yu", "ryu", "hong", "jeon", "jun", "go", "ko", "moon", "mun", "yang", "son",
        "bae", "baek", "paek", "heo", "huh", "nam", "noh", "roh", "ha", "kwak", "sung", "seong", "cha", "joo", "ju",
        "woo", "min", "na", "ji", "jin", "um", "eom", "uhm", "chae", "won", "cheon", "chun", "bang", "gong", "hyun",
        "hyeon", "ri", "do", "doh", "gu", "koo", "ku", "yeo", "kook", "guk", "byeon", "byun", "pyo", "tak", "seol",
        "ok", "wi", "ma", "kil", "gil", "geum", "shim", "sim", "no", "ham", "chu", "so", "seok", "sun", "seon",
        "yeon", "myung", "ki", "ban", "wang", "yook", "in", "maeng", "je", "mo", "eun", "pyun", "yong", "ye", "kyung",
        "bong", "sa", "bu", "hwangbo", "namgoong", "seonwoo", "jegal", "dokgo",
    };

    /// <summary>A Korean family name in one of its romanisations: "Kim", "Park", "Choi", "Ri".</summary>
    public static bool IsSurname(string word) => FamilyNames.Contains(word);

    /// <summary>True when every word is made of romanised Korean syllables ("Ji Eun-tak", "Rowoon"), unlike "Final Goodbye".</summary>
    public static bool LooksKorean(string name)
    {
        var parts = name.Split([' ', '-'], StringSplitOptions.RemoveEmptyEntries);
        return parts.Length > 0 && parts.All(p => !NotNames.Contains(p) && !LeadingWords.Contains(p) && (KoreanWord().IsMatch(p) || FamilyNames.Contains(p)));
    }

    /// <summary>
    /// A full Korean name as articles write it, with or without hyphens: a family name and one or two given-name
    /// syllable words ("Song Kang", "Ji Chang Wook", "Kim Go-eun"). Unlike <see cref="LooksKorean"/>, given-name
    /// syllables that are also English words ("Go", "Song") count, since the family name has already said who it is.
    /// </summary>
    public static bool LooksLikeFullName(string name)
    {
        var words = name.Split(' ', StringSplitOptions.RemoveEmptyEntries);
        return words.Length is >= 2 and <= 4 && FamilyNames.Contains(words[0]) && char.IsUpper(words[0][0])
            && words.Skip(1).All(w => char.IsUpper(w[0]) && w.Split('-').All(p => KoreanWord().IsMatch(p)));
    }

    /// <summary>Name words in comparison form: "Ri Jeong-Hyeok" → [ri, jeong, hyeok].</summary>
    public static string[] Words(string name) => NameKeys.WordsOf(name, ComputeWords);

    private static string[] ComputeWords(string name) =>
        name.Split([' ', '-', '\u00A0'], StringSplitOptions.RemoveEmptyEntries).Select(Names.Normalize).Where(w => w.Length > 0).ToArray();

    /// <summary>
    /// True when <paramref name="shorter"/> is the end of <paramref name="longer"/> on word boundaries and long
    /// enough to identify someone: "Jin Hyuk" in "Kim Jin Hyuk", "Suho" in "Lee Su Ho", "Bo-young" in "Park Bo-young".
    /// </summary>
    public static bool IsNameSuffix(string shorter, string longer)
    {
        // Words are the name's letters and digits split where it has spaces or hyphens, so joined they are its normal form.
        var s = string.Concat(Words(shorter));
        var l = string.Concat(Words(longer));
        if (s.Length < 4 || s.Length >= l.Length || !l.EndsWith(s, StringComparison.Ordinal))
        {
            return false;
        }
        // The cut must fall between words of the longer name.
        var words = Words(longer);
        var tail = string.Empty;
        for (var i = words.Length - 1; i > 0; i--)
        {
            tail = words[i] + tail;
            if (tail == s)
            {
                return true;
            }
        }
        return false;
    }

    // Family names romanised several ways (이 as Lee, Yi, Rhee, Ri; 박 as Park, Pak, Bak; 최 as Choi, Choe).
    private static readonly Dictionary<string, string> FamilyNameSpellings = new(StringComparer.Ordinal)
    {
        ["lee"] = "i",
        ["yi"] = "i",
        ["rhee"] = "i",
        ["rhie"] = "i",
        ["ri"] = "i",
        ["li"] = "i",
        ["park"] = "pak",
        ["bak"] = "pak",
        ["pak"] = "pak",
        ["choe"] = "choi",
        ["chung"] = "jung",
        ["cheong"] = "jung",
    };

    // Vowel spellings that romanisations disagree on (Revised, McCune–Reischauer, habit), applied in this order:
    // eo/u (Jeong/Jung, Hyeon/Hyun), oo/u (Koo/Ku, Yoon/Yun), eu/u (Seung/Sung), ee/i, ae/e, wo/u, yi/i, shi/si.
    private static readonly (string From, string To)[] VowelSpellings =
        [("eo", "u"), ("oo", "u"), ("eu", "u"), ("ee", "i"), ("ae", "e"), ("wo", "u"), ("yi", "i"), ("shi", "si")];

    /// <summary>
    /// The key two romanisations of one name share, for comparing names only: "Ri Jeong-hyeok" = "Lee Jung Hyuk",
    /// "Koo Hye-sun" = "Ku Hye Sun", "Park Bo Gum" = "Park Bo-gum". Different given names keep different keys.
    /// </summary>
    public static string RomanisationKey(string name) => NameKeys.Of(name, ComputeRomanisationKey);

    private static string ComputeRomanisationKey(string name)
    {
        var words = (string[])Words(name).Clone(); // the cached words are shared: the spellings are folded on a copy
        for (var i = 0; i < words.Length; i++)
        {
            if (FamilyNameSpellings.TryGetValue(words[i], out var family))
            {
                words[i] = family;
                continue;
            }
            foreach (var (from, to) in VowelSpellings)
            {
                words[i] = words[i].Replace(from, to, StringComparison.Ordinal);
            }
            // ㄱ opens a syllable as G in one romanisation and K in another (Han Gyul / Han-kyul, Kang / Gang, Ko / Go);
            // ㅋ, the only other K, rarely opens a name. B/P and D/T are not folded: Byeong and Pyeong, Dae and Tae are
            // different syllables (병/평, 대/태) that names use alike.
            if (words[i].Length > 1 && words[i][0] == 'k')
            {
                words[i] = "g" + words[i][1..];
            }
        }
        return string.Concat(words);
    }

    /// <summary>True for a one-word name that is a common family name ("Park", "Lee"): never a person by itself.</summary>
    public static bool IsFamilyName(string name) => FamilyNames.Contains(Names.Normalize(name));

    /// <summary>
    /// How many times running text names <paramref name="name"/>, whatever its case, spacing or hyphenation ("Se-ri",
    /// "Se ri", "Seri"), as <see cref="MentionPattern"/> counts but without building a pattern for each name: an item's
    /// reading counts every credit's names.
    /// </summary>
    public static int CountMentions(string name, string text)
    {
        var words = name.Split([' ', '-', '\u00A0'], StringSplitOptions.RemoveEmptyEntries);
        if (words.Length == 0)
        {
            return 0;
        }
        var count = 0;
        for (var at = text.IndexOf(words[0], StringComparison.OrdinalIgnoreCase); at >= 0 && at < text.Length; at = text.IndexOf(words[0], at + 1, StringComparison.OrdinalIgnoreCase))
        {
            if (at > 0 && char.IsLetter(text[at - 1]))
            {
                continue;
            }
            var end = at + words[0].Length;
            for (var i = 1; i < words.Length && end >= 0; i++)
            {
                if (end < text.Length && (char.IsWhiteSpace(text[end]) || text[end] == '-'))
                {
                    end++;
                }
                end = text.AsSpan(end).StartsWith(words[i], StringComparison.OrdinalIgnoreCase) ? end + words[i].Length : -1;
            }
            if (end < 0 || (end < text.Length && char.IsLower(text[end])))
            {
                continue;
            }
            count++;
            at = end - 1; // matches do not overlap
        }
        return count;
    }

    /// <summary>A pattern that finds a name in running text whatever its spacing or hyphenation.</summary>
    public static Regex MentionPattern(string name)
    {
        var words = name.Split([' ', '-', '\u00A0'], StringSplitOptions.RemoveEmptyEntries).Select(Regex.Escape);
        return new Regex(@"(?<![\p{L}])" + string.Join(@"[\s\-]?", words) + @"(?![\p{Ll}])", RegexOptions.IgnoreCase | RegexOptions.CultureInvariant, RegexBudget.Timeout);
    }

    [GeneratedRegex(@"^\s*(?:(?:played|portrayed|voiced)\s+by\s+|actor\s+|actress\s+)?(?<name>" + Run + ")", RegexOptions.None, RegexBudget.Milliseconds)]
    private static partial Regex CreditStart();

    [GeneratedRegex(@"^(?:(?:kk|tt|pp|ss|jj|ch|sh|g|k|n|d|t|r|l|m|b|p|s|j|h|y|w|c)?(?:yeo|yae|yoo|you|wae|woo|ae|ai|eo|eu|ui|oe|oi|oo|ee|ou|wa|we|wi|wo|ya|ye|yo|yu|yi|a|e|i|o|u)(?:ng|nn|n|m|l|k|p|t|b|g|r|s|h)?){1,3}$", RegexOptions.IgnoreCase)]
    private static partial Regex KoreanWord();
}
