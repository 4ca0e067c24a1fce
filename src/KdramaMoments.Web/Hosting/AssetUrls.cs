using Microsoft.AspNetCore.Components;
using Microsoft.AspNetCore.Mvc.ViewFeatures;

namespace KdramaMoments.Web.Hosting;

/// <summary>
/// The address of a file under wwwroot as the layout links it: its fingerprinted name from the build's static-asset
/// manifest (<c>/css/site.ahgi4c145m.css</c>), as <c>asp-append-version</c> and <c>~/</c> resolve it. Written by the
/// layout on every page, so it is one dictionary lookup here rather than a link or script tag helper per tag (each
/// activated, its attributes copied and its output buffered: about a fifth of the layout's time; README, "Page speed").
/// </summary>
public static class AssetUrls
{
    /// <summary>
    /// <paramref name="path"/> is relative to wwwroot (<c>css/site.css</c>). Without a manifest entry a
    /// <paramref name="versioned"/> file gets the file-hash query (<c>?v=</c>) the tag helper falls back to.
    /// </summary>
    public static string For(HttpContext context, string path, bool versioned = true)
    {
        var pathBase = context.Request.PathBase;
        var assets = context.GetEndpoint()?.Metadata.GetMetadata<ResourceAssetCollection>();
        if (assets is not null && assets[path] is var fingerprinted && !string.Equals(fingerprinted, path, StringComparison.Ordinal))
        {
            return $"{pathBase}/{fingerprinted}";
        }
        var plain = $"{pathBase}/{path}";
        return versioned
            ? context.RequestServices.GetRequiredService<IFileVersionProvider>().AddFileVersionToPath(pathBase, plain)
            : plain;
    }
}
