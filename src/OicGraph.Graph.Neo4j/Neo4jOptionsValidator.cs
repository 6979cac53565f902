using System.Text.RegularExpressions;
using Microsoft.Extensions.Options;

namespace OicGraph.Graph.Neo4j;

internal sealed partial class Neo4jOptionsValidator : IValidateOptions<Neo4jOptions>
{
    public ValidateOptionsResult Validate(string? name, Neo4jOptions options)
    {
        var failures = new List<string>();
        if (options.Uri is not { IsAbsoluteUri: true } uri || (uri.Scheme != Uri.UriSchemeHttp && uri.Scheme != Uri.UriSchemeHttps))
        {
            failures.Add($"{Neo4jOptions.Section}:Uri must be an absolute http or https URI (e.g. http://localhost:7474).");
        }

        // The database name goes into the request path, so only Neo4j's own name alphabet is allowed.
        if (string.IsNullOrWhiteSpace(options.Database) || !DatabaseName().IsMatch(options.Database))
        {
            failures.Add($"{Neo4jOptions.Section}:Database must be a Neo4j database name (letters, digits, '.', '-').");
        }

        if (string.IsNullOrEmpty(options.User) != string.IsNullOrEmpty(options.Password))
        {
            failures.Add($"{Neo4jOptions.Section}:User and Password must be given together (or both left empty for NEO4J_AUTH=none).");
        }

        if (options.Timeout <= TimeSpan.Zero)
        {
            failures.Add($"{Neo4jOptions.Section}:Timeout must be positive.");
        }

        if (options.MaxRetries is < 0 or > 10)
        {
            failures.Add($"{Neo4jOptions.Section}:MaxRetries must be between 0 and 10.");
        }

        if (options.MaxResponseBytes < 1024)
        {
            failures.Add($"{Neo4jOptions.Section}:MaxResponseBytes must be at least 1024.");
        }

        if (options.RetryBaseDelay < TimeSpan.Zero)
        {
            failures.Add($"{Neo4jOptions.Section}:RetryBaseDelay must not be negative.");
        }

        return failures.Count == 0 ? ValidateOptionsResult.Success : ValidateOptionsResult.Fail(failures);
    }

    [GeneratedRegex("^[A-Za-z][A-Za-z0-9.\\-]{0,62}$")]
    private static partial Regex DatabaseName();
}
