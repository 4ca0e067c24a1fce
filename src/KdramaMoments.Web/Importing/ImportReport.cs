namespace KdramaMoments.Web.Importing;

public enum FileOutcome
{
    Imported,
    Skipped,
    Failed,
}

/// <summary>How many entities of each kind an import created, found by name, or merged by a rule.</summary>
public sealed class EntityCounts
{
    public int Dramas { get; set; }
    public int Actors { get; set; }
    public int Characters { get; set; }
    public int Moments { get; set; }
    public int Tags { get; set; }

    public int Total => Dramas + Actors + Characters + Moments + Tags;

    public void Add(EntityCounts other)
    {
        Dramas += other.Dramas;
        Actors += other.Actors;
        Characters += other.Characters;
        Moments += other.Moments;
        Tags += other.Tags;
    }

    public override string ToString() =>
        $"{Dramas} dramas, {Actors} actors, {Characters} characters, {Moments} moments, {Tags} tags";
}

public sealed class FileReport(string fileName)
{
    public string FileName { get; } = fileName;
    public FileOutcome Outcome { get; set; }
    public string? Error { get; set; }
    public string? Title { get; set; }
    public int Items { get; set; }
    public EntityCounts Created { get; } = new();
    public EntityCounts Matched { get; } = new();
    public EntityCounts Merged { get; } = new();
    public List<string> Changes { get; } = [];
    public List<string> Warnings { get; } = [];

    /// <summary>The article as the parser read it, before any correction (what the preview offers to correct).</summary>
    public ParsedArticle? Article { get; set; }

    /// <summary>What became of each list item, in the order of the article as saved.</summary>
    public List<ItemOutcome> ItemOutcomes { get; } = [];
}

/// <summary>What the resolver made of one list item: its drama, its moment, its people, and what it was unsure of.</summary>
public sealed class ItemOutcome(int position)
{
    /// <summary>The item's place in the article as saved (items marked "not an item" are not counted).</summary>
    public int Position { get; } = position;

    /// <summary>Its place as the parser read it, which corrections refer to.</summary>
    public int SourcePosition { get; set; } = position;

    public string DramaTitle { get; set; } = "";
    public string DramaSlug { get; set; } = "";
    public bool DramaIsNew { get; set; }
    public int? DramaYear { get; set; }
    public string MomentTitle { get; set; } = "";
    public string MomentSlug { get; set; } = "";
    public bool MomentIsNew { get; set; }

    /// <summary>The moment's people as the catalogue will name them: "Character (Actor)".</summary>
    public List<string> People { get; } = [];

    /// <summary>The parser's doubts about the item, then the resolver's.</summary>
    public List<ItemDoubt> Doubts { get; } = [];
}

public sealed class ImportReport
{
    public List<FileReport> Files { get; } = [];
    /// <summary>With <c>save: true</c>: some file got through (imported, or found already imported). Each file is its own transaction, so refused ones do not stop the others.</summary>
    public bool Saved { get; set; }
    public bool Succeeded => Files.All(f => f.Outcome != FileOutcome.Failed);

    public EntityCounts Created => Sum(f => f.Created);
    public EntityCounts Matched => Sum(f => f.Matched);
    public EntityCounts Merged => Sum(f => f.Merged);

    private EntityCounts Sum(Func<FileReport, EntityCounts> pick)
    {
        var total = new EntityCounts();
        foreach (var file in Files)
        {
            total.Add(pick(file));
        }
        return total;
    }
}
