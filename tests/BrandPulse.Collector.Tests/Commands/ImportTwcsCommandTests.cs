using System.Text.Json;
using Dapper;
using Microsoft.Data.Sqlite;

namespace BrandPulse.Collector.Tests.Commands;

public sealed class ImportTwcsCommandTests
{
    private static readonly string s_sample = Path.Combine(Testing.RepoPaths.Root, "data", "twcs_kaggle_sample.csv");

    [Fact]
    public void Importing_the_sample_twice_adds_nothing_the_second_time()
    {
        using var run = new CollectorRun();

        var first = run.Run("import", "twcs", s_sample, "--db", run.Db);
        var second = run.Run("import", "twcs", s_sample, "--db", run.Db);

        Assert.Equal(0, first.Exit);
        Assert.Matches(@"accepted\s+24", first.Out);
        Assert.Equal(0, second.Exit);
        Assert.Matches(@"accepted\s+0", second.Out);
        Assert.Matches(@"duplicate\s+24", second.Out);
        using var c = new SqliteConnection($"Data Source={run.Db}");
        c.Open();
        Assert.Equal(24, c.ExecuteScalar<long>("SELECT count(*) FROM complaint;"));
        Assert.Equal(2, c.ExecuteScalar<long>("SELECT count(*) FROM import_run;"));
    }

    [Fact]
    public void A_malformed_row_is_reported_with_its_line_the_rest_imports_and_the_exit_code_is_2()
    {
        // Given the sample with a broken date in the complaint tweet on line 14 (tweet 119250)
        using var run = new CollectorRun();
        string[] lines = File.ReadAllText(s_sample).Split("\r\n");
        int index = Array.FindIndex(lines, l => l.StartsWith("119250,", StringComparison.Ordinal));
        lines[index] = lines[index].Replace("Wed Oct 11 05:33:17 +0000 2017", "Wed Oct 99 05:33:17 +0000 2017", StringComparison.Ordinal);
        string file = run.File("broken.csv", string.Join("\r\n", lines));

        // When it is imported with a report
        var r = run.Run("import", "twcs", file, "--db", run.Db, "--report", Path.Combine(run.Dir, "report.json"));

        // Then the row is named on stderr and in the report, and the other complaints are stored
        Assert.Equal(2, r.Exit);
        Assert.Contains($"broken.csv:{index + 1}:created_at", r.Err);
        using JsonDocument report = JsonDocument.Parse(File.ReadAllText(Path.Combine(run.Dir, "report.json")));
        JsonElement issue = report.RootElement.GetProperty("issues").EnumerateArray().First(i => i.GetProperty("kind").GetString() == "rejected");
        Assert.Equal(index + 1, issue.GetProperty("line").GetInt32());
        Assert.Equal("created_at", issue.GetProperty("field").GetString());
        Assert.Equal(1, report.RootElement.GetProperty("rejected").GetInt32());
        Assert.True(report.RootElement.GetProperty("accepted").GetInt32() >= 22);
    }

    [Fact]
    public void A_file_that_is_not_twcs_writes_nothing_and_exits_1()
    {
        using var run = new CollectorRun();
        string file = run.File("semicolons.csv", "tweet_id;author_id;inbound;created_at;text;response_tweet_id;in_response_to_tweet_id\r\n1;a;True;x;y;;\r\n");

        var r = run.Run("import", "twcs", file, "--db", run.Db);

        Assert.Equal(1, r.Exit);
        Assert.Contains("semicolons.csv:1", r.Err);
        using var c = new SqliteConnection($"Data Source={run.Db}");
        c.Open();
        Assert.Equal(0, c.ExecuteScalar<long>("SELECT count(*) FROM complaint;"));
    }
}
