using KdramaMoments.Web.Data;
using Microsoft.EntityFrameworkCore;

namespace KdramaMoments.Web.Importing;

/// <summary>An empty catalogue is filled from the seed articles at start (when this start may seed).</summary>
public sealed partial class SeedImport(ArticleImporter importer, IConfiguration configuration, ILoggerFactory loggers) : IStartupStep
{
    private readonly ILogger logger = loggers.CreateLogger(DatabaseStartup.LogCategory);

    public async Task RunAsync(KdramaDbContext db, bool seed, CancellationToken cancellationToken)
    {
        if (!seed || await db.Articles.AnyAsync(cancellationToken))
        {
            return;
        }
        // Like the database file, a relative seeds path is read from the folder the app was started in.
        var folder = SeedFolder.Find(configuration["Seeds:Path"], Directory.GetCurrentDirectory());
        if (folder is null)
        {
            LogNoSeeds(logger);
            return;
        }
        var report = await importer.ImportAsync(ImportInput.FromPaths([folder]), save: true, cancellationToken: cancellationToken);
        LogSeeded(logger, folder, report.Files.Count, report.Created.Total);
    }

    [LoggerMessage(Level = LogLevel.Warning, Message = "The catalogue is empty and no seeds folder was found; set Seeds:Path")]
    private static partial void LogNoSeeds(ILogger logger);

    [LoggerMessage(Level = LogLevel.Information, Message = "Seeded the empty catalogue from {Folder}: {Files} files, {Created} entities created")]
    private static partial void LogSeeded(ILogger logger, string folder, int files, int created);
}
