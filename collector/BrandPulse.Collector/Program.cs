using BrandPulse.Collector;

return CollectorApp.Run(args, ConsoleOutput.Create(Console.Out, Console.IsOutputRedirected), ConsoleOutput.Error);
