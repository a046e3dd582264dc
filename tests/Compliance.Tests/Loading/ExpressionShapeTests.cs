using System.Linq.Expressions;
using ChinaLabour.Compliance.Loading;
using FluentAssertions;
using NodaTime;
using Xunit;

namespace Compliance.Tests.Loading;

/// <summary>
/// Two expressions compiled apart are the same shape only when they compute the same thing: names of their own
/// lambdas' parameters aside, every node, member, constant and operator must agree.
/// </summary>
public sealed class ExpressionShapeTests
{
    private static readonly ExpressionParameter[] s_parameters =
    [
        ExpressionParameter.AsOf(),
        ExpressionParameter.InForce(new LocalDate(2021, 9, 1)),
        ExpressionParameter.Fact("workers"),
        ExpressionParameter.Value("first", typeof(int), 0),
        ExpressionParameter.Value("second", typeof(int), 1),
    ];

    public static TheoryData<string, string> Same => new()
    {
        { "workers.Count(w => w.IsDispatched)", "workers.Count(w => w.IsDispatched)" },
        { "workers.Count(w => w.IsDispatched)", "workers.Count( x=>x.IsDispatched )" },
        { "workers.Where(w => w.Start >= inForce && w.Trainings.Any(t => t.Passed && t.Date <= asOf))", "workers.Where(v => v.Start >= inForce && v.Trainings.Any(u => u.Passed && u.Date <= asOf))" },
        { "workers.Count(w => first > 0 && w.Form == EmploymentForm.Outsourced)", "workers.Count(w => first > 0 && w.Form == EmploymentForm.Outsourced)" },
    };

    public static TheoryData<string, string> Different => new()
    {
        { "workers.Count(w => w.IsDispatched)", "workers.Count(w => !w.IsDispatched)" },
        { "workers.Count(w => w.Form == EmploymentForm.Dispatched)", "workers.Count(w => w.Form == EmploymentForm.Flexible)" },
        { "workers.Count(w => w.Start < asOf)", "workers.Count(w => w.Start <= asOf)" },
        { "workers.Count(w => w.Start < asOf)", "workers.Count(w => w.Start < inForce)" },
        { "workers.Count(w => w.Start.Year > 2020)", "workers.Count(w => w.Start.Month > 2020)" },
        { "workers.Count(w => first > 0)", "workers.Count(w => second > 0)" },
        { "workers.Count(w => w.Id == \"W1\")", "workers.Count(w => w.Id == \"W2\")" },
        { "workers.Count(w => w.Start.PlusMonths(1) < asOf)", "workers.Count(w => w.Start.PlusDays(1) < asOf)" },
        { "workers.Count(w => workers.Any(v => v.Id == w.Id))", "workers.Count(w => workers.Any(v => v.Id == v.Id))" },
        { "workers.Count(w => w.IsDispatched)", "workers.Count(w => w.IsDispatched) + 0" },
    };

    [Theory]
    [MemberData(nameof(Same))]
    public void Expressions_that_compute_the_same_are_the_same_shape(string left, string right) =>
        Shape(left, right).Should().BeTrue();

    [Theory]
    [MemberData(nameof(Different))]
    public void Expressions_that_differ_anywhere_are_not(string left, string right)
    {
        Shape(left, right).Should().BeFalse();
        Shape(right, left).Should().BeFalse("sameness is symmetric");
    }

    [Fact]
    public void A_node_of_a_kind_it_does_not_compare_is_never_the_same()
    {
        var context = Expression.Parameter(typeof(int), "context");
        var label = Expression.Label();

        ExpressionShape.Same(Expression.Loop(Expression.Break(label), label), context, Expression.Loop(Expression.Break(label), label), context)
            .Should().BeFalse("a loop is not compared, so it is taken to differ");
    }

    private static bool Shape(string left, string right)
    {
        var compiler = new ExpressionCompiler();
        var a = compiler.Compile<object>(left, s_parameters, "left", _ => null);
        var b = compiler.Compile<object>(right, s_parameters, "right", _ => null);
        a.Error.Should().BeNull();
        b.Error.Should().BeNull();
        return ExpressionShape.Same(a.Bound!, a.Context!, b.Bound!, b.Context!);
    }
}
