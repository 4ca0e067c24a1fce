using System.Globalization;

namespace KdramaMoments.Web.Data;

/// <summary>Ids written into the save steps' raw SQL (<c>IN (…)</c>): numbers the code formats, nothing from a request.</summary>
public static class SqlIds
{
    public static string List(IEnumerable<int> ids) => string.Join(", ", ids.Select(id => id.ToString(CultureInfo.InvariantCulture)));
}
