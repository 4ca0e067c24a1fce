namespace KdramaMoments.Web.Importing;

/// <summary>What the parser read from one article: pure data, nothing resolved against the catalogue.</summary>
public sealed record ParsedArticle(string Title, IReadOnlyList<ParsedItem> Items, IReadOnlyList<string> Warnings)
{
    /// <summary>The heading template the article's items were read with, e.g. "N. | quote — drama (year)".</summary>
    public string? Template { get; init; }
}

/// <summary>One list item: its place in the list, its text, and the facts stated in it.</summary>
public sealed record ParsedItem(
    int Position,
    string Heading,
    string Excerpt,
    ParsedDrama Drama,
    IReadOnlyList<CastCredit> Cast,
    IReadOnlyList<string> Featured,
    IReadOnlyList<string> Quotes,
    int? Episode,
    IReadOnlyList<string> Tags)
{
    /// <summary>The number the author gave the item ("10 Final Goodbye" → 10), when the list is numbered.</summary>
    public int? Rank { get; init; }

    /// <summary>A title for the moment fit for a reader: the heading's descriptive part, else one made from its people and trope.</summary>
    public string? Title { get; init; }

    /// <summary>What the parser was unsure of in this item, and why; the preview flags them for the editor.</summary>
    public IReadOnlyList<ItemDoubt> Doubts { get; init; } = [];

    /// <summary>People an editor removed from the item: the resolver does not find them in its text either.</summary>
    public IReadOnlyList<string> NotPeople { get; init; } = [];
}

/// <summary>One thing the parser was unsure of: <see cref="About"/> is "drama", "cast", "quote", "episode" or "item".</summary>
public sealed record ItemDoubt(string About, string Why);

/// <summary>The drama an item is about; <see cref="AlternateTitles"/> come from captions naming it otherwise.</summary>
public sealed record ParsedDrama(string Title, int? Year, IReadOnlyList<string> AlternateTitles, string? HangulTitle = null)
{
    /// <summary>Named by an editor in the import preview: found by title or alias only, never by shared cast.</summary>
    public bool ChosenByEditor { get; init; }
}

/// <summary>
/// A person in an item: a character with the actor who plays them, either part possibly unknown.
/// <see cref="CharacterAliases"/> holds other spellings the same item used for that character.
/// </summary>
public sealed record CastCredit(string? Character, string? Actor, IReadOnlyList<string> CharacterAliases)
{
    public CastCredit(string? character, string? actor) : this(character, actor, []) { }

    /// <summary>Other spellings or stage names the same item used for the actor ("YoonA" for Im Yoon-ah).</summary>
    public IReadOnlyList<string> ActorAliases { get; init; } = [];
}

/// <summary>The segmenter's view: headings and their blocks, before any fact is extracted.</summary>
public sealed record ArticleSegments(string Title, IReadOnlyList<string> Intro, IReadOnlyList<ItemSegment> Items)
{
    /// <summary>The list marker the items share, for people: "1.", "#1:", "No. 1 |", "an emoji", "a heading without a number".</summary>
    public string Shape { get; init; } = string.Empty;
}

public sealed record ItemSegment(int Position, string Heading, int? Number, IReadOnlyList<string> Blocks)
{
    /// <summary>True when the item's text ran past what the extractor reads (see <see cref="ItemExtractor.MaxItemCharacters"/>).</summary>
    public bool Truncated { get; init; }

    /// <summary>The heading as the article wrote it, when <see cref="Heading"/> was given a reader's capitals or a title written out.</summary>
    public string? AsWritten { get; init; }
}
