using System.Runtime.InteropServices;

namespace KdramaMoments.Web.Hosting;

/// <summary>
/// Gives the native memory the process freed back to the system (glibc's <c>malloc_trim</c>) after the JIT has been at
/// work. The JIT compiles hot methods again, optimised, on a background thread while pages are served; glibc keeps what
/// those compilations freed in that thread's arena, about 12 MiB after the ratio bench's load, resident but unused
/// (README, "Page speed": RSS after the load). Checked every few seconds, trimmed only when methods were compiled since
/// the last trim, so a warm process does nothing. Not glibc (musl, Windows, macOS): it stops at the first call.
/// </summary>
public sealed partial class NativeMemoryTrim(TimeProvider time) : BackgroundService
{
    private static readonly TimeSpan CheckInterval = TimeSpan.FromSeconds(10);

    protected override async Task ExecuteAsync(CancellationToken stoppingToken)
    {
        if (!OperatingSystem.IsLinux())
        {
            return;
        }
        using var timer = new PeriodicTimer(CheckInterval, time);
        var compiledAtLastTrim = -1L;
        while (await WaitAsync(timer, stoppingToken))
        {
            var compiled = System.Runtime.JitInfo.GetCompiledMethodCount();
            if (compiled == compiledAtLastTrim)
            {
                continue;
            }
            compiledAtLastTrim = compiled;
            if (Trim() is null)
            {
                return;
            }
        }
    }

    private static async Task<bool> WaitAsync(PeriodicTimer timer, CancellationToken stoppingToken)
    {
        try
        {
            return await timer.WaitForNextTickAsync(stoppingToken);
        }
        catch (OperationCanceledException)
        {
            return false;
        }
    }

    /// <summary>
    /// Returns the free pages of every malloc arena to the system: whether any were given back, or null where there is no
    /// glibc to ask.
    /// </summary>
    public static bool? Trim()
    {
        try
        {
            return MallocTrim(0) == 1;
        }
        catch (Exception e) when (e is DllNotFoundException or EntryPointNotFoundException)
        {
            return null;
        }
    }

    // int malloc_trim(size_t pad): pad 0 keeps nothing spare at the top of the main heap.
    [LibraryImport("libc", EntryPoint = "malloc_trim")]
    private static partial int MallocTrim(nuint pad);
}
