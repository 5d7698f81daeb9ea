using BrandPulse.Data.Import;

namespace BrandPulse.Data.Tests.Import;

public sealed class KeyCharsTests
{
    [Fact]
    public void Keys_read_back_across_chunk_boundaries_and_a_key_longer_than_a_chunk()
    {
        // Given 150,000 keys of 7 to 16 characters (more than one 1 M-character chunk), a key of 1.5 M characters among them
        var keys = new KeyChars();
        var kept = new List<(string Key, long At)>();
        for (int i = 0; i < 150_000; i++)
        {
            string key = i == 90_000 ? new string('x', 1_500_000) : $"ref-{i}-{new string('k', i % 10)}";
            kept.Add((key, keys.Add(key)));
        }

        // Then every key reads back as it was added
        Assert.All(kept, k => Assert.Equal(k.Key, keys.Get(k.At, k.Key.Length)));
        Assert.True(kept[^1].At > 2 << 20, "the keys did not fill more than two chunks");
    }
}
