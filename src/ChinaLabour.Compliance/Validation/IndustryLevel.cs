namespace ChinaLabour.Compliance.Validation;

/// <summary>The tier of a GB/T 4754-2017 industry code.</summary>
internal enum IndustryLevel
{
    /// <summary>门类: a letter, A to T.</summary>
    Section,

    /// <summary>大类: two digits.</summary>
    Division,

    /// <summary>中类: three digits.</summary>
    Group,

    /// <summary>小类: four digits.</summary>
    Class,
}
