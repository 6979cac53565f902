using FluentValidation;
using OicGraph.Ingestion;
using OicGraph.Api.Contracts;

namespace OicGraph.Api.Validation;

internal sealed class ExtractRequestValidator : AbstractValidator<ExtractRequest>
{
    public ExtractRequestValidator()
    {
        RuleFor(r => r.Text).NotEmpty().WithMessage("Send the text to extract from in 'text'.").OverridePropertyName("text");
        RuleFor(r => r.DocumentId).Must(DocumentRules.BeAnId).WithMessage(DocumentRules.IdMessage).OverridePropertyName("documentId");
        RuleFor(r => r.Date).Must(DocumentRules.BeAnIsoDate).WithMessage(DocumentRules.DateMessage).OverridePropertyName("date");
    }
}
