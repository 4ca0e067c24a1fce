using Microsoft.AspNetCore.WebUtilities;

namespace KdramaMoments.Web.Pages;

/// <summary>What the shared pager partial needs: where we are, and the request to vary.</summary>
public sealed record PagerModel(int Number, int PageCount, HttpRequest Request)
{
    public static PagerModel For<T>(PagedList<T> list, HttpRequest request) => new(list.Number, list.PageCount, request);

    public string Href(int page)
    {
        var query = QueryHelpers.ParseQuery(Request.QueryString.Value)
            .Where(pair => pair.Key != "page" && !string.IsNullOrEmpty(pair.Value))
            .SelectMany(pair => pair.Value.Select(value => new KeyValuePair<string, string?>(pair.Key, value)))
            .ToList();
        if (page > 1)
        {
            query.Add(new KeyValuePair<string, string?>("page", page.ToString(System.Globalization.CultureInfo.InvariantCulture)));
        }
        return QueryHelpers.AddQueryString(Request.Path, query);
    }
}
