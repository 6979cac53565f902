using FluentValidation;
using OicGraph.Api.Contracts;

namespace OicGraph.Api.Validation;

internal sealed class CreateDocumentRequestValidator : AbstractValidator<CreateDocumentRequest>
{
    public CreateDocumentRequestValidator()
    {
        RuleFor(r => r.Text).NotEmpty().WithMessage("Send the article's text in 'text'.").OverridePropertyName("text");
        RuleFor(r => r.Title).MaximumLength(300).OverridePropertyName("title");
        RuleFor(r => r.SourceUrl)
            .Must(u => u is null || (Uri.TryCreate(u, UriKind.Absolute, out var uri) && uri.Scheme is "http" or "https"))
            .WithMessage("'sourceUrl' must be an absolute http or https URL.")
            .OverridePropertyName("sourceUrl");
        RuleFor(r => r.Date).Must(DocumentRules.BeAnIsoDate).WithMessage(DocumentRules.DateMessage).OverridePropertyName("date");
        RuleFor(r => r.Language)
            .Must(l => l is null or "kk")
            .WithMessage("Only Kazakh (kk) is read for now.")
            .OverridePropertyName("language");
        RuleFor(r => r.Script)
            .Must(s => s is null or "Arab")
            .WithMessage("Only the Arabic script (Arab) is read for now.")
            .OverridePropertyName("script");
        RuleFor(r => r.Id).Must(DocumentRules.BeAnId).WithMessage(DocumentRules.IdMessage).OverridePropertyName("id");
    }
}
