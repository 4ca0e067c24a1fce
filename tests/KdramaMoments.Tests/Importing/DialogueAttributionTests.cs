using KdramaMoments.Web.Importing;

namespace KdramaMoments.Tests.Importing;

/// <summary>
/// Quoted words that are no character's line: what a reader or a fan said of a scene ("as one viewer put it"), and a label
/// the writer gives a character ("calling him the ultimate “…”").
/// </summary>
public sealed class DialogueAttributionTests
{
    [Theory]
    [InlineData("The finale left many of us, as one reader put it, \"sobbing into the cat at midnight.\"")]
    [InlineData("It was, as a fan on the forum puts it, \"the best ten minutes of television this year.\"")]
    public void WordsAReaderOrFanPutIt_AreNotDialogue(string paragraph) =>
        Assert.Empty(DialogueReader.Find([paragraph]));

    [Theory]
    [InlineData("His patience had viewers calling him the ultimate \"golden retriever boyfriend.\"")]
    [InlineData("Fans started calling her \"the girl who never sleeps.\" after the second episode.")]
    public void ALabelTheWriterOrFansGiveACharacter_IsNotDialogue(string paragraph) =>
        Assert.Empty(DialogueReader.Find([paragraph]));

    [Fact]
    public void ALineTheCharacterSays_BesideAReadersVerdict_IsStillDialogue() =>
        Assert.Equal(["I will find you, wherever you land,"],
            DialogueReader.Find(["\"I will find you, wherever you land,\" he says, and, as one reader put it, nobody doubted him for a second."]));
}
