namespace KdramaMoments.Web.Editing;

/// <summary>What an editor typed into an optional field: trimmed, and nothing at all when only blanks.</summary>
public static class FormText
{
    public static string? OrNull(string? value) => string.IsNullOrWhiteSpace(value) ? null : value.Trim();
}
