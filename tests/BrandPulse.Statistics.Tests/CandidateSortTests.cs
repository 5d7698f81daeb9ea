namespace BrandPulse.Statistics.Tests;

/// <summary>The sort the rank intervals use (<see cref="CandidateSort"/>): ascending values, each still with its candidate.</summary>
public sealed class CandidateSortTests
{
    public static TheoryData<string, double[]> Inputs()
    {
        var random = new Random(7);
        var data = new TheoryData<string, double[]>
        {
            { "empty", [] },
            { "one", [3] },
            { "two descending", [2, 1] },
            { "all equal", [.. Enumerable.Repeat(4.5, 100)] },
            { "ascending", [.. Enumerable.Range(0, 300).Select(i => (double)i)] },
            { "descending", [.. Enumerable.Range(0, 300).Select(i => 300.0 - i)] },
            { "organ pipe", [.. Enumerable.Range(0, 301).Select(i => (double)Math.Min(i, 300 - i))] },
            { "medians with ties", [.. Enumerable.Range(0, 1000).Select(_ => Math.Round(random.NextDouble() * 30, 1))] },
            { "infinities", [.. Enumerable.Range(0, 200).Select(i => i % 7 == 0 ? double.PositiveInfinity : random.NextDouble())] },
            { "seventeen", [.. Enumerable.Range(0, 17).Select(_ => random.NextDouble())] },
        };
        return data;
    }

    [Theory]
    [MemberData(nameof(Inputs))]
    public void Values_come_out_ascending_each_with_its_candidate(string name, double[] values)
    {
        double[] keys = [.. values];
        int[] items = [.. Enumerable.Range(0, values.Length)];

        CandidateSort.Sort(keys, items);

        Assert.Equal(values.Order(), keys);
        Assert.Equal(Enumerable.Range(0, values.Length), items.Order());
        Assert.All(Enumerable.Range(0, values.Length), i => Assert.Equal(values[items[i]], keys[i]));
        Assert.NotNull(name);
    }
}
