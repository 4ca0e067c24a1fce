using System.Threading.RateLimiting;
using KdramaMoments.Web.Auditing;
using KdramaMoments.Web.Data;
using KdramaMoments.Web.Hosting;
using Microsoft.AspNetCore.Identity;
using Microsoft.Extensions.DependencyInjection.Extensions;

namespace KdramaMoments.Web.Accounts;

public static class AccountServiceCollectionExtensions
{
    public const string SignInRateLimit = "sign-in";

    /// <summary>Identity on the catalogue's database: editors and admins, strict cookies, slow hashes, lockout, a rate-limited sign-in.</summary>
    public static IServiceCollection AddKdramaAccounts(this IServiceCollection services, IConfiguration configuration)
    {
        services.AddSingleton<CommonPasswords>();
        services.AddSingleton<AccountAudit>();
        services.AddSingleton<AccountSignInLimiter>();
        services.AddSingleton<DummyPasswordHash>();
        services.AddScoped<PasswordSignIn>();
        services.TryAddSingleton(TimeProvider.System);
        services.AddIdentity<EditorUser, IdentityRole>(options =>
            {
                // Length, not composition; common passwords are refused by CommonPasswordValidator.
                options.Password.RequiredLength = 12;
                options.Password.RequireDigit = false;
                options.Password.RequireLowercase = false;
                options.Password.RequireUppercase = false;
                options.Password.RequireNonAlphanumeric = false;
                options.Password.RequiredUniqueChars = 1;
                options.Lockout.AllowedForNewUsers = true;
                options.Lockout.MaxFailedAccessAttempts = 5;
                options.Lockout.DefaultLockoutTimeSpan = TimeSpan.FromMinutes(15);
                options.User.RequireUniqueEmail = true;
                options.SignIn.RequireConfirmedAccount = false;
            })
            .AddEntityFrameworkStores<KdramaDbContext>()
            .AddPasswordValidator<CommonPasswordValidator>()
            .AddDefaultTokenProviders();
        // PBKDF2 (HMAC-SHA512) iterations above OWASP's 210,000.
        services.Configure<PasswordHasherOptions>(options => options.IterationCount = 220_000);
        // The security stamp is checked on every request, so signing out (which changes it) kills copies of the cookie.
        services.Configure<SecurityStampValidatorOptions>(options => options.ValidationInterval = TimeSpan.Zero);
        services.ConfigureApplicationCookie(options =>
        {
            options.Cookie.Name = HostPrefixedCookies.Session;
            options.Cookie.HttpOnly = true;
            options.Cookie.SecurePolicy = CookieSecurePolicy.Always;
            options.Cookie.SameSite = SameSiteMode.Strict;
            options.ExpireTimeSpan = TimeSpan.FromMinutes(30);
            options.SlidingExpiration = true;
            options.LoginPath = "/account/sign-in";
            options.LogoutPath = "/account/sign-out";
            options.AccessDeniedPath = "/account/denied";
            options.ReturnUrlParameter = "returnUrl";
        });
        services.AddAuthorizationBuilder()
            .AddPolicy(Roles.EditorPolicy, policy => policy.RequireRole(Roles.Editor, Roles.Admin));

        var permits = configuration.GetValue("Accounts:SignInAttemptsPerMinute", 10);
        services.AddRateLimiter(options =>
        {
            options.RejectionStatusCode = StatusCodes.Status429TooManyRequests;
            options.OnRejected = (context, _) =>
            {
                var request = context.HttpContext.Request;
                context.HttpContext.RequestServices.GetRequiredService<AccountAudit>()
                    .RateLimited("address", request.Method, request.Path, context.HttpContext.Connection.RemoteIpAddress, account: null);
                if (context.Lease.TryGetMetadata(MetadataName.RetryAfter, out var retryAfter))
                {
                    context.HttpContext.Response.Headers.RetryAfter = ((int)Math.Ceiling(retryAfter.TotalSeconds)).ToString(System.Globalization.CultureInfo.InvariantCulture);
                }
                return ValueTask.CompletedTask;
            };
            // Sign-in posts per client address; reading the form is never limited.
            options.AddPolicy(SignInRateLimit, context => HttpMethods.IsPost(context.Request.Method)
                ? RateLimitPartition.GetFixedWindowLimiter(context.Connection.RemoteIpAddress?.ToString() ?? "unknown", _ => new FixedWindowRateLimiterOptions
                {
                    PermitLimit = permits,
                    Window = TimeSpan.FromMinutes(1),
                    QueueLimit = 0,
                })
                : RateLimitPartition.GetNoLimiter("read"));
        });
        return services;
    }
}
