using KdramaMoments.Web.Data;
using KdramaMoments.Web.Domain;
using KdramaMoments.Web.Editing;
using KdramaMoments.Web.Importing.Reference;
using Microsoft.Extensions.DependencyInjection.Extensions;

namespace KdramaMoments.Web.Importing;

/// <summary>
/// Decodes, parses and resolves articles, then saves each file in its own transaction and its own batch of
/// revisions, so one bad file costs only itself and undo takes back one file's import. With <c>save: false</c>
/// it runs the same steps and writes nothing: that is the editors' preview.
/// </summary>
public sealed partial class ArticleImporter(KdramaDbContext db, ILogger<ArticleImporter> logger, TimeProvider time)
{
    // corrections: an editor's, to the one article given (the import preview), applied between parse and resolve.
    public async Task<ImportReport> ImportAsync(IReadOnlyList<ImportInput> inputs, bool save, string author = "importer",
        ImportCorrections? corrections = null, CancellationToken cancellationToken = default)
    {
        if (corrections is not null && inputs.Count != 1)
        {
            throw new ArgumentException("Corrections refer to the positions of one article.", nameof(corrections));
        }
        var report = new ImportReport();
        var loader = new CatalogLoader(db);
        // A preview writes nothing, so a later file must see what earlier ones would create: one catalogue for the run.
        var previewCatalog = save ? null : loader.NewCatalog();
        IReadOnlyList<int>? sourcePositions = null;
        foreach (var input in inputs)
        {
            var file = new FileReport(input.FileName);
            report.Files.Add(file);
            var (text, article, error) = await ReadAsync(input, loader, cancellationToken);
            if (error is not null)
            {
                file.Outcome = FileOutcome.Failed;
                file.Error = error;
                LogFailed(logger, input.FileName, error);
                continue;
            }
            file.Article = article;
            if (corrections is not null)
            {
                if (corrections.Check(article!) is { Count: > 0 } problems)
                {
                    file.Outcome = FileOutcome.Failed;
                    file.Error = "the corrections do not fit this article: " + string.Join(" ", problems);
                    continue;
                }
                (article, sourcePositions) = corrections.Apply(article!);
            }
            file.Title = article!.Title;
            file.Items = article.Items.Count;
            file.Warnings.AddRange(article.Warnings);
            if (previewCatalog is not null)
            {
                await ResolveAsync(loader, previewCatalog, null, input.FileName, text!, article, file, sourcePositions, cancellationToken);
                continue;
            }

            await using var transaction = await db.BeginCatalogueWriteAsync(cancellationToken);
            // Revisions recorded in an order that undo (running backwards) can follow: new entities, then existing ones
            // the import changed, then the article, whose citations are the first thing undo removes.
            var changes = new ChangeBatch(db, author, "import");
            var resolver = await ResolveAsync(loader, loader.NewCatalog(), changes, input.FileName, text!, article, file, sourcePositions, cancellationToken);
            if (resolver is not null)
            {
                await DramaAbbreviations.AddAsync(db, resolver.Created.OfType<Drama>(), cancellationToken);
                foreach (var entity in resolver.Created)
                {
                    db.Add(entity);
                    changes.Created(entity, order: entity is Article ? 2 : 0);
                }
                await db.SaveChangesAsync(cancellationToken);
                changes.Record();
                await db.SaveChangesAsync(cancellationToken);
                await transaction.CommitAsync(cancellationToken);
            }
            // The next file loads what it needs afresh, this one's rows included; nothing piles up over a long run.
            db.ChangeTracker.Clear();
            report.Saved = true;
        }
        if (!save)
        {
            db.ChangeTracker.Clear();
        }
        return report;
    }

    /// <summary>Loads what the article can need and resolves it; null when it was imported before (the file is then skipped).</summary>
    private async Task<CatalogResolver?> ResolveAsync(CatalogLoader loader, Catalog catalog, ChangeBatch? changes, string fileName, string text, ParsedArticle article, FileReport file, IReadOnlyList<int>? sourcePositions, CancellationToken cancellationToken)
    {
        if (!await loader.LoadAsync(catalog, article, CatalogResolver.Hash(text), cancellationToken))
        {
            file.Outcome = FileOutcome.Skipped;
            file.Changes.Add("already imported: skipped");
            return null;
        }
        var seen = new HashSet<object>(ReferenceEqualityComparer.Instance);
        var resolver = new CatalogResolver(catalog, time.GetUtcNow().UtcDateTime, entity =>
        {
            if (seen.Add(entity))
            {
                changes?.Changing(entity, order: 1);
            }
        });
        resolver.Resolve(fileName, text, article, file);
        // Items an editor marked as not items are gone; each outcome keeps the position it had in the preview.
        foreach (var outcome in file.ItemOutcomes.Where(_ => sourcePositions is not null))
        {
            outcome.SourcePosition = sourcePositions![outcome.Position - 1];
        }
        file.Outcome = FileOutcome.Imported;
        LogImported(logger, fileName, file.Items, file.Created.Total, file.Merged.Total);
        return resolver;
    }

    // Headings are read with what the catalogue and the reference shelf know: a title either holds is strong evidence of
    // which part names the drama.
    private static async Task<(string? Text, ParsedArticle? Article, string? Error)> ReadAsync(ImportInput input, CatalogLoader loader, CancellationToken cancellationToken)
    {
        if (input.Missing)
        {
            return (null, null, "no such file or folder");
        }
        var decoded = ArticleDecoder.Decode(input.Bytes);
        if (decoded.Error is not null)
        {
            return (null, null, decoded.Error);
        }
        var read = ArticleParser.Read(decoded.Text!);
        var known = await loader.KnownTitlesAsync(read.TitleCandidates(), cancellationToken);
        var (article, error) = ArticleParser.Parse(read, title => known.Contains(Names.Normalize(title)) || KnownDramas.Knows(title));
        return (decoded.Text, article, error);
    }

    [LoggerMessage(Level = LogLevel.Warning, Message = "Import of {File} refused: {Reason}")]
    private static partial void LogFailed(ILogger logger, string file, string reason);

    [LoggerMessage(Level = LogLevel.Information, Message = "Imported {File}: {Items} items; {Created} entities created, {Merged} merged")]
    private static partial void LogImported(ILogger logger, string file, int items, int created, int merged);
}

public static class ImportingServiceCollectionExtensions
{
    public static IServiceCollection AddKdramaImporting(this IServiceCollection services)
    {
        services.TryAddSingleton(TimeProvider.System);
        services.AddScoped<ArticleImporter>();
        services.AddScoped<IStartupStep, SeedImport>();
        return services;
    }
}
