using Cadence.Accounts.Data;
using Cadence.Accounts.Domain;
using Cadence.BuildingBlocks.Results;
using Microsoft.EntityFrameworkCore;

namespace Cadence.Accounts.Features.Invitations;

internal sealed record AcceptAsNewPersonRequest(string? Token, string? DisplayName, string? Password, string? ConfirmPassword);

/// <summary>Someone without an account accepts: the account (its email proven by the link), the membership and the accepted invitation are saved together.</summary>
internal sealed class AcceptInvitationAsNewPerson(AccountsDbContext db, UnsavedAccounts accounts, TimeProvider clock)
{
    public async Task<Result<NewMember>> HandleAsync(AcceptAsNewPersonRequest request, CancellationToken cancellationToken)
    {
        var now = clock.GetUtcNow().UtcDateTime;
        var invitation = await db.FindByTokenAsync(request.Token, cancellationToken);
        var state = InvitationStates.Of(invitation, now);
        if (invitation is null || state != InvitationState.Open)
        {
            return Result.Failure<NewMember>(InvitationStates.Refusal(state));
        }

        if (await db.Users.AnyAsync(u => u.NormalizedEmail == invitation.NormalizedEmail, cancellationToken))
        {
            return Result.Failure<NewMember>(Error.Conflict($"An account with {invitation.Email} already exists: sign in to accept the invitation."));
        }

        var user = new CadenceUser { UserName = invitation.Email, Email = invitation.Email, EmailConfirmed = true, DisplayName = request.DisplayName?.Trim() ?? string.Empty };
        var errors = await ValidateAsync(request, user);
        if (errors.Count > 0)
        {
            return Result.Failure<NewMember>(errors);
        }

        var created = await accounts.AddAsync(user, request.Password!);
        if (!created.Succeeded)
        {
            return Result.Failure<NewMember>(created.Errors.Select(e => new Error("validation", e.Description)).ToList());
        }

        db.Memberships.Add(invitation.AcceptFor(user.Id, now));
        try
        {
            await db.SaveChangesAsync(cancellationToken);
        }
        catch (DbUpdateException)
        {
            return Result.Failure<NewMember>(Error.Conflict($"An account with {invitation.Email} was created a moment ago: sign in to accept the invitation."));
        }

        var agencyName = await db.AgencyNameAsync(invitation.AgencyId, cancellationToken);
        return new NewMember(user, new JoinedAgency(invitation.AgencyId, agencyName, WasAlreadyMember: false));
    }

    private async Task<List<Error>> ValidateAsync(AcceptAsNewPersonRequest request, CadenceUser user)
    {
        var errors = new List<Error>();
        if (user.DisplayName.Length == 0)
        {
            errors.Add(Error.Validation(nameof(request.DisplayName), "Enter your name."));
        }
        else if (user.DisplayName.Length > 100)
        {
            errors.Add(Error.Validation(nameof(request.DisplayName), "Keep your name to 100 characters or fewer."));
        }

        if (string.IsNullOrEmpty(request.Password))
        {
            errors.Add(Error.Validation(nameof(request.Password), "Choose a password."));
        }
        else
        {
            errors.AddRange((await accounts.CheckPasswordAsync(user, request.Password)).Select(e => Error.Validation(nameof(request.Password), e.Description)));
            if (request.Password != request.ConfirmPassword)
            {
                errors.Add(Error.Validation(nameof(request.ConfirmPassword), "The two passwords do not match."));
            }
        }

        return errors;
    }
}
