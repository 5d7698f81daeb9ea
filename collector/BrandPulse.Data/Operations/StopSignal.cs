using System.Runtime.InteropServices;

namespace BrandPulse.Data.Operations;

/// <summary>
/// SIGINT and SIGTERM as a request to stop at the next clean point, process-wide (signals are). The programs call
/// <see cref="Listen"/> once; long work checks <see cref="ThrowIfRequested"/> where stopping loses nothing committed:
/// an import between rows (its one transaction then rolls back), a fetch between pages, a build between stages.
/// The process then exits 130 (SIGINT) or 143 (SIGTERM), as a shell reports a process killed by them. A second signal
/// is not intercepted: it ends the process at once (SQLite's journal keeps the database whole even then).
/// </summary>
public static class StopSignal
{
    /// <summary>Exit code after SIGINT (128 + 2).</summary>
    public const int InterruptExitCode = 130;

    /// <summary>Exit code after SIGTERM (128 + 15).</summary>
    public const int TerminateExitCode = 143;

    private static readonly CancellationTokenSource s_source = new();
    private static int s_exitCode;

    /// <summary>Cancelled when a stop was requested (for waits and HTTP requests).</summary>
    public static CancellationToken Token => s_source.Token;

    /// <summary>True once SIGINT or SIGTERM arrived.</summary>
    public static bool Requested => Volatile.Read(ref s_exitCode) != 0;

    /// <summary>130 or 143 once a stop was requested, else 0.</summary>
    public static int ExitCode => Volatile.Read(ref s_exitCode);

    /// <summary>The signal's name, for messages.</summary>
    public static string Name => ExitCode == InterruptExitCode ? "SIGINT" : "SIGTERM";

    /// <summary>Starts listening for SIGINT and SIGTERM until the returned object is disposed.</summary>
    public static IDisposable Listen() => new Registrations(
        PosixSignalRegistration.Create(PosixSignal.SIGINT, c => Handle(c, InterruptExitCode)),
        PosixSignalRegistration.Create(PosixSignal.SIGTERM, c => Handle(c, TerminateExitCode)));

    /// <summary>Records a stop request as if the signal with this exit code had arrived (the handler, and tests).</summary>
    public static bool Request(int exitCode)
    {
        if (Interlocked.CompareExchange(ref s_exitCode, exitCode, 0) != 0)
        {
            return false;
        }

        s_source.Cancel();
        return true;
    }

    /// <summary>Throws <see cref="StoppedBySignalException"/> saying <paramref name="outcome"/> when a stop was requested.</summary>
    public static void ThrowIfRequested(Func<string> outcome)
    {
        if (Requested)
        {
            throw new StoppedBySignalException(ExitCode, $"interrupted by {Name}: {outcome()}");
        }
    }

    private static void Handle(PosixSignalContext context, int exitCode) =>
        context.Cancel = Request(exitCode); // the first one waits for a clean point; a second one ends the process

    private sealed class Registrations(params PosixSignalRegistration[] registrations) : IDisposable
    {
        public void Dispose()
        {
            foreach (PosixSignalRegistration r in registrations)
            {
                r.Dispose();
            }
        }
    }
}
