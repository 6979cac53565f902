using FluentValidation;
using OicGraph.Api.Errors;

namespace OicGraph.Api.Validation;

/// <summary>
/// Validates the handler's <typeparamref name="T"/> argument with its FluentValidation validator before the handler runs,
/// answering 400 with a ProblemDetails that lists every message per field.
/// </summary>
internal sealed class ValidationFilter<T> : IEndpointFilter
{
    public async ValueTask<object?> InvokeAsync(EndpointFilterInvocationContext context, EndpointFilterDelegate next)
    {
        var argument = context.Arguments.OfType<T>().FirstOrDefault();
        var validator = context.HttpContext.RequestServices.GetRequiredService<IValidator<T>>();
        if (argument is null)
        {
            return TypedResults.Problem(
                type: ProblemTypes.BadRequest.Uri,
                title: "The request body is missing.",
                detail: $"Send a JSON {typeof(T).Name} with Content-Type: application/json.",
                statusCode: StatusCodes.Status400BadRequest);
        }

        var result = await validator.ValidateAsync(argument, context.HttpContext.RequestAborted);
        if (!result.IsValid)
        {
            return TypedResults.ValidationProblem(
                result.ToDictionary(),
                type: ProblemTypes.Validation.Uri,
                title: "The request is not valid.",
                detail: string.Join(" ", result.Errors.Select(e => e.ErrorMessage)));
        }

        return await next(context);
    }
}

internal static class ValidationFilterExtensions
{
    /// <summary>Validates the <typeparamref name="T"/> argument and documents the 400 it may answer.</summary>
    public static RouteHandlerBuilder Validate<T>(this RouteHandlerBuilder builder) =>
        builder.AddEndpointFilter<ValidationFilter<T>>().ProducesValidationProblem();
}
