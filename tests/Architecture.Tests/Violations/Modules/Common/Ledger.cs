using ResourceService.Architecture.Tests.Violations.Modules.Billing;

namespace ResourceService.Architecture.Tests.Violations.Modules.Common;

/// <summary>Shared plumbing that names a module: what the shared-folder rule catches.</summary>
public sealed record Ledger(IReadOnlyList<Invoice> Invoices);
