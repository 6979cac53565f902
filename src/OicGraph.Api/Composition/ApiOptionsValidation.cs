using Microsoft.Extensions.Options;

namespace OicGraph.Api.Composition;

/// <summary>
/// Every option of the <c>Api</c> section (and <c>Graph:Seed</c>) is checked when the host starts: a bad value stops the
/// start with a message naming the key, the value and what is allowed, rather than serving 500s later.
/// </summary>
internal static class ApiOptionsValidation
{
    public static IServiceCollection ValidateApiOptions(this IServiceCollection services)
    {
        services.Rules<RateLimitOptions>(RateLimitOptions.Section,
            o => o.PermitLimit < 1 ? $"PermitLimit is {o.PermitLimit}; it must be 1 or more (or set Enabled to false)." : null,
            o => o.WindowSeconds < 1 ? $"WindowSeconds is {o.WindowSeconds}; it must be 1 or more." : null);
        services.Rules<ApiLimitsOptions>(ApiLimitsOptions.Section,
            o => o.MaxTextLength < 1 ? $"MaxTextLength is {o.MaxTextLength}; it must be 1 or more." : null,
            o => o.MaxRequestBodyBytes < 1 ? $"MaxRequestBodyBytes is {o.MaxRequestBodyBytes}; it must be 1 or more." : null,
            o => o.MaxBatchDocuments < 1 ? $"MaxBatchDocuments is {o.MaxBatchDocuments}; it must be 1 or more." : null);
        services.Rules<CypherOptions>(CypherOptions.Section,
            o => o.MaxConcurrentQueries < 1 ? $"MaxConcurrentQueries is {o.MaxConcurrentQueries}; it must be 1 or more." : null,
            o => o.QueueLimit < 0 ? $"QueueLimit is {o.QueueLimit}; it must be 0 or more." : null,
            o => o.QueueTimeoutSeconds is <= 0 or > 60 ? $"QueueTimeoutSeconds is {o.QueueTimeoutSeconds}; it must be more than 0 and at most 60." : null,
            o => o.MaxResponseBytes < 1024 ? $"MaxResponseBytes is {o.MaxResponseBytes}; it must be at least 1024." : null);
        services.Rules<ResponseCacheOptions>(ResponseCacheOptions.Section,
            o => o.MaxBytes < 0 ? $"MaxBytes is {o.MaxBytes}; it must be 0 (off) or more." : null,
            o => o.MaxEntryBytes < 1 ? $"MaxEntryBytes is {o.MaxEntryBytes}; it must be 1 or more." : null);
        services.Rules<ApiAccessOptions>(ApiAccessOptions.Section,
            o => o.Keys.FindIndex(string.IsNullOrWhiteSpace) is var blank and >= 0 ? $"Keys:{blank} is empty; remove it or give it a secret." : null,
            o => o.CorsOrigins.FirstOrDefault(origin => !IsOrigin(origin)) is { } bad
                ? $"CorsOrigins holds '{bad}'; an origin is * or scheme://host[:port] such as http://localhost:3000, with no path."
                : null);
        return services;
    }

    private static bool IsOrigin(string origin) =>
        origin == "*" || Uri.TryCreate(origin, UriKind.Absolute, out var uri) && uri.Scheme is "http" or "https" && uri.AbsolutePath == "/" && !origin.EndsWith('/') && uri.Query.Length == 0;

    private static void Rules<T>(this IServiceCollection services, string section, params Func<T, string?>[] rules)
        where T : class
    {
        services.AddOptions<T>().BindConfiguration(section).ValidateOnStart();
        services.AddSingleton<IValidateOptions<T>>(new SectionRules<T>(section, rules));
    }

    private sealed class SectionRules<T>(string section, Func<T, string?>[] rules) : IValidateOptions<T>
        where T : class
    {
        public ValidateOptionsResult Validate(string? name, T options)
        {
            var failures = rules.Select(rule => rule(options)).OfType<string>().Select(f => $"{section}:{f}").ToList();
            return failures.Count == 0 ? ValidateOptionsResult.Success : ValidateOptionsResult.Fail(failures);
        }
    }
}
