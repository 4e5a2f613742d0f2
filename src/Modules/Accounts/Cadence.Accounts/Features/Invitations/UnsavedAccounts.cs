using Cadence.Accounts.Data;
using Cadence.Accounts.Domain;
using Microsoft.AspNetCore.Identity;
using Microsoft.AspNetCore.Identity.EntityFrameworkCore;

namespace Cadence.Accounts.Features.Invitations;

/// <summary>
/// Creates an account through Identity (its validators, password hashing, security stamp) without saving it, so the
/// caller saves the account together with what it belongs to: one SaveChanges, nothing half-made.
/// </summary>
internal sealed class UnsavedAccounts(UserManager<CadenceUser> users, IUserStore<CadenceUser> store)
{
    public async Task<IdentityResult> AddAsync(CadenceUser user, string password)
    {
        if (store is not UserOnlyStore<CadenceUser, AccountsDbContext, Guid, IdentityUserClaim<Guid>, IdentityUserLogin<Guid>, IdentityUserToken<Guid>> efStore)
        {
            throw new InvalidOperationException($"Identity's user store is {store.GetType().Name}; expected the EF Core store of {nameof(AccountsDbContext)}.");
        }

        efStore.AutoSaveChanges = false;
        try
        {
            return await users.CreateAsync(user, password);
        }
        finally
        {
            efStore.AutoSaveChanges = true;
        }
    }

    public async Task<IReadOnlyList<IdentityError>> CheckPasswordAsync(CadenceUser user, string password)
    {
        var errors = new List<IdentityError>();
        foreach (var validator in users.PasswordValidators)
        {
            errors.AddRange((await validator.ValidateAsync(users, user, password)).Errors);
        }

        return errors;
    }
}
