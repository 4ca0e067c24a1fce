using Microsoft.AspNetCore.Mvc.RazorPages;

namespace KdramaMoments.Web.Editing;

/// <summary>A snapshot as an editor reads it beside another editor's: labelled fields, in form order.</summary>
public interface IShownSnapshot
{
    IReadOnlyList<(string Label, string? Value)> Fields();
}

/// <summary>An edit form's version field, which a stale form carries forward.</summary>
public interface IVersionedInput
{
    long Version { get; set; }
}

/// <summary>
/// The one answer of every edit page to a form read before another editor saved: 409, the page again with both
/// versions (theirs is saved; yours stays in the form), and the form's version moved on, so saving again is a
/// knowing choice that replaces theirs. <c>Pages/Admin/_StaleForm.cshtml</c> shows it.
/// </summary>
public sealed record StaleForm(string What, IReadOnlyList<(string Label, string? Value)> Theirs, IReadOnlyList<(string Label, string? Value)> Yours)
{
    public const string ViewDataKey = nameof(StaleForm);

    public static PageResult Answer<TSnapshot>(PageModel page, IVersionedInput input, EditSave.Outcome<TSnapshot>.Stale stale, TSnapshot yours, string what)
        where TSnapshot : IShownSnapshot
    {
        input.Version = stale.Version;
        page.ModelState.Remove("Input.Version");
        page.Response.StatusCode = StatusCodes.Status409Conflict;
        page.ViewData[ViewDataKey] = new StaleForm(what, stale.Theirs.Fields(), yours.Fields());
        return page.Page();
    }
}
