using Microsoft.AspNetCore.Identity;

namespace KdramaMoments.Web.Accounts;

/// <summary>
/// Length over composition (NIST SP 800-63B): no "one digit, one symbol" rules, but a password found
/// in a list of common passwords is refused. The list is a file (Debian's john-data ships one).
/// </summary>
public sealed class CommonPasswordValidator(CommonPasswords passwords) : IPasswordValidator<EditorUser>
{
    public Task<IdentityResult> ValidateAsync(UserManager<EditorUser> manager, EditorUser user, string? password) =>
        Task.FromResult(password is not null && passwords.Contains(password)
            ? IdentityResult.Failed(new IdentityError { Code = "CommonPassword", Description = "This password is on a list of common passwords; choose another." })
            : IdentityResult.Success);
}

/// <summary>The common-password list, read once. <c>Accounts:CommonPasswordsPath</c> names the file.</summary>
public sealed partial class CommonPasswords
{
    public const string DefaultPath = "/usr/share/john/password.lst";

    // Used only when the list file is missing, so that the very commonest are refused anyway.
    private static readonly string[] Fallback =
    [
        "123456789012", "password1234", "passwordpassword", "qwertyuiopas", "111111111111", "iloveyou1234", "123456123456", "abcdefghijkl",
    ];

    private readonly HashSet<string> list;

    public CommonPasswords(IConfiguration configuration, ILogger<CommonPasswords> logger)
    {
        var path = configuration["Accounts:CommonPasswordsPath"] ?? DefaultPath;
        if (File.Exists(path))
        {
            // john's list starts with "#!comment:" lines.
            list = new HashSet<string>(File.ReadLines(path).Where(l => !l.StartsWith("#!comment", StringComparison.Ordinal) && l.Length > 0), StringComparer.OrdinalIgnoreCase);
            Log.Loaded(logger, list.Count, path);
        }
        else
        {
            list = new HashSet<string>(Fallback, StringComparer.OrdinalIgnoreCase);
            Log.Missing(logger, path);
        }
    }

    public int Count => list.Count;

    public bool Contains(string password) => list.Contains(password);

    private static partial class Log
    {
        [LoggerMessage(Level = LogLevel.Information, Message = "Common-password list: {Count} entries from {Path}")]
        public static partial void Loaded(ILogger logger, int count, string path);

        [LoggerMessage(Level = LogLevel.Warning, Message = "Common-password list {Path} not found; only a short built-in list is refused (install john-data or set Accounts:CommonPasswordsPath)")]
        public static partial void Missing(ILogger logger, string path);
    }
}
