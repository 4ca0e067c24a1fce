namespace KdramaMoments.Web.Auditing;

/// <summary>
/// Audit lines of the command line's writes that record no revision (accounts, generated volume, backups), under the
/// same category and with the same <c>Editor</c> property as editors' writes. An import from the command line records
/// revisions by <see cref="Operator"/>, so <see cref="EditorAudit"/> writes its lines.
/// </summary>
public sealed partial class CommandAudit(ILoggerFactory loggers)
{
    private readonly ILogger logger = loggers.CreateLogger(EditorAudit.Category);

    /// <summary>Who ran a command: the operating system's account, marked as the command line ("cli:alice").</summary>
    public static string Operator { get; } = $"cli:{Environment.UserName}";

    [LoggerMessage(EventId = 1101, Level = LogLevel.Information, Message = "Editor {Editor} create-editor {Account} (roles {Roles})")]
    public partial void EditorCreated(string editor, string account, string roles);

    [LoggerMessage(EventId = 1102, Level = LogLevel.Information, Message = "Editor {Editor} generate {Moments} moments, {Dramas} dramas, {Actors} actors (seed {Seed})")]
    public partial void Generated(string editor, int moments, int dramas, int actors, int seed);

    [LoggerMessage(EventId = 1103, Level = LogLevel.Information, Message = "Editor {Editor} backup {Database} to {Backup}")]
    public partial void BackedUp(string editor, string database, string backup);
}
