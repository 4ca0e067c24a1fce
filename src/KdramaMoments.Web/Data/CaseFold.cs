namespace KdramaMoments.Web.Data;

/// <summary>
/// SQL's <c>lower()</c> in queries, for sorting and filtering without regard to case the same way on SQLite and
/// PostgreSQL (both fold ASCII letters only, with SQLite's default and the "C" collation). Mapped in
/// <see cref="KdramaDbContext"/>; it has no meaning outside a query.
/// </summary>
public static class CaseFold
{
    public static string Lower(string text) => throw new InvalidOperationException("CaseFold.Lower runs in the database only.");
}
