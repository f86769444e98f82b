namespace ResourceService.Architecture.Tests.Violations.Modules.Billing;

/// <summary>Billing's own business: no event carries it, so no other module may use it.</summary>
public sealed record DunningLevel(int Level);
