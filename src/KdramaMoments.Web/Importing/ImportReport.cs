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
