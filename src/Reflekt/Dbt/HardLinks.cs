using System.Runtime.InteropServices;

namespace Reflekt.Dbt;

/// <summary>Hard links for unchanged package files (POSIX <c>link(2)</c>); any failure just means "write it".</summary>
internal static class HardLinks
{
    /// <summary>Links <paramref name="link"/> to <paramref name="existing"/> when that file holds exactly <paramref name="bytes"/>.</summary>
    public static bool TryLinkIfEqual(string existing, string link, byte[] bytes)
    {
        if (OperatingSystem.IsWindows())
        {
            return false;
        }

        try
        {
            var info = new FileInfo(existing);
            if (!info.Exists || info.Length != bytes.Length || !File.ReadAllBytes(existing).AsSpan().SequenceEqual(bytes))
            {
                return false;
            }
        }
        catch (IOException)
        {
            return false;
        }
        catch (UnauthorizedAccessException)
        {
            return false;
        }

        return Link(existing, link) == 0;
    }

    // DllImport rather than LibraryImport: the latter needs unsafe code enabled for the whole library.
    [DllImport("libc", EntryPoint = "link", SetLastError = true, CharSet = CharSet.Ansi, BestFitMapping = false)]
    private static extern int Link(string existing, string link);
}
