namespace KdramaMoments.Web.Hosting;

/// <summary>
/// Two folders with two jobs. The content root holds the app's own files (appsettings*.json, wwwroot): it is the
/// app's folder, wherever the process is started from. ASP.NET Core's default is the working directory, so
/// <c>dotnet run --project src/KdramaMoments.Web</c> from the repository root read no appsettings at all (no
/// logging, every setting there ignored). Data the reader names (the SQLite file, the seeds folder, command-line
/// paths) stays relative to the working directory, where the reader expects it.
/// </summary>
public static class AppFolders
{
    /// <summary>The app's own folder when the build put its appsettings.json there; null when a content root was given (<c>--contentRoot</c>, <c>ASPNETCORE_CONTENTROOT</c>), which then wins.</summary>
    public static string? ContentRoot(IReadOnlyList<string> args)
    {
        var given = args.Any(a => a.TrimStart('-', '/').StartsWith("contentRoot", StringComparison.OrdinalIgnoreCase))
            || !string.IsNullOrEmpty(Environment.GetEnvironmentVariable("ASPNETCORE_CONTENTROOT"))
            || !string.IsNullOrEmpty(Environment.GetEnvironmentVariable("DOTNET_CONTENTROOT"));
        return !given && File.Exists(Path.Combine(AppContext.BaseDirectory, "appsettings.json")) ? AppContext.BaseDirectory : null;
    }

    /// <summary>Where relative data paths are read from: the folder the app was started in.</summary>
    public static string WorkingDirectory => Directory.GetCurrentDirectory();
}
