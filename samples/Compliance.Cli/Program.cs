using System;
using System.Text;
using Compliance.Cli;
using NodaTime;

Console.OutputEncoding = Encoding.UTF8;
return CliApp.Run(args, Console.Out, Console.Error, SystemClock.Instance);
