using System.Text.RegularExpressions;
using KdramaMoments.Web.Importing.Reference;

namespace KdramaMoments.Web.Importing;

/// <summary>
/// A survey's individual responses copied from the form tool (SurveyMonkey's "Individual Responses", Qualtrics' and other
/// tools' response reports): each response is numbered questions (<c>Q2</c> over <c>Drama</c> over the answer, or
/// <c>Q2. Drama</c> over it), the same questions in every response, under a response's header and bookkeeping
/// (<c>#9</c>, <c>COMPLETE</c>, <c>Started:</c>, <c>IP Address:</c>, <c>Page 1: …</c>). Each response is written as an
/// export's entry: the drama and year its answers give as a <c>Drama:</c> field, the episode, the quoted line, and every
/// other answer but the respondent's name as its text. The questions say what each answer is, so an answer is read by its
/// question rather than by its shape; skipped questions say nothing. A form that asks for the drama and a response that
/// names none ("no preference!", every question skipped) nominates nothing. Text without such repeated questions is left
/// as it is.
/// </summary>
public static partial class SurveyResponses
{
    private const int MinimumResponses = 2;
    private const int MinimumQuestions = 2;

    private enum Asked { Respondent, Episode, Year, Line, Drama, Other }

    private sealed class Response(string? header)
    {
        public string? Header { get; } = header;
        public List<(int Number, string Question, List<string> Answer)> Answers { get; } = [];
    }

    /// <summary>The responses as plain article text, or null when the text holds no survey's responses.</summary>
    public static string? Unpack(string text)
    {
        if (!QuestionLine().IsMatch(text))
        {
            return null;
        }
        var lines = text.Replace("\r\n", "\n", StringComparison.Ordinal).Split('\n');
        var (preamble, responses) = Read(lines);
        if (!AreResponsesToOneForm(responses))
        {
            return null;
        }
        var asksForDrama = responses.SelectMany(r => r.Answers).Any(a => Classify(a.Question) == Asked.Drama);
        var entries = responses.Select((r, i) => Entry(r, i + 1, asksForDrama)).OfType<ExportEntries.Entry>().ToList();
        return entries.Count < MinimumResponses ? null : ExportEntries.Write(preamble.FirstOrDefault(), [], entries);
    }

    // Walks the lines: a header or a question numbered no higher than the one before opens a response; a question's answer
    // is the lines after it up to the next question or header, without the form tool's bookkeeping.
    private static (List<string> Preamble, List<Response> Responses) Read(string[] lines)
    {
        var preamble = new List<string>();
        var responses = new List<Response>();
        Response? current = null;
        List<string>? answer = null;
        for (var i = 0; i < lines.Length; i++)
        {
            var line = lines[i].Trim();
            if (ResponseHeader().IsMatch(line))
            {
                current = new Response(line);
                responses.Add(current);
                answer = null;
                continue;
            }
            if (QuestionMarker().Match(line) is { Success: true } marker && int.TryParse(marker.Groups["n"].Value, out var number))
            {
                var question = marker.Groups["text"].Value.Trim();
                if (question.Length == 0)
                {
                    // "Q2" alone: the question is the next line with words.
                    while (i + 1 < lines.Length && lines[i + 1].Trim().Length == 0)
                    {
                        i++;
                    }
                    question = i + 1 < lines.Length ? lines[++i].Trim() : string.Empty;
                }
                if (current is null || (current.Answers.Count > 0 && number <= current.Answers[^1].Number))
                {
                    current = new Response(null);
                    responses.Add(current);
                }
                answer = [];
                current.Answers.Add((number, question, answer));
                continue;
            }
            if (line.Length == 0 || IsBookkeeping(line))
            {
                continue;
            }
            if (answer is not null)
            {
                answer.Add(line);
            }
            else if (current is null)
            {
                preamble.Add(line);
            }
        }
        return (preamble, responses);
    }

    // Several responses to the same questions: at least two questions each, and some question asked in more than one.
    private static bool AreResponsesToOneForm(List<Response> responses) =>
        responses.Count(r => r.Answers.Count >= MinimumQuestions) >= MinimumResponses
        && responses.SelectMany(r => r.Answers.Select(a => a.Question).Distinct(StringComparer.OrdinalIgnoreCase))
            .GroupBy(q => q, StringComparer.OrdinalIgnoreCase).Any(g => g.Count() >= MinimumResponses);

    private static ExportEntries.Entry? Entry(Response response, int position, bool asksForDrama)
    {
        string? drama = null;
        int? year = null;
        int? episode = null;
        var quotes = new List<string>();
        var text = new List<string>();
        foreach (var (_, question, answerLines) in response.Answers)
        {
            var given = answerLines.Where(l => !IsSkipped(l)).ToList();
            var answer = string.Join(' ', given);
            if (answer.Length == 0)
            {
                continue;
            }
            switch (Classify(question))
            {
                case Asked.Respondent:
                    break;
                case Asked.Episode:
                    episode ??= EpisodeNumber().Match(answer) is { Success: true } ep ? int.Parse(ep.Groups["n"].Value, System.Globalization.CultureInfo.InvariantCulture) : null;
                    break;
                case Asked.Year:
                    year ??= FactLines.Year(answer);
                    break;
                case Asked.Line:
                    quotes.Add(TextShape.IsQuoteMark(answer[0]) ? answer : $"“{answer}”");
                    break;
                case Asked.Drama when drama is null && NamesATitle(answer):
                    drama = answer;
                    break;
                default:
                    text.AddRange(given);
                    break;
            }
        }
        if (asksForDrama && drama is null)
        {
            return null;
        }
        var lines = new List<string>();
        if (drama is not null)
        {
            lines.Add(year is null || FactLines.Year(drama) == year ? $"Drama: {drama}" : $"Drama: {drama} ({year})");
        }
        if (episode is { } number)
        {
            lines.Add($"Episode: {number}");
        }
        lines.AddRange(quotes);
        lines.AddRange(text);
        return lines.Count == 0 ? null : new ExportEntries.Entry(response.Header ?? $"Response {position}", lines);
    }

    // What the question asks for, by its words: "Your name or nickname", "Episode (if known)", "Year it first aired",
    // "Favourite line (in quotes please)", "Which drama?"; anything else ("The moment (and who's in it)") is the text.
    private static Asked Classify(string question) => question.ToLowerInvariant() switch
    {
        var q when RespondentWords().IsMatch(q) => Asked.Respondent,
        var q when q.Contains("episode", StringComparison.Ordinal) => Asked.Episode,
        var q when YearWords().IsMatch(q) => Asked.Year,
        var q when LineWords().IsMatch(q) => Asked.Line,
        var q when DramaWords().IsMatch(q) => Asked.Drama,
        _ => Asked.Other,
    };

    // A title as people type one: capitalised, or lowercase but a drama the shelf knows ("goblin"); not "no preference!".
    private static bool NamesATitle(string answer) =>
        answer.Length > 0 && (char.IsUpper(answer[0]) || char.IsDigit(answer[0]) || TextShape.IsQuoteMark(answer[0]) || KnownDramas.Knows(answer));

    private static bool IsSkipped(string line) => SkippedAnswer().IsMatch(line.Trim());

    // "Started:\tThursday, …", "IP Address:\t203.0.113.87", "COMPLETE", "Page 1: Your nomination".
    private static bool IsBookkeeping(string line) => TabbedField().IsMatch(line) || Status().IsMatch(line) || PageLine().IsMatch(line);

    [GeneratedRegex(@"^[ \t]*Q\d{1,2}\b", RegexOptions.Multiline)]
    private static partial Regex QuestionLine();

    // "Q3", "Q3.", "Q3:", "Q3 - Year it first aired", "Q3. Year it first aired".
    [GeneratedRegex(@"^Q(?<n>\d{1,2})(?:\s*[.:)\-–—]\s*|\s+|$)(?<text>.*)$")]
    private static partial Regex QuestionMarker();

    // "#9", "Respondent #4", "Response 3 of 9", "Submission #12".
    [GeneratedRegex(@"^(?:#\d{1,5}|(?:Respondent|Response|Submission)\s*#?\s*\d{1,5}(?:\s+of\s+\d{1,5})?)$", RegexOptions.IgnoreCase)]
    private static partial Regex ResponseHeader();

    [GeneratedRegex(@"^(?:Respondent skipped this question|\(?skipped\)?|no (?:answer|response)|n/?a|-+|—|–|not sure|unsure|don'?t know|idk|\?+)\.?$", RegexOptions.IgnoreCase)]
    private static partial Regex SkippedAnswer();

    [GeneratedRegex(@"^[A-Z][A-Za-z ]{1,30}:\t")]
    private static partial Regex TabbedField();

    [GeneratedRegex(@"^(?:COMPLETE|COMPLETED|PARTIAL|INCOMPLETE|DISQUALIFIED)$")]
    private static partial Regex Status();

    [GeneratedRegex(@"^Page \d{1,3}:")]
    private static partial Regex PageLine();

    [GeneratedRegex(@"\b(?:your name|nickname|e-?mail|who are you)\b")]
    private static partial Regex RespondentWords();

    [GeneratedRegex(@"\b(?:year|aired|air date)\b")]
    private static partial Regex YearWords();

    [GeneratedRegex(@"\b(?:line|lines|quote|quotes|dialogue)\b")]
    private static partial Regex LineWords();

    [GeneratedRegex(@"\b(?:drama|k-drama|kdrama|show|series|title)\b")]
    private static partial Regex DramaWords();

    // "16 (the last one)", "ep 7", "Episode 12".
    [GeneratedRegex(@"^(?:ep(?:isode)?\.?\s*)?(?<n>\d{1,3})\b", RegexOptions.IgnoreCase)]
    private static partial Regex EpisodeNumber();
}
