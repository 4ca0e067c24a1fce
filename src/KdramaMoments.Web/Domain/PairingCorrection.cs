namespace KdramaMoments.Web.Domain;

/// <summary>
/// An editor's word on whether two characters are a couple, overriding the pairing rule (Couples/CoupleRule.cs)
/// either way. The first character has the smaller id.
/// </summary>
public sealed class PairingCorrection : IVersioned
{
    public int Id { get; set; }
    public int FirstCharacterId { get; set; }
    public Character FirstCharacter { get; set; } = null!;
    public int SecondCharacterId { get; set; }
    public Character SecondCharacter { get; set; } = null!;
    public bool IsCouple { get; set; }
    public long Version { get; set; }
}
