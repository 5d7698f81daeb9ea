using System.Data.Common;
using System.Security.Cryptography;
using BrandPulse.Data.Model;
using BrandPulse.Data.Operations;
using BrandPulse.Data.Store;
using BrandPulse.Data.Stores;
using Dapper;

namespace BrandPulse.Data.Import;

/// <summary>
/// Writes one parsed input in one transaction: the import run, brands for unknown accounts, every complaint.
/// Either all of it lands or none of it does; running it again adds nothing.
/// </summary>
public sealed class ImportSession(DbConnection connection)
{
    /// <summary>Called after each stored complaint with the number stored so far (for progress bars).</summary>
    public Action<int>? Progress { get; init; }

    /// <summary>
    /// Whether the input's data set holds only conversations the brand answered: null keeps what is recorded, or the
    /// source's default for a new one (see <see cref="DataSetStore"/>).
    /// </summary>
    public bool? Selected { get; init; }

    /// <summary>The key of the complaints' reference codes: null for the database's own (<see cref="Registry.ComplaintReference.KeyOf"/>).</summary>
    public Registry.Pseudonymizer? ReferenceKey { get; init; }

    /// <summary>Complaints stored together (<see cref="ComplaintStore.StoreMany"/>): one COPY each on PostgreSQL.</summary>
    public const int BatchSize = 4096;

    public ImportSummary Write(ParsedInput input, string? inputSha256 = null)
    {
        using DbTransaction tx = connection.BeginWrite();
        var brands = new BrandStore(connection, tx);
        using var complaints = new ComplaintStore(connection, tx, ReferenceKey);
        long runId = connection.ExecuteScalar<long>("""
            INSERT INTO import_run (source, input_name, input_sha256, started_at_ms)
            VALUES (@Source, @InputName, @inputSha256, @now) RETURNING id;
            """, new { input.Source, input.InputName, inputSha256, now = DateTimeOffset.UtcNow.ToUnixTimeMilliseconds() }, tx);

        DataSetStore.Record(connection, tx, input.Source, Selected);
        var resolver = new BrandResolver(brands, input.InputName);
        ComplaintRestatement? restatement = inputSha256 is not null ? new(connection, tx) : null;
        ImportFaults faults = ImportFaults.FromEnvironment();
        int accepted = 0, updated = 0, duplicates = 0, stored = 0;
        string RolledBack() => $"the import of {input.InputName} was rolled back, nothing of it was stored; run it again";
        var batch = new List<ComplaintToStore>(BatchSize);
        void StoreBatch()
        {
            StoreOutcome[] outcomes = complaints.StoreMany(batch);
            for (int i = 0; i < batch.Count; i++)
            {
                ComplaintToStore r = batch[i];
                StoreOutcome outcome = outcomes[i];
                if (outcome != StoreOutcome.Inserted && restatement is not null
                    && (input.Restates ? restatement.Apply(r.Complaint, r.BrandId, r.AccountKey, inputSha256!) : restatement.ApplyKind(r.Complaint, inputSha256!)))
                {
                    outcome = StoreOutcome.Updated;
                }

                switch (outcome)
                {
                    case StoreOutcome.Inserted: accepted++; break;
                    case StoreOutcome.Updated: updated++; break;
                    default: duplicates++; break;
                }

                stored++;
                Progress?.Invoke(stored);
                faults.AfterRow(stored);
            }

            batch.Clear();
        }

        foreach (ComplaintInput c in input.Complaints)
        {
            StopSignal.ThrowIfRequested(RolledBack);
            (long brandId, string? accountKey) = resolver.Resolve(c);
            batch.Add(new ComplaintToStore(c, brandId, accountKey, runId));
            if (batch.Count == BatchSize)
            {
                StoreBatch();
            }
        }

        StoreBatch();
        StopSignal.ThrowIfRequested(RolledBack);

        if (input.ObservationEndMs is long end)
        {
            complaints.ExtendObservation(input.Source, end);
        }

        int rejected = input.Issues.Count(i => i.Kind == IssueKind.Rejected);
        connection.Execute("""
            UPDATE import_run SET accepted = @accepted, updated = @updated, duplicates = @duplicates, rejected = @rejected
            WHERE id = @runId;
            """, new { accepted, updated, duplicates, rejected, runId }, tx);
        faults.BeforeCommit();
        StopSignal.ThrowIfRequested(RolledBack);
        tx.Commit();

        return new ImportSummary(input.Source, input.InputName, accepted, updated, duplicates, rejected,
            input.Issues.Count(i => i.Kind == IssueKind.Unattributed),
            input.Issues.Count(i => i.Kind == IssueKind.LeftOut),
            resolver.NewBrands, resolver.Issues.Count == 0 ? input.Issues : [.. input.Issues, .. resolver.Issues], input.Counts);
    }

    public static string Sha256Of(string path)
    {
        using FileStream stream = File.OpenRead(path);
        return Convert.ToHexStringLower(SHA256.HashData(stream));
    }
}
