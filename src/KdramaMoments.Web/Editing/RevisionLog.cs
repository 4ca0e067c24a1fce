using System.Text.Json;
using KdramaMoments.Web.Data;
using KdramaMoments.Web.Domain;

namespace KdramaMoments.Web.Editing;

/// <summary>
/// Every change to the catalogue made through the editors' pages is recorded: who, when, which entity,
/// and the entity's editable state before and after, as JSON. Undo replays the before state.
/// </summary>
public static class RevisionLog
{
    public static readonly JsonSerializerOptions Json = new(JsonSerializerDefaults.Web) { WriteIndented = true };

    public static Revision Record(KdramaDbContext db, string author, EntityKind kind, int entityId, string action, object? before, object? after, string? batch = null, int? undoOf = null)
    {
        var revision = new Revision
        {
            Author = author,
            At = DateTime.UtcNow,
            EntityType = kind.Name(),
            EntityId = entityId,
            Action = action,
            Before = before is null ? null : JsonSerializer.Serialize(before, Json),
            After = after is null ? null : JsonSerializer.Serialize(after, Json),
            Batch = batch,
            UndoOf = undoOf,
        };
        db.Revisions.Add(revision);
        return revision;
    }

    public static string NewBatch() => Guid.NewGuid().ToString("N");

    public static T? Read<T>(string? json) => json is null ? default : JsonSerializer.Deserialize<T>(json, Json);
}
