namespace KdramaMoments.Web.Importing;

/// <summary>
/// Articles pasted from somewhere other than a web page keep the shape of where they came from: a feed's XML, an
/// outliner's OPML, a spreadsheet's comma-separated rows, a chat app's export lines, a phone's text messages backed up as XML, a meeting's transcript, a video's subtitle script or captions, a wiki page's source (Confluence's markup among them), a static site's post with its front matter, a reading app's highlights, Org mode notes, a flashcard deck's export, a forum's quoted replies, a
/// study set's cards, a survey's responses, a scan's hard-wrapped and hyphenated lines. Each family is rewritten here, before segmenting, into the plain text the rest of the pipeline reads
/// (a title over paragraphs, pipe rows, chat lines, whole names on one line). Every step keeps text it does not recognise
/// as it is, so an ordinary article passes through unchanged.
/// </summary>
public static class PastedFormats
{
    /// <summary>The text with each pasted format it holds rewritten as plain article text.</summary>
    public static string Normalise(string text)
    {
        var unpacked = SubtitleScripts.Unpack(text) ?? ScreenplayScripts.Unpack(text) ?? WebVttCaptions.Unpack(text) ?? SamiCaptions.Unpack(text) ?? MicroDvdCaptions.Unpack(text) ?? TtmlCaptions.Unpack(text) ?? SmsBackups.Unpack(text) ?? FeedItems.Unpack(text) ?? CalendarExports.Unpack(text) ?? OutlinerJson.Unpack(text) ?? NotebookCells.Unpack(text) ?? ChatJsonExports.Unpack(text) ?? JsonExports.Unpack(text) ?? BookmarkFiles.Unpack(text) ?? ReadLaterExports.Unpack(text) ?? EvernoteExports.Unpack(text) ?? OpmlOutlines.Unpack(text) ?? SqlDumps.Unpack(text) ?? SurveyResponses.Unpack(text) ?? StaticSitePosts.Unpack(text) ?? TiddlyWikiTiddlers.Unpack(text) ?? ConfluenceMarkup.Unpack(text) ?? WikiSources.Unpack(text) ?? BibliographyExports.Unpack(text) ?? text;
        var lines = unpacked.Replace("\r\n", "\n", StringComparison.Ordinal).Split('\n').ToList();
        lines = EmailChains.Rewrite(lines);
        lines = ChatExportLines.Rewrite(lines);
        lines = SenderBlocks.Rewrite(lines);
        lines = SpeakerTranscripts.Rewrite(lines);
        lines = HighlightExports.Rewrite(lines);
        lines = DeckExports.Rewrite(lines);
        lines = OrgNotes.Rewrite(lines);
        lines = OutlinerPages.Rewrite(lines);
        lines = TaskExports.Rewrite(lines);
        lines = StackedFields.Joined(lines);
        lines = DelimitedRows.AsPipeRows(lines);
        lines = QuotedReplies.Without(lines);
        lines = ContentsLists.Without(lines);
        lines = PinBoards.Rewrite(lines);
        lines = Checklists.Rewrite(lines);
        lines = ListingCards.Rewrite(lines);
        lines = StreamingCards.Without(lines);
        lines = StudyCards.AsNumberedList(lines);
        lines = WrappedLines.Joined(lines);
        return string.Join('\n', lines);
    }
}
