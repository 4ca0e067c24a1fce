using KdramaMoments.Web.Pagination;
namespace KdramaMoments.Web.Pages;

/// <summary>What the shared pager partial needs: where we are, and the request to vary.</summary>
public sealed record PagerModel(int Number, int PageCount, HttpRequest Request)
{
    public static PagerModel For<T>(PagedList<T> list, HttpRequest request) => new(list.Number, list.PageCount, request);

    public string Href(int page) => Paging.PageHref(Request, page);
}
