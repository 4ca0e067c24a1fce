namespace KdramaMoments.Web.Domain;

/// <summary>
/// An editor's list of moments (<c>/lists/{slug}</c>): a title, an introduction and, per moment, the editor's note,
/// in the order the editor chose. Readers see it once it is published.
/// </summary>
public sealed class CuratedList : IVersioned, ISlugged
{
    public int Id { get; set; }
    public required string Slug { get; set; }
    public required string Title { get; set; }
    public string? Intro { get; set; }
    /// <summary>The introduction rendered and sanitised when it was saved.</summary>
    public string? IntroHtml { get; set; }
    public bool Published { get; set; }
    public long Version { get; set; }
    public DateTime CreatedAt { get; set; }
    public DateTime? EditedAt { get; set; }
    public List<CuratedListItem> Items { get; } = [];
}

/// <summary>One moment of a curated list: where it stands and what the editor says of it (Markdown).</summary>
public sealed class CuratedListItem
{
    public int Id { get; set; }
    public int ListId { get; set; }
    public CuratedList List { get; set; } = null!;
    public int MomentId { get; set; }
    public Moment Moment { get; set; } = null!;
    public int Position { get; set; }
    public string? Note { get; set; }
    /// <summary>The note rendered and sanitised when it was saved.</summary>
    public string? NoteHtml { get; set; }
}
