using Microsoft.AspNetCore.Mvc.Rendering;
using Microsoft.AspNetCore.Mvc.ViewFeatures;
using Microsoft.AspNetCore.Razor.TagHelpers;

namespace Cadence.BuildingBlocks.Infrastructure.Web;

/// <summary>Marks a field that failed validation for assistive technology and points it at its error message.</summary>
[HtmlTargetElement("input", Attributes = "asp-for")]
[HtmlTargetElement("select", Attributes = "asp-for")]
[HtmlTargetElement("textarea", Attributes = "asp-for")]
public sealed class InvalidFieldTagHelper : TagHelper
{
    [HtmlAttributeName("asp-for")]
    public ModelExpression For { get; set; } = null!;

    [ViewContext]
    [HtmlAttributeNotBound]
    public ViewContext ViewContext { get; set; } = null!;

    public override int Order => 100;

    public override void Process(TagHelperContext context, TagHelperOutput output)
    {
        var name = ViewContext.ViewData.TemplateInfo.GetFullHtmlFieldName(For.Name);
        if (ViewContext.ViewData.ModelState.TryGetValue(name, out var entry) && entry is { Errors.Count: > 0 })
        {
            output.Attributes.SetAttribute("aria-invalid", "true");
            output.Attributes.SetAttribute("aria-describedby", ValidationMessageIdTagHelper.IdFor(name));
        }
    }
}

/// <summary>Gives a field's validation message the id its field's <c>aria-describedby</c> names.</summary>
[HtmlTargetElement("span", Attributes = "asp-validation-for")]
public sealed class ValidationMessageIdTagHelper : TagHelper
{
    [HtmlAttributeName("asp-validation-for")]
    public ModelExpression For { get; set; } = null!;

    [ViewContext]
    [HtmlAttributeNotBound]
    public ViewContext ViewContext { get; set; } = null!;

    public static string IdFor(string fullName) => TagBuilder.CreateSanitizedId(fullName, "_") + "-error";

    public override void Process(TagHelperContext context, TagHelperOutput output)
    {
        if (!output.Attributes.ContainsName("id"))
        {
            output.Attributes.SetAttribute("id", IdFor(ViewContext.ViewData.TemplateInfo.GetFullHtmlFieldName(For.Name)));
        }
    }
}
