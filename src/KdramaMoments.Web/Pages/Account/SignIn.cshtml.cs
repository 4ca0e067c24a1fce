using System.ComponentModel.DataAnnotations;
using KdramaMoments.Web.Accounts;
using Microsoft.AspNetCore.Identity;
using Microsoft.AspNetCore.Mvc;
using Microsoft.AspNetCore.Mvc.RazorPages;
using Microsoft.AspNetCore.RateLimiting;

namespace KdramaMoments.Web.Pages.Account;

[EnableRateLimiting(AccountServiceCollectionExtensions.SignInRateLimit)]
public sealed partial class SignInModel(SignInManager<EditorUser> signInManager, ILogger<SignInModel> logger) : PageModel
{
    // One answer for an unknown address, a wrong password and a locked account: none tells which.
    public const string Failure = "That email and password do not match an editor's account, or the account is locked for a while after repeated failures.";

    [BindProperty] public SignInInput Input { get; set; } = new();

    [BindProperty(SupportsGet = true)] public string? ReturnUrl { get; set; }

    public void OnGet()
    {
    }

    public async Task<IActionResult> OnPostAsync()
    {
        if (!ModelState.IsValid)
        {
            return Page();
        }
        var result = await signInManager.PasswordSignInAsync(Input.Email.Trim(), Input.Password, isPersistent: false, lockoutOnFailure: true);
        if (!result.Succeeded)
        {
            LogFailed(logger, result.IsLockedOut);
            ModelState.AddModelError(string.Empty, Failure);
            return Page();
        }
        return LocalRedirect(Url.IsLocalUrl(ReturnUrl) && ReturnUrl!.StartsWith("/admin", StringComparison.OrdinalIgnoreCase) ? ReturnUrl : "/admin");
    }

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

    [LoggerMessage(Level = LogLevel.Warning, Message = "Failed sign-in (locked out: {LockedOut})")]
    private static partial void LogFailed(ILogger logger, bool lockedOut);
}
