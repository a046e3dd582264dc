using Xunit;

namespace Compliance.Packages.Tests;

/// <summary>The tests that share one packing of the packages (packing takes a minute or two; once is enough).</summary>
[CollectionDefinition(Name)]
public sealed class PackedPackages : ICollectionFixture<PackageFeed>
{
    public const string Name = "packed packages";
}
