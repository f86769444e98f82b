using Microsoft.AspNetCore.Http.HttpResults;
using ResourceService.Domain.Common;

namespace ResourceService.Api.Common;

/// <summary>The one place where an expected failure becomes an HTTP answer.</summary>
internal static class ErrorResults
{
    public static ProblemHttpResult ToProblem(this Error error)
    {
        var status = error.Kind switch
        {
            ErrorKind.Validation => StatusCodes.Status400BadRequest,
            ErrorKind.NotFound => StatusCodes.Status404NotFound,
            ErrorKind.Conflict => StatusCodes.Status409Conflict,
            ErrorKind.PreconditionFailed => StatusCodes.Status412PreconditionFailed,
            ErrorKind.Unprocessable => StatusCodes.Status422UnprocessableEntity,
            ErrorKind.Unavailable => StatusCodes.Status503ServiceUnavailable,
            _ => StatusCodes.Status500InternalServerError,
        };

        var problem = error.Fields is { } fields
            ? new HttpValidationProblemDetails(fields.ToDictionary()) { Detail = error.Message }
            : new Microsoft.AspNetCore.Mvc.ProblemDetails { Detail = error.Message };
        problem.Status = status;
        problem.Extensions["code"] = error.Code;
        return TypedResults.Problem(problem);
    }
}
