using System.Text.Json;
using System.Text.Json.Serialization;
using KdramaMoments.Web.Data;
using Microsoft.EntityFrameworkCore;

namespace KdramaMoments.Web.Exporting;

/// <summary>The whole catalogue as schema-1 JSON (PRODUCT.md): a contract other programs read, in a stable order.</summary>
public static class CatalogExport
{
    public static readonly JsonSerializerOptions JsonOptions = new(JsonSerializerDefaults.Web)
    {
        WriteIndented = true,
        Encoder = System.Text.Encodings.Web.JavaScriptEncoder.UnsafeRelaxedJsonEscaping,
        DefaultIgnoreCondition = JsonIgnoreCondition.Never,
    };

    /// <summary>What others may do with the dump; an extra field of schema 1, written by the command and /export.json alike.</summary>
    public const string Licence = "The catalogue's facts (titles, names, links between them, tropes, positions) are CC BY 4.0: credit KdramaMoments. "
        + "Quotes are lines of the dramas, cited from the articles named in sources; they remain their owners'.";

    public static async Task<ExportDocument> BuildAsync(KdramaDbContext db, CancellationToken cancellationToken = default)
    {
        var articles = await db.Articles.AsNoTracking().OrderBy(a => a.FileName).ThenBy(a => a.Id)
            .Select(a => new ExportArticle(a.FileName, a.Title, a.ItemCount, a.Slug)).ToListAsync(cancellationToken);
        var dramas = await db.Dramas.AsNoTracking().OrderBy(d => d.Id)
            .Select(d => new ExportDrama(d.Id, d.Slug, d.Title, d.Aliases.OrderBy(a => a.Id).Select(a => a.Name).ToList(), d.Year, d.HangulTitle))
            .ToListAsync(cancellationToken);
        var actors = await db.Actors.AsNoTracking().OrderBy(a => a.Id)
            .Select(a => new ExportActor(a.Id, a.Slug, a.Name, a.Aliases.OrderBy(x => x.Id).Select(x => x.Name).ToList(), a.HangulName))
            .ToListAsync(cancellationToken);
        var characters = await db.Characters.AsNoTracking().OrderBy(c => c.Id)
            .Select(c => new ExportCharacter(c.Id, c.Slug, c.Name, c.Aliases.OrderBy(a => a.Id).Select(a => a.Name).ToList(), c.DramaId, c.ActorId))
            .ToListAsync(cancellationToken);
        var moments = await db.Moments.AsNoTracking().OrderBy(m => m.Id)
            .Select(m => new ExportMoment(
                m.Id, m.Slug, m.Title, m.DramaId,
                m.Characters.OrderBy(c => c.Id).Select(c => c.Id).ToList(),
                m.Episode,
                m.Quotes.OrderBy(q => q.Position).Select(q => q.Text).ToList(),
                m.Tags.OrderBy(t => t.Slug).Select(t => t.Slug).ToList(),
                m.Sources.OrderBy(s => s.Article.FileName).ThenBy(s => s.Position).Select(s => new ExportSource(s.Article.FileName, s.Position)).ToList()))
            .AsSplitQuery()
            .ToListAsync(cancellationToken);
        // Beyond schema 1's fields (which extra fields may join): the editors' published lists, moments by id in order.
        var lists = await db.CuratedLists.AsNoTracking().Where(l => l.Published).OrderBy(l => l.Id)
            .Select(l => new ExportList(l.Slug, l.Title, l.Intro,
                l.Items.OrderBy(i => i.Position).Select(i => new ExportListMoment(i.MomentId, i.Note)).ToList()))
            .ToListAsync(cancellationToken);
        return new ExportDocument(1, Licence, articles, dramas, actors, characters, moments, lists);
    }

    public static async Task WriteAsync(KdramaDbContext db, Stream output, CancellationToken cancellationToken = default) =>
        await JsonSerializer.SerializeAsync(output, await BuildAsync(db, cancellationToken), JsonOptions, cancellationToken);
}

public sealed record ExportDocument(int SchemaVersion, [property: JsonPropertyName("licence")] string Licence, IReadOnlyList<ExportArticle> Articles, IReadOnlyList<ExportDrama> Dramas,
    IReadOnlyList<ExportActor> Actors, IReadOnlyList<ExportCharacter> Characters, IReadOnlyList<ExportMoment> Moments, IReadOnlyList<ExportList> Lists);

public sealed record ExportArticle([property: JsonPropertyName("file")] string File, string Title, int ItemCount, string Slug);

public sealed record ExportDrama(int Id, string Slug, string Title, IReadOnlyList<string> Aliases, int? Year, string? HangulTitle);

public sealed record ExportActor(int Id, string Slug, string Name, IReadOnlyList<string> Aliases, string? HangulName);

public sealed record ExportCharacter(int Id, string Slug, string Name, IReadOnlyList<string> Aliases, int DramaId, int? ActorId);

public sealed record ExportMoment(int Id, string Slug, string Title, int DramaId, IReadOnlyList<int> CharacterIds, int? Episode,
    IReadOnlyList<string> Quotes, IReadOnlyList<string> Tags, IReadOnlyList<ExportSource> Sources);

public sealed record ExportSource(string Article, int Position);

/// <summary>An editors' published list: its moments (by id, as in <c>moments</c>) in the editors' order, each with its note (Markdown).</summary>
public sealed record ExportList(string Slug, string Title, string? Intro, IReadOnlyList<ExportListMoment> Moments);

public sealed record ExportListMoment(int MomentId, string? Note);
