using System.Security.Cryptography;
using System.Text;
using BrandPulse.Reliability.Tests.Infrastructure;
using BrandPulse.Testing.Fuzz;
using BrandPulse.Testing.Scan;

namespace BrandPulse.Reliability.Tests;

/// <summary>
/// Invariant 6 (PRV-01, PRV-02, PRV-06, IMP-17): a canary API token and canary personal data appear nowhere in
/// logs, errors, reports, the database (token, handles, texts), the site or downloads; pseudonyms are keyed.
/// </summary>
public sealed class LeakTests
{
    private static byte[] CanaryExport()
    {
        var file = new TwcsFile();
        for (int i = 0; i < 12; i++)
        {
            file.Conversation(i, text: $"@AcmeHelp {Canaries.Text} my phone is broken", customer: i % 2 == 0 ? Canaries.Handle : Canaries.UserId);
        }

        // A bad record carrying both canaries (IMP-17): its error names the line and field, not the person or the text
        file.Row(TwcsFile.Id(999), Canaries.Handle, "True", "yesterday", $"@AcmeHelp {Canaries.Text}", "", "");
        return file.Bytes();
    }

    [Fact]
    public async Task Issue_PRV01_IMP17_personal_canaries_reach_no_output_log_report_or_database()
    {
        // Given an export whose complainants and texts are canaries, one record of them bad
        using var ws = new Workspace();
        string file = ws.Write("export.csv", CanaryExport());

        // When it is imported with a report and the site is built
        ProcessResult import = await ChildProcess.CollectAsync(Workspace.Env(), "import", "twcs", file, "--db", ws.Db, "--report", ws.File("report.json"));
        Assert.True(import.ExitCode == 2, import.ToString());
        Assert.Contains("export.csv:26:created_at", import.Stderr);
        ProcessResult build = await ChildProcess.BuildAsync(Workspace.Env(), PublishCrashTests.BuildArgs(ws.Db, ws.File("site")));
        Assert.True(build.ExitCode == 0, build.ToString());

        // Then no canary is in the console output, the report, the database or the site
        string report = File.ReadAllText(ws.File("report.json"));
        Assert.Contains("\"line\": 26", report);
        foreach (string canary in Canaries.Personal)
        {
            Assert.DoesNotContain(canary, import.Output + build.Output + report, StringComparison.OrdinalIgnoreCase);
            Assert.DoesNotContain(canary, DbCheck.FullDump(ws.Db), StringComparison.OrdinalIgnoreCase);
        }

        IReadOnlyList<ScanFinding> findings = SiteScanner.Scan(ws.File("site"), [.. Canaries.Personal, Workspace.PseudonymKey]);
        Assert.DoesNotContain(findings, f => f.Rule == "canary");
    }

    [Fact]
    public async Task Issue_PRV02_pseudonyms_are_keyed_hmacs_no_plain_hash_and_rotating_the_key_changes_them_all()
    {
        // Given the same export imported under two keys
        using var ws = new Workspace();
        string file = ws.Write("export.csv", CanaryExport());
        await ChildProcess.CollectAsync(Workspace.Env(), "import", "twcs", file, "--db", ws.Db);
        string other = ws.File("other/brandpulse.db");
        await ChildProcess.CollectAsync(Workspace.Env(("BRANDPULSE_PSEUDONYM_KEY", "another-key")), "import", "twcs", file, "--db", other);
        string dump = DbCheck.FullDump(ws.Db);

        // Then no unkeyed hash of any spelling of the handle is stored, nor the key
        foreach (string handle in new[] { Canaries.Handle, "@" + Canaries.Handle, Canaries.Handle.ToUpperInvariant(), Canaries.UserId })
        {
            byte[] bytes = Encoding.UTF8.GetBytes(handle);
            foreach (byte[] hash in new[] { MD5.HashData(bytes), SHA1.HashData(bytes), SHA256.HashData(bytes) })
            {
                foreach (string form in new[] { Convert.ToHexStringLower(hash), Convert.ToBase64String(hash) })
                {
                    Assert.DoesNotContain(form[..16], dump, StringComparison.OrdinalIgnoreCase);
                }
            }
        }

        Assert.DoesNotContain(Workspace.PseudonymKey, dump);

        // and every pseudonym changes with the key
        HashSet<string> a = Pseudonyms(ws.Db), b = Pseudonyms(other);
        Assert.Equal(2, a.Count);
        Assert.Empty(a.Intersect(b));
    }

    [Theory]
    [InlineData(401)]
    [InlineData(403)]
    [InlineData(500)]
    public async Task Issue_PRV06_API09_the_token_is_in_no_output_even_when_the_api_echoes_it(int status)
    {
        // Given a brand to collect for and an API that echoes the Authorization header in every answer
        if (status >= 500 && !FaultIterations.Full)
        {
            return; // retries with back-off take ~17 s: in scripts/reliability.sh only
        }

        using var ws = new Workspace();
        ProcessResult add = await ChildProcess.CollectAsync(Workspace.Env(), "brands", "add", "--name", "Acme", "--industry", "Retail", "--account", "twitter:AcmeHelp", "--db", ws.Db);
        Assert.True(add.ExitCode == 0, add.ToString());
        using var api = new EchoApi(status);

        // When the collector runs with the canary token
        ProcessResult r = await ChildProcess.CollectAsync(
            Workspace.Env(("BRANDPULSE_X_BEARER_TOKEN", Canaries.Secret), ("BRANDPULSE_NOW", "2024-05-02T12:00:00Z")),
            "fetch", "x", "--db", ws.Db, "--base-url", api.BaseUrl, "--timeout", "2", "--max-wait", "1");

        // Then it fails with a documented code and one line, and the token (raw, base64, URL-encoded) is nowhere
        Assert.True(r.ExitCode is 1 or 75, r.ToString());
        Assert.DoesNotContain("Unhandled exception", r.Output);
        string[] forms = [Canaries.Secret, Convert.ToBase64String(Encoding.UTF8.GetBytes(Canaries.Secret)), Uri.EscapeDataString(Canaries.Secret), "5c1d9e7a"];
        foreach (string form in forms)
        {
            Assert.DoesNotContain(form, r.Output);
            Assert.DoesNotContain(form, DbCheck.FullDump(ws.Db));
        }
    }

    private static HashSet<string> Pseudonyms(string db) =>
        [.. DbCheck.FullDump(db).Split('\n').Where(l => l.StartsWith("complaint: ", StringComparison.Ordinal))
            .Select(l => l.Split('|')[9])];
}
