using System.Linq.Expressions;

namespace KdramaMoments.Web.Domain;

/// <summary>The editors' to-do list "Articles named by a sentence": what an import took for a headline.</summary>
public static class ArticleTitles
{
    /// <summary>A title ending as a sentence ends, or longer than a headline: the import took a sentence of the text.</summary>
    public static readonly Expression<Func<Article, bool>> NamedBySentence = a =>
        a.Title.EndsWith('.') || a.Title.EndsWith('?') || a.Title.EndsWith('!') || a.Title.Length > 120;
}
