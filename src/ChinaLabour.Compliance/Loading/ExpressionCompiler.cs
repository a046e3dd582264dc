using System;
using System.Collections.Generic;
using System.Linq;
using System.Linq.Dynamic.Core.Exceptions;
using System.Linq.Expressions;
using ChinaLabour.Compliance.Expressions;
using RulesEngine.ExpressionBuilders;
using RulesEngine.Models;

namespace ChinaLabour.Compliance.Loading;

/// <summary>
/// Compiles rule expressions with RulesEngine's parser: parse, check against the <see cref="AllowList"/>,
/// check the result type, and only then compile the checked tree to a delegate over the
/// <see cref="EvaluationContext"/>. Nothing an expression says runs before it has passed the guard, and what runs is
/// exactly the tree that passed it: the text is parsed once.
/// </summary>
internal sealed class ExpressionCompiler
{
    /// <summary>The longest expression compiled; the longest bundled one has 640 characters.</summary>
    public const int MaxLength = 4000;

    /// <summary>The deepest nesting of brackets; the bundled expressions nest at most five deep.</summary>
    public const int MaxBrackets = 32;

    // FastExpressionCompiler 5.4.1 miscompiles a method call on a captured struct inside nested lambdas
    // (workers.Count(w => w.Overtime.Any(o => … <= asOf.PlusDays(1)))) and the process dies with a segmentation fault;
    // a rule file must never be able to do that, so the framework's compiler is used (about twice the cost).
    private readonly RuleExpressionParser _parser = new(new ReSettings
    {
        CustomTypes = AllowList.CustomTypes,
        UseFastExpressionCompiler = false,
        IsExpressionCaseSensitive = true,
        AutoRegisterInputType = false,
    });

    /// <summary>Parses and checks <paramref name="text"/>; on success compiles it to a delegate over the evaluation context.</summary>
    /// <typeparam name="T">The delegate's result type: <see cref="bool"/> for checks, <see cref="object"/> for values.</typeparam>
    /// <param name="text">The expression.</param>
    /// <param name="parameters">The names the expression may read, their types and where the context holds them.</param>
    /// <param name="what">How to name the expression in messages, e.g. "check".</param>
    /// <param name="accept">Checks the expression's type; returns the expected type's description when it is wrong.</param>
    public ExpressionOutcome<T> Compile<T>(
        string text,
        IReadOnlyList<ExpressionParameter> parameters,
        string what,
        Func<Type, string?> accept)
    {
        // The parser, the guard and the compiler recurse once per bracket, operator or term: an expression deep or
        // long enough overflows the stack, which ends the process, so it is refused before it is parsed.
        if (text.Length > MaxLength)
        {
            return ExpressionOutcome<T>.Fail(LoadMessages.TooDeep, LoadMessages.Length(what, text.Length, MaxLength), null);
        }

        if (TooDeepBracket(text) is { } offset)
        {
            return ExpressionOutcome<T>.Fail(LoadMessages.TooDeep, LoadMessages.Brackets(what, MaxBrackets), offset);
        }

        var declared = parameters.Select(p => Expression.Parameter(p.Type, p.Name)).ToArray();
        Expression tree;
        try
        {
            tree = _parser.Parse(text, declared, null);
        }
        catch (ParseException e)
        {
            return ExpressionOutcome<T>.Fail(LoadMessages.ExpressionSyntax, LoadMessages.ExpressionError(what, e.Message + ParseHints.For(e.Message, parameters)), e.Position);
        }
        catch (Exception e) when (e is InvalidOperationException or ArgumentException or NotSupportedException)
        {
            return ExpressionOutcome<T>.Fail(LoadMessages.ExpressionSyntax, LoadMessages.ParserFailed(what), null);
        }

        var (forbidden, tooDeep) = ExpressionGuard.Check(tree);
        if (forbidden.Count > 0)
        {
            return ExpressionOutcome<T>.Fail(LoadMessages.ForbiddenMember, LoadMessages.Forbidden(what, string.Join(", ", forbidden)), null);
        }

        if (tooDeep)
        {
            return ExpressionOutcome<T>.Fail(LoadMessages.TooDeep, LoadMessages.Depth(what, ExpressionGuard.MaxLambdaDepth), null);
        }

        if (accept(tree.Type) is { } expected)
        {
            return ExpressionOutcome<T>.Fail(LoadMessages.WrongType, LoadMessages.Type(what, expected, TypeNames.Describe(tree.Type)), null);
        }

        var context = Expression.Parameter(typeof(EvaluationContext), "context");
        var bindings = new Dictionary<ParameterExpression, Expression>();
        for (var i = 0; i < declared.Length; i++)
        {
            bindings[declared[i]] = parameters[i].Access(context);
        }

        var moving = declared.Where((_, i) => parameters[i].MovesWithAsOf).ToHashSet();
        var bound = new ParameterBinder(bindings).Visit(AsOfWatch.Watch(tree, moving, context));

        // The framework's compiler cannot always set the evaluation stack aside around a loop: a member of a date
        // computed with a walk in its arguments (asOf.PlusDays(workers.Count(…)).Year) is refused, as the date would be
        // held by reference across the loop. Such a tree is compiled with its walks left to LINQ, as every tree was
        // before the loops (FactLoopsTests has the shape, which RuleFileFuzzTests found). A tree refused even so is
        // the rule author's to write another way, never a stack trace.
        var compiled = Finish<T>(FactLoops.Inline(bound), context) ?? Finish<T>(bound, context);
        return compiled is null
            ? ExpressionOutcome<T>.Fail(LoadMessages.ExpressionSyntax, LoadMessages.ExpressionError(what, LoadMessages.CompilerRefused), null)
            : ExpressionOutcome<T>.Ok(compiled, tree.Type, ParameterUsage.Of(tree)) with { Bound = bound, Context = context };
    }

    /// <summary>Binds the nested lambdas of <paramref name="bound"/>, gives it the delegate's result type and compiles it; null when the framework's compiler refuses it.</summary>
    internal static Func<EvaluationContext, T>? Finish<T>(Expression bound, ParameterExpression context)
    {
        try
        {
            var body = ClosureLifter.Lift(bound);
            if (body.Type != typeof(T))
            {
                // A flag or a small count is returned in a shared box (Boxes), any other value boxed as usual.
                body = typeof(T) == typeof(object) && (body.Type == typeof(bool) || body.Type == typeof(int))
                    ? Expression.Call(typeof(Boxes).GetMethod(nameof(Boxes.Of), [body.Type])!, body)
                    : Expression.Convert(body, typeof(T));
            }

            return Expression.Lambda<Func<EvaluationContext, T>>(body, context).Compile();
        }
        catch (NotSupportedException)
        {
            return null;
        }
    }

    /// <summary>The offset of the first bracket nested deeper than <see cref="MaxBrackets"/>, outside quotes.</summary>
    private static int? TooDeepBracket(string text)
    {
        var depth = 0;
        char? quote = null;
        for (var i = 0; i < text.Length; i++)
        {
            var c = text[i];
            if (quote is not null)
            {
                if (c == '\\')
                {
                    i++;
                }
                else if (c == quote)
                {
                    quote = null;
                }
            }
            else if (c is '"' or '\'')
            {
                quote = c;
            }
            else if (c is '(' or '[' or '{' && ++depth > MaxBrackets)
            {
                return i;
            }
            else if (c is ')' or ']' or '}')
            {
                depth--;
            }
        }

        return null;
    }
}
