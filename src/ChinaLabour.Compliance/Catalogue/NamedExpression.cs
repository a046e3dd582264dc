namespace ChinaLabour.Compliance.Catalogue;

/// <summary>A named value of a rule as written under <c>let:</c>.</summary>
/// <param name="Name">The value's name.</param>
/// <param name="Expression">The expression that computes it.</param>
public sealed record NamedExpression(string Name, string Expression);
