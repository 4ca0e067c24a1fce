using System.Linq.Expressions;
using Microsoft.EntityFrameworkCore;

namespace KdramaMoments.Web.Domain;

/// <summary>The editors' to-do list "Articles named by a sentence": what an import took for a headline.</summary>
public static class ArticleTitles
{
    /// <summary>
    /// A title ending as a sentence ends, or longer than a headline: the import took a sentence of the text. Written for the
    /// database (each save computes it in SQL): LIKE, which both providers translate.
    /// </summary>
    public static readonly Expression<Func<Article, bool>> NamedBySentence = a =>
        EF.Functions.Like(a.Title, "%.") || EF.Functions.Like(a.Title, "%?") || EF.Functions.Like(a.Title, "%!") || a.Title.Length > 120;
}
