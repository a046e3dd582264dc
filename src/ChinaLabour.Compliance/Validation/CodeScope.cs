namespace ChinaLabour.Compliance.Validation;

/// <summary>How an employer's code stands to a rule's prefixes.</summary>
internal enum CodeScope
{
    /// <summary>The code lies within one of the prefixes.</summary>
    Within,

    /// <summary>The code lies outside all of them.</summary>
    Outside,

    /// <summary>The code is coarser than a prefix it could lie within (<c>14</c> against <c>1406</c>): it cannot be told.</summary>
    TooCoarse,
}
