using KdramaMoments.Web.Domain;
using KdramaMoments.Web.Importing.Reference;

namespace KdramaMoments.Web.Importing;

public static partial class ArticleSegmenter
{
    /// <summary>
    /// How well a candidate list's items resolve, each to one drama: by a labelled drama line in the item
    /// (<c>Drama: Some Title (2020)</c>), a title on a line of its own (with its year, or one the shelf knows), a drama the
    /// reference shelf knows in its heading or its opening sentence, or a couple the cast list places in one drama. An item
    /// holding two labelled dramas is two items read as one; a labelled drama above the first item is an item the list missed.
    /// Shape alone cannot tell a site's menu line from a list's headings; what the items turn out to be about can. Where no
    /// line of the article gives such evidence every list scores the same, and shape decides.
    /// </summary>
    private sealed class ItemResolution
    {
        // How much resolution counts beside shape: a list whose items all resolve scores up to this much more than one
        // whose items resolve to nothing, and one whose items each hold two labelled dramas scores down to nothing.
        private const double Weight = 1.0;

        private readonly List<string> lines;
        private readonly string?[] labelled;
        private readonly string?[] titled;

        public ItemResolution(List<string> lines)
        {
            this.lines = lines;
            labelled = new string?[lines.Count];
            titled = new string?[lines.Count];
            for (var j = 0; j < lines.Count; j++)
            {
                if (IsMark(lines[j]) || TextShape.IsProse(lines[j]))
                {
                    continue;
                }
                if (FactLines.LabelledDrama(lines[j]) is { } title)
                {
                    labelled[j] = Names.Normalize(title);
                }
                else if ((FactLines.Read(lines[j]).FirstOrDefault(f => f.Key == "Drama")?.Value ?? FactLines.DramaLine(lines[j])?.Title) is { } named)
                {
                    titled[j] = Names.Normalize(named);
                }
            }
        }

        /// <summary>The factor a list's shape score is multiplied by: 1 with no evidence, up to 1 + <see cref="Weight"/>.</summary>
        public double Factor(List<Candidate> items)
        {
            if (items.Count == 0)
            {
                return 1;
            }
            var missed = labelled.Take(items[0].Index).Count(l => l is not null);
            var resolved = 0;
            var merged = 0;
            for (var k = 0; k < items.Count; k++)
            {
                var start = items[k].Index + 1;
                var end = k + 1 < items.Count ? items[k + 1].Index : EndOfLastItem(start);
                var named = Distinct(labelled, start, end);
                if (named > 1)
                {
                    merged++;
                }
                else if (named == 1 || Distinct(titled, start, end) == 1 || NamesItsDrama(items[k].Marker.Text, Opening(items[k], start, end)))
                {
                    resolved++;
                }
            }
            return 1 + Weight * (resolved - merged) / (items.Count + missed);
        }

        // A heading or the item's opening sentence that names a drama the shelf knows ("Healer (2014)", "In Some Title, …"), or
        // a couple the cast list places in one drama ("Hyun Bin and Son Ye-jin").
        private static bool NamesItsDrama(string heading, string opening) =>
            KnownDramas.NamedIn(heading).Any() || KnownDramas.NamedIn(opening).Any() || KnownCasts.DramasOfACouple(heading + " . " + opening).Any();

        // The item's first sentence: its heading's paragraph when it is an anchor, else the first paragraph under the heading.
        private string Opening(Candidate item, int start, int end)
        {
            var paragraph = item.Rest ?? lines.Skip(start).Take(end - start).FirstOrDefault(TextShape.IsProse) ?? string.Empty;
            return FirstSentence().Match(paragraph).Value;
        }

        private int EndOfLastItem(int start)
        {
            var footer = start < lines.Count ? lines.FindIndex(start, l => l == FooterMark) : -1;
            return footer < 0 ? lines.Count : footer;
        }

        private static int Distinct(string?[] titles, int start, int end)
        {
            string? first = null;
            for (var j = start; j < end; j++)
            {
                if (titles[j] is { } title)
                {
                    if (first is not null && first != title)
                    {
                        return 2;
                    }
                    first = title;
                }
            }
            return first is null ? 0 : 1;
        }
    }
}
