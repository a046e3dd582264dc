using System.Collections.Generic;
using System.Linq;
using Microsoft.CodeAnalysis;

namespace Compliance.Generators;

/// <summary>
/// Reads the snapshot records (namespace <c>ChinaLabour.Compliance.Snapshots</c>, from <c>EmployerSnapshot</c> down) into the
/// model the views are written from. The records are the one declaration of every fact; this reads their shapes and
/// the attributes that say what an absent value means.
/// </summary>
internal static class FactModelReader
{
    public const string SnapshotNamespace = "ChinaLabour.Compliance.Snapshots";
    private const string RootType = SnapshotNamespace + ".EmployerSnapshot";
    private const string AbsentMeansNone = SnapshotNamespace + ".AbsentMeansNoneAttribute";
    private const string Personal = SnapshotNamespace + ".PersonalAttribute";
    private const string NotReadByRules = SnapshotNamespace + ".NotReadByRulesAttribute";
    private const string DateOrNone = SnapshotNamespace + ".DateOrNone";

    public static FactModel? Read(Compilation compilation)
    {
        var root = compilation.GetTypeByMetadataName(RootType);
        if (root is null)
        {
            return null;
        }

        var problems = new List<string>();
        var records = new List<RecordModel>();
        var seen = new HashSet<string>();
        var queue = new Queue<INamedTypeSymbol>();
        var roots = Fields(root, problems, queue);
        while (queue.Count > 0)
        {
            var type = queue.Dequeue();
            if (!seen.Add(type.Name))
            {
                continue;
            }

            var fields = Fields(type, problems, queue);
            var hasId = fields.Any(f => f.Name == "Id" && f.Shape == FieldShape.Given);
            records.Add(new RecordModel(type.Name, Camel(type.Name), hasId, new EquatableArray<FieldModel>(fields)));
        }

        return new FactModel(
            new EquatableArray<RecordModel>(records.OrderBy(r => r.Name, System.StringComparer.Ordinal)),
            new EquatableArray<FieldModel>(roots),
            new EquatableArray<string>(problems));
    }

    private static List<FieldModel> Fields(INamedTypeSymbol type, List<string> problems, Queue<INamedTypeSymbol> queue)
    {
        var fields = new List<FieldModel>();
        foreach (var property in type.GetMembers().OfType<IPropertySymbol>())
        {
            if (property.DeclaredAccessibility != Accessibility.Public || property.IsStatic || property.IsIndexer
                || property.IsImplicitlyDeclared || HasAttribute(property, NotReadByRules) || HasAttribute(property, Personal))
            {
                continue;
            }

            if (Classify(type, property, problems) is { } field)
            {
                fields.Add(field);
                if (field.Shape is FieldShape.List or FieldShape.Record)
                {
                    queue.Enqueue(Element(property.Type)!);
                }
            }
        }

        return fields;
    }

    private static FieldModel? Classify(INamedTypeSymbol owner, IPropertySymbol property, List<string> problems)
    {
        var type = property.Type;
        var json = Camel(property.Name);
        var noneWhenAbsent = HasAttribute(property, AbsentMeansNone);
        if (type is INamedTypeSymbol { OriginalDefinition.SpecialType: SpecialType.System_Nullable_T } nullable)
        {
            var inner = nullable.TypeArguments[0];
            if (inner.ToDisplayString() == DateOrNone)
            {
                return new FieldModel(property.Name, json, FieldShape.RecordedOrNone, "global::NodaTime.LocalDate", false);
            }

            return new FieldModel(property.Name, json, noneWhenAbsent ? FieldShape.NoneWhenAbsent : FieldShape.Recorded, Qualified(inner), false);
        }

        if (type.SpecialType == SpecialType.System_String)
        {
            var optional = property.NullableAnnotation == NullableAnnotation.Annotated;
            return new FieldModel(property.Name, json, optional ? FieldShape.Recorded : FieldShape.Given, "string", true);
        }

        if (Element(type) is { } element)
        {
            var isList = !SymbolEqualityComparer.Default.Equals(element, type);
            if (isList && property.NullableAnnotation != NullableAnnotation.Annotated)
            {
                problems.Add($"{owner.Name}.{property.Name}: a list of records must be nullable, so that 'not recorded' differs from 'none'");
            }

            return new FieldModel(property.Name, json, isList ? FieldShape.List : FieldShape.Record, element.Name, true);
        }

        problems.Add($"{owner.Name}.{property.Name}: type '{type.ToDisplayString()}' is not one rules can read (a nullable value, text, a record or a list of records)");
        return null;
    }

    /// <summary>The snapshot record a property holds, directly or as the element of a list; null for other types.</summary>
    private static INamedTypeSymbol? Element(ITypeSymbol type)
    {
        if (type is INamedTypeSymbol { IsGenericType: true } generic
            && generic.OriginalDefinition.ToDisplayString() == "System.Collections.Generic.IReadOnlyList<T>"
            && generic.TypeArguments[0] is INamedTypeSymbol item && IsRecord(item))
        {
            return item;
        }

        return type is INamedTypeSymbol named && IsRecord(named) ? named : null;
    }

    private static bool IsRecord(INamedTypeSymbol type) =>
        type.TypeKind == TypeKind.Class && type.ContainingNamespace.ToDisplayString() == SnapshotNamespace;

    private static bool HasAttribute(ISymbol symbol, string name) =>
        symbol.GetAttributes().Any(a => a.AttributeClass?.ToDisplayString() == name);

    private static string Qualified(ITypeSymbol type) => type.ToDisplayString(SymbolDisplayFormat.FullyQualifiedFormat);

    private static string Camel(string name) => char.ToLowerInvariant(name[0]) + name.Substring(1);
}
