using System.ComponentModel.DataAnnotations;
using System.Net;
using KdramaMoments.Web.Accounts;
using KdramaMoments.Web.Auditing;
using Microsoft.AspNetCore.Mvc;
using Microsoft.AspNetCore.Mvc.RazorPages;
using Microsoft.AspNetCore.RateLimiting;

namespace KdramaMoments.Web.Pages.Account;

[EnableRateLimiting(AccountServiceCollectionExtensions.SignInRateLimit)]
public sealed class SignInModel(PasswordSignIn passwordSignIn, AccountSignInLimiter accountLimiter, AccountAudit audit) : PageModel
{
    // One answer for an unknown address, a wrong password and a locked account: none tells which.
    public const string Failure = "That email and password do not match an editor's account, or the account is locked for a while after repeated failures.";

    public const string NeedsHttps = "Signing in needs a secure connection: open this page with https:// (or on localhost). Over plain http your browser would drop the sign-in cookie and send you back here.";

    [BindProperty] public SignInInput Input { get; set; } = new();

    [BindProperty(SupportsGet = true)] public string? ReturnUrl { get; set; }

    /// <summary>The session cookie is Secure: browsers keep it only over HTTPS, or on localhost for development.</summary>
    public bool CookieWouldBeDropped => !Request.IsHttps && !IsLoopback(Request.Host.Host);

    public void OnGet()
    {
    }

    public async Task<IActionResult> OnPostAsync()
    {
        if (CookieWouldBeDropped)
        {
            ModelState.AddModelError(string.Empty, NeedsHttps);
            return Page();
        }
        if (!ModelState.IsValid)
        {
            return Page();
        }
        var account = Input.Email.Trim();
        var clientAddress = HttpContext.Connection.RemoteIpAddress;
        if (accountLimiter.TryAttempt(account) is { } retryAfter)
        {
            audit.RateLimited("account", Request.Method, Request.Path, clientAddress, account);
            Response.Headers.RetryAfter = ((int)Math.Ceiling(retryAfter.TotalSeconds)).ToString(System.Globalization.CultureInfo.InvariantCulture);
            return StatusCode(StatusCodes.Status429TooManyRequests);
        }

        var attempt = await passwordSignIn.SignInAsync(account, Input.Password);
        Audit(account, clientAddress, attempt);
        if (attempt.Outcome != SignInOutcome.SignedIn)
        {
            ModelState.AddModelError(string.Empty, Failure);
            return Page();
        }
        return LocalRedirect(Url.IsLocalUrl(ReturnUrl) && ReturnUrl!.StartsWith("/admin", StringComparison.OrdinalIgnoreCase) ? ReturnUrl : "/admin");
    }

    private void Audit(string account, System.Net.IPAddress? clientAddress, SignInAttempt attempt)
    {
        if (attempt.Outcome == SignInOutcome.SignedIn)
        {
            audit.SignedIn(account, attempt.UserId!, clientAddress);
            return;
        }
        audit.SignInFailed(account, clientAddress, attempt.Outcome.ToString());
        if (attempt.Outcome == SignInOutcome.LockedOutNow)
        {
            audit.LockedOut(account, attempt.LockoutEnd, clientAddress);
        }
    }

    private static bool IsLoopback(string host) =>
        host.Equals("localhost", StringComparison.OrdinalIgnoreCase) || (IPAddress.TryParse(host.Trim('[', ']'), out var address) && IPAddress.IsLoopback(address));

    public sealed class SignInInput
    {
        [Required(ErrorMessage = "Enter your email address.")]
        [EmailAddress(ErrorMessage = "Enter an email address like name@example.com.")]
        [Display(Name = "Email")]
        public string Email { get; set; } = "";

        [Required(ErrorMessage = "Enter your password.")]
        [DataType(DataType.Password)]
        [Display(Name = "Password")]
        public string Password { get; set; } = "";
    }
}
