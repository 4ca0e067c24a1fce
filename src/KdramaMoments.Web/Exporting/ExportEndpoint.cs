using KdramaMoments.Web.Api;
using KdramaMoments.Web.Data;

namespace KdramaMoments.Web.Exporting;

/// <summary>
/// <c>/export.json</c>: the schema-1 dump the <c>export</c> command writes, byte for byte, so other apps need not scrape.
/// The page cache keeps it until the catalogue changes; its ETag makes an unchanged catalogue a 304.
/// </summary>
public static class ExportEndpoint
{
    public static IEndpointRouteBuilder MapExport(this IEndpointRouteBuilder endpoints)
    {
        endpoints.MapGet("/export.json", async (HttpResponse response, KdramaDbContext db, CancellationToken cancellationToken) =>
            {
                response.Headers.Link = "</developers#export>; rel=\"license\"";
                return ETagged.Json(await CatalogExport.BuildAsync(db, cancellationToken), CatalogExport.JsonOptions);
            })
            .WithTags("Catalogue").WithName("Export")
            .WithSummary("The whole catalogue as schema-1 JSON, with its licence; what the export command writes.");
        return endpoints;
    }
}
