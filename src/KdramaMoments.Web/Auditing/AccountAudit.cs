namespace KdramaMoments.Web.Auditing;

/// <summary>
/// The security events of editors' accounts, as named properties under one logger category
/// (<see cref="Category"/>) that operators can route to a sink of its own. Never a password or a cookie.
/// </summary>
public sealed partial class AccountAudit(ILoggerFactory loggers)
{
    public const string Category = "KdramaMoments.Audit";

    private readonly ILogger logger = loggers.CreateLogger(Category);

    [LoggerMessage(EventId = 1001, Level = LogLevel.Information, Message = "Sign-in succeeded: {Account} ({UserId}) from {ClientAddress}")]
    public partial void SignedIn(string account, string userId, System.Net.IPAddress? clientAddress);

    [LoggerMessage(EventId = 1002, Level = LogLevel.Warning, Message = "Sign-in failed: {Account} from {ClientAddress}, {Reason}")]
    public partial void SignInFailed(string account, System.Net.IPAddress? clientAddress, string reason);

    [LoggerMessage(EventId = 1003, Level = LogLevel.Warning, Message = "Account locked out: {Account} until {LockoutEnd:u}, after a failure from {ClientAddress}")]
    public partial void LockedOut(string account, DateTimeOffset? lockoutEnd, System.Net.IPAddress? clientAddress);

    [LoggerMessage(EventId = 1004, Level = LogLevel.Information, Message = "Signed out: {Account} ({UserId}) from {ClientAddress}")]
    public partial void SignedOut(string account, string userId, System.Net.IPAddress? clientAddress);

    [LoggerMessage(EventId = 1005, Level = LogLevel.Warning, Message = "Rate limit ({Limit}) refused {Method} {Path} from {ClientAddress} for {Account}")]
    public partial void RateLimited(string limit, string method, string path, System.Net.IPAddress? clientAddress, string? account);
}
