using KdramaMoments.Web.Accounts;
using KdramaMoments.Web.Auditing;
using Microsoft.AspNetCore.Authorization;
using Microsoft.AspNetCore.Identity;
using Microsoft.AspNetCore.Mvc;
using Microsoft.AspNetCore.Mvc.RazorPages;

namespace KdramaMoments.Web.Pages.Account;

/// <summary>Sign-out is a POST (a link or image cannot sign anyone out) and ends the session everywhere.</summary>
[Authorize]
public sealed class SignOutModel(SignInManager<EditorUser> signInManager, UserManager<EditorUser> userManager, AccountAudit audit) : PageModel
{
    public IActionResult OnGet() => RedirectToPage("/Admin/Index");

    public async Task<IActionResult> OnPostAsync()
    {
        var user = await userManager.GetUserAsync(User);
        if (user is not null)
        {
            // A new security stamp makes every copy of the old cookie fail its next check.
            await userManager.UpdateSecurityStampAsync(user);
            audit.SignedOut(user.UserName ?? "", user.Id, HttpContext.Connection.RemoteIpAddress);
        }
        await signInManager.SignOutAsync();
        return Redirect("/account/sign-in?signedOut=1");
    }
}
