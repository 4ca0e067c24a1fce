using System.Text;
using System.Text.Encodings.Web;
using Microsoft.AspNetCore.Html;

namespace KdramaMoments.Web.Pages;

/// <summary>
/// The <c>&lt;option&gt;</c> lines of a list page's filter menu, written as the page's Razor loop wrote them (one a line,
/// indented as in the form, <c>selected="selected"</c> on the chosen one), so a menu over choices kept per catalogue
/// version can be kept as HTML with them instead of being rendered option by option on every request.
/// </summary>
public static class OptionList
{
    public static IHtmlContent Html(IEnumerable<(string Value, string Text)> options, string? selected, HtmlEncoder encoder)
    {
        var html = new StringBuilder();
        foreach (var (value, text) in options)
        {
            html.Append("                <option value=\"").Append(encoder.Encode(value)).Append('"');
            if (value == selected)
            {
                html.Append(" selected=\"selected\"");
            }
            html.Append('>').Append(encoder.Encode(text)).Append("</option>\n");
        }
        return new HtmlString(html.ToString());
    }
}

/// <summary>
/// A filter menu's choices, kept (per catalogue version, or for the process when they never change) with their options'
/// HTML as <see cref="OptionList"/> writes it: a request writes the kept menu instead of rendering every option again.
/// </summary>
public sealed class OptionMenu<T>(IReadOnlyList<T> options, Func<T, (string Value, string Text)> option, HtmlEncoder encoder)
{
    public IReadOnlyList<T> Options => options;

    /// <summary>The encoder the kept HTML was written with.</summary>
    public HtmlEncoder Encoder => encoder;

    /// <summary>The menu's options with none selected.</summary>
    public IHtmlContent Menu { get; } = OptionList.Html(options.Select(option), null, encoder);

    /// <summary>The menu's options with the one whose value is <paramref name="selected"/> selected (built only then).</summary>
    public IHtmlContent MenuWith(string? selected) => selected is null ? Menu : OptionList.Html(options.Select(option), selected, encoder);
}
