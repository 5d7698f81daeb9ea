using System.Text.Json.Serialization;
using BrandPulse.Generator.Site;

namespace BrandPulse.Generator.SiteFiles;

/// <summary>
/// Serialisation code generated at build time for the JSON the site files and the settings key are made of: the same bytes
/// as the reflection-based serialiser with its default options, without its start-up (reflection, code emitted at run
/// time), which an incremental build paid for a handful of files.
/// </summary>
[JsonSerializable(typeof(SiteSettings))]
[JsonSerializable(typeof(SearchIndex.IndexFile))]
internal sealed partial class SiteFilesJson : JsonSerializerContext;

/// <summary>The same, indented: the script strings (<see cref="ScriptStrings"/>).</summary>
[JsonSourceGenerationOptions(WriteIndented = true)]
[JsonSerializable(typeof(IReadOnlyDictionary<string, string>))]
internal sealed partial class IndentedJson : JsonSerializerContext;
