using Microsoft.AspNetCore.Identity;

namespace KdramaMoments.Web.Accounts;

/// <summary>
/// Length over composition (NIST SP 800-63B): no "one digit, one symbol" rules, but a password that is easy to guess
/// is refused. Two checks: a list of common passwords (a file; Debian's john-data ships one), and zxcvbn's estimate,
/// which at the required length is what catches guessable passwords: its bundled lists of common passwords, words and
/// names (with l33t spellings), keyboard walks (<c>qwertyuiop12</c>), repeats (<c>aaaaaaaaaaaa</c>), sequences
/// (<c>123456789012</c>), dates, and the site's and the account's own names. A few unrelated words pass.
/// </summary>
public sealed class CommonPasswordValidator(CommonPasswords passwords) : IPasswordValidator<EditorUser>
{
    // zxcvbn's scale: 3 is "safely unguessable", about 10^10 guesses, with a slow hash in front of it.
    public const int MinimumScore = 3;

    private static readonly string[] SiteWords = ["kdrama", "kdramamoments", "moments", "korean", "drama", "editor", "admin"];

    public Task<IdentityResult> ValidateAsync(UserManager<EditorUser> manager, EditorUser user, string? password)
    {
        if (password is null)
        {
            return Task.FromResult(IdentityResult.Success);
        }
        if (passwords.Contains(password))
        {
            return Task.FromResult(IdentityResult.Failed(new IdentityError { Code = "CommonPassword", Description = "This password is on a list of common passwords; choose another." }));
        }
        var score = Zxcvbn.Zxcvbn.MatchPassword(password, SiteWords.Concat(AccountWords(user))).Score;
        return Task.FromResult(score < MinimumScore
            ? IdentityResult.Failed(new IdentityError
            {
                Code = "GuessablePassword",
                Description = "This password is easy to guess (a common password, a keyboard pattern, a repeat or a sequence, or the site's or your own name); a few unrelated words make a strong one.",
            })
            : IdentityResult.Success);
    }

    // The user name and email, whole and in parts: "jane.doe@example.com" gives jane, doe, example.
    private static IEnumerable<string> AccountWords(EditorUser user) =>
        new[] { user.UserName, user.Email }
            .OfType<string>()
            .SelectMany(name => name.Split(['@', '.', '_', '-', '+'], StringSplitOptions.RemoveEmptyEntries).Prepend(name))
            .Where(word => word.Length >= 3)
            .Select(word => word.ToLowerInvariant());
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
