using KdramaMoments.Web.Data;
using Microsoft.AspNetCore.Identity;
using Microsoft.EntityFrameworkCore;
using Microsoft.Extensions.Options;

namespace KdramaMoments.Web.Accounts;

public enum SignInOutcome
{
    SignedIn,
    UnknownAccount,
    WrongPassword,
    /// <summary>This attempt's failure locked the account.</summary>
    LockedOutNow,
    /// <summary>The account was already locked (or its remaining attempts were all in flight).</summary>
    LockedOut,
}

/// <summary>What a sign-in attempt came to; the user and the lock's end when there are ones, for the audit log.</summary>
public sealed record SignInAttempt(SignInOutcome Outcome, string? UserId = null, DateTimeOffset? LockoutEnd = null);

/// <summary>
/// Password sign-in whose failure count cannot be raced, and whose cost does not tell whether an account exists.
/// Identity's own counting reads the count, adds one and writes the row back, so parallel guesses overwrite each
/// other's failures. Here each attempt first claims one of the allowed attempts with a single conditional UPDATE
/// (the database serialises them, on every instance), and only then checks the password: however many guesses
/// arrive at once, at most <c>MaxFailedAccessAttempts</c> are ever compared before the lock.
/// Every answer costs one password-hash verification: an unknown or locked account is checked against a dummy hash.
/// </summary>
public sealed class PasswordSignIn(
    KdramaDbContext db,
    UserManager<EditorUser> users,
    SignInManager<EditorUser> signInManager,
    DummyPasswordHash dummy,
    IOptions<IdentityOptions> identityOptions,
    TimeProvider time)
{
    public async Task<SignInAttempt> SignInAsync(string account, string password)
    {
        var user = await users.FindByNameAsync(account);
        if (user is null)
        {
            dummy.Verify(password);
            return new(SignInOutcome.UnknownAccount);
        }
        if (!user.LockoutEnabled)
        {
            return await users.CheckPasswordAsync(user, password) ? await SignInAsync(user) : new(SignInOutcome.WrongPassword, user.Id);
        }

        // Every write below is conditional on the lockout this attempt saw: a lock set meanwhile by another attempt wins.
        var lockoutSeen = user.LockoutEnd;
        if (lockoutSeen > time.GetUtcNow() || !await ClaimAttemptAsync(user.Id, lockoutSeen))
        {
            dummy.Verify(password);
            return new(SignInOutcome.LockedOut, user.Id);
        }
        if (await users.CheckPasswordAsync(user, password))
        {
            return await ResetFailuresAsync(user.Id, lockoutSeen) ? await SignInAsync(user) : new(SignInOutcome.LockedOut, user.Id);
        }
        var lockoutEnd = time.GetUtcNow() + identityOptions.Value.Lockout.DefaultLockoutTimeSpan;
        return await LockWhenExhaustedAsync(user.Id, lockoutSeen, lockoutEnd)
            ? new(SignInOutcome.LockedOutNow, user.Id, lockoutEnd)
            : new(SignInOutcome.WrongPassword, user.Id);
    }

    private async Task<SignInAttempt> SignInAsync(EditorUser user)
    {
        await signInManager.SignInAsync(user, isPersistent: false);
        return new(SignInOutcome.SignedIn, user.Id);
    }

    private int MaxAttempts => identityOptions.Value.Lockout.MaxFailedAccessAttempts;

    // Counted before the password is compared, so a crash or a slow hash cannot give an attempt back.
    private async Task<bool> ClaimAttemptAsync(string userId, DateTimeOffset? lockoutSeen) =>
        await db.Users
            .Where(u => u.Id == userId && u.LockoutEnd == lockoutSeen && u.AccessFailedCount < MaxAttempts)
            .ExecuteUpdateAsync(set => set.SetProperty(u => u.AccessFailedCount, u => u.AccessFailedCount + 1)) == 1;

    private async Task<bool> ResetFailuresAsync(string userId, DateTimeOffset? lockoutSeen) =>
        await db.Users
            .Where(u => u.Id == userId && u.LockoutEnd == lockoutSeen)
            .ExecuteUpdateAsync(set => set.SetProperty(u => u.AccessFailedCount, 0)) == 1;

    // As Identity does: the lock starts and the count begins again from zero for when it ends.
    private async Task<bool> LockWhenExhaustedAsync(string userId, DateTimeOffset? lockoutSeen, DateTimeOffset lockoutEnd) =>
        await db.Users
            .Where(u => u.Id == userId && u.LockoutEnd == lockoutSeen && u.AccessFailedCount >= MaxAttempts)
            .ExecuteUpdateAsync(set => set
                .SetProperty(u => u.LockoutEnd, lockoutEnd)
                .SetProperty(u => u.AccessFailedCount, 0)) == 1;
}

/// <summary>A hash of a random password with the same cost as editors' hashes, verified when there is no real one to verify.</summary>
public sealed class DummyPasswordHash
{
    private static readonly EditorUser Nobody = new();
    private readonly PasswordHasher<EditorUser> hasher;
    private readonly Lazy<string> hash;

    public DummyPasswordHash(IOptions<PasswordHasherOptions> options)
    {
        hasher = new PasswordHasher<EditorUser>(options);
        hash = new Lazy<string>(() => hasher.HashPassword(Nobody, Guid.NewGuid().ToString("N")));
    }

    public void Verify(string password) => hasher.VerifyHashedPassword(Nobody, hash.Value, password);
}
