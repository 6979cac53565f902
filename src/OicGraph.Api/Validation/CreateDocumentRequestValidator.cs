using FluentValidation;
using OicGraph.Api.Contracts;
using OicGraph.Ingestion;

namespace OicGraph.Api.Validation;

internal sealed class CreateDocumentRequestValidator : AbstractValidator<CreateDocumentRequest>
{
    public CreateDocumentRequestValidator()
    {
        RuleFor(r => r.Text).NotEmpty().WithMessage(DocumentRules.TextMessage).OverridePropertyName("text");
        RuleFor(r => r.Title).MaximumLength(DocumentRules.TitleMaxLength).OverridePropertyName("title");
        RuleFor(r => r.SourceUrl)
            .Must(DocumentRules.BeASourceUrl)
            .WithMessage(DocumentRules.SourceUrlMessage)
            .OverridePropertyName("sourceUrl");
        RuleFor(r => r.Date).Must(DocumentRules.BeAnIsoDate).WithMessage(DocumentRules.DateMessage).OverridePropertyName("date");
        RuleFor(r => r.Language)
            .Must(DocumentRules.BeALanguage)
            .WithMessage(DocumentRules.LanguageMessage)
            .OverridePropertyName("language");
        RuleFor(r => r.Script)
            .Must(DocumentRules.BeAScript)
            .WithMessage(DocumentRules.ScriptMessage)
            .OverridePropertyName("script");
        RuleFor(r => r.Id).Must(DocumentRules.BeAnId).WithMessage(DocumentRules.IdMessage).OverridePropertyName("id");
    }
}
