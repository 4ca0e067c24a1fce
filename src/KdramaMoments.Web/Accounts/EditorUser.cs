using Microsoft.AspNetCore.Identity;

namespace KdramaMoments.Web.Accounts;

/// <summary>An editor's account. There is no self-registration: accounts come from <c>create-editor</c>.</summary>
public sealed class EditorUser : IdentityUser
{
}

public static class Roles
{
    public const string Editor = "Editor";
    public const string Admin = "Admin";

    /// <summary>The policy every /admin page requires: an editor or an admin.</summary>
    public const string EditorPolicy = "editor";
}
