namespace ResourceService.Architecture.Tests.Violations.Modules.Billing;

public sealed record Invoice(int Number);
