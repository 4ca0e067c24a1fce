using System.Text.RegularExpressions;

namespace KdramaMoments.Web.Importing;

/// <summary>
/// A Slack-style channel copied from the app: each message under its author's name and the time, set apart by spaces
/// (<c>Priya Raman  9:58 AM</c>, read by the name-then-time reader), or marked <c>(edited)</c> after the time, which this
/// reader adds; a thread's replies are the same lines indented.
/// </summary>
public static partial class ChatMessages
{
    // "Daniel Cho  10:15 AM  (edited)": a name, the time, and the edit mark.
    private static Header? EditedNameStampLine(string line) =>
        line.Length <= MaxHeaderLength && EditedNameStamp().Match(line.Trim()) is { Success: true } named
            && IsName(named.Groups["name"].Value) && !IsNumberedName(named.Groups["name"].Value)
            ? HeaderAlone
            : null;

    // "FINALLY", "OF COURSE IT IS": words shouted are chatter, not a title (a title the shelf knows is found before this is asked).
    internal static bool IsShouted(string first) => first.Any(char.IsLetter) && !first.Any(char.IsLower) && first.Count(char.IsUpper) >= 2;

    [GeneratedRegex(@"^(?<name>[^\s\[](?:[^.!?:,\[\]]|\.(?=\S)){0,38}?)\s+\d{1,2}:\d{2}\s*[AaPp]\.?[Mm]\.?\s+\(edited\)$", RegexOptions.IgnoreCase, RegexBudget.Milliseconds)]
    private static partial Regex EditedNameStamp();

}
