using KdramaMoments.Web.Data;
using KdramaMoments.Web.Domain;
using KdramaMoments.Web.Editing;
using Microsoft.EntityFrameworkCore;
using Microsoft.Extensions.DependencyInjection.Extensions;

namespace KdramaMoments.Web.Importing;

/// <summary>
/// Decodes, parses and resolves articles, then saves everything in one transaction. With
/// <c>save: false</c> it runs the same steps and writes nothing: that is the editors' preview.
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
        var parsed = new List<(ImportInput Input, string Text, ParsedArticle Article, FileReport File)>();
        IReadOnlyList<int>? sourcePositions = null;
        foreach (var input in inputs)
        {
            var file = new FileReport(input.FileName);
            report.Files.Add(file);
            var (text, article, error) = Read(input);
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
            parsed.Add((input, text!, article, file));
        }
        if (!report.Succeeded)
        {
            return report; // bad input anywhere: nothing is written
        }

        await using var transaction = await db.Database.BeginTransactionAsync(cancellationToken);
        var catalog = await LoadCatalogAsync(cancellationToken);
        // One batch of revisions per import, so undo takes the whole import back. Recorded in an order that
        // undo (running backwards) can follow: new entities, then existing ones the import changed, then the
        // articles, whose citations are the first thing undo removes.
        var changes = new ChangeBatch(db, author, "import");
        var seen = new HashSet<object>(ReferenceEqualityComparer.Instance);
        var resolver = new CatalogResolver(catalog, time.GetUtcNow().UtcDateTime, entity =>
        {
            if (seen.Add(entity))
            {
                changes.Changing(entity, order: 1);
            }
        });
        foreach (var (input, text, article, file) in parsed)
        {
            if (catalog.ArticleHashes.Contains(CatalogResolver.Hash(text)))
            {
                file.Outcome = FileOutcome.Skipped;
                file.Changes.Add("already imported: skipped");
                continue;
            }
            resolver.Resolve(input.FileName, text, article, file);
            foreach (var outcome in file.ItemOutcomes.Where(_ => sourcePositions is not null))
            {
                outcome.SourcePosition = sourcePositions![outcome.Position - 1];
            }
            file.Outcome = FileOutcome.Imported;
            LogImported(logger, input.FileName, file.Items, file.Created.Total, file.Merged.Total);
        }
        if (!save)
        {
            db.ChangeTracker.Clear();
            return report;
        }

        foreach (var entity in resolver.Created)
        {
            db.Add(entity);
            changes.Created(entity, order: entity is Article ? 2 : 0);
        }
        await db.SaveChangesAsync(cancellationToken);
        changes.Record();
        await db.SaveChangesAsync(cancellationToken);
        await transaction.CommitAsync(cancellationToken);
        report.Saved = true;
        return report;
    }

    private static (string? Text, ParsedArticle? Article, string? Error) Read(ImportInput input)
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
        var (article, error) = ArticleParser.Parse(decoded.Text!);
        return (decoded.Text, article, error);
    }

    private async Task<Catalog> LoadCatalogAsync(CancellationToken cancellationToken)
    {
        var catalog = new Catalog();
        catalog.Dramas.AddRange(await db.Dramas.Include(d => d.Aliases).ToListAsync(cancellationToken));
        catalog.Actors.AddRange(await db.Actors.Include(a => a.Aliases).ToListAsync(cancellationToken));
        catalog.Characters.AddRange(await db.Characters.Include(c => c.Aliases).ToListAsync(cancellationToken));
        catalog.Moments.AddRange(await db.Moments.Include(m => m.Characters).Include(m => m.Quotes).Include(m => m.Tags)
            .AsSplitQuery().ToListAsync(cancellationToken));
        catalog.Tags.AddRange(await db.Tags.ToListAsync(cancellationToken));
        catalog.ArticleHashes.UnionWith(await db.Articles.Select(a => a.ContentHash).ToListAsync(cancellationToken));

        catalog.DramaSlugs.UnionWith(catalog.Dramas.Select(d => d.Slug));
        catalog.ActorSlugs.UnionWith(catalog.Actors.Select(a => a.Slug));
        catalog.CharacterSlugs.UnionWith(catalog.Characters.Select(c => c.Slug));
        catalog.MomentSlugs.UnionWith(catalog.Moments.Select(m => m.Slug));
        catalog.TagSlugs.UnionWith(catalog.Tags.Select(t => t.Slug));
        catalog.ArticleSlugs.UnionWith(await db.Articles.Select(a => a.Slug).ToListAsync(cancellationToken));
        // Old addresses stay reserved so a new entity never takes a redirecting slug.
        foreach (var redirect in await db.SlugRedirects.AsNoTracking().ToListAsync(cancellationToken))
        {
            (redirect.EntityType switch
            {
                "drama" => catalog.DramaSlugs,
                "actor" => catalog.ActorSlugs,
                "character" => catalog.CharacterSlugs,
                "moment" => catalog.MomentSlugs,
                _ => catalog.TagSlugs,
            }).Add(redirect.OldSlug);
        }
        return catalog;
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
        return services;
    }
}
