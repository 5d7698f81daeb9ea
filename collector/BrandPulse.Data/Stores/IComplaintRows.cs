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

    /// <summary>Fills in what the stored row lacks: the stored row's brand when something changed, else null.</summary>
    long? Update(ComplaintInput c, long brandId, string? accountKey, long importRunId);
}
