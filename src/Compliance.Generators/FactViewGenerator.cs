using Microsoft.CodeAnalysis;

namespace Compliance.Generators;

/// <summary>
/// Generates, from the snapshot records, the views rule expressions read (<c>WorkerFact</c> for <c>Worker</c>, …)
/// and the list of facts a rule may name under <c>needs</c>. The records are the one place a fact is declared:
/// adding a property there adds it to the views, the allow-list and the missing-fact paths.
/// </summary>
[Generator(LanguageNames.CSharp)]
public sealed class FactViewGenerator : IIncrementalGenerator
{
    private static readonly DiagnosticDescriptor s_unreadable = new(
        "CFG001",
        "A snapshot field rules cannot read",
        "{0}",
        "Compliance.Facts",
        DiagnosticSeverity.Error,
        isEnabledByDefault: true);

    /// <inheritdoc />
    public void Initialize(IncrementalGeneratorInitializationContext context)
    {
        var model = context.CompilationProvider.Select(static (compilation, _) => FactModelReader.Read(compilation));
        context.RegisterSourceOutput(model, static (output, facts) =>
        {
            if (facts is null)
            {
                return;
            }

            foreach (var problem in facts.Problems)
            {
                output.ReportDiagnostic(Diagnostic.Create(s_unreadable, Location.None, problem));
            }

            foreach (var record in facts.Records)
            {
                output.AddSource(record.Name + "Fact.g.cs", ViewWriter.View(record));
                output.AddSource(record.Name + "Fact.ViewsOf.g.cs", ViewWriter.ViewsOf(record));
            }

            output.AddSource("FactRoots.g.cs", ViewWriter.Roots(facts));
            output.AddSource("NullRecords.g.cs", NullRecordsWriter.Write(facts));
        });
    }
}
