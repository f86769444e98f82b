using ResourceService.Domain.Common;

namespace ResourceService.Architecture.Tests.Violations.Modules.Billing;

/// <summary>The Billing module's published event.</summary>
public sealed record InvoicePaid(Invoice Invoice) : IDomainEvent;
