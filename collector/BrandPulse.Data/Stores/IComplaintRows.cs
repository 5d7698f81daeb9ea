using BrandPulse.Data.Model;

namespace BrandPulse.Data.Stores;

/// <summary>The two prepared statements of <see cref="Store.ComplaintStore"/>, bound the fastest way each store allows.</summary>
internal interface IComplaintRows : IDisposable
{
    /// <summary>
    /// Inserts the row unless (source, source_key) is stored: true when it was inserted. Its reference code is
    /// <paramref name="reference"/>(0), or of the next attempt while another complaint holds the code.
    /// </summary>
    bool Insert(ComplaintInput c, long brandId, string? accountKey, long importRunId, Func<int, string> reference);

    /// <summary>
    /// Inserts each row of <paramref name="rows"/> that is not stored yet, in their order, as
    /// <see cref="Insert"/> would one by one (in one round trip where the store allows): per row, whether it was inserted.
    /// </summary>
    bool[] InsertMany(IReadOnlyList<ComplaintToStore> rows, Func<ComplaintInput, int, string> reference) => InsertEach(this, rows, reference);

    /// <summary><see cref="InsertMany"/> as <see cref="Insert"/> one row at a time.</summary>
    protected static bool[] InsertEach(IComplaintRows store, IReadOnlyList<ComplaintToStore> rows, Func<ComplaintInput, int, string> reference)
    {
        bool[] inserted = new bool[rows.Count];
        for (int i = 0; i < rows.Count; i++)
        {
            ComplaintToStore r = rows[i];
            inserted[i] = store.Insert(r.Complaint, r.BrandId, r.AccountKey, r.ImportRunId, attempt => reference(r.Complaint, attempt));
        }

        return inserted;
    }

    /// <summary>Fills in what the stored row lacks: the stored row's brand when something changed, else null.</summary>
    long? Update(ComplaintInput c, long brandId, string? accountKey, long importRunId);
}

/// <summary>A complaint to store, with the brand and account it was resolved to and the import run storing it.</summary>
internal readonly record struct ComplaintToStore(ComplaintInput Complaint, long BrandId, string? AccountKey, long ImportRunId);
