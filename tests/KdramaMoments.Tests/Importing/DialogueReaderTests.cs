using KdramaMoments.Web.Importing;

namespace KdramaMoments.Tests.Importing;

/// <summary>What the dialogue reader takes for a line a character speaks, each rule on a few paragraphs written for it.</summary>
public sealed class DialogueReaderTests
{
    private static List<string> Find(params string[] paragraphs) => DialogueReader.Find(paragraphs);

    [Theory]
    [InlineData("Fans of the remake will know it as \"Moonlit Garden Of Secrets,\" a title the network chose later.")]
    [InlineData("Everyone at the port calls him \"Boss Han.\" He hates it.")]
    [InlineData("The writer is currently watching “Spring Waltz” and “The Red Sleeve.”")]
    [InlineData("In the comic he is only ever \"Number 7.\"")]
    public void TitlesAndNames_InQuotesWithTheSentencesPunctuation_AreNotDialogue(string paragraph) =>
        Assert.Empty(Find(paragraph));

    [Theory]
    [InlineData("Viewers voted for the last episode, when Do-hwan says, \"I'll keep the light on for you.\"", "I'll keep the light on for you.")]
    [InlineData("\"I'll keep the light on for you,\" Do-hwan tells her, and the audience agreed.", "I'll keep the light on for you,")]
    [InlineData("Baek Do-hwan finally turns round. \"I'll keep the light on for you,\" he tells her.", "I'll keep the light on for you,")]
    public void Quotation_ASpeechVerbGivesToACharacter_IsDialogue(string paragraph, string quote) =>
        Assert.Equal([quote], DialogueReader.Find([paragraph], ["Baek Do-hwan", "Yoo Seon-mi"]));

    [Theory]
    [InlineData("So she kisses him, the screen fills with \"To be continued,\" and she vanishes.")]
    [InlineData("The episode ends as the title card reads \"Ten years later.\"")]
    public void WordsOnTheScreen_AreNotDialogue(string paragraph) =>
        Assert.Empty(Find(paragraph));

    [Fact]
    public void SongTitle_FollowedByItsSinger_IsNotDialogue() =>
        Assert.Empty(Find("The moment the rain starts, \"Love Me Like That\" by Yoon Mi-rae plays over the bridge."));

    [Theory]
    [InlineData("Do-hwan's answer is all business: \"You only have to keep the lamp lit until spring.\" By the time he knows better, it is far too late.")]
    [InlineData("She does not wait for him: \"Then I'll keep the lamp lit myself!\" By morning the whole port knows.")]
    public void QuotationEndingItsSentence_ThenASentenceOpeningWithBy_IsDialogue(string paragraph) =>
        Assert.Single(Find(paragraph));

    [Theory]
    [InlineData("For Park, the scenes have one thing in common. \"None of them is really about the lighthouse,\" she said.")]
    [InlineData("Critic Jang said the show lasts because it is sincere. \"It never winks at you,\" she said.")]
    [InlineData("\"It's the kindest proposal I've seen on TV,\" she told us.")]
    public void Quotation_AnInterviewee_SaysToTheWriter_IsNotDialogue(string paragraph) =>
        Assert.Empty(DialogueReader.Find([paragraph], ["Baek Do-hwan", "Yoo Seon-mi"]));

    [Theory]
    [InlineData("He turns at the door. \"Don't go.\" She doesn't.", "Don't go.")]
    [InlineData("She only says “Trust Me, Captain!” and jumps.", "Trust Me, Captain!")]
    [InlineData("“You're annoying” is all she manages.", "You're annoying")]
    public void ShortSpeech_EvenWhenCapitalised_IsDialogue(string paragraph, string quote) =>
        Assert.Equal([quote], Find(paragraph));

    [Theory]
    [InlineData("At the station he says ‘Let's start over, you and I.’ and walks off.", "Let's start over, you and I.")]
    [InlineData("Her answer, ‘I'm not leaving without you’, ends the episode.", "I'm not leaving without you")]
    public void SingleQuotes_AroundContractions_HoldTheWholeLine(string paragraph, string quote) =>
        Assert.Equal([quote], Find(paragraph));

    [Fact]
    public void SingleQuotes_AroundATitle_AreNotDialogue() =>
        Assert.Empty(Find("The remake, retitled ‘Rain Over Seoul Station’, aired a year later."));

    [Fact]
    public void StackedReactions_OneQuotationPerLine_AreNotDialogue()
    {
        Assert.Empty(Find(
            "The ferry scene trended for a week.",
            "\"Nobody was ready for that ending.\"",
            "\"I rewatched it twice before breakfast.\""));
        Assert.Empty(Find("\"Best second couple ever.\"\n\"I cried at my desk, I'm not ashamed.\""));
    }

    [Fact]
    public void QuotedLinesInARow_ThatTheProseIntroducesWithAColon_AreDialogue() =>
        Assert.Equal(["I'll wait at the pier, so come back to me.", "Captain or not, I don't care anymore."], Find(
            "At the end of the eighth episode he walks back down the pier, takes her hand, and says the show's most quoted lines:",
            "\"I'll wait at the pier, so come back to me.\"",
            "\"Captain or not, I don't care anymore.\"",
            "Years later the scene still feels braver than most of what came after it."));

    [Fact]
    public void ALoneQuotedLine_BetweenParagraphs_IsDialogue() =>
        Assert.Equal(["You kept the umbrella all these years?"], Find(
            "Years later they meet at the same bus stop.",
            "\"You kept the umbrella all these years?\"",
            "She never answers."));

    [Theory]
    [InlineData("@ferryfan22", "me watching him say \"I will wait for you\" for the tenth time", "♬ original sound - ferryfan22")]
    [InlineData("sunny-days reblogged this from otp-archive and added:", "“putting this on every list because I said so”")]
    [InlineData("moonlit_reader", "\"That ending ruined me for other dramas\" is my bio now", "Reply · 88 likes")]
    [InlineData("him saying \"stay with me\" like it costs him everything #kdrama #ferryscene")]
    public void SocialPostsAndComments_TheirQuotesAreNotDialogue(params string[] paragraphs) =>
        Assert.Empty(Find(paragraphs));

    [Theory]
    [InlineData("\"It is a drama that trusts silence,\" Park said in an interview.")]
    [InlineData("A respondent in her 40s explained, \"It was the first romance that felt adult.\"")]
    [InlineData("\"Being patient is still loving,\" my therapist said when I told her.")]
    [InlineData("One fan of the show wrote, \"I have never cried at a kiss before.\"")]
    public void WordsOfInterviewees_AreNotDialogue(string paragraph) =>
        Assert.Empty(Find(paragraph));

    [Fact]
    public void AFanNamedBeforeAPronounsSpeechVerb_IsNoSpeaker_TheLineIsDialogue() =>
        Assert.Equal(["From now on, I'll be your fan."],
            Find("his girlfriend turns out to be a hardcore idol fan and instead of being weird about it he says \"From now on, I'll be your fan.\""));

    [Theory]
    [InlineData("\"I will find you,\" he said, and the screen went dark.")]
    [InlineData("\"I will find you,\" Kim Shin said, and the screen went dark.")]
    public void CharacterSpeaking_WithSaid_IsStillDialogue(string paragraph) =>
        Assert.Equal(["I will find you,"], Find(paragraph));

    [Theory]
    [InlineData("The night-market scene is remembered simply as \"the noodle kiss,\" and it still trends.")]
    [InlineData("One critic called it \"a love story for people with mortgages,\" which is fair.")]
    [InlineData("His dog is called Bori — \"barley.\" Subtle, the show is not.")]
    [InlineData("The original title translates to \"a moon hidden by the tide,\" which is lovelier.")]
    public void NamedOrDescribedInQuotes_IsNotDialogue(string paragraph) =>
        Assert.Empty(Find(paragraph));

    [Theory]
    [InlineData("It is not the \"I love you\" you expect from a rooftop.")]
    [InlineData("He never says \"I missed you\" in sixteen episodes.")]
    [InlineData("Her way of saying \"I love you\" is fixing his bike.")]
    [InlineData("The show's \"Tangerine couple\" became a meme.")]
    [InlineData("Cue a lot of \"wait, why do I like my rival\" energy.")]
    [InlineData("Long before the \"heir falls for the tutor\" trope wore thin, this one did it.")]
    [InlineData("The drama was sold as a \"who gets the girl\" mystery.")]
    public void QuotationUsedAsALabel_IsNotDialogue(string paragraph) =>
        Assert.Empty(Find(paragraph));

    [Theory]
    [InlineData("Then Do-yoon's \"I came back for you. Only you.\" lands.", "I came back for you. Only you.")]
    [InlineData("Joon-ho calls \"Min-ah! Let's go, you and me.\" across the yard.", "Min-ah! Let's go, you and me.")]
    [InlineData("He turns to her: \"I love you. I always have.\"", "I love you. I always have.")]
    public void SpeechAfterASpeakersNameOrACall_IsStillDialogue(string paragraph, string quote) =>
        Assert.Equal([quote], Find(paragraph));
}
