namespace ResourceService.Api.Common;

/// <summary>A module's endpoints. Every implementation in this assembly is found and mapped at start-up.</summary>
internal interface IEndpointGroup
{
    void Map(IEndpointRouteBuilder endpoints);
}
