using System;
using System.Linq;
using FsCheck;
using FsCheck.Fluent;

namespace Compliance.Tests.Fuzzing;

/// <summary>
/// Rule expressions within the allow-list, by the type they give: whole numbers, numbers, yes/no, texts and dates over
/// the workforce, the workers and the enterprise, nested through lambdas, ternaries and arithmetic. Most are well
/// typed; some divide by zero, overflow, build impossible dates, index empty lists or nest past the limits, which is
/// what the properties are for.
/// </summary>
internal static class ExpressionGen
{
    // Texts with quotes, escapes, CJK, a right-to-left override, a lone surrogate escape and a long run.
    private static readonly string[] s_texts =
    [
        "\"\"", "\"E1\"", "\"W\"", "\"张三\"", "\"\\\"\"", "\"\\\\\"", "\"a\\nb\"", "\"\\u202E\"", "\"\\uD800\"", "\"0610\"",
        "\"" + new string('x', 1_000) + "\"", "\"%{0}{{\"", "\"派遣\"",
    ];

    private static readonly string[] s_ints =
    [
        "0", "1", "-1", "10", "2147483647", "-2147483648", "1000000", "7",
    ];

    private static readonly string[] s_dates =
    [
        "asOf", "inForce", "Fn.Date(2024, 2, 29)", "Fn.Date(2023, 2, 29)", "Fn.Date(9999, 12, 31)", "Fn.Date(1, 1, 1)", "Fn.Date(2024, 13, 1)",
    ];

    /// <summary>An expression of <paramref name="type"/>; <paramref name="worker"/> names the lambda parameter in scope, if any.</summary>
    public static Gen<string> Of(Kind type, int size, string? worker = null)
    {
        var leaf = Leaf(type, worker);
        if (size <= 0)
        {
            return leaf;
        }

        var smaller = size / 2;
        var parameter = worker is null ? "w" : worker + "x";
        // Built when chosen, not before: each level offers some thirty sub-expressions, and building them all
        // up front grows as thirty to the power of the depth.
        Gen<string> Sub(Kind k) => Gen.Constant(k).SelectMany(chosen => Of(chosen, smaller, worker));
        Gen<string> Lambda(Kind k) => Gen.Constant(k).SelectMany(chosen => Of(chosen, smaller, parameter)).Select(body => $"{parameter} => {body}");

        // Three lambdas deep is the limit; one more now and then shows the refusal.
        var nested = worker is null || worker.Length <= 3;

        return type switch
        {
            Kind.Int => Gen.Frequency(
                (3, leaf),
                (2, Binary(Sub(Kind.Int), Sub(Kind.Int), "+", "-", "*", "/", "%")),
                (1, Sub(Kind.Int).Zip(Sub(Kind.Int), (a, b) => $"Fn.Max({a}, {b})")),
                (1, Sub(Kind.Date).Zip(Sub(Kind.Date), (a, b) => $"Fn.DaysBetween({a}, {b})")),
                (1, Sub(Kind.Date).Zip(Sub(Kind.Date), (a, b) => $"Fn.MonthsBetween({a}, {b})")),
                (1, Sub(Kind.Text).Select(t => $"{Parenthesised(t)}.Length")),
                (1, Sub(Kind.Date).Select(d => $"{Parenthesised(d)}.Year")),
                (nested ? 2 : 0, Lambda(Kind.Bool).Select(body => $"workers.Count({body})")),
                (nested ? 1 : 0, Lambda(Kind.Int).Select(body => $"workers.Sum({body})")),
                (1, Sub(Kind.Number).Select(n => $"Fn.Floor({n})")),
                (1, Ternary(Sub(Kind.Bool), Sub(Kind.Int)))),
            Kind.Number => Gen.Frequency(
                (2, leaf),
                (2, Sub(Kind.Int).Zip(Sub(Kind.Int), (a, b) => $"Fn.Ratio({a}, {b})")),
                (1, Binary(Sub(Kind.Number), Sub(Kind.Number), "+", "-", "*", "/")),
                (nested ? 1 : 0, Lambda(Kind.Int).Select(body => $"Fn.Ratio(workers.Sum({body}), workers.Count())")),
                (1, Ternary(Sub(Kind.Bool), Sub(Kind.Number)))),
            Kind.Bool => Gen.Frequency(
                (2, leaf),
                (3, Binary(Sub(Kind.Int), Sub(Kind.Int), "<", "<=", "==", "!=", ">", ">=")),
                (1, Binary(Sub(Kind.Number), Sub(Kind.Number), "<", ">=")),
                (1, Binary(Sub(Kind.Date), Sub(Kind.Date), "<", "<=", "==", ">")),
                (2, Binary(Sub(Kind.Bool), Sub(Kind.Bool), "&&", "||")),
                (1, Sub(Kind.Bool).Select(b => $"!{Parenthesised(b)}")),
                (1, Sub(Kind.Text).Zip(Sub(Kind.Text), (a, b) => $"{Parenthesised(a)}.StartsWith({b})")),
                (1, Sub(Kind.Text).Zip(Sub(Kind.Text), (a, b) => $"{Parenthesised(a)}.Contains({b})")),
                (1, Sub(Kind.Text).Select(t => $"string.IsNullOrEmpty({t})")),
                (nested ? 2 : 0, Lambda(Kind.Bool).Select(body => $"workers.Any({body})")),
                (nested ? 1 : 0, Lambda(Kind.Bool).Select(body => $"workers.All({body})")),
                (1, Ternary(Sub(Kind.Bool), Sub(Kind.Bool)))),
            Kind.Text => Gen.Frequency(
                (3, leaf),
                (nested ? 1 : 0, Lambda(Kind.Text).Select(body => $"workers.Select({body}).Max()")),
                (nested ? 1 : 0, Lambda(Kind.Text).Select(body => $"workers.OrderBy({body}).Select(x => x.Id).FirstOrDefault()")),
                (1, Ternary(Sub(Kind.Bool), Sub(Kind.Text)))),
            Kind.Date => Gen.Frequency(
                (3, leaf),
                (2, Sub(Kind.Date).Zip(Sub(Kind.Int), (d, n) => $"{Parenthesised(d)}.PlusDays({n})")),
                (1, Sub(Kind.Date).Zip(Sub(Kind.Int), (d, n) => $"{Parenthesised(d)}.PlusMonths({n})")),
                (1, Gen.Three(Sub(Kind.Int)).Select(t => $"Fn.Date({t.Item1}, {t.Item2}, {t.Item3})")),
                (1, Ternary(Sub(Kind.Bool), Sub(Kind.Date)))),
            _ => throw new ArgumentOutOfRangeException(nameof(type)),
        };
    }

    private static Gen<string> Leaf(Kind type, string? worker) => type switch
    {
        Kind.Int => Gen.Elements([.. s_ints, "workforce.Total", "workforce.Dispatched", "workforce.LaborContract", "workers.Count()", "posts.Count()",
            .. worker is null ? Array.Empty<string>() : [$"{worker}.Trainings.Count()", $"{worker}.Start.Day"]]),
        Kind.Number => Gen.Elements("0.5m", "0.1m", "79228162514264337593543950335m", "-0.0m", "100.0m", "0m", "1e30m"),
        Kind.Bool => Gen.Elements(["true", "false", .. worker is null ? Array.Empty<string>()
            : [$"{worker}.IsDispatched", $"{worker}.Form == EmploymentForm.Dispatched", $"{worker}.PassedSafetyTrainingBy({worker}.Start)", $"{worker}.End.HasValue"]]),
        Kind.Text => Gen.Elements([.. s_texts, "enterprise.Id", "enterprise.Name", .. worker is null ? Array.Empty<string>() : [$"{worker}.Id", $"{worker}.PostId"]]),
        Kind.Date => Gen.Elements([.. s_dates, .. worker is null ? Array.Empty<string>() : [$"{worker}.Start"]]),
        _ => throw new ArgumentOutOfRangeException(nameof(type)),
    };

    private static Gen<string> Binary(Gen<string> left, Gen<string> right, params string[] operators) =>
        left.Zip(right).Zip(Gen.Elements(operators), (pair, op) => $"{Parenthesised(pair.Item1)} {op} {Parenthesised(pair.Item2)}");

    private static Gen<string> Ternary(Gen<string> test, Gen<string> value) =>
        test.Zip(value.Two(), (t, v) => $"({t} ? {v.Item1} : {v.Item2})");

    private static string Parenthesised(string expression) =>
        expression.All(c => char.IsLetterOrDigit(c) || c is '.' or '_') ? expression : $"({expression})";
}
