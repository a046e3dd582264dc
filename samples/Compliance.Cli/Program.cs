using System;
using System.Text;
using Compliance.Cli;
using NodaTime;

// First of all, so that an interrupt during start-up is handled like any other.
using var interrupts = Interrupts.Register(Console.Error);
Console.OutputEncoding = Encoding.UTF8;
return CliApp.Run(args, Console.Out, Console.Error, SystemClock.Instance, interrupts.Stop);
