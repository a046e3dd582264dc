using System;

namespace ChinaLabour.Compliance.Expressions;

/// <summary>A rule used up its evaluation budget; the checker reports it as that rule's error.</summary>
internal sealed class BudgetExceededException : Exception
{
    public BudgetExceededException(string message)
        : base(message)
    {
    }
}
