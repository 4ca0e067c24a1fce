namespace KdramaMoments.Web.Importing;

/// <summary>
/// The tags a video site puts in a video's title (<c>[ENG SUB]</c>, <c>(ENG)</c>, <c>[MV]</c>, <c>(HD)</c>): what the upload
/// is, never a title's, an actor's or a role's words. One list for every reader that meets a saved video's title.
/// </summary>
internal static class VideoTags
{
    /// <summary>The tag words, for a pattern to put inside its brackets: subtitles, quality, kind of clip.</summary>
    public const string Pattern = @"eng(?:lish)?(?:\s*sub(?:s|bed|titles?|titled)?)?|sub(?:s|bed|titled)?|hd|4k|cc|mv|m/v|fmv|ost|full|clip|teaser|trailer";
}
