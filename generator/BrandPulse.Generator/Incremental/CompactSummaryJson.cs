using System.Text.Json;
using System.Text.Json.Serialization;
using BrandPulse.Statistics;

namespace BrandPulse.Generator.Incremental;

/// <summary>
/// A <see cref="ResponseSummary"/> in the build cache as one array of its 20 numbers (N, answered, then value, lower
/// and upper of the response rate, median, p90 and the three shares; null where empty): a thousand brands' monthly
/// figures read back several times faster than as named objects. Non-finite numbers are written as strings.
/// </summary>
internal sealed class CompactSummaryJson : JsonConverter<ResponseSummary>
{
    public override ResponseSummary Read(ref Utf8JsonReader reader, Type typeToConvert, JsonSerializerOptions options)
    {
        if (reader.TokenType != JsonTokenType.StartArray)
        {
            throw new JsonException("a summary is an array");
        }

        Span<double?> v = stackalloc double?[18];
        reader.Read();
        int n = reader.GetInt32();
        reader.Read();
        int answered = reader.GetInt32();
        for (int i = 0; i < v.Length; i++)
        {
            reader.Read();
            v[i] = reader.TokenType switch
            {
                JsonTokenType.Null => null,
                JsonTokenType.String => double.Parse(reader.GetString()!, System.Globalization.CultureInfo.InvariantCulture),
                _ => reader.GetDouble(),
            };
        }

        reader.Read();
        if (reader.TokenType != JsonTokenType.EndArray)
        {
            throw new JsonException("a summary has 20 numbers");
        }

        return new ResponseSummary(n, answered,
            new ShareEstimate(v[0], v[1], v[2]), new QuantileEstimate(v[3], v[4], v[5]), new QuantileEstimate(v[6], v[7], v[8]),
            new ShareEstimate(v[9], v[10], v[11]), new ShareEstimate(v[12], v[13], v[14]), new ShareEstimate(v[15], v[16], v[17]));
    }

    public override void Write(Utf8JsonWriter writer, ResponseSummary value, JsonSerializerOptions options)
    {
        writer.WriteStartArray();
        writer.WriteNumberValue(value.N);
        writer.WriteNumberValue(value.Answered);
        Write(writer, value.ResponseRate.Value, value.ResponseRate.Lower, value.ResponseRate.Upper);
        Write(writer, value.Median.Value, value.Median.Lower, value.Median.Upper);
        Write(writer, value.P90.Value, value.P90.Lower, value.P90.Upper);
        foreach (ShareEstimate share in new[] { value.AnsweredWithin15Min, value.AnsweredWithin1Hour, value.AnsweredWithin24Hours })
        {
            Write(writer, share.Value, share.Lower, share.Upper);
        }

        writer.WriteEndArray();
    }

    private static void Write(Utf8JsonWriter writer, params ReadOnlySpan<double?> values)
    {
        foreach (double? value in values)
        {
            if (value is not double d)
            {
                writer.WriteNullValue();
            }
            else if (double.IsFinite(d))
            {
                writer.WriteNumberValue(d);
            }
            else
            {
                writer.WriteStringValue(d.ToString(System.Globalization.CultureInfo.InvariantCulture));
            }
        }
    }
}
