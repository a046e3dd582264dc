using System;
using System.IO;
using System.IO.Compression;
using System.Linq;
using System.Reflection.Metadata;
using System.Text;
using System.Xml.Linq;
using FluentAssertions;
using Xunit;

namespace Compliance.Packages.Tests;

/// <summary>What `unzip -l` of each package shows: licence, README, icon, XML docs beside each assembly, and a symbols package whose pdbs carry SourceLink.</summary>
[Collection(PackedPackages.Name)]
public sealed class PackageContentsTests(PackageFeed feed)
{
    private static readonly string[] s_frameworks = ["net8.0", "net10.0"];

    // The kind of custom debug information that holds a pdb's SourceLink map (the Portable PDB specification).
    private static readonly Guid s_sourceLink = new("CC110556-A091-4D38-9FEC-25AB9A351A6A");

    public static TheoryData<string> Ids => new(PackageFeed.Ids);

    [Theory]
    [MemberData(nameof(Ids))]
    public void Carries_licence_readme_icon_and_xml_docs_for_each_framework(string id)
    {
        using var package = ZipFile.OpenRead(feed.Package(id));
        var entries = package.Entries.Select(e => e.FullName).ToHashSet();

        entries.Should().Contain(["LICENSE", "README.md", "icon.png", id + ".nuspec"]);
        foreach (var framework in s_frameworks)
        {
            entries.Should().Contain([$"lib/{framework}/{id}.dll", $"lib/{framework}/{id}.xml"]);
        }

        Read(package, "README.md").Should().StartWith("# " + id + "\n").And.Contain("dotnet add package " + id);
    }

    [Theory]
    [MemberData(nameof(Ids))]
    public void Says_its_licence_repository_and_version_in_its_manifest(string id)
    {
        using var package = ZipFile.OpenRead(feed.Package(id));
        var nuspec = XDocument.Parse(Read(package, id + ".nuspec"));
        var ns = nuspec.Root!.Name.Namespace;
        var metadata = nuspec.Root.Element(ns + "metadata")!;

        metadata.Element(ns + "id")!.Value.Should().Be(id);
        metadata.Element(ns + "version")!.Value.Should().Be(feed.Version);
        metadata.Element(ns + "license")!.Should().Match<XElement>(l => l.Value == "Apache-2.0" && (string?)l.Attribute("type") == "expression");
        metadata.Element(ns + "readme")!.Value.Should().Be("README.md");
        metadata.Element(ns + "icon")!.Value.Should().Be("icon.png");
        metadata.Element(ns + "projectUrl")!.Value.Should().Be("https://github.com/chinalabour/compliance");
        metadata.Element(ns + "description")!.Value.Should().NotBeNullOrWhiteSpace();
        var repository = metadata.Element(ns + "repository")!;
        ((string?)repository.Attribute("url")).Should().Be("https://github.com/chinalabour/compliance");
        ((string?)repository.Attribute("commit")).Should().MatchRegex("^[0-9a-f]{40}$");
    }

    [Theory]
    [MemberData(nameof(Ids))]
    public void Companions_depend_on_exactly_the_same_version_of_the_core(string id)
    {
        using var package = ZipFile.OpenRead(feed.Package(id));
        var nuspec = XDocument.Parse(Read(package, id + ".nuspec"));
        var dependencies = nuspec.Descendants().Where(e => e.Name.LocalName == "dependency").ToArray();

        if (id == "ChinaLabour.Compliance")
        {
            dependencies.Select(d => (string)d.Attribute("id")!).Should().NotContain("MiniExcel");
            return;
        }

        dependencies.Where(d => (string)d.Attribute("id")! == "ChinaLabour.Compliance")
            .Should().HaveCount(s_frameworks.Length).And.OnlyContain(d => (string)d.Attribute("version")! == $"[{feed.Version}]",
                "a companion runs on the core's internals, so it takes exactly the core it was built with");
    }

    [Theory]
    [MemberData(nameof(Ids))]
    public void Has_a_symbols_package_whose_pdbs_point_at_the_sources(string id)
    {
        using var symbols = ZipFile.OpenRead(feed.Symbols(id));

        foreach (var framework in s_frameworks)
        {
            var entry = symbols.GetEntry($"lib/{framework}/{id}.pdb");
            entry.Should().NotBeNull($"the symbols package holds the {framework} pdb");
            using var stream = new MemoryStream();
            using (var pdb = entry!.Open())
            {
                pdb.CopyTo(stream);
            }

            stream.Position = 0;
            using var provider = MetadataReaderProvider.FromPortablePdbStream(stream);
            var reader = provider.GetMetadataReader();
            var sourceLink = reader.CustomDebugInformation
                .Select(reader.GetCustomDebugInformation)
                .Where(c => reader.GetGuid(c.Kind) == s_sourceLink)
                .Select(c => Encoding.UTF8.GetString(reader.GetBlobBytes(c.Value)))
                .SingleOrDefault();

            sourceLink.Should().NotBeNull($"the {framework} pdb carries a SourceLink map")
                .And.MatchRegex(@"""https://raw\.githubusercontent\.com/chinalabour/compliance/[0-9a-f]{40}/\*""");
        }
    }

    private static string Read(ZipArchive package, string name)
    {
        using var reader = new StreamReader(package.GetEntry(name)!.Open(), Encoding.UTF8);
        return reader.ReadToEnd().Replace("\r\n", "\n", StringComparison.Ordinal);
    }
}
