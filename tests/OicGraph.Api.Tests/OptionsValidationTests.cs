using Microsoft.Extensions.Options;

namespace OicGraph.Api.Tests;

public sealed class OptionsValidationTests
{
    [Theory]
    [InlineData("Api:RateLimit:PermitLimit", "0", "Api:RateLimit:PermitLimit is 0; it must be 1 or more")]
    [InlineData("Api:RateLimit:WindowSeconds", "-5", "Api:RateLimit:WindowSeconds is -5")]
    [InlineData("Api:Limits:MaxTextLength", "0", "Api:Limits:MaxTextLength is 0")]
    [InlineData("Api:Limits:MaxRequestBodyBytes", "-1", "Api:Limits:MaxRequestBodyBytes is -1")]
    [InlineData("Api:ResponseCache:MaxBytes", "-1", "Api:ResponseCache:MaxBytes is -1; it must be 0 (off) or more")]
    [InlineData("Api:ResponseCache:MaxEntryBytes", "0", "Api:ResponseCache:MaxEntryBytes is 0")]
    [InlineData("Api:Keys:0", " ", "Api:Keys:0 is empty")]
    [InlineData("Api:CorsOrigins:0", "localhost:3000/app", "Api:CorsOrigins holds 'localhost:3000/app'")]
    public void A_bad_option_stops_the_start_with_a_message_naming_it(string key, string value, string message)
    {
        using var factory = new OicGraphApiFactory();
        factory.Settings[key] = value;

        var failure = Assert.ThrowsAny<Exception>(() => factory.CreateClient());

        var validation = Assert.IsType<OptionsValidationException>(failure is AggregateException many ? many.InnerExceptions.Single() : failure);
        Assert.Contains(message, validation.Message, StringComparison.Ordinal);
    }

    [Fact]
    public async Task Good_options_start_and_serve()
    {
        using var factory = new OicGraphApiFactory();
        factory.Settings["Api:RateLimit:PermitLimit"] = "5";
        factory.Settings["Api:CorsOrigins:1"] = "https://app.example:8443";

        var response = await factory.CreateClient().GetAsync("/health/live");

        Assert.True(response.IsSuccessStatusCode);
    }
}
