using System;

namespace Compliance.Cli;

/// <summary>
/// One employer of a batch before it is read: where it is (a file, or an employers row), its id when that is known
/// without reading it, and how to read it. What an interrupt leaves unread is listed from these alone.
/// </summary>
internal sealed record BatchItem(string Source, string? EmployerId, Func<BatchEntry> Read);
