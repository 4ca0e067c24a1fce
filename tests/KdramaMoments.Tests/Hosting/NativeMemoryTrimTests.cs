using System.Runtime.InteropServices;
using KdramaMoments.Web.Hosting;

namespace KdramaMoments.Tests.Hosting;

/// <summary>The site's trim of freed native memory finds glibc's <c>malloc_trim</c> where the site runs (Linux, as the Docker image).</summary>
public sealed class NativeMemoryTrimTests
{
    [Fact]
    public void OnLinux_TrimsAfterNativeMemoryWasFreed()
    {
        if (!OperatingSystem.IsLinux())
        {
            Assert.False(NativeMemoryTrim.TryTrim());
            return;
        }
        // Freed blocks of the kind an arena keeps (below glibc's 128 KiB mmap threshold), then the trim.
        var blocks = Enumerable.Range(0, 256).Select(_ => Marshal.AllocHGlobal(64 * 1024)).ToList();
        blocks.ForEach(Marshal.FreeHGlobal);
        Assert.True(NativeMemoryTrim.TryTrim());
    }
}
