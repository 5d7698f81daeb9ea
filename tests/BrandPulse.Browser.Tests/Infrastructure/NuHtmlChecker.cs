using System.Diagnostics;
using System.Text.Json;

namespace BrandPulse.Browser.Tests.Infrastructure;

/// <summary>
/// The W3C Nu HTML Checker (vnu.jar from the npm package vnu-jar, pinned in tests/tools/package.json), run on Java.
/// ./test.sh installs both: Java from Debian's default-jre-headless, the jar with npm into tests/tools/node_modules.
/// </summary>
public static class NuHtmlChecker
{
    public static string JarPath { get; } = RepoRoot.Combine("tests", "tools", "node_modules", "vnu-jar", "build", "dist", "vnu.jar");

    private static readonly TimeSpan s_timeout = TimeSpan.FromMinutes(3);

    /// <summary>Every error in the HTML files under <paramref name="dir"/>; pages are given relative to it.</summary>
    public static async Task<IReadOnlyList<NuMessage>> ErrorsAsync(string dir)
    {
        if (!File.Exists(JarPath))
        {
            throw new InvalidOperationException(
                $"The Nu HTML Checker is not installed at {JarPath}: run ./test.sh once (it installs vnu-jar with npm from tests/tools/package.json).");
        }

        string java = FindJava() ?? throw new InvalidOperationException(
            "No java on the PATH for the Nu HTML Checker: run ./test.sh once (it installs Debian's default-jre-headless).");
        var start = new ProcessStartInfo(java)
        {
            RedirectStandardOutput = true,
            RedirectStandardError = true,
            UseShellExecute = false,
        };
        foreach (string arg in new[] { "-Xss1m", "-jar", JarPath, "--errors-only", "--format", "json", "--skip-non-html", dir })
        {
            start.ArgumentList.Add(arg);
        }

        using var process = Process.Start(start) ?? throw new InvalidOperationException($"could not start {java}");
        Task<string> stdout = process.StandardOutput.ReadToEndAsync();
        Task<string> stderr = process.StandardError.ReadToEndAsync();
        using var timeout = new CancellationTokenSource(s_timeout);
        try
        {
            await process.WaitForExitAsync(timeout.Token);
        }
        catch (OperationCanceledException)
        {
            process.Kill(entireProcessTree: true);
            throw new TimeoutException($"the Nu HTML Checker did not finish within {s_timeout}");
        }

        // vnu writes its JSON report to stderr; exit code 1 means it found errors.
        string report = (await stderr).Trim();
        if (!report.StartsWith('{'))
        {
            throw new InvalidOperationException($"the Nu HTML Checker exited {process.ExitCode} without a report:\n{report}\n{await stdout}");
        }

        using JsonDocument json = JsonDocument.Parse(report);
        return json.RootElement.GetProperty("messages").EnumerateArray()
            .Select(m => new NuMessage(
                Text(m, "type"),
                PageOf(dir, Text(m, "url")),
                m.TryGetProperty("lastLine", out JsonElement line) ? line.GetInt32() : null,
                Text(m, "message"),
                Text(m, "extract")))
            .Where(m => m.Type != "info")
            .ToList();
    }

    /// <summary>"file:/tmp/x/site/brands/index.html" (vnu's form, which <see cref="Uri"/> refuses) as "brands/index.html".</summary>
    private static string PageOf(string dir, string url)
    {
        if (!url.StartsWith("file:", StringComparison.Ordinal))
        {
            return url.Length > 0 ? url : "(no file)";
        }

        string path = "/" + Uri.UnescapeDataString(url["file:".Length..]).TrimStart('/');
        return Path.GetRelativePath(dir, path).Replace('\\', '/');
    }

    private static string Text(JsonElement message, string name) =>
        message.TryGetProperty(name, out JsonElement value) ? value.GetString() ?? "" : "";

    private static string? FindJava()
    {
        IEnumerable<string> dirs = (Environment.GetEnvironmentVariable("PATH") ?? "").Split(Path.PathSeparator);
        if (Environment.GetEnvironmentVariable("JAVA_HOME") is { Length: > 0 } home)
        {
            dirs = dirs.Prepend(Path.Combine(home, "bin"));
        }

        return dirs.Select(d => Path.Combine(d, "java")).FirstOrDefault(File.Exists);
    }
}
