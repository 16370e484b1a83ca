using System.Runtime.InteropServices;
using System.Text;
using Microsoft.Win32.SafeHandles;

namespace Reflekt.Cli;

/// <summary>
/// Standard output and error written as plain file descriptors when they are a terminal. On Unix the first write
/// through <see cref="Console.Out"/> (or a query such as <see cref="Console.WindowWidth"/>) sets the terminal up and
/// writes its keypad-mode escape codes (<c>ESC[?1h ESC=</c>) — even under --no-color and NO_COLOR, which promise no
/// escape codes at all. Redirected output keeps the console's own streams (they ignore a closed pipe, as
/// <c>reflekt lint | head -1</c> needs).
/// </summary>
internal static class TerminalOutput
{
    private const int StandardOutput = 1;
    private const int StandardError = 2;

    public static TextWriter Out => Console.IsOutputRedirected || !IsUnix ? Console.Out : Open(StandardOutput);

    public static TextWriter Error => Console.IsErrorRedirected || !IsUnix ? Console.Error : Open(StandardError);

    // Where the console sets the terminal up on first write (and where descriptors 1 and 2 are plain file descriptors).
    private static bool IsUnix => OperatingSystem.IsLinux() || OperatingSystem.IsMacOS();

    /// <summary>
    /// The terminal's size in columns and rows, asked of the terminal itself (else COLUMNS/LINES, else 80×24, for a
    /// pseudo-terminal that reports no size); null when output is not a terminal. Asked here so that Spectre never
    /// asks the console, which would set the terminal up.
    /// </summary>
    public static (int Columns, int Rows)? Size()
    {
        if (Console.IsOutputRedirected)
        {
            return null;
        }

        // TIOCGWINSZ differs per kernel.
        ulong request = OperatingSystem.IsLinux() ? 0x5413UL : OperatingSystem.IsMacOS() ? 0x40087468UL : 0;
        if (request != 0 && NativeMethods.ioctl(StandardOutput, request, out var size) == 0 && size.Columns > 0)
        {
            return (size.Columns, size.Rows > 0 ? size.Rows : DefaultRows);
        }

        return int.TryParse(Environment.GetEnvironmentVariable("COLUMNS"), out var columns) && columns > 0
            ? (columns, int.TryParse(Environment.GetEnvironmentVariable("LINES"), out var rows) && rows > 0 ? rows : DefaultRows)
            : (DefaultColumns, DefaultRows);
    }

    // What terminals open with, for a pseudo-terminal that reports no size.
    private const int DefaultColumns = 80;
    private const int DefaultRows = 24;

    private static TextWriter Open(int descriptor)
    {
        var stream = new FileStream(new SafeFileHandle(descriptor, ownsHandle: false), FileAccess.Write, bufferSize: 0);
        return TextWriter.Synchronized(new StreamWriter(stream, new UTF8Encoding(encoderShouldEmitUTF8Identifier: false), bufferSize: 4096)
        {
            AutoFlush = true,
        });
    }

    [StructLayout(LayoutKind.Sequential)]
    private struct WindowSize
    {
        public ushort Rows;
        public ushort Columns;
        public ushort PixelWidth;
        public ushort PixelHeight;
    }

    private static class NativeMethods
    {
        [DllImport("libc", SetLastError = true)]
        public static extern int ioctl(int descriptor, ulong request, out WindowSize size);
    }
}
