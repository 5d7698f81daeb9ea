namespace BrandPulse.Testing;

/// <summary>
/// One test's database in one of the two stores: a SQLite file in a fresh folder, or a fresh database on the tests'
/// PostgreSQL server (<see cref="TestPostgres"/>), dropped afterwards. <see cref="Db"/> is what <c>--db</c> takes.
/// </summary>
public sealed class TestDatabase : IDisposable
{
    public const string Sqlite = "sqlite";
    public const string Postgres = "postgresql";

    private readonly TempDir _dir = new();

    public TestDatabase(string store)
    {
        Store = store;
        Db = store switch
        {
            Sqlite => _dir.File("brandpulse.db"),
            Postgres => TestPostgres.CreateDatabase(),
            _ => throw new ArgumentException($"unknown store {store}", nameof(store)),
        };
    }

    /// <summary>Both stores, for <c>[Theory, MemberData(nameof(TestDatabase.Stores), MemberType = typeof(TestDatabase))]</c>.</summary>
    public static IEnumerable<object[]> Stores => [[Sqlite], [Postgres]];

    public string Store { get; }

    /// <summary>The SQLite path or the PostgreSQL URI.</summary>
    public string Db { get; }

    /// <summary>A folder for the test's other files.</summary>
    public string Folder => _dir.Path;

    public void Dispose()
    {
        if (Store == Postgres)
        {
            TestPostgres.DropDatabase(Db);
        }

        _dir.Dispose();
    }
}
