using ResourceService.Domain.Common;

namespace ResourceService.Architecture.Tests.Violations.Modules.Billing;

/// <summary>What Billing publishes: other modules may handle it.</summary>
public sealed record InvoiceIssued(int Number) : IDomainEvent;
