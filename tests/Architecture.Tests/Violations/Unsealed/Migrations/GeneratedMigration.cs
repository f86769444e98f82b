namespace ResourceService.Architecture.Tests.Violations.Unsealed.Migrations;

/// <summary>Stands for an EF Core migration: generated code, left unsealed by its tool.</summary>
public class GeneratedMigration
{
    public string Id => "20260101000000_Initial";
}
