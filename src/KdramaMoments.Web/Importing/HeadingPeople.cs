namespace KdramaMoments.Web.Importing;

/// <summary>What the heading says a person is, when it says.</summary>
public enum PersonRole
{
    Unknown,
    Character,
    Actor,
}

/// <summary>A person a heading names: "Ri Jeong-hyeok (Hyun Bin)" is a character played by an actor; "Hyun Bin for Son Ye-jin" two people.</summary>
public sealed record HeadingPerson(string Name, string? PlayedBy, PersonRole Role);

/// <summary>One field of an item's fact card: ("Cast", "Hyun Bin, Son Ye-jin"), ("Couple", "Ri Jeong-hyeok &amp; Yoon Se-ri"), ("Year", "2019").</summary>
public sealed record FactLine(string Key, string Value);
