using ResourceService.Architecture.Tests.Violations.Modules.Billing;
using ResourceService.Architecture.Tests.Violations.Modules.Common;

namespace ResourceService.Architecture.Tests.Violations.Modules.Orders;

/// <summary>Reaches into the Billing module past its published events.</summary>
public sealed record OrderPlaced(int OrderId, DunningLevel Dunning);

/// <summary>Uses only the shared Common folder, which every module may.</summary>
public sealed record OrderTotal(int OrderId, Money Total);

/// <summary>Uses Billing only through its published event and the invoice it carries, as a module may.</summary>
public static class InvoicePaidHandler
{
    public static int Handle(InvoicePaid paid) => paid.Invoice.Number;
}
