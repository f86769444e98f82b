using ResourceService.Application.Audit.ListAuditEntries;

namespace ResourceService.Application.Audit;

/// <summary>Reads the caller's tenant's audit entries straight into their response shape, newest first.</summary>
public interface IAuditQueries
{
    /// <summary>At most <see cref="AuditListCriteria.PageSize"/> entries, whatever the size of the table.</summary>
    Task<AuditPage> ListAsync(AuditListCriteria criteria, CancellationToken cancellationToken);
}
