namespace ChinaLabour.Compliance.Catalogue;

/// <summary>The national law behind a clause.</summary>
/// <param name="Law">The law's Chinese title, e.g. 劳务派遣暂行规定.</param>
/// <param name="Article">The article, e.g. 第四条.</param>
/// <param name="English">The law and article in English.</param>
public sealed record LegalBasis(string Law, string Article, string English);
