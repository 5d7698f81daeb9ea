using System.Security.Cryptography;
using System.Text;
using BrandPulse.Data.Registry;

namespace BrandPulse.Data.Tests.Registry;

/// <summary>Pseudonyms are the first 16 hex digits of the keyed hash of the handle as written down once.</summary>
public sealed class PseudonymizerTests
{
    [Theory]
    [InlineData("Alice")]
    [InlineData("  @@alice ")]
    [InlineData("@ALICE")]
    [InlineData("")]
    [InlineData("@")]
    [InlineData("Ünïcödé_Straße")]
    [InlineData("\t@\u00a0x")]
    [InlineData("emoji😀handle")]
    [InlineData("lone\ud800surrogate")]
    public void A_pseudonym_is_the_keyed_hash_of_the_trimmed_lower_case_handle(string handle)
    {
        Assert.Equal(Expected(handle), Pseudonymizer.ForTests().Of(handle));
    }

    [Fact]
    public void Long_handles_are_hashed_whole()
    {
        string handle = string.Concat(Enumerable.Repeat("Ab€", 400));

        Assert.Equal(Expected(handle), Pseudonymizer.ForTests().Of(handle));
        Assert.NotEqual(Pseudonymizer.ForTests().Of(handle), Pseudonymizer.ForTests().Of(handle + "x"));
    }

    [Fact]
    public void One_pseudonymizer_gives_the_same_pseudonyms_one_after_another_and_from_many_threads()
    {
        var pseudonymizer = Pseudonymizer.ForTests();
        string[] handles = [.. Enumerable.Range(0, 2000).Select(i => $"customer{i % 700}")];

        string[] parallel = new string[handles.Length];
        Parallel.For(0, handles.Length, i => parallel[i] = pseudonymizer.Of(handles[i]));

        Assert.Equal(handles.Select(Expected), handles.Select(pseudonymizer.Of));
        Assert.Equal(handles.Select(Expected), parallel);
    }

    private static string Expected(string handle) =>
        Convert.ToHexStringLower(HMACSHA256.HashData(Encoding.UTF8.GetBytes("brandpulse-test-key"),
            Encoding.UTF8.GetBytes(handle.Trim().TrimStart('@').ToLowerInvariant())))[..16];
}
