using Microsoft.OpenApi;
using ResourceService.Api.OpenApi;

namespace ResourceService.Api.FunctionalTests.OpenApi;

/// <summary>
/// The shared OpenAPI plumbing reads each module's declarations: a module's parameter facts hold in its own
/// operations only, the shared paging facts hold in every module's, and a fact declared twice stops the start-up.
/// </summary>
public sealed class ModuleContractTests
{
    private static readonly ContractCatalog Catalog = new([new NotesContract(), new TasksContract()]);

    [Test]
    public void Parameter_OfAModulesOwnOperation_IsThatModulesDeclaration()
    {
        var notes = Catalog.Module(["Notes"]);
        var tasks = Catalog.Module(["Tasks"]);

        using (Assert.EnterMultipleScope())
        {
            Assert.That(Describe(notes, ParameterLocation.Query, "sort"), Is.EqualTo("Notes by title."));
            Assert.That(Describe(tasks, ParameterLocation.Query, "sort"), Is.EqualTo("Tasks by due date."));
            Assert.That(Describe(tasks, ParameterLocation.Path, "id"), Is.EqualTo("The task's id."));
        }
    }

    [Test]
    public void Parameter_ThatOnlyAnotherModuleDeclares_IsNotDescribed()
    {
        using (Assert.EnterMultipleScope())
        {
            Assert.That(Catalog.Parameter(Catalog.Module(["Notes"]), ParameterLocation.Path, "id"), Is.Null);
            Assert.That(Catalog.Parameter(Catalog.Module(["Untagged"]), ParameterLocation.Query, "sort"), Is.Null);
        }
    }

    [Test]
    public void SharedPagingParameters_NameWhatTheModulesListHoldAndTheOperationsOwnFilters()
    {
        var tasks = Catalog.Module(["Tasks"]);
        var operation = new OperationContract(tasks, ["page", "pageSize", "dueBefore", "cursor"]);

        using (Assert.EnterMultipleScope())
        {
            Assert.That(Catalog.Parameter(tasks, ParameterLocation.Query, "pageSize")!.Describe(operation),
                Does.StartWith("How many tasks a page holds"));
            Assert.That(Catalog.Parameter(tasks, ParameterLocation.Query, "cursor")!.Describe(operation),
                Does.Contain("send the same `dueBefore` with it."));
            Assert.That(Catalog.Parameter(null, ParameterLocation.Query, "pageSize")!.Describe(new OperationContract(null, [])),
                Does.StartWith("How many items a page holds"));
        }
    }

    [Test]
    public void Property_IsLimitedWhereverItsRecordAppears()
    {
        var schema = new OpenApiSchema();

        Catalog.Property(typeof(TaskResponse), nameof(TaskResponse.Title))!(schema);

        Assert.That(schema.MaxLength, Is.EqualTo(80));
    }

    [Test]
    public void Catalog_WhenTwoContractsLimitOneProperty_StopsTheStartUp()
    {
        Assert.That(() => new ContractCatalog([new TasksContract(), new TasksAgainContract()]),
            Throws.InvalidOperationException.With.Message.Contains("TaskResponse.Title"));
    }

    [Test]
    public void Catalog_WhenAModuleDeclaresAParameterTwice_StopsTheStartUp()
    {
        Assert.That(() => new ContractCatalog([new RepeatingContract()]),
            Throws.InvalidOperationException.With.Message.Contains("'sort' twice"));
    }

    [Test]
    public void Catalog_OfTheApi_FindsTheResourcesContract()
    {
        Assert.That(ContractCatalog.In(typeof(ApiServices).Assembly).Tags.Select(tag => tag.Name), Does.Contain("Resources"));
    }

    private static string? Describe(ModuleTag? module, ParameterLocation location, string name) =>
        Catalog.Parameter(module, location, name)?.Describe(new OperationContract(module, []));

    private sealed record TaskResponse(int Id, string Title);

    private sealed class NotesContract : IModuleContract
    {
        public ModuleTag Tag { get; } = new("Notes", "Notes.", "notes");

        public void Declare(ContractDeclarations contract) => contract.QueryParameter("sort", "Notes by title.", _ => { });
    }

    private sealed class TasksContract : IModuleContract
    {
        public ModuleTag Tag { get; } = new("Tasks", "Tasks.", "tasks");

        public void Declare(ContractDeclarations contract) =>
            contract
                .Property<TaskResponse>(nameof(TaskResponse.Title), schema => schema.MaxLength = 80)
                .PathParameter("id", "The task's id.", schema => schema.Numbered())
                .QueryParameter("sort", "Tasks by due date.", _ => { });
    }

    private sealed class TasksAgainContract : IModuleContract
    {
        public ModuleTag Tag { get; } = new("TasksAgain", "Tasks again.", "tasks");

        public void Declare(ContractDeclarations contract) =>
            contract.Property<TaskResponse>(nameof(TaskResponse.Title), schema => schema.MaxLength = 90);
    }

    private sealed class RepeatingContract : IModuleContract
    {
        public ModuleTag Tag { get; } = new("Repeating", "Repeats.", "repeats");

        public void Declare(ContractDeclarations contract) =>
            contract.QueryParameter("sort", "One.", _ => { }).QueryParameter("sort", "Two.", _ => { });
    }
}
