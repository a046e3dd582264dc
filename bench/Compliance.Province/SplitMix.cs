namespace Compliance.Province;

/// <summary>
/// SplitMix64, written out here rather than <see cref="System.Random"/>: the batch must be byte-identical for a seed on
/// every runtime, and the framework does not promise its seeded sequence across versions.
/// </summary>
internal sealed class SplitMix
{
    private ulong _state;

    public SplitMix(ulong seed) => _state = seed;

    /// <summary>A number in [0, <paramref name="max"/>).</summary>
    public int Next(int max) => (int)(NextUInt64() % (ulong)max);

    /// <summary>A number in [<paramref name="min"/>, <paramref name="max"/>].</summary>
    public int Between(int min, int max) => min + Next(max - min + 1);

    /// <summary>True with the given chance in a thousand.</summary>
    public bool PerMille(int chance) => Next(1000) < chance;

    private ulong NextUInt64()
    {
        var z = _state += 0x9E3779B97F4A7C15UL;
        z = (z ^ (z >> 30)) * 0xBF58476D1CE4E5B9UL;
        z = (z ^ (z >> 27)) * 0x94D049BB133111EBUL;
        return z ^ (z >> 31);
    }
}
