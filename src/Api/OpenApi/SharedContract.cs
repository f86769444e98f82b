using Microsoft.AspNetCore.Mvc;
using ResourceService.Application.Common.Idempotency;

namespace ResourceService.Api.OpenApi;

/// <summary>
/// The facts every module shares: the envelopes, the problem details and the Idempotency-Key header, taken from the
/// constants that enforce them. The paging facts are in <see cref="PagingContract"/>.
/// </summary>
internal static class SharedContract
{
    // RFC 9110, section 15: status codes are 100 to 599, and a problem answer is a 4xx or a 5xx.
    private const int LastServerErrorStatus = 599;

    // IdempotencyKey.Validate accepts visible ASCII only: '!' to '~'.
    private const string VisibleAscii = "^[!-~]+$";

    public static ContractDeclarations Declare(ContractDeclarations contract) =>
        PagingContract.Declare(contract)
            .Property<ProblemDetails>(nameof(ProblemDetails.Status),
                schema => schema.Between(StatusCodes.Status400BadRequest, LastServerErrorStatus))
            .HeaderParameter(IdempotencyKey.Header,
                "Makes the create safe to retry: the same key with the same body within " +
                $"{IdempotencyKey.Retention.TotalHours} hours answers the first response again and creates nothing.",
                schema =>
                {
                    schema.MinLength = 1;
                    schema.MaxLength = IdempotencyKey.MaxLength;
                    schema.Pattern = VisibleAscii;
                });
}
