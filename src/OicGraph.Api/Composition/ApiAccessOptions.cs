namespace OicGraph.Api.Composition;

/// <summary>Who may do what (<c>Api</c>): write keys and the origins of frontend apps.</summary>
internal sealed class ApiAccessOptions
{
    public const string Section = "Api";

    /// <summary>Keys accepted in <c>X-Api-Key</c> by write endpoints; none means writes are disabled.</summary>
    public List<string> Keys { get; set; } = [];

    /// <summary>Origins allowed by CORS, such as <c>http://localhost:3000</c>; <c>*</c> allows any.</summary>
    public List<string> CorsOrigins { get; set; } = [];
}
