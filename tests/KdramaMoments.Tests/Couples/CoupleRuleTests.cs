using KdramaMoments.Web.Couples;

namespace KdramaMoments.Tests.Couples;

public sealed class CoupleRuleTests
{
    [Fact]
    public void Pairs_RomanceTropeMomentOfThree_PairsEachTwo()
    {
        var pairs = CoupleRule.Pairs([new MomentEvidence(1, [3, 1, 2], Romantic: true)], []);
        Assert.Equal([(1, 2), (1, 3), (2, 3)], pairs.Select(p => (p.FirstCharacterId, p.SecondCharacterId)).Order());
        Assert.All(pairs, p => Assert.Equal(PairReason.RomanceTrope, p.Reason));
    }

    [Fact]
    public void Pairs_MomentNamingJustTwo_IsTheItemsCouple()
    {
        var pair = Assert.Single(CoupleRule.Pairs([new MomentEvidence(7, [5, 4], Romantic: false)], []));
        Assert.Equal((4, 5, PairReason.ItemCouple), (pair.FirstCharacterId, pair.SecondCharacterId, pair.Reason));
        Assert.Equal([7], pair.MomentIds);
    }

    [Fact]
    public void Pairs_ThreeWithoutRomance_PairsNobody()
    {
        Assert.Empty(CoupleRule.Pairs([new MomentEvidence(1, [1, 2, 3], Romantic: false)], []));
    }

    [Fact]
    public void Pairs_SharedMomentsAllCount_OnceTheyArePaired()
    {
        var pair = Assert.Single(CoupleRule.Pairs(
            [new MomentEvidence(1, [1, 2], Romantic: true), new MomentEvidence(2, [1, 2, 3], Romantic: false), new MomentEvidence(3, [1, 3, 4], Romantic: false)], []));
        Assert.Equal([1, 2], pair.MomentIds);
    }

    [Fact]
    public void Pairs_EditorCorrections_OverrideTheRuleEitherWay()
    {
        var pairs = CoupleRule.Pairs(
            [new MomentEvidence(1, [1, 2], Romantic: true)],
            [new PairVerdict(1, 2, IsCouple: false), new PairVerdict(8, 9, IsCouple: true)]);
        var pair = Assert.Single(pairs);
        Assert.Equal((8, 9, PairReason.Editor), (pair.FirstCharacterId, pair.SecondCharacterId, pair.Reason));
        Assert.Empty(pair.MomentIds);
    }
}
