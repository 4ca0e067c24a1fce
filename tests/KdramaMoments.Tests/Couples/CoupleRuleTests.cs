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

    [Fact]
    public void CoupleOf_IsThePairTheRuleMakesWithTheMostMomentsNotTheVillain()
    {
        // 1 and 2 have moments of their own; 3 (the villain) shares only a crowded, unromantic scene with them.
        MomentEvidence[] drama = [new(10, [1, 2, 3], false), new(11, [1, 2], false), new(12, [2, 1], false), new(14, [3, 1], false)];
        (int, string) villain = (3, "Kim Young Soo"), sol = (1, "Im Sol"), sunJae = (2, "Ryu Sun Jae");
        var pairs = CoupleRule.Pairs(drama, []);
        Assert.Equal([1, 2], CoupleRule.CoupleOf([villain, sol, sunJae], "The rescue", pairs));
        // A moment naming just two characters makes them a pair by the rule (moment 14)…
        Assert.Equal([1, 3], CoupleRule.CoupleOf([villain, sol], "The rescue", pairs));
        // …unless an editor said they are not a couple: then the moment has no couple, only cast.
        Assert.Empty(CoupleRule.CoupleOf([villain, sol], "The rescue", CoupleRule.Pairs(drama, [new PairVerdict(1, 3, IsCouple: false)])));
        Assert.Empty(CoupleRule.CoupleOf([], "The rescue", pairs));
    }

    [Fact]
    public void CoupleOf_ThePairTheTitleNamesWinsOverThePairWithMostMoments()
    {
        // The Grim Reaper is in every romantic moment, but the title names Eun-tak and Kim Shin.
        MomentEvidence[] drama = [new(10, [1, 2, 3], true), new(11, [2, 4], false), new(12, [1, 2, 3], true)];
        (int, string) eunTak = (1, "Ji Eun Tak"), reaper = (2, "Grim Reaper"), kimShin = (3, "Kim Shin");
        Assert.Equal([1, 3], CoupleRule.CoupleOf([eunTak, reaper, kimShin], "Eun-tak and Kim Shin: the rescue", CoupleRule.Pairs(drama, [])));
    }
}
