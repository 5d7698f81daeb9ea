namespace BrandPulse.Generator.Pipeline;

/// <summary>A named step of the build: it reads what earlier stages left in the <see cref="BuildState"/> and adds to it.</summary>
public sealed record BuildStage(string Name, Func<BuildState, Task> RunAsync)
{
    /// <summary>A stage that runs synchronously.</summary>
    public BuildStage(string name, Action<BuildState> run)
        : this(name, state =>
        {
            run(state);
            return Task.CompletedTask;
        })
    {
    }

    /// <summary>
    /// Whether this stage's reported time includes every file written through <see cref="BuildState.Write"/> (the
    /// write stage): files stream to the staging folder as each stage finishes, and the other stages' times leave that out.
    /// </summary>
    public bool ReportsWriting { get; init; }
}
