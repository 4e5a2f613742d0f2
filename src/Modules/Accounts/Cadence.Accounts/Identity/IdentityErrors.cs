using Cadence.BuildingBlocks.Results;
using Microsoft.AspNetCore.Identity;

namespace Cadence.Accounts.Identity;

/// <summary>Turns Identity's errors into ours, each next to the field it is about.</summary>
internal static class IdentityErrors
{
    public static IReadOnlyList<Error> ToErrors(
        this IdentityResult result, string passwordField = "Password", string emailField = "Email", string? currentPasswordField = null) =>
        result.Errors.Select(error => new Error(error.Code, Describe(error), FieldFor(error.Code, passwordField, emailField, currentPasswordField))).ToList();

    /// <summary>The user name is the email address, so Identity's words about user names would only confuse.</summary>
    private static string Describe(IdentityError error) => error.Code switch
    {
        nameof(IdentityErrorDescriber.InvalidUserName) => "Use an email address made of letters, digits and the characters . _ - + @ only.",
        nameof(IdentityErrorDescriber.DuplicateUserName) => "An account with this email already exists. Sign in, or reset your password.",
        _ => error.Description,
    };

    private static string? FieldFor(string code, string passwordField, string emailField, string? currentPasswordField) => code switch
    {
        nameof(IdentityErrorDescriber.PasswordMismatch) => currentPasswordField,
        _ when code.StartsWith("Password", StringComparison.Ordinal) => passwordField,
        nameof(IdentityErrorDescriber.DuplicateEmail) or nameof(IdentityErrorDescriber.DuplicateUserName)
            or nameof(IdentityErrorDescriber.InvalidEmail) or nameof(IdentityErrorDescriber.InvalidUserName) => emailField,
        _ => null,
    };
}
