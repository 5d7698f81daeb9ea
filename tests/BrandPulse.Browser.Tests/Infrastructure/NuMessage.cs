namespace BrandPulse.Browser.Tests.Infrastructure;

/// <summary>One message of the Nu HTML Checker: which page, where, what, and the markup it is about.</summary>
public sealed record NuMessage(string Type, string Page, int? Line, string Message, string Extract)
{
    public override string ToString() => $"{Page}:{Line} {Type}: {Message}\n    {Extract.ReplaceLineEndings(" ").Trim()}";
}
