using System;
using System.Globalization;
using FsCheck;
using Microsoft.FSharp.Core;

namespace Compliance.Tests.Fuzzing;

/// <summary>
/// How the property-based suite runs: a fixed seed and a few cases per property in every test run, so that CI sees
/// the same inputs each time and a failure can be replayed; <c>COMPLIANCE_FUZZ_CASES</c> and
/// <c>COMPLIANCE_FUZZ_SEED</c> run it longer, or from another seed, on demand (docs/security.md).
/// </summary>
internal static class Fuzz
{
    /// <summary>The seed of every run that names none: fixed, so that the suite is the same inputs each time.</summary>
    public const ulong DefaultSeed = 20261206;

    /// <summary>The seed this run uses.</summary>
    public static ulong Seed { get; } =
        ulong.TryParse(Environment.GetEnvironmentVariable("COMPLIANCE_FUZZ_SEED"), NumberStyles.None, CultureInfo.InvariantCulture, out var seed) ? seed : DefaultSeed;

    /// <summary>How many times the on-demand run multiplies each property's cases (1 in the suite).</summary>
    public static int Scale { get; } =
        int.TryParse(Environment.GetEnvironmentVariable("COMPLIANCE_FUZZ_CASES"), NumberStyles.None, CultureInfo.InvariantCulture, out var scale) && scale > 0 ? scale : 1;

    /// <summary>Checks <paramref name="property"/> on <paramref name="cases"/> inputs (times <see cref="Scale"/>), throwing with the seed on the first failure.</summary>
    public static void Check(Property property, int cases, int maxSize = 30)
    {
        var config = Config.QuickThrowOnFailure
            .WithMaxTest(cases * Scale)
            .WithEndSize(maxSize)
            .WithQuietOnSuccess(true)
            .WithReplay(FSharpOption<Replay>.Some(new Replay(new Rnd(Seed, 0x9E3779B97F4A7C15UL), FSharpOption<int>.None)));
        FsCheck.Check.One(config, property);
    }
}
