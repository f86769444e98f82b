namespace ResourceService.Architecture.Tests.Violations.Modules.Common;

public sealed record Money(decimal Amount, string Currency);
