using System.Globalization;
using KdramaMoments.Web.Data;
using KdramaMoments.Web.Importing;
using Microsoft.EntityFrameworkCore;
using Microsoft.Extensions.DependencyInjection;

namespace KdramaMoments.Tests.Data;

/// <summary>
/// An import is one transaction: when the save fails after every other save step has written its kept rows (the stored
/// counts, an actor's and a trope's moments, facet counts, couples, co-stars), every table of the model is as it was.
/// (SQLite's search table is not in the model, so it is not among the rows compared here.)
/// </summary>
public sealed class FailedImportTests : IDisposable
{
    private readonly TempDatabase database = new();

    public void Dispose() => database.Dispose();

    [Fact]
    public async Task ImportFailingAtTheLastSaveStep_LeavesEveryTableAsItWas()
    {
        var failing = new FailingStep();
        await using var factory = new KdramaAppFactory(database.Path, services: s => s.AddSingleton<ICatalogueSaveStep>(failing));
        _ = factory.Server;
        var before = await RowsAsync(factory);

        failing.Armed = true;
        using (var scope = factory.Services.CreateScope())
        {
            var importer = scope.ServiceProvider.GetRequiredService<ArticleImporter>();
            var thrown = await Record.ExceptionAsync(async () =>
            {
                var report = await importer.ImportAsync(ImportInput.FromPaths([RepositoryPaths.Fixture("second-looks.txt")]), save: true);
                Assert.NotEqual(FileOutcome.Imported, report.Files[0].Outcome);
            });
            Assert.True(failing.Failed, thrown?.ToString());
        }

        Assert.Equal(before, await RowsAsync(factory));
    }

    /// <summary>Every row of every table of the model, as text, sorted.</summary>
    private static Task<List<string>> RowsAsync(KdramaAppFactory factory) => factory.WithDbAsync(async db =>
    {
        var rows = new List<string>();
        await db.Database.OpenConnectionAsync();
        var tables = db.Model.GetEntityTypes().Select(e => e.GetTableName()).OfType<string>().Distinct().Order(StringComparer.Ordinal);
        foreach (var table in tables)
        {
            await using var command = db.Database.GetDbConnection().CreateCommand();
#pragma warning disable CA2100 // the model's own table names, nothing from a request
            command.CommandText = $"SELECT * FROM \"{table}\"";
#pragma warning restore CA2100
            await using var reader = await command.ExecuteReaderAsync();
            while (await reader.ReadAsync())
            {
                rows.Add(table + ": " + string.Join("|", Enumerable.Range(0, reader.FieldCount).Select(i => Convert.ToString(reader.GetValue(i), CultureInfo.InvariantCulture))));
            }
        }
        rows.Sort(StringComparer.Ordinal);
        Assert.NotEmpty(rows);
        return rows;
    });

    /// <summary>Registered last, so it runs after every other step has written: fails the save once armed.</summary>
    private sealed class FailingStep : ICatalogueSaveStep
    {
        public bool Armed { get; set; }

        public bool Failed { get; private set; }

        public Task<Func<CancellationToken, Task>?> PrepareAsync(CatalogueChange change, CancellationToken cancellationToken) =>
            Task.FromResult<Func<CancellationToken, Task>?>(Armed ? _ =>
            {
                Failed = true;
                throw new InvalidOperationException("the save fails after every other step");
            }
        : null);
    }
}
