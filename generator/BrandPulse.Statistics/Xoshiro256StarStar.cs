namespace BrandPulse.Statistics;

/// <summary>
/// xoshiro256** 1.0 (Blackman and Vigna, https://prng.di.unimi.it/xoshiro256starstar.c) seeded with
/// SplitMix64 (https://prng.di.unimi.it/splitmix64.c). Our own copy so results never depend on the
/// runtime's System.Random algorithm.
/// </summary>
internal struct Xoshiro256StarStar
{
    private ulong _s0, _s1, _s2, _s3;

    /// <summary>Seeds the four state words with four SplitMix64 outputs of <paramref name="seed"/>.</summary>
    internal Xoshiro256StarStar(ulong seed)
    {
        ulong splitMix = seed;
        _s0 = SplitMix64(ref splitMix);
        _s1 = SplitMix64(ref splitMix);
        _s2 = SplitMix64(ref splitMix);
        _s3 = SplitMix64(ref splitMix);
    }

    /// <summary>Starts from an explicit state (for checking against the reference implementation).</summary>
    internal static Xoshiro256StarStar FromState(ulong s0, ulong s1, ulong s2, ulong s3) =>
        new() { _s0 = s0, _s1 = s1, _s2 = s2, _s3 = s3 };

    /// <summary>An independent-looking stream per (seed, stream): both are hashed before seeding.</summary>
    internal static Xoshiro256StarStar ForStream(ulong seed, ulong stream)
    {
        ulong mixedSeed = seed;
        ulong mixedStream = stream ^ 0x6A09E667F3BCC908UL;
        return new Xoshiro256StarStar(SplitMix64(ref mixedSeed) ^ Rotl(SplitMix64(ref mixedStream), 17));
    }

    /// <summary>64-bit FNV-1a over the UTF-16 code units of <paramref name="key"/>: a stable stream id.</summary>
    internal static ulong StreamId(string key)
    {
        ulong hash = 0xCBF29CE484222325UL;
        foreach (char c in key)
        {
            hash = (hash ^ c) * 0x100000001B3UL;
        }

        return hash;
    }

    internal static ulong SplitMix64(ref ulong state)
    {
        ulong z = state += 0x9E3779B97F4A7C15UL;
        z = (z ^ (z >> 30)) * 0xBF58476D1CE4E5B9UL;
        z = (z ^ (z >> 27)) * 0x94D049BB133111EBUL;
        return z ^ (z >> 31);
    }

    internal ulong Next()
    {
        ulong result = Rotl(_s1 * 5, 7) * 9;
        ulong t = _s1 << 17;
        _s2 ^= _s0;
        _s3 ^= _s1;
        _s1 ^= _s2;
        _s0 ^= _s3;
        _s2 ^= t;
        _s3 = Rotl(_s3, 45);
        return result;
    }

    /// <summary>Uniform integer in [0, bound), Lemire's unbiased multiply-shift with rejection.</summary>
    internal int NextInt(int bound) => Bounded((uint)(Next() >> 32), (uint)bound);

    /// <summary>
    /// Two uniform integers in [0, bound) from one 64-bit output (upper half first, then lower half), each
    /// with Lemire's rejection step drawing fresh 32-bit values when needed. Halves the generator calls in
    /// the bootstrap's hot loop.
    /// </summary>
    internal (int First, int Second) NextIntPair(int bound)
    {
        ulong bits = Next();
        int first = Bounded((uint)(bits >> 32), (uint)bound);
        int second = Bounded((uint)bits, (uint)bound);
        return (first, second);
    }

    private int Bounded(uint random32, uint range)
    {
        ulong product = (ulong)random32 * range;
        uint low = (uint)product;
        if (low < range)
        {
            uint threshold = (0u - range) % range;
            while (low < threshold)
            {
                product = (Next() >> 32) * range;
                low = (uint)product;
            }
        }

        return (int)(product >> 32);
    }

    private static ulong Rotl(ulong x, int k) => (x << k) | (x >> (64 - k));
}
