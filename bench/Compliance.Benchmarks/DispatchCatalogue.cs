using System.Collections.Generic;
using ChinaLabour.Compliance;

namespace Compliance.Benchmarks;

/// <summary>
/// The four dispatch rules of 晋人社办发〔2022〕18号 二（五） that <see cref="HandWritten"/> also implements, taken
/// from the bundled rule file as shipped, so that both sides of the comparison do the same work.
/// </summary>
internal static class DispatchCatalogue
{
    public const string File = "jin-ren-she-ban-fa-2022-18";

    public static readonly string[] RuleIds =
    [
        "jin-rsbf-2022-18.dispatch.ratio",
        "jin-rsbf-2022-18.dispatch.post-nature",
        "jin-rsbf-2022-18.dispatch.safety-post",
        "jin-rsbf-2022-18.dispatch.mine-underground",
    ];

    public static RuleCatalogue Load() => CatalogueSubset.Load(new Dictionary<string, string[]> { [File] = RuleIds });
}
