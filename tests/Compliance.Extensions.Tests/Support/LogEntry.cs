using System.Collections.Generic;
using Microsoft.Extensions.Logging;

namespace Compliance.Extensions.Tests.Support;

/// <summary>One logged message: its category, level, event, text and structured values.</summary>
internal sealed record LogEntry(string Category, LogLevel Level, EventId Event, string Message, IReadOnlyDictionary<string, object?> Values);
