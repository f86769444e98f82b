namespace ResourceService.Architecture.Tests.Violations.Modules.Billing;

/// <summary>Published: the event <see cref="InvoicePaid"/> carries it.</summary>
public sealed record Invoice(int Number);
