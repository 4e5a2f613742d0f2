namespace Cadence.Billing.Contracts;

/// <summary>The module's name: its SQL Server schema, its SQLite table prefix and its area.</summary>
public static class BillingModuleName
{
    public const string Value = "billing";
}
