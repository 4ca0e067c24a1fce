using System.Threading.RateLimiting;

namespace KdramaMoments.Web.Accounts;

/// <summary>
/// Sign-in posts per account, beside the per-address limit: guesses spread over many addresses still meet one
/// limit. Keyed by the account as typed (normalised), known or not, so a refusal says nothing about whether it exists.
/// <c>Accounts:SignInAttemptsPerAccountPerMinute</c> sets the figure.
/// </summary>
public sealed class AccountSignInLimiter(IConfiguration configuration) : IDisposable
{
    private readonly PartitionedRateLimiter<string> limiter = PartitionedRateLimiter.Create<string, string>(account =>
        RateLimitPartition.GetFixedWindowLimiter(account, _ => new FixedWindowRateLimiterOptions
        {
            PermitLimit = configuration.GetValue("Accounts:SignInAttemptsPerAccountPerMinute", 10),
            Window = TimeSpan.FromMinutes(1),
            QueueLimit = 0,
        }));

    /// <summary>Takes one attempt for the account; null when allowed, else how long to wait.</summary>
    public TimeSpan? TryAttempt(string account)
    {
        using var lease = limiter.AttemptAcquire(account.Trim().ToUpperInvariant());
        return lease.IsAcquired ? null : lease.TryGetMetadata(MetadataName.RetryAfter, out var retryAfter) ? retryAfter : TimeSpan.FromMinutes(1);
    }

    public void Dispose() => limiter.Dispose();
}
