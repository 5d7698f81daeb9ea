using BrandPulse.Bench;

return args switch
{
    ["generate", .. var rest] => SynthCommand.Run(rest),
    ["append", .. var rest] => AppendCommand.Run(rest),
    ["charts", .. var rest] => await ChartBench.RunAsync(rest),
    ["hugo", .. var rest] => HugoContent.Run(rest),
    _ => Usage(),
};

static int Usage()
{
    Console.Error.WriteLine("""
        usage: brandpulse-bench generate --brands N --complaints N --seed S --out DIR
               brandpulse-bench append --out FILE --brand NAME --complaints N --seed S
               brandpulse-bench charts --db PATH --runs N
               brandpulse-bench hugo --db PATH --out DIR --pages N
        """);
    return 1;
}
