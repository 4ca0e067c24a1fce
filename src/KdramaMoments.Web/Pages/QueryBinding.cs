using System.ComponentModel;
using System.Globalization;

namespace KdramaMoments.Web.Pages;

/// <summary>
/// A list page's simple query values read the way <c>[BindProperty(SupportsGet = true)]</c> binds them (the first value;
/// blank means none; a number as the invariant-culture type converter reads it), without model binding's per-request
/// binders, contexts and value providers: on the uncached moment list and search page they were about a twelfth of what
/// a request allocated (README, "Page speed"). A request that model binding would read differently — a form body, whose
/// values come first, or a jQuery-style key such as <c>drama[]</c> — is left to model binding itself.
/// </summary>
public static class QueryBinding
{
    /// <summary>Whether the values can be read from the query string directly.</summary>
    public static bool IsPlain(HttpRequest request)
    {
        if (request.HasFormContentType)
        {
            return false;
        }
        foreach (var key in request.Query.Keys)
        {
            if (key.Contains('[', StringComparison.Ordinal))
            {
                return false;
            }
        }
        return true;
    }

    /// <summary>The first value of <paramref name="key"/>, or null when it is missing or blank.</summary>
    public static string? Text(IQueryCollection query, string key)
    {
        var values = query[key];
        return values.Count == 0 || string.IsNullOrWhiteSpace(values[0]) ? null : values[0];
    }

    /// <summary>The first value of <paramref name="key"/> as a number, or null when it is missing, blank or not a number.</summary>
    public static int? Number(IQueryCollection query, string key)
    {
        if (Text(query, key) is not { } value)
        {
            return null;
        }
        if (int.TryParse(value, NumberStyles.Integer, CultureInfo.InvariantCulture, out var number))
        {
            return number;
        }
        // What TryParse refuses the converter may still read (it trims first, and reads "0x1F" and "#1F" as hexadecimal).
        try
        {
            return (int?)TypeDescriptor.GetConverter(typeof(int)).ConvertFrom(null, CultureInfo.InvariantCulture, value);
        }
        catch (Exception exception) when (exception is ArgumentException or FormatException or OverflowException)
        {
            return null;
        }
    }
}
