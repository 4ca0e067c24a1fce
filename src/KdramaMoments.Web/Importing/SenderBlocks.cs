using System.Text.RegularExpressions;

namespace KdramaMoments.Web.Importing;

/// <summary>
/// A chat copied from a messenger's web page (Facebook Messenger, Instagram's direct messages): each message a block under
/// its sender's name alone on a line, the time only on dividers between runs of messages (<c>FRI 9:02 PM</c>), reactions
/// under a message (<c>❤️ 4</c>) and a read receipt at the end (<c>Seen by …</c>). A name is a sender when it heads at
/// least two blocks and is no card's label (<c>Cast</c>, <c>Network</c> over their values in a listicle's cards); with at
/// least <see cref="MinimumMessages"/> such blocks from at least two senders the text is a chat, and a name over any
/// block is its sender. Each message is rewritten as the one-line form <see cref="ChatMessages"/> reads
/// (<c>[FRI 9:02 PM] Name: text</c>), stamped with the divider above it (the first divider for messages above every
/// divider: the nearest time the copy gives); its further lines stay lines (a list posted into the chat stays a list).
/// Dividers, reactions, receipts and the others' presence under the chat's name (<c>Active 4m ago</c>) are set aside.
/// </summary>
public static partial class SenderBlocks
{
    private const int MinimumMessages = 5;
    private const int MaxNameWords = 4;

    /// <summary>The lines with a copied chat's messages rewritten; other text unchanged.</summary>
    public static List<string> Rewrite(List<string> lines)
    {
        var blocks = Blocks(lines);
        var senders = blocks.Where(b => b.Count >= 2 && CouldBeSender(lines[b.Start]))
            .GroupBy(b => lines[b.Start].Trim())
            .Where(g => g.Count() >= 2)
            .ToDictionary(g => g.Key, g => g.Count());
        var firstDivider = lines.FirstOrDefault(l => Divider().IsMatch(l.Trim()));
        if (senders.Count < 2 || senders.Values.Sum() < MinimumMessages || firstDivider is null)
        {
            return lines;
        }
        var output = new List<string>(lines.Count);
        var stamp = firstDivider.Trim();
        var next = 0;
        foreach (var block in blocks)
        {
            output.AddRange(lines.Skip(next).Take(block.Start - next)); // the blank lines between blocks
            next = block.Start + block.Count;
            var first = lines[block.Start].Trim();
            if (block.Count == 1 && Divider().IsMatch(first))
            {
                stamp = first;
                continue;
            }
            if (block.Count == 1 && (Reaction().IsMatch(first) || first.StartsWith("Seen by ", StringComparison.Ordinal)))
            {
                continue;
            }
            // "Active now", "Active 4m ago" under the chat's name: the others' presence, not a line of the chat.
            if (Presence().IsMatch(lines[block.Start + block.Count - 1].Trim()))
            {
                output.AddRange(lines.Skip(block.Start).Take(block.Count - 1));
                continue;
            }
            // Once the text is a chat, a name over a message is its sender, however often they wrote.
            if (block.Count >= 2 && CouldBeSender(first))
            {
                output.Add($"[{stamp}] {first}: {lines[block.Start + 1].Trim()}");
                output.AddRange(lines.Skip(block.Start + 2).Take(block.Count - 2));
                continue;
            }
            output.AddRange(lines.Skip(block.Start).Take(block.Count));
        }
        output.AddRange(lines.Skip(next));
        return output;
    }

    private static List<(int Start, int Count)> Blocks(List<string> lines)
    {
        var blocks = new List<(int, int)>();
        for (var i = 0; i < lines.Count;)
        {
            if (lines[i].Trim().Length == 0)
            {
                i++;
                continue;
            }
            var start = i;
            while (i < lines.Count && lines[i].Trim().Length > 0)
            {
                i++;
            }
            blocks.Add((start, i - start));
        }
        return blocks;
    }

    // A name alone on its line that is no card's label ("Cast", "Network" over their values).
    private static bool CouldBeSender(string line) => IsName(line) && !FactLines.IsKeyValue(line.Trim() + ": Some Value");

    // "Jia Mercado", "Mika": a few capitalised words, no punctuation a sentence or a header would have.
    private static bool IsName(string line)
    {
        var words = line.Trim().Split(' ', StringSplitOptions.RemoveEmptyEntries);
        return words.Length is >= 1 and <= MaxNameWords && words.All(w => char.IsUpper(w[0]) && w.All(c => char.IsLetter(c) || c is '-' or '\'' or '’' or '.'))
            && !words[^1].EndsWith('.');
    }

    // "FRI 9:02 PM", "Today 21:04", "March 8, 2025, 9:02 PM": a divider between runs of messages, its time at the end.
    [GeneratedRegex(@"^(?:[\p{L}\d,.]+\s+){0,4}\d{1,2}:\d{2}(?:\s*[AaPp]\.?[Mm]\.?)?$", RegexOptions.None, RegexBudget.Milliseconds)]
    private static partial Regex Divider();

    [GeneratedRegex(@"^Active (?:now|\d{1,3}\s?(?:m|min|h|hr|d)s? ago)$", RegexOptions.IgnoreCase, RegexBudget.Milliseconds)]
    private static partial Regex Presence();

    // "❤️ 4", "😂👍 3": a message's reactions and their count.
    [GeneratedRegex(@"^(?:\p{So}|\p{Cs}|\uFE0F|\u200D|\s)+\d{0,4}$", RegexOptions.None, RegexBudget.Milliseconds)]
    private static partial Regex Reaction();
}
