using Microsoft.Extensions.DependencyInjection;
using ResourceService.Application.Common;
using ResourceService.Application.Notes;
using ResourceService.Application.Notes.CreateNote;
using ResourceService.Application.Notes.ListNotes;
using ResourceService.Domain.Common;
using ResourceService.Domain.Notes;
using ResourceService.Infrastructure.Persistence;

namespace ResourceService.Infrastructure.IntegrationTests.Notes;

/// <summary>The Notes module's own context and migrations on every engine: writes, reads, pages, tenants and races.</summary>
public sealed class NotePersistenceTests(DatabaseProvider provider) : EngineFixture(provider)
{
    private static readonly DateTime At = new(2026, 12, 1, 9, 0, 0, DateTimeKind.Utc);

    [Test]
    public async Task Add_ThenFind_ReadsBackEveryField()
    {
        var title = string.Concat(Enumerable.Repeat("🚀", NoteTitle.MaxLength));
        var id = await AddAsync(title);

        var found = await InScopeAsync(services => services.GetRequiredService<INoteQueries>().FindAsync(id, CancellationToken.None));

        using (Assert.EnterMultipleScope())
        {
            Assert.That(found, Is.EqualTo(new NoteResponse(id, title, At, null, 1)));
            Assert.That(found!.CreatedAt.Kind, Is.EqualTo(DateTimeKind.Utc));
        }
    }

    [Test]
    public async Task List_PagesNewestFirst_ByNumberAndAfterAnId()
    {
        var ids = new List<int>();
        for (var i = 1; i <= 5; i++)
        {
            ids.Add(await AddAsync($"n{i}"));
        }

        var first = await ListAsync(new NoteListCriteria(1, 2));
        var second = await ListAsync(new NoteListCriteria(2, 2));
        var afterSecond = await ListAsync(new NoteListCriteria(null, 2, AfterId: second.Items[^1].Id));

        using (Assert.EnterMultipleScope())
        {
            Assert.That(first.Items.Select(note => note.Id), Is.EqualTo(new[] { ids[4], ids[3] }));
            Assert.That(second.Items.Select(note => note.Id), Is.EqualTo(new[] { ids[2], ids[1] }));
            Assert.That(afterSecond.Items.Select(note => note.Id), Is.EqualTo(new[] { ids[0] }));
            Assert.That((first.HasMore, afterSecond.HasMore, afterSecond.TotalCount), Is.EqualTo((true, false, 5)));
        }
    }

    [Test]
    public async Task Notes_BelongToTheirTenant()
    {
        Caller.TenantId = "tenant-a";
        var id = await AddAsync("A's");
        Caller.TenantId = "tenant-b";

        var found = await InScopeAsync(services => services.GetRequiredService<INoteQueries>().FindAsync(id, CancellationToken.None));
        var list = await ListAsync(new NoteListCriteria(1, 10));

        Assert.That((found, list.TotalCount), Is.EqualTo(((NoteResponse?)null, 0)));
    }

    [Test]
    public async Task Save_WhenAnotherWriterChangedTheNoteFirst_ReturnsAConflict()
    {
        var id = await AddAsync("First");
        await using var loser = Services.CreateAsyncScope();
        var loserNotes = loser.ServiceProvider.GetRequiredService<INoteRepository>();
        var stale = (await loserNotes.FindAsync(id, CancellationToken.None))!;

        await InScopeAsync(async services =>
        {
            var notes = services.GetRequiredService<INoteRepository>();
            (await notes.FindAsync(id, CancellationToken.None))!.Retitle("Winner", At);
            return await notes.SaveChangesAsync(CancellationToken.None);
        });
        stale.Retitle("Loser", At);
        var lost = await loserNotes.SaveChangesAsync(CancellationToken.None);

        Assert.That(lost.Error?.Kind, Is.EqualTo(ErrorKind.Conflict));
    }

    [Test]
    public async Task Create_WithAnIdempotencyKeyTwice_StoresOneNote_InTheIdempotencyTransaction()
    {
        var command = new CreateNoteCommand("Once", IdempotencyKey: "key-1");

        var first = await CreateAsync(command);
        var second = await CreateAsync(command);

        using (Assert.EnterMultipleScope())
        {
            Assert.That(second.Value, Is.EqualTo(first.Value));
            Assert.That((await ListAsync(new NoteListCriteria(1, 10))).TotalCount, Is.EqualTo(1));
        }
    }

    private Task<int> AddAsync(string title) => InScopeAsync(async services =>
    {
        var notes = services.GetRequiredService<INoteRepository>();
        var note = Note.Create(title, At).Value;
        notes.Add(note);
        var saved = await notes.SaveChangesAsync(CancellationToken.None);
        Assert.That(saved.IsSuccess, Is.True, saved.Error?.Message);
        return note.Id;
    });

    private Task<Result<NoteResponse>> CreateAsync(CreateNoteCommand command) =>
        InScopeAsync(services => services.GetRequiredService<IUseCase<CreateNoteCommand, NoteResponse>>().ExecuteAsync(command, CancellationToken.None));

    private Task<NotePage> ListAsync(NoteListCriteria criteria) =>
        InScopeAsync(services => services.GetRequiredService<INoteQueries>().ListAsync(criteria, CancellationToken.None));
}
