using BrandPulse.Collector;
using BrandPulse.Data.Operations;

using IDisposable signals = StopSignal.Listen();

return CollectorApp.Run(args, ConsoleOutput.Create(Console.Out, Console.IsOutputRedirected), ConsoleOutput.Error);
