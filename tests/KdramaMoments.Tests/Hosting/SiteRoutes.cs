using System.Globalization;
using Microsoft.AspNetCore.Http;
using Microsoft.AspNetCore.Mvc.Infrastructure;
using Microsoft.AspNetCore.Mvc.RazorPages;
using Microsoft.AspNetCore.Mvc.RazorPages.Infrastructure;
using Microsoft.AspNetCore.Routing;
using Microsoft.AspNetCore.Routing.Patterns;
using Microsoft.EntityFrameworkCore;
using Microsoft.Extensions.DependencyInjection;

namespace KdramaMoments.Tests.Hosting;

/// <summary>
/// Every address the running site maps, read from its endpoint data source, as a path a client can request:
/// route values are filled with a real drama, actor, … of the seeded catalogue so handlers run, not only 404s.
/// </summary>
public static class SiteRoutes
{
    public static async Task<IReadOnlyList<string>> AddressesAsync(KdramaAppFactory factory)
    {
        var known = await KnownAsync(factory);
        var endpoints = factory.Services.GetRequiredService<EndpointDataSource>().Endpoints.OfType<RouteEndpoint>();
        // Build-time compressed copies of static files (.gz, .br) exist in a published app, not beside the test host's wwwroot.
        return endpoints.Select(e => Address(e.RoutePattern, known)).Where(a => !a.EndsWith(".gz", StringComparison.Ordinal) && !a.EndsWith(".br", StringComparison.Ordinal)).Distinct(StringComparer.OrdinalIgnoreCase).Order(StringComparer.Ordinal).ToList();
    }

    /// <summary>
    /// Every POST handler of every page (the pages are compiled to read their handlers), as the address a form posts
    /// to, with an existing entity's id for handlers that take one.
    /// </summary>
    public static async Task<IReadOnlyList<string>> PostHandlersAsync(KdramaAppFactory factory)
    {
        var known = await KnownAsync(factory);
        var loader = factory.Services.GetRequiredService<PageLoader>();
        var pages = factory.Services.GetRequiredService<IActionDescriptorCollectionProvider>().ActionDescriptors.Items.OfType<PageActionDescriptor>();
        var handlers = new List<string>();
        foreach (var page in pages.Where(p => p.AttributeRouteInfo?.Template is not null))
        {
            var compiled = await loader.LoadAsync(page, EndpointMetadataCollection.Empty);
            var pattern = RoutePatternFactory.Parse(page.AttributeRouteInfo!.Template!);
            var id = known[KindOf(pattern, known)].Id;
            foreach (var handler in compiled.HandlerMethods.Where(h => h.HttpMethod.Equals("Post", StringComparison.OrdinalIgnoreCase)))
            {
                var query = string.Join("&", new[] { handler.Name is null ? null : $"handler={handler.Name}", handler.Parameters.Any(p => p.Name == "id") ? $"id={id}" : null }.OfType<string>());
                handlers.Add(Address(pattern, known) + (query.Length > 0 ? "?" + query : ""));
            }
        }
        return handlers.Distinct(StringComparer.OrdinalIgnoreCase).Order(StringComparer.Ordinal).ToList();
    }

    private static async Task<Dictionary<string, (string Slug, int Id)>> KnownAsync(KdramaAppFactory factory) =>
        await factory.WithDbAsync(async db => new Dictionary<string, (string Slug, int Id)>
        {
            ["list"] = await CuratedListAsync(db),
            ["drama"] = await FirstAsync(db.Dramas.OrderBy(d => d.Id).Select(d => new SlugAndId(d.Slug, d.Id))),
            ["actor"] = await FirstAsync(db.Actors.OrderBy(d => d.Id).Select(d => new SlugAndId(d.Slug, d.Id))),
            ["character"] = await FirstAsync(db.Characters.OrderBy(d => d.Id).Select(d => new SlugAndId(d.Slug, d.Id))),
            ["moment"] = await FirstAsync(db.Moments.OrderBy(d => d.Id).Select(d => new SlugAndId(d.Slug, d.Id))),
            ["tag"] = await FirstAsync(db.Tags.OrderBy(d => d.Id).Select(d => new SlugAndId(d.Slug, d.Id))),
            ["article"] = await FirstAsync(db.Articles.OrderBy(d => d.Id).Select(d => new SlugAndId(d.Slug, d.Id))),
        });

    // A record, not a tuple: PostgreSQL would return a tuple as one composite column.
    private sealed record SlugAndId(string Slug, int Id);

    private static async Task<(string Slug, int Id)> FirstAsync(IQueryable<SlugAndId> rows)
    {
        var (slug, id) = await rows.FirstAsync();
        return (slug, id);
    }

    /// <summary>The seeds make no editors' list: one published list of one moment, so the lists' routes run their handlers.</summary>
    private static async Task<(string Slug, int Id)> CuratedListAsync(KdramaMoments.Web.Data.KdramaDbContext db)
    {
        if (await db.CuratedLists.OrderBy(l => l.Id).Select(l => new SlugAndId(l.Slug, l.Id)).FirstOrDefaultAsync() is { } existing)
        {
            return (existing.Slug, existing.Id);
        }
        var list = new KdramaMoments.Web.Domain.CuratedList { Slug = "route-matrix", Title = "Route matrix", Published = true, CreatedAt = DateTime.UtcNow };
        list.Items.Add(new KdramaMoments.Web.Domain.CuratedListItem { MomentId = await db.Moments.OrderBy(m => m.Id).Select(m => m.Id).FirstAsync(), Position = 1 });
        db.CuratedLists.Add(list);
        await db.SaveChangesAsync();
        return (list.Slug, list.Id);
    }

    /// <summary>Which kind of entity a route is about: the first of its literal segments that names one (<c>admin/dramas/edit/{id}</c> → drama).</summary>
    private static string KindOf(RoutePattern pattern, Dictionary<string, (string Slug, int Id)> known) =>
        pattern.PathSegments.SelectMany(s => s.Parts).OfType<RoutePatternLiteralPart>()
            .Select(l => l.Content.ToLowerInvariant().TrimEnd('s')).FirstOrDefault(known.ContainsKey) ?? "drama";

    private static string Address(RoutePattern pattern, Dictionary<string, (string Slug, int Id)> known)
    {
        var (slug, id) = known[KindOf(pattern, known)];
        string Value(RoutePatternParameterPart parameter) => parameter.Name.ToLowerInvariant() switch
        {
            "slug" => slug,
            "id" => id.ToString(CultureInfo.InvariantCulture),
            "type" => KindOf(pattern, known),
            "code" => "404",
            "list" => KdramaMoments.Web.Pages.Admin.Todo.CatalogueGaps.Lists[0].Key,
            _ => parameter.Default?.ToString() ?? "x",
        };
        var segments = pattern.PathSegments.Select(segment => string.Concat(segment.Parts.Select(part => part switch
        {
            RoutePatternLiteralPart literal => literal.Content,
            RoutePatternSeparatorPart separator => separator.Content,
            RoutePatternParameterPart parameter => Value(parameter),
            _ => "",
        })));
        return "/" + string.Join("/", segments.Where(s => s.Length > 0));
    }
}
