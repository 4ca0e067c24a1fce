namespace KdramaMoments.Web.Domain;

/// <summary>An entity editors change through forms; the version guards against lost updates.</summary>
public interface IVersioned
{
    long Version { get; set; }
}

/// <summary>An entity that has a public address.</summary>
public interface ISlugged
{
    int Id { get; }
    string Slug { get; set; }
}

public sealed class Drama : IVersioned, ISlugged
{
    public int Id { get; set; }
    public required string Slug { get; set; }
    public required string Title { get; set; }
    public required string NormalizedTitle { get; set; }
    public int? Year { get; set; }
    public string? HangulTitle { get; set; }
    public string? Synopsis { get; set; }
    /// <summary>The synopsis rendered and sanitised when it was saved.</summary>
    public string? SynopsisHtml { get; set; }
    public long Version { get; set; }
    public DateTime CreatedAt { get; set; }
    /// <summary>Set when an editor changes the drama; the importer then leaves its fields alone.</summary>
    public DateTime? EditedAt { get; set; }
    /// <summary>Kept at write time, so lists order and page on an index.</summary>
    public int MomentCount { get; set; }
    /// <summary>Distinct articles naming any of its moments; kept at write time.</summary>
    public int ListCount { get; set; }
    /// <summary>The year, 0 when unknown, so a descending order puts unknown years last on both providers; kept at write time.</summary>
    public int SortYear { get; set; }
    /// <summary>The title as the database's <c>lower()</c> folds it; kept at write time.</summary>
    public string SortTitle { get; set; } = "";
    public List<DramaAlias> Aliases { get; } = [];
    public List<Character> Characters { get; } = [];
    public List<Moment> Moments { get; } = [];
}

public sealed class Actor : IVersioned, ISlugged
{
    public int Id { get; set; }
    public required string Slug { get; set; }
    public required string Name { get; set; }
    public required string NormalizedName { get; set; }
    public string? HangulName { get; set; }
    public long Version { get; set; }
    public DateTime CreatedAt { get; set; }
    public DateTime? EditedAt { get; set; }
    /// <summary>Distinct moments naming any of the actor's roles (a moment naming two counts once); kept at write time.</summary>
    public int MomentCount { get; set; }
    /// <summary>Distinct dramas of the actor's roles; kept at write time.</summary>
    public int DramaCount { get; set; }
    /// <summary>The name as the database's <c>lower()</c> folds it; kept at write time.</summary>
    public string SortName { get; set; } = "";
    /// <summary>The actor's links on the co-star map: a link per co-star and drama shared (<see cref="CoStars.CoStarDrama"/> rows naming the actor); kept at write time.</summary>
    public int CoStarLinks { get; set; }
    public List<ActorAlias> Aliases { get; } = [];
    public List<Character> Characters { get; } = [];
}

public sealed class Character : IVersioned, ISlugged
{
    public int Id { get; set; }
    public required string Slug { get; set; }
    public required string Name { get; set; }
    public required string NormalizedName { get; set; }
    public int DramaId { get; set; }
    public Drama Drama { get; set; } = null!;
    public int? ActorId { get; set; }
    public Actor? Actor { get; set; }
    /// <summary>The moments naming the character, kept by every save (Data/StoredCounts.cs).</summary>
    public int MomentCount { get; set; }
    /// <summary>The name as the database's <c>lower()</c> folds it, the editors' list's order; kept at write time.</summary>
    public string SortName { get; set; } = "";
    public long Version { get; set; }
    public DateTime CreatedAt { get; set; }
    public DateTime? EditedAt { get; set; }
    public List<CharacterAlias> Aliases { get; } = [];
    public List<Moment> Moments { get; } = [];
}

public sealed class Moment : IVersioned, ISlugged, IMomentFeedKeys
{
    public int Id { get; set; }
    public required string Slug { get; set; }
    public required string Title { get; set; }
    public int DramaId { get; set; }
    public Drama Drama { get; set; } = null!;
    public string? Description { get; set; }
    /// <summary>The description rendered and sanitised when it was saved.</summary>
    public string? DescriptionHtml { get; set; }
    public int? Episode { get; set; }
    public long Version { get; set; }
    public DateTime CreatedAt { get; set; }
    public DateTime? EditedAt { get; set; }
    /// <summary>Distinct articles naming it ("in N lists"); kept at write time.</summary>
    public int ListCount { get; set; }
    /// <summary>Its drama's year, 0 when unknown; kept at write time, so the list orders read an index.</summary>
    public int SortYear { get; set; }
    /// <summary>Its drama's decade (<c>SortYear / 10 * 10</c>, 0 when unknown); kept at write time, so a decade's list reads an index per order.</summary>
    public int Decade { get; set; }
    /// <summary>The first episode of its episode band (<see cref="Facets.EpisodeRange.Bands"/>), 0 when in none; kept at write time, as <see cref="Decade"/>.</summary>
    public int EpisodeBand { get; set; }
    /// <summary>Its drama's title; kept at write time.</summary>
    public string SortDrama { get; set; } = "";
    /// <summary>The characters it names; kept at write time, so the moments naming none are read from an index.</summary>
    public int CharacterCount { get; set; }
    /// <summary>What is wrong with its title, judged with its drama's (<see cref="MomentTitles.FaultOf"/>); kept at write time.</summary>
    public MomentTitleFault TitleFault { get; set; }
    /// <summary>The title as the database's <c>lower()</c> folds it; kept at write time.</summary>
    public string SortTitle { get; set; } = "";
    /// <summary>
    /// The time the Atom feeds order it by and show as its entry's update: the later of its last edit (or creation) and
    /// the newest article naming it. Kept at write time, so a feed reads its newest entries from an index.
    /// </summary>
    public DateTime FeedUpdatedAt { get; set; }
    public List<Character> Characters { get; } = [];
    public List<Quote> Quotes { get; } = [];
    public List<Tag> Tags { get; } = [];
    public List<Source> Sources { get; } = [];
}

public sealed class Quote
{
    public int Id { get; set; }
    public int MomentId { get; set; }
    public Moment Moment { get; set; } = null!;
    /// <summary>Order of the quote within its moment.</summary>
    public int Position { get; set; }
    public required string Text { get; set; }
}

public sealed class Tag : IVersioned, ISlugged
{
    public int Id { get; set; }
    public required string Slug { get; set; }
    public required string Name { get; set; }
    public long Version { get; set; }
    /// <summary>Kept at write time.</summary>
    public int MomentCount { get; set; }
    public List<Moment> Moments { get; } = [];
}

public sealed class Article : IVersioned, ISlugged
{
    public int Id { get; set; }
    public required string Slug { get; set; }
    public required string FileName { get; set; }
    public required string Title { get; set; }
    public required string Text { get; set; }
    /// <summary>SHA-256 of the UTF-8 text, hex; the same article is never imported twice.</summary>
    public required string ContentHash { get; set; }
    public int ItemCount { get; set; }
    public DateTime ImportedAt { get; set; }
    public long Version { get; set; }
    /// <summary>The title as the database's <c>lower()</c> folds it, the articles list's order; kept at write time.</summary>
    public string SortTitle { get; set; } = "";
    /// <summary>The title reads as a sentence of the text, not a headline (<see cref="ArticleTitles.NamedBySentence"/>); kept at write time.</summary>
    public bool NamedBySentence { get; set; }
    public List<Source> Sources { get; } = [];
}

/// <summary>Where an imported moment was stated: one list item of one article.</summary>
public sealed class Source
{
    public int Id { get; set; }
    public int MomentId { get; set; }
    public Moment Moment { get; set; } = null!;
    public int ArticleId { get; set; }
    public Article Article { get; set; } = null!;
    /// <summary>1-based order of the item within its article.</summary>
    public int Position { get; set; }
    /// <summary>The number the author printed beside the item; lists that count down differ from <see cref="Position"/>.</summary>
    public int? Rank { get; set; }
    public required string Heading { get; set; }
    public required string Excerpt { get; set; }
}

/// <summary>Another name for an entity: a spelling, romanisation or alternate title.</summary>
public abstract class NameAlias
{
    public int Id { get; set; }
    public required string Name { get; set; }
    public required string NormalizedName { get; set; }
}

public sealed class DramaAlias : NameAlias
{
    public int DramaId { get; set; }
    public Drama Drama { get; set; } = null!;
}

public sealed class ActorAlias : NameAlias
{
    public int ActorId { get; set; }
    public Actor Actor { get; set; } = null!;
}

public sealed class CharacterAlias : NameAlias
{
    public int CharacterId { get; set; }
    public Character Character { get; set; } = null!;
}

/// <summary>An old address that still answers: renamed or merged entities redirect from here.</summary>
public sealed class SlugRedirect
{
    public int Id { get; set; }
    public required string EntityType { get; set; }
    public required string OldSlug { get; set; }
    public int TargetId { get; set; }
}

/// <summary>One change to the catalogue; undo replays <see cref="Before"/>.</summary>
public sealed class Revision
{
    public int Id { get; set; }
    public required string Author { get; set; }
    public DateTime At { get; set; }
    public required string EntityType { get; set; }
    public int EntityId { get; set; }
    public required string Action { get; set; }
    public string? Before { get; set; }
    public string? After { get; set; }
    /// <summary>Revisions written by one merge or one import share a batch; undo takes them back together.</summary>
    public string? Batch { get; set; }
    /// <summary>The revision this one undid, for an undo.</summary>
    public int? UndoOf { get; set; }
}
