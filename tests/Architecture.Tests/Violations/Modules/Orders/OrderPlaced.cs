using ResourceService.Architecture.Tests.Violations.Modules.Billing;
using ResourceService.Architecture.Tests.Violations.Modules.Common;

namespace ResourceService.Architecture.Tests.Violations.Modules.Orders;

/// <summary>Reaches into the Billing module.</summary>
public sealed record OrderPlaced(int OrderId, Invoice Invoice);

/// <summary>Uses only the shared Common folder, which every module may.</summary>
public sealed record OrderTotal(int OrderId, Money Total);

/// <summary>Uses Billing only through the event it publishes, which every module may.</summary>
public sealed record OrderBilled(int OrderId, InvoiceIssued Invoice);
