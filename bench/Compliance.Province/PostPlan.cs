namespace Compliance.Province;

/// <summary>One post an employer of a sector has, as the posts table writes it.</summary>
internal readonly record struct PostPlan(string Name, string Nature, bool Underground, bool HighRisk, bool Safety, string? SpecialOperation);
