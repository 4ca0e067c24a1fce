using KdramaMoments.Web.Domain;

namespace KdramaMoments.Web.Importing;

public static partial class CastReader
{
    /// <summary>One role as the item describes it, collected from several sentences.</summary>
    internal sealed class Credit(string? character, string? actor)
    {
        private readonly List<string> names = character is null ? [] : [character];
        private readonly List<string> actorNames = actor is null ? [] : [actor];

        // Names the item gave only as another name of an actor it calls otherwise ("IU (Lee Ji-eun)"): kept, never chosen.
        private readonly HashSet<string> otherNames = new(StringComparer.Ordinal);

        // Names the item gave only as the role's other name ("real name Oh Jin-shim", "literally Doom"): kept, never chosen.
        private readonly HashSet<string> otherCharacterNames = new(StringComparer.OrdinalIgnoreCase);

        public string? Character => names.Count == 0 ? null
            : names.Where(n => !otherCharacterNames.Contains(n)).DefaultIfEmpty(names[0])
                .OrderByDescending(n => PersonNames.Words(n).Length).ThenByDescending(n => n.Length).First();

        /// <summary>The first full spelling of the actor's name; the others are <see cref="CastCredit.ActorAliases"/>.</summary>
        public string? Actor => actorNames.Count == 0 ? null
            : (actorNames.Where(n => !otherNames.Contains(n)).DefaultIfEmpty(actorNames[0])).OrderByDescending(n => PersonNames.Words(n).Length).First();

        /// <summary>Every spelling of the actor's name the item used, the chosen one first.</summary>
        public List<string> ActorNames() => Actor is null ? [] : actorNames.OrderBy(n => n == Actor ? 0 : 1).ToList();

        /// <summary>Drops the role names that belong to another credit (the list says whose role they are).</summary>
        public void Forget(IEnumerable<string> characterNames) => names.RemoveAll(n => characterNames.Any(c => SamePerson(c, n) || PersonNames.IsNameSuffix(n, c)));

        public bool Answers(string name) => names.Any(n => SamePerson(n, name) || PersonNames.IsNameSuffix(name, n) || PersonNames.IsNameSuffix(n, name));

        /// <summary>True when <paramref name="name"/> is this credit's actor, spelled any way the item spells them.</summary>
        public bool PlayedBy(string name) => actorNames.Any(a => SamePerson(a, name) || IsShortFor(name, a) || IsShortFor(a, name));

        public bool Matches(string? otherCharacter, string? otherActor)
        {
            if (Actor is not null && otherActor is not null)
            {
                // Two different actors are two people, even when they share a family name.
                return PlayedBy(otherActor);
            }
            return otherCharacter is not null && Answers(otherCharacter);
        }

        public void Absorb(string? otherCharacter, string? otherActor)
        {
            if (otherCharacter is not null && !names.Any(n => string.Equals(n, otherCharacter, StringComparison.OrdinalIgnoreCase)))
            {
                names.Add(otherCharacter);
            }
            if (actorNames.Count == 0)
            {
                AbsorbActorName(otherActor);
            }
        }

        /// <summary>Keeps another spelling or stage name of the actor; a given name alone is only a short form, not kept.</summary>
        public void AbsorbActorName(string? name)
        {
            if (name is null || actorNames.Any(a => Names.Normalize(a) == Names.Normalize(name) || PersonNames.IsNameSuffix(name, a)))
            {
                return;
            }
            actorNames.Add(name);
        }

        /// <summary>Makes a name kept as another name of the actor a name the actor may be shown by again.</summary>
        public void Prefer(string name) => otherNames.RemoveWhere(n => Names.Normalize(n) == Names.Normalize(name));

        /// <summary>Keeps another name of the actor that the item gives beside the one it uses ("IU (Lee Ji-eun)").</summary>
        public void AbsorbActorAlias(string? name)
        {
            if (name is not null && actorNames.Count > 0 && !actorNames.Any(a => Names.Normalize(a) == Names.Normalize(name)))
            {
                otherNames.Add(name);
            }
            AbsorbActorName(name);
        }

        /// <summary>Keeps another name of the role that the item gives beside the one it uses ("real name Oh Jin-shim").</summary>
        public void AbsorbCharacterAlias(string? name)
        {
            if (name is null || names.Count == 0 || names.Any(n => string.Equals(n, name, StringComparison.OrdinalIgnoreCase)))
            {
                return;
            }
            otherCharacterNames.Add(name);
            names.Add(name);
        }

        public void AbsorbAll(Credit other)
        {
            foreach (var name in other.names)
            {
                if (other.otherCharacterNames.Contains(name))
                {
                    AbsorbCharacterAlias(name);
                }
                else
                {
                    Absorb(name, null);
                }
            }
            foreach (var name in other.actorNames)
            {
                if (other.otherNames.Contains(name))
                {
                    AbsorbActorAlias(name);
                }
                else
                {
                    AbsorbActorName(name);
                }
            }
        }

        public CastCredit ToCastCredit()
        {
            var name = Character;
            var actorName = Actor;
            return new CastCredit(name, actorName, names.Where(n => Names.Normalize(n) != Names.Normalize(name ?? string.Empty)).ToList())
            {
                ActorAliases = actorNames.Where(n => Names.Normalize(n) != Names.Normalize(actorName ?? string.Empty)).ToList(),
            };
        }
    }
}
