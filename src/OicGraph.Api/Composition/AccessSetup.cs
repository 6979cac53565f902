using System.Globalization;
using System.Threading.RateLimiting;
using Microsoft.AspNetCore.RateLimiting;

namespace OicGraph.Api.Composition;

internal static class AccessSetup
{
    /// <summary>CORS for frontend origins, and a fixed-window rate limit per client address; both from configuration.</summary>
    public static IServiceCollection AddOicGraphAccess(this IServiceCollection services, IConfiguration configuration)
    {
        var access = configuration.GetSection(ApiAccessOptions.Section).Get<ApiAccessOptions>() ?? new ApiAccessOptions();
        services.AddCors(cors => cors.AddDefaultPolicy(policy =>
        {
            if (access.CorsOrigins.Contains("*"))
            {
                policy.AllowAnyOrigin();
            }
            else
            {
                policy.WithOrigins([.. access.CorsOrigins]);
            }

            policy.AllowAnyHeader().WithMethods("GET", "POST", "DELETE").WithExposedHeaders("ETag", "Location", "Retry-After");
        }));

        var limits = configuration.GetSection(RateLimitOptions.Section).Get<RateLimitOptions>() ?? new RateLimitOptions();
        services.AddRateLimiter(limiter =>
        {
            limiter.RejectionStatusCode = StatusCodes.Status429TooManyRequests;
            limiter.GlobalLimiter = PartitionedRateLimiter.Create<HttpContext, string>(context =>
                !limits.Enabled || context.Request.Path.StartsWithSegments("/health", StringComparison.OrdinalIgnoreCase)
                    ? RateLimitPartition.GetNoLimiter("unlimited")
                    : RateLimitPartition.GetFixedWindowLimiter(
                        context.Connection.RemoteIpAddress?.ToString() ?? "unknown",
                        _ => new FixedWindowRateLimiterOptions { PermitLimit = limits.PermitLimit, Window = TimeSpan.FromSeconds(limits.WindowSeconds), QueueLimit = 0 }));
            limiter.OnRejected = async (context, cancellationToken) =>
            {
                var retryAfter = context.Lease.TryGetMetadata(MetadataName.RetryAfter, out var wait) ? (int)Math.Ceiling(wait.TotalSeconds) : limits.WindowSeconds;
                context.HttpContext.Response.Headers.RetryAfter = retryAfter.ToString(CultureInfo.InvariantCulture);
                var problems = context.HttpContext.RequestServices.GetRequiredService<IProblemDetailsService>();
                await problems.WriteAsync(new ProblemDetailsContext
                {
                    HttpContext = context.HttpContext,
                    ProblemDetails =
                    {
                        Status = StatusCodes.Status429TooManyRequests,
                        Title = "Too many requests.",
                        Detail = $"This client may send {limits.PermitLimit} requests every {limits.WindowSeconds} s (Api:RateLimit); retry after {retryAfter} s.",
                    },
                });
            };
        });
        return services;
    }
}
