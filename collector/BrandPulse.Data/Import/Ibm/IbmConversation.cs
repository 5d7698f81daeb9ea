using System.Text.Json;
using BrandPulse.Data.Classify;

namespace BrandPulse.Data.Import.Ibm;

/// <summary>
/// What one IBM conversation says about a complaint: the brand, the session, when the customer first wrote, when the
/// brand first answered (an <c>agent</c> turn, else the snowflake time of the final <c>agentURL</c> tweet), and the
/// latest time it shows.
/// </summary>
internal sealed record IbmConversation(
    string Company,
    string SessionId,
    string Client,
    long ComplainedAtMs,
    long FirstResponseAtMs,
    bool AnsweredByAgentTurn,
    long LatestMs,
    string? ResponseKind = null,
    long? FirstSubstantiveAtMs = null,
    string? ComplaintLanguage = null,
    string? AnswerLanguage = null)
{
    private static readonly string[] s_roles = ["client", "client1", "agent"];

    /// <summary>Reads one element of the array; throws <see cref="IbmFieldException"/> naming the bad field.</summary>
    public static IbmConversation From(JsonElement conversation)
    {
        JsonElement header = IbmValues.Required(conversation, "dialogHeader", "dialogHeader");
        string company = IbmValues.Text(IbmValues.Required(header, "company", "dialogHeader.company"), "dialogHeader.company");
        JsonElement sessionId = IbmValues.Required(header, "sessionID", "dialogHeader.sessionID");
        string session = sessionId.ValueKind == JsonValueKind.Number
            ? sessionId.GetRawText()
            : IbmValues.Text(sessionId, "dialogHeader.sessionID");
        JsonElement content = IbmValues.Required(conversation, "dialogContent", "dialogContent");
        if (content.ValueKind != JsonValueKind.Array)
        {
            throw new IbmFieldException("dialogContent", "dialogContent is not an array");
        }

        long? complained = null, agent = null;
        var replies = new List<BrandReply>();
        long latest = long.MinValue;
        string? client = null, client1 = null, complaintText = null;
        int i = 0;
        foreach (JsonElement turn in content.EnumerateArray())
        {
            string path = $"dialogContent[{i++}]";
            string[] roles = turn.ValueKind == JsonValueKind.Object
                ? [.. s_roles.Where(r => turn.TryGetProperty(r, out _))]
                : [];
            if (roles.Length != 1)
            {
                throw new IbmFieldException(path, $"{path} has {roles.Length} of client, client1, agent; expected one");
            }

            string who = IbmValues.Text(turn.GetProperty(roles[0]), $"{path}.{roles[0]}");
            long at = IbmValues.Time(IbmValues.Required(turn, "datetime", $"{path}.datetime"), $"{path}.datetime");
            IbmValues.Id(IbmValues.Required(turn, "tweet_ID", $"{path}.tweet_ID"), $"{path}.tweet_ID");
            latest = Math.Max(latest, at);
            if (roles[0] == "agent")
            {
                agent = Math.Min(agent ?? at, at);
                replies.Add(new BrandReply(at, turn.TryGetProperty("message", out JsonElement m) && m.ValueKind == JsonValueKind.String ? m.GetString()! : ""));
                continue;
            }

            if (complained is null || at < complained)
            {
                complaintText = turn.TryGetProperty("message", out JsonElement said) && said.ValueKind == JsonValueKind.String ? said.GetString() : null;
            }

            complained = Math.Min(complained ?? at, at);
            if (roles[0] == "client")
            {
                client ??= who;
            }
            else
            {
                client1 ??= who;
            }
        }

        long? url = null;
        if (conversation.TryGetProperty("agentURL", out JsonElement agentUrl))
        {
            url = IbmValues.SnowflakeMs(IbmValues.Id(IbmValues.Required(agentUrl, "tweet_ID", "agentURL.tweet_ID"), "agentURL.tweet_ID"));
            latest = Math.Max(latest, url.Value);
            replies.Add(new BrandReply(url.Value, agentUrl.TryGetProperty("url_utterance", out JsonElement u) && u.ValueKind == JsonValueKind.String ? u.GetString()! : ""));
        }

        if (complained is null)
        {
            throw new IbmFieldException("dialogContent", "no customer turn (client or client1)");
        }

        long first = agent ?? url ?? throw new IbmFieldException("agentURL", "no agent turn and no agentURL: no answer");
        ReplyOutcome outcome = ReplyOutcome.From(replies);
        string? firstReply = replies.Count == 0 ? null : replies.MinBy(r => r.AtMs)!.Text;
        return new IbmConversation(company, session, (client ?? client1)!, complained.Value, first, agent is not null, latest,
            outcome.ResponseKind, outcome.FirstSubstantiveAtMs,
            LanguageDetector.Detect(complaintText), LanguageDetector.Detect(firstReply));
    }
}
