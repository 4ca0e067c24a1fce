using System.Text;
using System.Text.Encodings.Web;
using Microsoft.AspNetCore.WebUtilities;

namespace KdramaMoments.Web.Facets;

/// <summary>
/// The facet panel of a list page: its counts, and the address of every change a reader can make (add or exclude a
/// trope, remove a chip, choose a decade or episode band). Plain links, so all of it works without JavaScript.
/// </summary>
public sealed class FacetLinks(string path, IReadOnlyList<KeyValuePair<string, string?>> others, MomentFacets facets, FacetCounts counts, IReadOnlyDictionary<string, string> tagNames)
{
    private static readonly string[] FacetKeys = ["tag", "not", "decade", "episodes", "page"];

    public string Path => path;

    public IReadOnlyList<KeyValuePair<string, string?>> Others => others;

    public MomentFacets Facets => facets;

    public FacetCounts Counts => counts;

    public IReadOnlyDictionary<string, string> TagNames => tagNames;

    // The path with the other query values, encoded once: the panel links every trope twice, and every link starts so.
    private readonly string pathAndOthers = QueryHelpers.AddQueryString(path, others);

    /// <summary>What every link of the panel starts with: the path and the request's other query values, URL-encoded.</summary>
    public string PathAndOthers => pathAndOthers;

    /// <summary>The same panel for an address without other query values (what every reader of the bare address is given).</summary>
    public FacetLinks WithoutOthers() => new(path, [], facets, counts, tagNames);

    /// <summary>The panel for a page at <paramref name="path"/>; the request's other query values (not the page number) are kept in every link.</summary>
    public static FacetLinks For(HttpRequest request, string path, MomentFacets facets, FacetCounts counts, IReadOnlyDictionary<string, string> tagNames) =>
        new(path, request.Query.Where(q => !FacetKeys.Contains(q.Key, StringComparer.OrdinalIgnoreCase))
                .SelectMany(q => q.Value.Select(v => new KeyValuePair<string, string?>(q.Key, v)))
                .Where(q => !string.IsNullOrEmpty(q.Value)).ToList(),
            facets, counts, tagNames);

    /// <summary>This page's address with <paramref name="facets"/>, as <see cref="QueryHelpers.AddQueryString(string, IEnumerable{KeyValuePair{string, string?}})"/> writes it.</summary>
    public string Href(MomentFacets facets)
    {
        var href = new StringBuilder(pathAndOthers, pathAndOthers.Length + 64);
        var separator = pathAndOthers.Contains('?') ? '&' : '?';
        foreach (var (key, value) in facets.QueryValues())
        {
            href.Append(separator).Append(UrlEncoder.Default.Encode(key)).Append('=').Append(UrlEncoder.Default.Encode(value!));
            separator = '&';
        }
        return href.ToString();
    }

    public string Include(string tag) => Href(Facets with { Tags = [.. Facets.Tags.Where(t => t != tag), tag], Not = Facets.Not.Where(t => t != tag).ToList() });

    public string Exclude(string tag) => Href(Facets with { Not = [.. Facets.Not.Where(t => t != tag), tag], Tags = Facets.Tags.Where(t => t != tag).ToList() });

    public string WithoutTag(string tag) => Href(Facets with { Tags = Facets.Tags.Where(t => t != tag).ToList(), Not = Facets.Not.Where(t => t != tag).ToList() });

    public string WithDecade(int? decade) => Href(Facets with { Decade = decade });

    public string WithEpisodes(EpisodeRange? episodes) => Href(Facets with { Episodes = episodes });

    public string Clear => Href(MomentFacets.None);

    public string NameOf(string tag) => TagNames.GetValueOrDefault(tag) ?? tag;

    /// <summary>The chips of the facets in use: what each says and the address without it.</summary>
    public IEnumerable<(string Label, string Value, string Remove)> Chips() =>
        Facets.Tags.Select(t => ("Trope", NameOf(t), WithoutTag(t)))
            .Concat(Facets.Not.Select(t => ("Not", NameOf(t), WithoutTag(t))))
            .Concat(Facets.Decade is { } d ? [("Decade", $"{d}s", WithDecade(null))] : [])
            .Concat(Facets.Episodes is { } e ? [("Episodes", e.Label, WithEpisodes(null))] : []);
}
