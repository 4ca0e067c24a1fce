using KdramaMoments.Web.Data;
using KdramaMoments.Web.Domain;
using Microsoft.EntityFrameworkCore;

namespace KdramaMoments.Web.Editing;

/// <summary>An editor's correction of the pairing rule for two characters; undo takes it back like any edit.</summary>
public sealed record PairingSnapshot(int FirstCharacterId, int SecondCharacterId, bool IsCouple) : IEditSnapshot<PairingSnapshot, PairingCorrection>
{
    public static EntityKind Kind => EntityKind.Pairing;

    public static int IdOf(PairingCorrection entity) => entity.Id;

    public string Title => $"characters #{FirstCharacterId} and #{SecondCharacterId} {(IsCouple ? "paired" : "not a couple")}";

    public static PairingSnapshot Capture(PairingCorrection p) => new(p.FirstCharacterId, p.SecondCharacterId, p.IsCouple);

    public bool SameAs(PairingSnapshot? other) => other == this;

    public static Task<PairingCorrection?> LoadAsync(KdramaDbContext db, int id, CancellationToken cancellationToken) =>
        db.PairingCorrections.FirstOrDefaultAsync(p => p.Id == id, cancellationToken);

    public PairingCorrection Recreate(int id) => new() { Id = id, FirstCharacterId = FirstCharacterId, SecondCharacterId = SecondCharacterId };

    public static Task<string?> CannotRemoveAsync(KdramaDbContext db, int id, CancellationToken cancellationToken) => Task.FromResult<string?>(null);

    public Task ApplyToAsync(KdramaDbContext db, PairingCorrection correction, CancellationToken cancellationToken)
    {
        (correction.FirstCharacterId, correction.SecondCharacterId, correction.IsCouple) = (FirstCharacterId, SecondCharacterId, IsCouple);
        return Task.CompletedTask;
    }
}
