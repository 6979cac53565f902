using System.Reflection;
using System.Text.Json;
using FluentValidation;
using FluentValidation.Validators;
using Microsoft.OpenApi;
using Swashbuckle.AspNetCore.SwaggerGen;

namespace OicGraph.Api.OpenApi;

/// <summary>
/// Marks <c>required</c> what is always there, so a generated client types it as present: every property of a response
/// (the serializer writes nulls, so a nullable one is required and nullable), and each request field its FluentValidation
/// validator demands (NotNull / NotEmpty), the only place the request rules are stated.
/// </summary>
internal sealed class RequiredPropertiesFilter : ISchemaFilter
{
    private static readonly Dictionary<Type, IValidator> Validators = typeof(RequiredPropertiesFilter).Assembly.GetTypes()
        .Where(t => t is { IsAbstract: false, IsGenericTypeDefinition: false } && t.GetConstructor(Type.EmptyTypes) is not null)
        .SelectMany(t => t.GetInterfaces().Where(i => i.IsGenericType && i.GetGenericTypeDefinition() == typeof(IValidator<>)).Select(i => (Model: i.GetGenericArguments()[0], Validator: t)))
        .ToDictionary(p => p.Model, p => (IValidator)Activator.CreateInstance(p.Validator)!);

    public void Apply(IOpenApiSchema schema, SchemaFilterContext context)
    {
        if (schema is not OpenApiSchema { Properties.Count: > 0 } concrete || !IsContract(context.Type))
        {
            return;
        }

        var members = context.Type.GetProperties(BindingFlags.Public | BindingFlags.Instance)
            .Select(p => JsonNamingPolicy.CamelCase.ConvertName(p.Name))
            .ToHashSet(StringComparer.Ordinal);
        var validator = Validators.GetValueOrDefault(context.Type);
        concrete.Required ??= new HashSet<string>(StringComparer.Ordinal);
        foreach (var name in concrete.Properties.Keys)
        {
            if (validator is null ? members.Contains(name) : Demands(validator, name))
            {
                concrete.Required.Add(name);
            }
        }
    }

    private static bool IsContract(Type type) => type.Namespace?.StartsWith("OicGraph.", StringComparison.Ordinal) == true;

    // Rules are named after the JSON field (OverridePropertyName), so the schema's property name finds them.
    private static bool Demands(IValidator validator, string name) =>
        validator.CreateDescriptor().GetRulesForMember(name)
            .SelectMany(rule => rule.Components)
            .Any(component => component.Validator is INotNullValidator or INotEmptyValidator);
}
