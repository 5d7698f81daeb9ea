using System.Runtime.InteropServices;
using Microsoft.Win32.SafeHandles;

namespace BrandPulse.Generator.Publishing;

/// <summary>
/// The Linux system calls publishing relies on (hard links, in-kernel copies, an atomic exchange of two folders), each
/// with a portable fallback where the call is missing or fails.
/// </summary>
internal static partial class FileSystemCalls
{
    private const int AtFdCwd = -100;
    private const uint RenameExchange = 2;

    /// <summary>Hard-links <paramref name="existing"/> at <paramref name="newPath"/>; false where it cannot (then copy).</summary>
    public static bool TryLink(string existing, string newPath) => OperatingSystem.IsLinux() && Link(existing, newPath) == 0;

    /// <summary>A hard link where possible, else a copy.</summary>
    public static void LinkOrCopy(string from, string to)
    {
        if (!TryLink(from, to))
        {
            File.Copy(from, to);
        }
    }

    /// <summary>Swaps two folders in one atomic rename (renameat2 RENAME_EXCHANGE); false where the system cannot.</summary>
    public static bool TryExchange(string a, string b)
    {
        if (!OperatingSystem.IsLinux())
        {
            return false;
        }

        try
        {
            return RenameAt2(AtFdCwd, a, AtFdCwd, b, RenameExchange) == 0;
        }
        catch (Exception e) when (e is EntryPointNotFoundException or DllNotFoundException)
        {
            return false;
        }
    }

    /// <summary>Copies <paramref name="input"/> from <paramref name="from"/> to its end into <paramref name="output"/> at <paramref name="at"/>: in the kernel where it can.</summary>
    public static long CopyRange(SafeFileHandle input, long from, SafeFileHandle output, long at)
    {
        long length = RandomAccess.GetLength(input) - from;
        long copied = 0;
        if (OperatingSystem.IsLinux())
        {
            int fdIn = (int)input.DangerousGetHandle(), fdOut = (int)output.DangerousGetHandle();
            long inOffset = from, outOffset = at;
            while (copied < length)
            {
                nint n = CopyFileRange(fdIn, ref inOffset, fdOut, ref outOffset, (nuint)Math.Min(length - copied, 1L << 30), 0);
                if (n <= 0)
                {
                    break; // not supported here (or an error): the loop below copies the rest, or reports the error
                }

                copied += n;
            }
        }

        byte[] buffer = System.Buffers.ArrayPool<byte>.Shared.Rent(1 << 16);
        try
        {
            while (copied < length)
            {
                int n = RandomAccess.Read(input, buffer, from + copied);
                if (n == 0)
                {
                    throw new IOException("a file being copied got shorter");
                }

                RandomAccess.Write(output, buffer.AsSpan(0, n), at + copied);
                copied += n;
            }
        }
        finally
        {
            System.Buffers.ArrayPool<byte>.Shared.Return(buffer);
        }

        return copied;
    }

    [LibraryImport("libc", EntryPoint = "copy_file_range", SetLastError = true)]
    private static partial nint CopyFileRange(int fdIn, ref long offIn, int fdOut, ref long offOut, nuint length, uint flags);

    [LibraryImport("libc", EntryPoint = "link", StringMarshalling = StringMarshalling.Utf8, SetLastError = true)]
    private static partial int Link(string existing, string newPath);

    [LibraryImport("libc", EntryPoint = "renameat2", StringMarshalling = StringMarshalling.Utf8, SetLastError = true)]
    private static partial int RenameAt2(int oldDirFd, string oldPath, int newDirFd, string newPath, uint flags);
}
