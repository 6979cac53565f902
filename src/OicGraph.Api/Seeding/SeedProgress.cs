namespace OicGraph.Api.Seeding;

/// <summary>Where the first seed stands, for the readiness check: the API answers while it seeds, but is not ready.</summary>
internal sealed class SeedProgress
{
    private volatile string? _pending = "The seed has not been checked yet.";

    /// <summary>Null once the store holds its seed (or seeding is off); otherwise what is still to happen.</summary>
    public string? Pending => _pending;

    public void Begin(string what) => _pending = what;

    public void Complete() => _pending = null;
}
