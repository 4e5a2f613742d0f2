using System.ComponentModel.DataAnnotations;
using Cadence.Accounts.Data;
using Cadence.Accounts.Domain;
using Cadence.Accounts.Identity;
using Cadence.BuildingBlocks.Results;
using Cadence.BuildingBlocks.Tenancy;
using Microsoft.AspNetCore.Identity;

namespace Cadence.Accounts.Features.SignUp;

internal sealed record SignUpAgencyRequest(string AgencyName, string Name, string Email, string Password, string ConfirmPassword);

/// <summary>
/// Creates a person, their agency and their Owner membership, and emails the confirmation link, all or nothing:
/// the mail goes out inside the transaction so a failure to send leaves no account that nobody can confirm.
/// </summary>
internal sealed class SignUpAgency(AccountsDbContext db, UserManager<CadenceUser> users, AccountEmails emails, TimeProvider clock)
{
    public const int AgencyNameMin = 2;
    public const int AgencyNameMax = 120;
    public const int NameMax = 100;
    public const int EmailMax = 256;

    private static readonly EmailAddressAttribute EmailFormat = new();

    public async Task<Result<Guid>> HandleAsync(SignUpAgencyRequest request, CancellationToken cancellationToken)
    {
        var user = new CadenceUser { UserName = request.Email.Trim(), Email = request.Email.Trim(), DisplayName = request.Name.Trim() };
        var errors = await ValidateAsync(request, user);
        if (errors.Count > 0)
        {
            return Result.Failure<Guid>(errors);
        }

        await using var transaction = await db.Database.BeginTransactionAsync(cancellationToken);
        var created = await users.CreateAsync(user, request.Password);
        if (!created.Succeeded)
        {
            return Result.Failure<Guid>(created.ToErrors());
        }

        var now = clock.GetUtcNow().UtcDateTime;
        var agency = new Agency { Name = request.AgencyName.Trim(), CreatedAtUtc = now };
        db.Agencies.Add(agency);
        db.Memberships.Add(new Membership { AgencyId = agency.Id, UserId = user.Id, Role = AgencyRole.Owner, JoinedAtUtc = now });
        await db.SaveChangesAsync(cancellationToken);
        await emails.SendConfirmationAsync(user, cancellationToken);
        await transaction.CommitAsync(cancellationToken);
        return user.Id;
    }

    private async Task<List<Error>> ValidateAsync(SignUpAgencyRequest request, CadenceUser user)
    {
        var errors = new List<Error>();
        var agencyName = request.AgencyName.Trim();
        if (agencyName.Length is < AgencyNameMin or > AgencyNameMax)
        {
            errors.Add(Error.Validation(nameof(request.AgencyName), $"Enter an agency name of {AgencyNameMin} to {AgencyNameMax} characters."));
        }

        if (user.DisplayName.Length == 0)
        {
            errors.Add(Error.Validation(nameof(request.Name), "Enter your name."));
        }
        else if (user.DisplayName.Length > NameMax)
        {
            errors.Add(Error.Validation(nameof(request.Name), $"Keep your name to {NameMax} characters."));
        }

        if (user.Email!.Length is 0 or > EmailMax || !EmailFormat.IsValid(user.Email))
        {
            errors.Add(Error.Validation(nameof(request.Email), "Enter a valid email address, like name@agency.com."));
        }
        else if (await users.FindByEmailAsync(user.Email) is not null)
        {
            errors.Add(Error.Validation(nameof(request.Email), "An account with this email already exists. Sign in, or reset your password."));
        }

        foreach (var validator in users.PasswordValidators)
        {
            var checkedPassword = await validator.ValidateAsync(users, user, request.Password);
            errors.AddRange(checkedPassword.ToErrors(passwordField: nameof(request.Password)));
        }

        if (request.Password != request.ConfirmPassword)
        {
            errors.Add(Error.Validation(nameof(request.ConfirmPassword), "The two passwords do not match."));
        }

        return errors;
    }
}
