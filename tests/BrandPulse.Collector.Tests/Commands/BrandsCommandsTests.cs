using BrandPulse.Testing;

namespace BrandPulse.Collector.Tests.Commands;

public sealed class BrandsCommandsTests
{
    [Fact]
    public void Attaching_an_account_moves_it_with_its_complaints()
    {
        using var run = new CollectorRun();
        string twcs = Path.Combine(RepoPaths.Root, "data", "twcs_kaggle_sample.csv");
        Assert.Equal(0, run.Run("import", "twcs", twcs, "--db", run.Db).Exit);   // Tesco's account becomes brand "Tesco"
        Assert.Equal(0, run.Run("brands", "add", "--name", "Tesco PLC", "--slug", "tesco-plc", "--db", run.Db).Exit);

        var r = run.Run("brands", "attach", "tesco-plc", "twitter:Tesco", "--db", run.Db);
        var list = run.Run("brands", "list", "--db", run.Db);

        Assert.Equal(0, r.Exit);
        Assert.Matches(@"tesco-plc\s+│\s+Tesco PLC\s+│[^\n]*twitter:Tesco", list.Out);
    }
}
