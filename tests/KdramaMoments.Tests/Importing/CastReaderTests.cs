using System.Text;
using KdramaMoments.Web.Domain;
using KdramaMoments.Web.Importing;

namespace KdramaMoments.Tests.Importing;

/// <summary>The cast reader's rules, each on a small item built by hand.</summary>
public sealed class CastReaderTests
{
    private static CastReading Read(string heading, string body, string drama = "Crash Landing on You", HeadingPerson[]? people = null, params FactLine[] facts) =>
        CastReader.Read(new CastEvidence(heading, body.Split("\n\n"), drama, people ?? [], facts));

    // A drama neither the shelf nor the cast list holds: what the prose alone says.
    private const string Unlisted = "The Lighthouse Keeper's Daughter";

    private static string[] Pairs(CastReading reading) =>
        reading.Cast.Select(c => $"{c.Character}|{c.Actor}").Order(StringComparer.Ordinal).ToArray();

    [Theory]
    [InlineData("Yoon Se-ri (Son Ye-jin) lands in the North.")]
    [InlineData("Yoon Se-ri (played by Son Ye-jin) lands in the North.")]
    [InlineData("Son Ye-jin as Yoon Se-ri lands in the North.")]
    [InlineData("Son Ye-jin plays Yoon Se-ri, an heiress.")]
    [InlineData("Yoon Se-ri, played by Son Ye-jin, lands in the North.")]
    public void Credit_EachWayOfStatingIt_PairsRoleAndActor(string body) =>
        Assert.Equal(["Yoon Se-ri|Son Ye-jin"], Pairs(Read("The paraglider", body)));

    [Fact]
    public void OrderlessCredit_TheCastListKnowsTheFirstNameAsAnActor_IsTurnedRound() =>
        Assert.Equal(["Baek Do-hwan|Hyun Bin"], Pairs(Read("The lighthouse", "Hyun Bin (Baek Do-hwan) climbs the stairs every night.", Unlisted)));

    [Fact]
    public void OrderlessCredits_OneCuedByAVerb_TheItemsOthersFollowItsOrder() =>
        Assert.Equal(["Baek Do-hwan|Kang Min-jae", "Yoo Seon-mi|Seo Ha-ram"], Pairs(Read("The lighthouse",
            "Kang Min-jae (Baek Do-hwan) and Seo Ha-ram (Yoo Seon-mi) meet on the stairs.\n\nThe series rests on Seo Ha-ram as Yoo Seon-mi, who never raises her voice.", Unlisted)));

    [Fact]
    public void OrderlessCredits_TheHeadingNamesTheRoles_TheOtherNamesAreTheActors() =>
        Assert.Equal(["Baek Do-hwan|Kang Min-jae", "Yoo Seon-mi|Seo Ha-ram"], Pairs(Read("Do-hwan and Seon-mi",
            "Kang Min-jae (Baek Do-hwan) and Seo Ha-ram (Yoo Seon-mi) meet on the stairs of the old lighthouse.", Unlisted,
            [new HeadingPerson("Do-hwan", null, PersonRole.Unknown), new HeadingPerson("Seon-mi", null, PersonRole.Unknown)])));

    [Fact]
    public void OrderlessCredit_WithoutEvidence_FollowsTheArticlesOrder()
    {
        var evidence = new CastEvidence("The rowing boat", ["Kang Min-jae (Noh Tae-san) rows out to meet her."], Unlisted, [], []);
        Assert.Equal(["Noh Tae-san|Kang Min-jae"], Pairs(CastReader.Read(evidence with { ActorFirst = true })));
        Assert.Equal(["Kang Min-jae|Noh Tae-san"], Pairs(CastReader.Read(evidence)));
    }

    [Theory]
    [InlineData("Kang Min-jae — Baek Do-hwan | Seo Ha-ram — Yoo Seon-mi")] // a cast line lists actors first
    [InlineData("Kang Min-jae - Baek Do-hwan; Seo Ha-ram - Yoo Seon-mi")]
    public void CastLine_DashedEntriesSetApartByBars_AreCredits(string line) =>
        Assert.Equal(["Baek Do-hwan|Kang Min-jae", "Yoo Seon-mi|Seo Ha-ram"], Pairs(Read("The lighthouse",
            "Baek Do-hwan keeps the light and Yoo Seon-mi keeps the books.", Unlisted, facts: new FactLine("Cast", line))));

    [Fact]
    public void CastLine_DashedEntriesRoleFirst_TheHeadingsRolesTurnThemRound() =>
        Assert.Equal(["Baek Do-hwan|Kang Min-jae", "Yoo Seon-mi|Seo Ha-ram"], Pairs(Read("Do-hwan and Seon-mi",
            "The keeper and the bookkeeper, at last.", Unlisted,
            [new HeadingPerson("Do-hwan", null, PersonRole.Unknown), new HeadingPerson("Seon-mi", null, PersonRole.Unknown)],
            new FactLine("Cast", "Baek Do-hwan — Kang Min-jae | Yoo Seon-mi — Seo Ha-ram"))));

    [Theory]
    [InlineData("Baek Do-hwan (Kang Min-jae)'s confession on the stairs is the scene.")]
    [InlineData("Hyun Bin (Baek Do-hwan)'s confession on the stairs is the scene.")]
    public void PossessiveCredit_AfterAParenthesis_IsPaired(string body) =>
        Assert.Contains(body.StartsWith("Hyun", StringComparison.Ordinal) ? "Baek Do-hwan|Hyun Bin" : "Baek Do-hwan|Kang Min-jae", Pairs(Read("The stairs", body, Unlisted)));

    [Fact]
    public void TwoActorsPlayedTwoRoles_ArePairedInOrder_TitlesBeforeTheRolesDropped() =>
        Assert.Equal(["Kang Mo-yeon|Song Hye-kyo", "Yoo Si-jin|Song Joong-ki"], Pairs(Read("The soldier and the surgeon",
            "Song Joong-ki and Song Hye-kyo, nicknamed the Song-Song couple, played Captain Yoo Si-jin and Dr. Kang Mo-yeon, a soldier and a surgeon.", "Descendants of the Sun")));

    [Fact]
    public void ActorWithAnAsideBeforeThe_As_IsPaired() =>
        Assert.Equal(["Yoon Ji-hoo|Kim Hyun-joong"], Pairs(Read("The gentle friend", "Kim Hyun-joong also won hearts as the gentle Yoon Ji-hoo.", "Boys Over Flowers")));

    [Theory]
    [InlineData("His friend Song-hwa is played by Jeon Mi-do, and she steals every scene.", "Song-hwa|Jeon Mi-do")]
    [InlineData("Si-won, played by Apink’s Jung Eun-ji, is too busy to notice.", "Si-won|Jung Eun-ji")]
    public void PlayedByWithoutACommaOrWithAPossessive_IsPaired(string body, string pair) =>
        Assert.Contains(pair, Pairs(Read("A moment", body, "Reply 1997")));

    [Fact]
    public void Credit_InTheHeading_IsRead() =>
        Assert.Equal(["Ri Jeong-hyeok|Hyun Bin"], Pairs(Read("Ri Jeong-hyeok (Hyun Bin) crosses the border", "He finds her in a tree.")));

    [Fact]
    public void Starring_WithoutRoles_ListsBothActors() =>
        Assert.Equal(["|Im Si-wan", "|Shin Se-kyung"], Pairs(Read("Run On", "Run On, starring Im Si-wan and Shin Se-kyung, is soft.", "Run On")));

    [Fact]
    public void CastLine_CountsAgreeWithHeading_PairsInOrder()
    {
        var reading = Read(Unlisted + ": Baek Do-hwan and Yoo Seon-mi", "The most famous first meeting of the decade.", Unlisted,
            facts: new FactLine("Cast", "Kang Min-jae, Han Yu-ri"));
        Assert.Equal(["Baek Do-hwan|Kang Min-jae", "Yoo Seon-mi|Han Yu-ri"], Pairs(reading));
        Assert.Contains(reading.Doubts, d => d.About == "cast" && d.Why.StartsWith("paired by order", StringComparison.Ordinal));
    }

    [Fact]
    public void CastLine_HeadingPeopleUnknown_PairInOrder()
    {
        HeadingPerson[] people = [new("Jeong-hyeok", null, PersonRole.Unknown), new("Se-ri", null, PersonRole.Unknown)];
        var reading = Read("Jeong-hyeok and Se-ri", "A storm, a tree, a soldier.", people: people, facts: new FactLine("Actors", "Hyun Bin, Son Ye-jin"));
        Assert.Equal(["Jeong-hyeok|Hyun Bin", "Se-ri|Son Ye-jin"], Pairs(reading));
    }

    [Fact]
    public void CastLine_BodyCreditsThem_BodyWins()
    {
        var reading = Read("Crash Landing on You: Ri Jeong-hyeok and Yoon Se-ri",
            "Yoon Se-ri (Son Ye-jin) falls into the arms of Ri Jeong-hyeok (Hyun Bin).",
            facts: new FactLine("Cast", "Son Ye-jin, Hyun Bin"));
        Assert.Equal(["Ri Jeong-hyeok|Hyun Bin", "Yoon Se-ri|Son Ye-jin"], Pairs(reading));
        Assert.DoesNotContain(reading.Doubts, d => d.Why.StartsWith("paired by order", StringComparison.Ordinal));
    }

    [Fact]
    public void CastLine_CountsDisagree_NoPairsAndADoubt()
    {
        var reading = Read(Unlisted + ": Baek Do-hwan and Yoo Seon-mi", "A storm, a tree, a soldier.", Unlisted,
            facts: new FactLine("Cast", "Kang Min-jae, Han Yu-ri, Seo Ji-hye"));
        Assert.All(reading.Cast, c => Assert.True(c.Character is null || c.Actor is null));
        Assert.Contains(reading.Doubts, d => d.Why == "Cast line lists 3 actors but the heading names 2 characters");
    }

    [Fact]
    public void ParenthesisWithExtraWords_ActorIsTheName()
    {
        var reading = Read("The paraglider", "Yoon Se-ri (Son Ye-jin, who won a Baeksang for it) lands in the North.");
        Assert.Equal(["Yoon Se-ri|Son Ye-jin"], Pairs(reading));
    }

    [Fact]
    public void ParenthesisBetterKnownAs_StageNameIsAnAliasOfTheActor()
    {
        var reading = Read("The helicopter", "Cheon Sa-rang (Im Yoon-ah, better known as YoonA of Girls' Generation) goes missing. YoonA is a delight.", "King the Land");
        var credit = Assert.Single(reading.Cast);
        Assert.Equal(("Cheon Sa-rang", "Im Yoon-ah"), (credit.Character, credit.Actor));
        Assert.Equal(["YoonA"], credit.ActorAliases);
    }

    [Theory]
    [InlineData("Han Seo-yeon (real name Han Mi-ok, played by Kang Ha-na) keeps the lighthouse.", "Han Seo-yeon", "Han Mi-ok", "Kang Ha-na")]
    [InlineData("Bada (literally Sea Girl, played by Seo Ha-ram) keeps the lighthouse.", "Bada", "Sea Girl", "Seo Ha-ram")]
    [InlineData("Baek Do-hwan (also known as the Night Keeper; portrayed by Kang Min-jae) keeps the lighthouse.", "Baek Do-hwan", "Night Keeper", "Kang Min-jae")]
    public void ParenthesisGivesTheRolesOtherName_ThenItsActor_TheNameOutsideIsTheRole(string body, string character, string otherName, string actor)
    {
        var credit = Assert.Single(Read("The lighthouse", body, Unlisted).Cast);
        Assert.Equal((character, actor), (credit.Character, credit.Actor));
        Assert.Equal([otherName], credit.CharacterAliases);
    }

    [Fact]
    public void AdjacentSentences_ActorDescribedThenRoleNamed_Pair() =>
        Assert.Equal(["Ri Jeong-hyeok|Hyun Bin"],
            Pairs(Read("The soldier", "Hyun Bin plays a North Korean captain. Ri Jeong-hyeok finds a woman in a tree.")));

    [Fact]
    public void AdjacentSentences_TwoNamesInTheNextSentence_NotPaired()
    {
        // A drama the cast list does not hold: the prose alone must say who plays whom.
        var reading = Read("The soldier", "Hyun Bin plays a North Korean captain. Ri Jeong-hyeok and Yoon Se-ri meet in a tree.", Unlisted);
        Assert.DoesNotContain(reading.Cast, c => c.Character is not null && c.Actor is not null);
    }

    [Fact]
    public void CoupleLine_NamesCharacters_NeverActors()
    {
        var reading = Read("The paraglider", "A storm carries her across the border.", facts: new FactLine("Couple", "Ri Jeong-hyeok & Yoon Se-ri"));
        Assert.Equal(["Ri Jeong-hyeok|", "Yoon Se-ri|"], Pairs(reading));
        Assert.Contains(reading.Doubts, d => d.Why == "actor for Ri Jeong-hyeok not stated");
    }

    [Fact]
    public void CoupleLine_WithCastLine_PairsInOrder() =>
        Assert.Equal(["Ri Jeong-hyeok|Hyun Bin", "Yoon Se-ri|Son Ye-jin"],
            Pairs(Read("The paraglider", "A storm carries her across the border.",
                facts: [new FactLine("Couple", "Ri Jeong-hyeok & Yoon Se-ri"), new FactLine("Cast", "Hyun Bin, Son Ye-jin")])));

    [Fact]
    public void CoupleLine_OfActorsTheBodyCredits_KeepsTheBodysPairs() =>
        Assert.Equal(["Ri Jeong-hyeok|Hyun Bin", "Yoon Se-ri|Son Ye-jin"],
            Pairs(Read("The paraglider", "Yoon Se-ri (Son Ye-jin) lands on Captain Ri Jeong-hyeok (Hyun Bin).",
                facts: new FactLine("Couple", "Hyun Bin & Son Ye-jin"))));

    [Theory]
    [InlineData("Ri Jeong-hyeok (Hyun Bin) waits. Later Ri Jung-hyuk runs to her.", "Ri Jeong-hyeok|Hyun Bin")]
    [InlineData("Jan-di (Koo Hye-sun) sells food. Ku Hye-sun is wonderful here.", "Jan-di|Koo Hye-sun")]
    [InlineData("Choi Taek (Park Bo Gum) waits. Park Bo-gum plays it quietly.", "Choi Taek|Park Bo Gum")]
    [InlineData("Hong-joo (Bae Suzy) dreams. Suzy is at her best.", "Hong-joo|Bae Suzy")]
    [InlineData("Hong-joo (Bae Suzy) dreams. Suzy Bae is at her best.", "Hong-joo|Bae Suzy")]
    public void RomanisationVariantsAndStageNames_OnePerson(string body, string pair) =>
        Assert.Equal([pair], Pairs(Read("The scene", body, "Drama")));

    [Fact]
    public void Surname_SharedByTwoActors_NeverMerged() =>
        Assert.Equal(["Bong-soon|Park Bo-young", "Min-hyuk|Park Hyung-sik"],
            Pairs(Read("Strong Girl Bong-soon", "Bong-soon (Park Bo-young) lifts a bus. Min-hyuk (Park Hyung-sik) watches. Park is a surname they share.", "Strong Girl Bong-soon")));

    [Theory]
    [InlineData("He is as patient as Kim Shin in Goblin.")]
    [InlineData("Like Kim Shin (Gong Yoo) in Goblin, he waits.")]
    [InlineData("Hyun Bin, who also played Kim Joo-won in Secret Garden, shines.")]
    public void OtherDramaMentionedInPassing_NotCast(string passing)
    {
        var reading = Read("The soldier", "Ri Jeong-hyeok (Hyun Bin) waits by the border. " + passing);
        Assert.Equal(["Ri Jeong-hyeok|Hyun Bin"], Pairs(reading));
    }

    [Theory]
    [InlineData("The drama was directed by Lee Jung-hyo.")]
    [InlineData("Writer Park Ji-eun penned the scene; director Lee Jung-hyo shot it.")]
    [InlineData("The OST \"Flower\" by Yoon Mi-rae plays. Fan Kim Min-ji (@minji_kdrama) tweeted.")]
    public void DirectorsWritersSingersTweetAuthors_NotCast(string about)
    {
        var reading = Read("The soldier", "Ri Jeong-hyeok (Hyun Bin) waits by the border. " + about, facts: new FactLine("Starring", "Hyun Bin"));
        Assert.Equal(["Ri Jeong-hyeok|Hyun Bin"], Pairs(reading));
    }

    [Fact]
    public void Featured_HeadingNamesThePeople()
    {
        var reading = Read("Ri Jeong-hyeok finds Yoon Se-ri", "Yoon Se-ri (Son Ye-jin) falls into the arms of Ri Jeong-hyeok (Hyun Bin).");
        Assert.Equal(["Ri Jeong-hyeok", "Yoon Se-ri"], reading.Featured.Order(StringComparer.Ordinal));
    }

    [Fact]
    public void HugeParagraph_IsReadWithoutError()
    {
        var sentence = "Yoon Se-ri (Son Ye-jin, who won a Baeksang for it) lands on Ri Jeong-hyeok (Hyun Bin), like Kim Shin in Goblin. ";
        var paragraph = new StringBuilder();
        while (paragraph.Length < 256 * 1024)
        {
            paragraph.Append(sentence);
        }
        var reading = Read("The paraglider", paragraph.ToString());
        Assert.Equal(["Ri Jeong-hyeok|Hyun Bin", "Yoon Se-ri|Son Ye-jin"], Pairs(reading));
    }

    [Theory]
    [InlineData("hyphens")]
    [InlineData("parentheses")]
    [InlineData("quotes")]
    [InlineData("names")]
    [InlineData("digits")]
    public void HostileParagraph_IsReadWithoutError(string kind)
    {
        var unit = kind switch
        {
            "hyphens" => "Aaaa-",
            "parentheses" => "(Kim ",
            "quotes" => "\"‘“'",
            "names" => "Kim Aa (Lee Bb) as Cc Dd plays Ee Ff. \0",
            _ => "٣৫߂ Kim 7 ",
        };
        var text = string.Concat(Enumerable.Repeat(unit, 256 * 1024 / unit.Length));
        var reading = CastReader.Read(new CastEvidence(text[..1000], [text], "Drama", [], [new FactLine("Cast", text[..4000])]));
        Assert.True(reading.Cast.Count <= CastReader.MaxPeople);
    }

    [Theory]
    [InlineData("Ri Jeong-hyeok", "Ri Jung Hyuk")]
    [InlineData("Koo Hye-sun", "Ku Hye Sun")]
    [InlineData("Hyeon Bin", "Hyun Bin")]
    [InlineData("Lee Ji-eun", "Yi Ji Eun")]
    [InlineData("Rhee Ji-eun", "Lee Jieun")]
    [InlineData("Park Bo Gum", "Park Bo-gum")]
    public void RomanisationKey_VariantsOfOneName_Agree(string a, string b) =>
        Assert.Equal(PersonNames.RomanisationKey(a), PersonNames.RomanisationKey(b));

    [Theory]
    [InlineData("Park Bo-gum", "Park Bo-young")]
    [InlineData("Kim Ji-won", "Kim Ji-woo")]
    public void RomanisationKey_DifferentPeople_Differ(string a, string b) =>
        Assert.NotEqual(PersonNames.RomanisationKey(a), PersonNames.RomanisationKey(b));

    [Fact]
    public void ResolveActor_OtherRomanisation_MatchesTheExistingActor()
    {
        var catalog = new Catalog();
        catalog.Actors.Add(new Actor { Slug = "koo-hye-sun", Name = "Koo Hye-sun", NormalizedName = Names.Normalize("Koo Hye-sun") });
        var item = new ParsedItem(1, "Traffic Kiss", "Jan-di (Ku Hye-sun) sells food.", new ParsedDrama("Boys Over Flowers", 2009, []),
            [new CastCredit("Jan-di", "Ku Hye-sun")], ["Jan-di"], [], null, []);
        var report = new FileReport("a.txt");
        new CatalogResolver(catalog, DateTime.UnixEpoch).Resolve("a.txt", "text", new ParsedArticle("A", [item], []), report);
        var actor = Assert.Single(catalog.Actors);
        Assert.Contains("Ku Hye-sun", actor.Aliases.Select(a => a.Name));
    }

    [Theory]
    [InlineData("Hyun Bin plays North Korean officer Ri Jeong-hyeok in this one.")]
    [InlineData("Hyun Bin stars as the stoic captain Ri Jeong-hyeok.")]
    [InlineData("Hyun Bin takes on the role of Ri Jeong-hyeok, a captain.")]
    [InlineData("Hyun Bin, who played the role of Ri Jeong-hyeok, met her on set.")]
    [InlineData("Hyun Bin transformed into Ri Jeong-hyeok for the series.")]
    [InlineData("As Ri Jeong-hyeok, Hyun Bin barely raises his voice.")]
    [InlineData("In the role of Ri Jeong-hyeok, Hyun Bin barely raises his voice.")]
    [InlineData("The role of Ri Jeong-hyeok, a captain with a secret, went to Hyun Bin.")]
    [InlineData("Hyun Bin's character, Ri Jeong-hyeok, finds her.")]
    [InlineData("Hyun Bin's stoic captain Ri Jeong-hyeok finds her.")]
    [InlineData("Hyun Bin (as Ri Jeong-hyeok) finds her.")]
    public void Credit_RoleVerbsAndDescriptionsBeforeTheRole_PairRoleAndActor(string body) =>
        Assert.Equal(["Ri Jeong-hyeok|Hyun Bin"], Pairs(Read("The paraglider", body)));

    [Theory]
    [InlineData("Hyun Bin and Son Ye-jin did a lovely job playing the roles of Ri Jeong-hyeok & Yoon Se-ri respectively.")]
    [InlineData("The couple, Ri Jeong-hyeok and Yoon Se-ri, played by Hyun Bin and Son Ye-jin, met by accident.")]
    [InlineData("As Captain Ri Jeong-hyeok and heiress Yoon Se-ri, Hyun Bin and Son Ye-jin crossed a border for love.")]
    [InlineData("Hyun Bin played North Korean officer Ri Jeong-hyeok, Son Ye-jin the heiress Yoon Se-ri.")]
    [InlineData("Hyun Bin transformed into Ri Jeong-hyeok, and Son Ye-jin into Yoon Se-ri.")]
    public void TwoCredits_InOneSentence_ArePairedInOrder(string body) =>
        Assert.Equal(["Ri Jeong-hyeok|Hyun Bin", "Yoon Se-ri|Son Ye-jin"], Pairs(Read("The paraglider", body)));

    [Fact]
    public void Pronoun_HePlays_StandsForTheActorNamedJustBefore() =>
        Assert.Contains("Baek Hyun-woo|Kim Soo-hyun", Pairs(Read("The garden", "Kim Soo-hyun makes the list twice. He plays Baek Hyun-woo, a lawyer from the countryside.", "Queen of Tears")));

    [Fact]
    public void Pronoun_ShesPlayedBy_StandsForTheRoleNamedJustBefore() =>
        Assert.Contains("Cheon Sa-rang|Im Yoon-ah", Pairs(Read("The suite", "Cheon Sa-rang is the hotel employee who refuses to be impressed; she's played by Im Yoon-ah.", "King the Land")));

    [Fact]
    public void FamilyNameAlone_InParentheses_IsTheActorTheItemNamesInFull() =>
        Assert.Equal(["Cha Eun-sang|Park Shin-hye", "Kim Tan|Lee Min-ho"], Pairs(Read("Kim Tan and Cha Eun-sang",
            "Played by Lee Min-ho and Park Shin-hye\n\nKim Tan (Lee) first meets Cha Eun-sang (Park) in California.", "The Heirs")));

    [Fact]
    public void FamilyNameAlone_WithNoActorOfThatName_IsNoActor() =>
        Assert.DoesNotContain(Read("A moment", "Kim Tan (Lee) first meets her in California.", "The Heirs").Cast, c => c.Actor is not null);

    [Fact]
    public void PlayedByLine_PairsWithTheHeadingsRolesInOrder() =>
        Assert.Equal(["Choi Ung|Choi Woo-shik", "Kook Yeon-su|Kim Da-mi"], Pairs(Read("Choi Ung and Kook Yeon-su",
            "Played by Choi Woo-shik and Kim Da-mi\n\nTen years after a documentary, two exes meet again.", "Our Beloved Summer",
            [new HeadingPerson("Choi Ung", null, PersonRole.Unknown), new HeadingPerson("Kook Yeon-su", null, PersonRole.Unknown)])));

    [Fact]
    public void ParenthesisReversed_WhenTheOuterNameIsAListedActor_RoleIsInside() =>
        Assert.Contains("Na Hee-do|Kim Tae-ri", Pairs(Read("Nam Joo-hyuk and Kim Tae-ri",
            "Kim Tae-ri (Na Hee-do) and Nam Joo-hyuk (Baek Yi-jin) play a fencer and a reporter.", "Twenty-Five Twenty-One",
            [new HeadingPerson("Nam Joo-hyuk", null, PersonRole.Actor), new HeadingPerson("Kim Tae-ri", null, PersonRole.Actor)])));

    [Fact]
    public void FamilyPossessive_IsNotACredit() =>
        Assert.DoesNotContain("Yoon Se-hyung|Yoon Se-ri", Pairs(Read("The family", "Yoon Se-ri's older brother Yoon Se-hyung schemes. Yoon Se-ri (Son Ye-jin) ignores him.")));

    [Fact]
    public void NameInsideAWord_IsNotAnActor() =>
        Assert.DoesNotContain(Read("The rooftop", "Cha Eun-woo of ASTRO took on the role of Lee Su-ho while Moon Ga-young was Lim Ju-kyung.", "True Beauty").Cast,
            c => c.Actor == "TRO");

    [Fact]
    public void PossessiveBetweenTwoFullNames_NeverARoleInTheItem_IsActorAndRole() =>
        Assert.Equal(["Ri Jeong-hyeok|Hyun Bin", "Yoon Se-ri|Son Ye-jin"], Pairs(Read("The night market",
            "Son Ye-jin's Yoon Se-ri and Hyun Bin's Ri Jeong-hyeok lose each other in the crowd, and the candles do the rest.")));

    [Fact]
    public void PossessiveBetweenARoleAndAnother_IsNotACredit() =>
        Assert.DoesNotContain("Ri Jeong-hyeok|Yoon Se-ri", Pairs(Read("The border",
            "Yoon Se-ri (Son Ye-jin) waits at the line. Yoon Se-ri's Ri Jeong-hyeok cannot follow her across it.")));

    [Theory]
    [InlineData("The quiet violinist, played by Kim Hyun-joong, is always there when she needs someone.")]
    [InlineData("Kim Hyun-joong's gentle violinist is always there when she needs someone.")]
    [InlineData("Kim Hyun-joong played the gentle violinist who is always there when she needs someone.")]
    public void HeadingAboutOneRole_TheTextsOneActorWithoutARole_PlaysIt(string body) =>
        Assert.Contains("Yoon Ji-hoo|Kim Hyun-joong", Pairs(Read("Yoon Ji-hoo in ‘Boys Over Flowers’", body, "Boys Over Flowers",
            [new HeadingPerson("Yoon Ji-hoo", null, PersonRole.Unknown)])));

    [Fact]
    public void HeadingAboutOneRole_TwoActorsWithoutRoles_NeitherIsGuessed() =>
        Assert.DoesNotContain(Read("Yoon Ji-hoo in ‘Boys Over Flowers’",
            "Kim Hyun-joong's violinist and Kim Bum's playboy are the quiet half of the F4.", Unlisted,
            [new HeadingPerson("Yoon Ji-hoo", null, PersonRole.Unknown)]).Cast, c => c.Character == "Yoon Ji-hoo" && c.Actor is not null);
    [Theory]
    [InlineData("Kim Go-eun plays the cheerful, stubborn, ghost-seeing student Ji Eun-tak with real warmth.")]
    [InlineData("Kim Go-eun of Sunrays as Ji Eun-tak is a revelation.")]
    [InlineData("Ji Eun-tak, brought to life by Kim Go-eun with total conviction, sees ghosts.")]
    [InlineData("Ji Eun-tak is essayed by Kim Go-eun (in her second drama) this time.")]
    [InlineData("Kim Go-eun (a newcomer then) is high schooler Ji Eun-tak, who sees ghosts.")]
    public void Credit_AdjectiveListsGroupsAndOtherPlayedByVerbs_PairRoleAndActor(string body) =>
        Assert.Contains("Ji Eun-tak|Kim Go-eun", Pairs(Read("The candle", body, "Goblin")));

    [Fact]
    public void KnownAs_NamesSomeone_NeverCastsThem() =>
        Assert.DoesNotContain(Read("The courier", "Seo Jung-hoo is a night courier known as Healer among his clients.", "Healer").Cast, c => c.Actor == "Seo Jung-hoo");

    [Fact]
    public void ActorIsAGivenName_EndingTheSentence_IsPaired() =>
        Assert.Equal(["Ryu Sun-jae|Byeon Woo-seok"], Pairs(Read("The umbrella",
            "The idol Ryu Sun-jae waits at the bus stop in the rain.\n\nByeon Woo-seok is Sun-jae. Nobody else could be.", "Lovely Runner")));

    [Fact]
    public void GivenNameCredit_TakesTheFullNameTheItemGave() =>
        Assert.Contains("Im Sol|Kim Hye-yoon", Pairs(Read("The umbrella", "Superfan Im Sol travels back to save an idol.\n\nKim Hye-yoon plays Sol with wit.", "Lovely Runner")));

    [Theory]
    [InlineData("Hyun Bin and Son Ye-jin star as two strangers split by a border.")]
    [InlineData("Hyun Bin and Son Ye-jin play the couple split by a border.")]
    [InlineData("The show pairs Hyun Bin with Son Ye-jin, and the border does the rest.")]
    [InlineData("Hyun Bin plays the stiff captain and Son Ye-jin the stranded heiress.")]
    public void ActorsNamedTogetherWithoutRoles_PairInOrderWithTheHeadingsCouple(string body) =>
        Assert.Equal(["Ri Jeong-hyeok|Hyun Bin", "Yoon Se-ri|Son Ye-jin"], Pairs(Read("Ri Jeong-hyeok and Yoon Se-ri", body,
            people: [new("Ri Jeong-hyeok", null, PersonRole.Unknown), new("Yoon Se-ri", null, PersonRole.Unknown)])));

    [Fact]
    public void GivenNameAfterAFamilyName_ThatIsAlsoAWord_IsStillAName() =>
        Assert.Contains("Jang Uk|Lee Jae-wook", Pairs(Read("The lessons", "Lee Jae-wook plays Jang Uk, a nobleman with blocked energy.", "Alchemy of Souls")));

    [Fact]
    public void TwoActorsWhoPlayedTwoRolesRespectively_ArePairedInOrder() =>
        Assert.Equal(["Kim Mi-so|Park Min-young", "Lee Young-joon|Park Seo-joon"], Pairs(Read("The resignation",
            "Vice-chairman Lee Young-joon panics when Kim Mi-so resigns.\n\nPark Seo-joon and Park Min-young, who played Young-joon and Mi-so respectively, never miss a beat.",
            "What's Wrong with Secretary Kim")));

    [Fact]
    public void AsAfterACommaAndAnotherName_BelongsToTheNearerActor() =>
        Assert.Contains("Choi Young-do|Kim Woo-bin", Pairs(Read("The rival",
            "Park Shin-hye is Eun-sang, and Kim Woo-bin is unforgettable as the rival heir Choi Young-do.", "The Heirs")));

    [Fact]
    public void KnownAsWithAnAdverb_NamesTheActorAgain_NeverARole() =>
        Assert.DoesNotContain(Read("The neighbour", "Jun Ji-hyun, also known internationally as Gianna Jun, steals every scene as the vain but lovable Cheon Song-yi.", "My Love from the Star").Cast,
            c => c.Character == "Gianna Jun");

    [Fact]
    public void CastList_AListedActorAndTheirRoleNamedApart_ArePaired() =>
        Assert.Contains("Ri Jeong-hyeok|Hyun Bin", Pairs(Read("The confession", "Hyun Bin is at his best in the last act.\n\nWhen Ri Jeong-hyeok finally admits it, the whole village hears.")));

    [Fact]
    public void CastList_AListedRoleBeforeAPossessive_IsNeverAnActor()
    {
        var reading = Read("The bridge", "Nobody expected Yoon Se-ri's Ri Jeong-hyeok to cry first.");

        Assert.DoesNotContain(reading.Cast, c => c.Actor is not null);
        Assert.Contains(reading.Cast, c => c.Character == "Yoon Se-ri");
    }

    [Fact]
    public void CastList_AStageNameTheItemUsesInstead_IsTheActorAsTheItemSpellsIt() =>
        Assert.Contains("Lee Young-jae|Jung Ji-hoon", Pairs(Read("The contract marriage", "Jung Ji-hoon was still a pop star first back then.\n\nHan Ji-eun drags Lee Young-jae to the wedding hall anyway.", "Full House")));

    [Fact]
    public void CastList_AnActorNamedWithoutTheirRole_GetsNoRoleTheItemDoesNotName() =>
        Assert.Equal(["|Hyun Bin"], Pairs(Read("The stare", "Hyun Bin carries the whole episode with one look.")));

    [Fact]
    public void CastList_ADramaNotOnTheList_PairsNothingByTheList() =>
        Assert.DoesNotContain("Ri Jeong-hyeok|Hyun Bin", Pairs(Read("The confession", "Hyun Bin is at his best in the last act.\n\nWhen Ri Jeong-hyeok finally admits it, the whole village hears.", Unlisted)));

    [Fact]
    public void CastList_ACastLineOverABodyThatNamesTheRolesInAnotherOrder_PairsAsTheListSays() =>
        Assert.Equal(["Hong Shim|Nam Ji-hyun", "Lee Yul|Doh Kyung-soo"], Pairs(Read("The prince who forgot",
            "Hong Shim runs the house while Lee Yul, who remembers nothing, tries to be useful.", "100 Days My Prince",
            facts: new FactLine("Cast", "Nam Ji-hyun, Doh Kyung-soo"))));

    [Fact]
    public void CastList_ACoupleLineAndActorsDescribedInTheBody_ArePairedAsTheListSays() =>
        Assert.Equal(["Chae Young-shin|Park Min-young", "Seo Jung-hoo|Ji Chang-wook"], Pairs(Read("The earpiece",
            "Ji Chang-wook AGAIN, as the courier nobody sees.\n\nPark Min-young as the reporter he keeps safe.", "Healer",
            facts: new FactLine("Couple", "Seo Jung-hoo & Chae Young-shin"))));

    [Fact]
    public void CastList_AStageNameWithTheBirthNameBesideIt_StaysTheActorsName()
    {
        var credit = Assert.Single(Read("The last night at the hotel", "IU plays the hotel's owner, Jang Man-wol, one last time.", "Hotel del Luna",
            facts: new FactLine("Cast", "IU (Lee Ji-eun)")).Cast);

        Assert.Equal(("Jang Man-wol", "IU"), (credit.Character, credit.Actor));
        Assert.Equal(["Lee Ji-eun"], credit.ActorAliases);
        Assert.Empty(credit.CharacterAliases);
    }

    [Theory]
    [InlineData("Do-hwan", "Do-hwan waits. Dohwan waits again, and DO HWAN shouts; Do-hwanie is a nickname.", 3)]
    [InlineData("Baek Do-hwan", "Baek Do Hwan, baek dohwan and Baek-Do-hwan; not Baek Do-hwans or Baek Do.", 3)]
    [InlineData("Mr. Gu", "Mr. Gu drinks. Mr.Gu sleeps. Mr Gu is not him.", 2)]
    [InlineData("Yu-ri", "Yu-ri-yu-ri Yu-ri", 3)]
    [InlineData("Han", "Hanbok, Han, Han's, Johan", 2)]
    public void CountMentions_CountsAsTheMentionPatternDoes(string name, string text, int expected)
    {
        Assert.Equal(expected, PersonNames.CountMentions(name, text));
        Assert.Equal(PersonNames.MentionPattern(name).Count(text), PersonNames.CountMentions(name, text));
    }

    [Fact]
    public void Parenthesis_ARoleKnownByAFormOfAddress_KeepsIt() =>
        Assert.Equal(["Mr. Oh|Kang Min-jae"], Pairs(Read("The night shift", "Nobody knows his first name: Mr. Oh (Kang Min-jae) just mops the floor and listens.", Unlisted)));

    [Fact]
    public void CoupleAndPlayedByLinesJoinedWithAnX_PairInOrder() =>
        Assert.Equal(["Baek Do-hwan|Kang Min-jae", "Yoo Seon-mi|Han Yu-ri"], Pairs(Read("the tattoo", "A quiet night on the pier.", Unlisted, null,
            new FactLine("couple", "Baek Do-hwan x Yoo Seon-mi"), new FactLine("played by", "Kang Min-jae x Han Yu-ri"))));

    [Fact]
    public void CoupleLineWithEachActorInParentheses_PairsEachRoleWithItsActor() =>
        Assert.Equal(["Baek Do-hwan|Kang Min-jae", "Yoo Seon-mi|Han Yu-ri"], Pairs(Read("the lesson", "She learns the game in one winter.", Unlisted,
            facts: new FactLine("couple", "Yoo Seon-mi (Han Yu-ri) & Baek Do-hwan (Kang Min-jae)"))));

    [Fact]
    public void CastList_NamesWrittenInLowercase_AreReadAndSpelledAsTheListSpellsThem()
    {
        var reading = Read("the sword", "ok so gong yoo makes kim shin look so tired of living. the grim reaper just pours tea.", "Goblin");

        Assert.Contains("Kim Shin|Gong Yoo", Pairs(reading));
        Assert.DoesNotContain(reading.Cast, c => c.Character is not null && c.Character.Contains("grim", StringComparison.OrdinalIgnoreCase));
    }

    [Fact]
    public void CastList_ADramaTitleWithItsYearAndNetworkStillInParentheses_IsTheListedDrama() =>
        Assert.Contains("Jung Koo-won|Song Kang", Pairs(Read("the tattoo", "Song Kang is at his best here.\n\nJung Koo-won finally loses his temper.", "my demon (sbs, 2023)")));

    [Fact]
    public void ANameTheCastLineCredits_IsTheActorsName_OverAStageNameTheProseUses()
    {
        var credit = Assert.Single(Read("The lift", "Luna (Han Yu-ri) plays Yoo Seon-mi, who never takes the stairs.", Unlisted, facts: new FactLine("Cast", "Han Yu-ri")).Cast);

        Assert.Equal(("Yoo Seon-mi", "Han Yu-ri"), (credit.Character, credit.Actor));
        Assert.Contains("Luna", credit.ActorAliases);
    }

    [Fact]
    public void JobWordBeforeANameWithAParenthesis_IsTheActorAndTheirOtherName()
    {
        var reading = Read("The rooftop", "Singer-actor Bada (Choi Seong-hee) played the runaway bride Han Ji-yu.", Unlisted);
        Assert.Contains(reading.Cast, c => c.Actor == "Bada" && c.Character == "Han Ji-yu" && c.ActorAliases.Contains("Choi Seong-hee"));
        Assert.DoesNotContain(reading.Cast, c => c.Character is { } role && role.Contains("Singer", StringComparison.Ordinal));
    }

    [Fact]
    public void DescribingCompoundAfterAs_IsNoRole() =>
        Assert.DoesNotContain(Read("The new manager", "Seo Min-jae as the Oxford-educated manager of the inn.", Unlisted).Cast,
            c => c.Character is { } role && role.Contains("Oxford", StringComparison.Ordinal));

    [Fact]
    public void SupportingActorsACastLineBills_AreDropped_WhenTheItemNeverNamesThem()
    {
        var reading = Read("The lighthouse", "Baek Do-hwan (Kang Min-jae) rows out to find Yoo Seon-mi (Han Yu-ri) in the storm.", Unlisted,
            facts: new FactLine("Cast", "Kang Min-jae, Han Yu-ri, Oh Tae-sung, Moon Ga-ram"));
        Assert.Equal(["Baek Do-hwan|Kang Min-jae", "Yoo Seon-mi|Han Yu-ri"], Pairs(reading));
    }

    [Fact]
    public void SupportingActorsACastLineBills_Stay_WhenTheItemNamesThem()
    {
        var reading = Read("The lighthouse", "Baek Do-hwan (Kang Min-jae) rows out in the storm, and Oh Tae-sung steals the scene as his father.", Unlisted,
            facts: new FactLine("Cast", "Kang Min-jae, Han Yu-ri, Oh Tae-sung, Moon Ga-ram"));
        Assert.Contains(reading.Cast, c => c.Actor == "Han Yu-ri"); // a lead: billed second
        Assert.Contains(reading.Cast, c => c.Actor == "Oh Tae-sung");
        Assert.DoesNotContain(reading.Cast, c => c.Actor == "Moon Ga-ram");
    }

    [Fact]
    public void CastLine_WithNoOnePlaced_StaysWhole() =>
        Assert.Equal(4, Read("The lighthouse", "The storm scene is the best thing the show did.", Unlisted,
            facts: new FactLine("Cast", "Kang Min-jae, Han Yu-ri, Oh Tae-sung, Moon Ga-ram")).Cast.Count);
}
