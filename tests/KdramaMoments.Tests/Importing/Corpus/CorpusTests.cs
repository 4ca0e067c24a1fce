using System.Globalization;
using System.Text;
using KdramaMoments.Web.Domain;
using KdramaMoments.Web.Importing;
using Xunit.Abstractions;

namespace KdramaMoments.Tests.Importing.Corpus;

/// <summary>
/// The importer scored on a corpus of articles in real outlets' layouts, against golden files written by
/// reading them. <c>Training/</c> was written before the second-generation parser and used while building
/// it; <c>FirstSight/</c> was written after it and scored before any tuning (0.63), then tuned on;
/// <c>HeldOut/</c> was written by writers who never saw the importer and scored once, after the tuning
/// was frozen (0.90); the only change made after reading its output is the fix of one regression (0.93). <c>Practice/</c>
/// holds eight layouts none of the others has, written and scored before the changes they led to (0.45), then tuned on. <c>Blind/</c> (12 articles in 12 outlets' layouts) was written by a writer who never saw the importer or the other sets, and scored once after the Practice tuning was frozen: 0.85; it was then tuned on (0.93). <c>Blind2/</c> (12 articles, 75 items) was written by another writer who never saw the importer or the other sets, after that tuning, and scored once at first sight: 0.55; it was then tuned on (0.70). <c>Blind3/</c> (12 articles in twelve more outlets' layouts) was written by a third writer, after that, and scored once at first sight: 0.58; it was then read to design a change of mechanism (items anchored at paragraph openings, one objective for every segmentation), not per-layout rules: 0.89. <c>Blind4/</c> (12 articles in twelve more layouts) was written by a fourth writer during that change and scored once on the code before it (0.71) and after it (0.72); then two general rules (titles in straight single quotes, <c>See also:</c> links) took it to 0.76, and reading the drama from the prose under scene-only headings (with five more general rules) to 0.96 (tuned on, so no longer a first-sight figure). <c>Blind5/</c> (12 articles in twelve more layouts) was written by a fifth writer and scored once at first sight: 0.70 on the code before the prose-reading change and 0.75 after it; it was then tuned on with three general rules (lowercase headings and the abbreviations their text spells out, a <c>Drama · Episode N</c> heading, a lowercase actor credited beside a capitalised role) to 0.78. Then the people and the dialogue of each moment were read more generally across all sets (a dialogue reader that tells titles, names, stacked reactions, social posts and interviewees' words from speech; cast from actors named together, described roles, <c>X is Y</c>, given names completed): Training 0.97 → 0.99, FirstSight 0.96 → 0.98, HeldOut 0.94 → 0.96, Practice 0.97 → 0.98, Blind 0.93 → 0.95, Blind2 0.77 → 0.81, Blind3 0.90 → 0.91, Blind4 0.96 → 0.97, Blind5 0.78 → 0.80. A reference shelf of known Korean dramas (<c>Importing/Reference/known-dramas.tsv</c>, written from general knowledge before any corpus file was read) then became title evidence wherever a drama is chosen (heading slots, titles the prose introduces, first sentences under scene headings, paragraph openings): Blind2 0.77 → 0.80, Blind4 0.96 → 0.97, Blind5 0.78 → 0.79, the others unchanged (tuned on, so not first-sight figures). With both changes, Blind2 0.84, Blind3 0.92, Blind4 0.98, Blind5 0.81. <c>Blind6/</c> (12 articles, 85 items, in twelve more layouts: ELLE, Harper's BAZAAR Singapore, NME, Rappler, Sportskeeda, a Times of India web story, Ranker, a Dramabeans-style recap, a Fandom wiki page, podcast show notes, a plain-text newsletter, a JustWatch guide) was written by a sixth writer while those changes were being made, and scored once on the code before them (0.64), after the people-and-dialogue reading (0.65) and after the reference shelf (0.74): its floor was that first-sight figure. Then whole classes of layout failure were given general mechanisms (time-coded headings, wiki sections with edit links, quotation and sentence-case sub-headings, related-link boxes and photo credits as furniture, the cast under more fact labels, a known-title fallback before refusing, initials kept in capitals, anchors keeping their written parenthesis): HeldOut 0.96 → 0.97, Blind5 0.81 → 0.87, Blind6 0.74 → 0.89 (tuned on now), the others unchanged. A cast list (<c>Importing/Reference/known-casts.tsv</c>: the leads of about 490 shelf dramas and their roles, written from general knowledge and committed before any corpus file was opened) was made at the same time by another helper: it tells actors from characters and pairs them wherever an item names both (alone: FirstSight 0.98 → 0.99, HeldOut 0.96 → 0.98, Practice 0.98 → 1.00, Blind 0.95 → 0.97, Blind2 0.84 → 0.87, Blind3 0.92 → 0.98, Blind6 0.74 → 0.78). With both merged: Training 0.99, FirstSight 0.99, HeldOut 0.99, Practice 1.00, Blind 0.97, Blind2 0.87, Blind3 0.98, Blind4 0.98, Blind5 0.87, Blind6 0.93. <c>Blind7/</c> (12 articles, 82 items, in twelve more layouts: Marie Claire, Mashable, Inquirer.net, Mothership.sg, Preview.ph, Digital Spy, Den of Geek, Filmfare, a Letterboxd-style list, a Notion export, a Google Doc handout, a Wattpad book) was written by a seventh writer as those changes were finished, never seen by them, and scored at first sight: 0.75 on the code before them, 0.78 after the layout classes, 0.79 with the cast list too; its floor was that first-sight figure less 0.01. Then items whose heading never names the drama were read from the card under it (a labelled drama line, or a title the shelf knows alone on its line), and the choice between candidate lists was weighed by how their items resolve: Blind 0.97 → 0.98, Blind2 0.87 → 0.88, Blind5 0.87 → 0.90, Blind7 0.79 → 0.86 (tuned on), the others unchanged. It was then tuned on with list shapes (pipe tables whose rows are items, Markdown section levels, counters such as <c>CLIP 3 · 7:15 PM</c>, lowercase labels, a card's title row, tracker cast lines): 0.79 → 0.90 alone; with both changes and the cast reading of the same session: Blind 0.98, Blind2 0.89, Blind3 0.99, Blind5 0.92, Blind6 0.94, Blind7 0.97, the others unchanged. <c>Blind8/</c> (12 articles, 87 items, in twelve more layouts: Glamour, The Guardian, Vulture, Decider, The Korea Times, News18, PopSugar, The Straits Times, a Discord export, a machine-translated Naver blog, a GitHub README, a Facebook group post) was written by an eighth writer during those changes, never seen by them, and scored at first sight: 0.89 on the code before them, 0.90 after; it was then tuned on (chat and thread messages, fans' initials of shelf titles, people-only headings): 0.96. <c>Blind9/</c> (12 articles, 90 items, in twelve more layouts: TIME, Forbes, The Cinemaholic, Metro, Esquire, Business Insider, Lifestyle Asia, NDTV, a Wikipedia list, a WhatsApp export, a Telegram channel, a Bluesky thread) was written by a ninth writer during that tuning, never seen by it, and scored at first sight: 0.73 on the code before it, 0.74 after; it was then tuned on (tab-separated tables, numbered chat messages, channel post headers, quoted-title slides, couples' given names as headings): 0.96. Then ranks said aloud in a transcript, credits written either way round weighed by evidence, and quotations given by a speech verb to a character or an interviewee: Blind2 0.90 → 0.95 (its TikTok transcript 0.36 → 1.00), every other set unchanged. <c>Practice2/</c> (10 articles, 60 items, in formats pasted or exported from somewhere other than a web page: a spreadsheet's CSV, an SRT subtitle file, a LINE chat export, a slide deck's text, a Markdown table with an alignment row, an RSS feed's XML, a forum thread quoting replies, a streaming service's collection page, a magazine's OCR scan, a plain-text e-mail digest with link footnotes) was written and scored before the changes it led to: 0.75; it was then tuned on with a general step per family (<c>PastedFormats</c>: delimited rows whose header names the columns, feeds unpacked, chat apps' column exports, quoted replies, lines wrapped by the page, streaming cards' buttons and badges; numbered role and actor columns paired): 0.98, the other sets unchanged. Then Blind11's editorial failures were read for the families of text behind them, one general step each (theme headings over a dated title, reported speech, interviewees described by job or title, captions closed by their source, tag boxes, numbered entries written as sentences, an essay's shortest sub-headings): Blind11 0.84 → 0.91, Blind2 0.95 → 0.97, Blind5 0.93 → 0.95, the others unchanged or up. Then conversations and captions were headed by the drama they introduce, judged by evidence (chat remarks, receipts and recaps open no moment; spoken ranks in unpunctuated captions): Blind12 0.84 → 0.86, Blind13 0.78 → 0.86 (tuned on), the others unchanged or up; with galleries, database-site editorials and streaming collections too, Blind13 0.96. <c>Blind14/</c> and <c>Blind15/</c> (12 articles each, by two more writers who never saw the importer) were written during that work, never read by it, and scored at first sight: 0.97 and 0.98 on the code before it, 0.97 and 0.99 after. <c>Blind16/</c> (12 articles, 84 items, by a sixteenth writer who never saw the importer) was scored at first sight on the code of 2026-12-06 (0.90), then tuned on with general rules (a card's field labels opened by an article, "The couple:"; a one-word section name over a headline and its dek; "READ:" links and skip links as furniture; a footer-like button of a word or two above the first prose as the masthead's): 0.95, every other set unchanged. <c>Blind17/</c> (12 articles, 81 items, by a seventeenth writer who never saw the importer) was scored at first sight on the code of 2026-12-06 02:58 UTC (0.79), then tuned on with general rules (a Korean title first with its Latin names after it; Hangul glosses in cast lines; a broadcaster's info line under the heading; unlabelled "Role — Actor" card lines; a shelf title behind words describing it; honorifics inside titles; credits and lists of titles opening no item; a closing "Sign up" as furniture; quoted lines a colon introduces): 0.90, Blind12 0.86 → 0.87, every other set unchanged. <c>Blind18/</c> (12 articles, 69 items, by an eighteenth writer who never saw the importer) was scored at first sight on the code of 2026-12-06 05:21 UTC (0.76), then tuned on with general rules (slide counters out of their total over each slide's card, a picture credit between a counter and its title, sections headed by their numbers alone, a news site's picture controls and sponsor label, a flashcard deck's text export): 0.93, every other set unchanged but one Blind5 article (0.92 → 1.00). <c>Blind19/</c> (12 articles, 81 items, by a nineteenth writer who never saw the importer) was scored at first sight on the code of 2026-12-06 08:12 UTC (0.78), then tuned on with general rules (an outliner page's bullets, <c>key:: value</c> properties and <c>[[links]]</c>; a cast line's <c>Role (Actor)</c> entries read role first when the cast list knows the actor; a known drama dated as the shelf dates it in an item's first paragraph under short scene headings; a to-do app's CSV export; an episode written after a heading's title; a messenger's chat copied from its web page, each message under its sender's name alone; a page's contents list repeating its headings): 0.94, every other set unchanged. <c>Blind20/</c> (12 articles, 78 items, by a twentieth writer who never saw the importer) was scored at first sight on the code of 2026-12-06 11:35 UTC (0.69, on main and with four rules from Blind19's leftovers alike), then tuned on with general rules (a calendar's iCalendar export; a journal app's JSON export; a show's card with its labels stacked over their values; numbers in circles; a caption over its source's name; a sentence-case scene heading that its text repeats beside the title it introduces; a mail client's reply chain; a site's name and section trail over the headline; headings over paragraphs that open with dated titles keep their sections): 0.94, Blind17 0.90 → 0.92 with it, every other set unchanged or up. <c>Blind21/</c> (12 articles, 86 items, by a twenty-first writer who never saw the importer) was scored at first sight on the code of 2026-12-06 14:44 UTC (0.75), then tuned on with general rules (a meeting transcript's speaker-and-time turns read as a chat; a browser's bookmark export; a reading app's highlights export; a related-stories box the article goes on after; longer sentence-case sub-headings; a byline repeated over the author's box; a lowercase aside closing a heading; a preposition before a dated title; a video's tags in a heading): 0.85, every other set unchanged or up; then a database's dump read as its tables joined by their keys: 0.91. <c>Blind22/</c> (12 articles, 80 items, by a twenty-second writer who never saw the importer) was scored at first sight on the code of 2026-12-06 18:22 UTC (0.78), then tuned on with general rules (an Evernote export's notes; an outliner's JSON export read as its page; an essay's sub-headings closed by a full stop; a chat exporter's unbracketed date and time over each sender): 0.89, every other set unchanged. <c>Blind23/</c> (12 articles, 81 items, by a twenty-third writer who never saw the importer) was scored at first sight on the code of 2026-12-06 20:44 UTC (0.84), then tuned on with general rules (a survey's individual responses; a chat's JSON export read as the chat; headings that set their title in single quotes; couples' names joined by a Title Case "And"; a show's card under its name; an essay's paragraphs that each bring in a drama; a shelf title's colon): 0.97, Blind8, Blind9 and Blind20 up with it, no article lower. <c>Blind24/</c> (12 articles, 81 items, by a twenty-fourth writer who never saw the importer) was scored at first sight on the code of 2026-12-06 23:58 UTC (0.77), then tuned on with general rules (a subtitle script read as the article its video reads aloud; a printed webmail thread read as its messages; a phone's SMS backup read as the chat; moment headings with the title in single quotes; headings over a picture credit over their paragraph; a Title Case heading the text repeats in lower case; a section's name over the headline; a related headline counted like a countdown; a dated one-letter title): 0.96, Blind5 and Blind17 up with it, no article lower. <c>Blind25/</c> (12 articles, 73 items, by a twenty-fifth writer who never saw the importer) was scored at first sight on the code of 2026-12-07 02:37 UTC (0.75), then tuned on with general rules (a watch tracker's list backup naming each entry's show in an object of its own; IRC clients' logs; Emacs Org mode notes; WebVTT captions with voices read as the talk; a site's one-line menu over the headline; a lead picture's illustration credit; theme headings over first sentences that name one known drama, and "The same show" going on with the one before; a known drama's year in its paragraph; short replies and counted picks naming no title; a masthead over the site's own short lines over the headline): 0.94, Blind18 0.93 → 0.94 with it, no article lower. <c>Blind26/</c> (12 articles, 73 items, by a twenty-sixth writer who never saw the importer) was scored at first sight on the code of 2026-12-07 05:50 UTC (0.84), then tuned on with general rules (an outliner's OPML export read as its outline; SAMI captions read in their English class): 0.91; one reading of the page's top, built on the other sets before it was read, found 11 of its 12 titles (5 before). <c>Blind27/</c> (12 articles, 75 items, by a twenty-seventh writer who never saw the importer) was scored at first sight on the code of 2026-12-07 09:02 UTC (0.82; titles 7 of 12), then tuned on with general rules (TTML captions; a TiddlyWiki tiddler; Google Chat's Takeout; Markdown sections of one level however each is titled; shopping widgets, newsletter boxes and an essay's closing section as furniture; a sub-heading closed by a quoted name; a one-word heading its text repeats only in lower case; a stage name over the birth name): 0.96, Blind12 0.87 → 0.88 with it, no article lower. <c>Blind28/</c> (12 articles, 75 items, by a twenty-eighth writer who never saw the importer) was scored at first sight on the code of 2026-12-07 12:09 UTC (0.89; titles 6 of 12), then tuned on with general rules (a wiki page's source, DokuWiki's or MediaWiki's; a JSON Feed; a labelled drama's network, year and other names after its title; a long Markdown heading over a card; headings wholly in single curly quotes; menus of single-spaced section words, trending bars and a path from Home as the page's top; a pointer to another show; a shelf title closed by a comma): 0.96, Blind4's Kpopmap article 0.94 → 1.00 with it, no article lower. <c>Blind29/</c> (12 articles, 74 items, by a twenty-ninth writer who never saw the importer) was scored at first sight on the code of 2026-12-07 15:23 UTC (0.80; titles 7 of 12), then tuned on with general rules (a Matrix room's JSON export, and no JSON refused as an HTML page; a BibTeX or BibLaTeX bibliography; a read-later app's CSV export; capitalised headings dated and not as one list; a writer's credit going on into a note; lowercase words after a dated title; a Zim page's header): 0.92, no article lower. <c>Blind30/</c> (12 articles, 70 items, by a thirtieth writer who never saw the importer) was scored at first sight on the code of 2026-12-07 18:15 UTC (0.80; titles 8 of 12), then tuned on with general rules (a static site's post read as its front matter's title over its Markdown, template tags gone; a notes backup keeping each note in an object of its own, the bin left out; Markdown headings giving a title and then the moment in lowercase words; a sub-heading under a one-sentence introduction; interviewees quoted by "one" or with their age; a menu of editions by language): 0.93, no article lower. <c>Blind31/</c> (12 articles, 78 items, by a thirty-first writer who never saw the importer) was scored at first sight on the code of 2026-12-07 21:22 UTC (0.77; titles 6 of 12), then tuned on with general rules (a Fountain screenplay read as the video's article, its host's lines as prose and the characters' quoted; a Jupyter notebook's Markdown cells; a FreeMind or Freeplane mind map read as its outline; a form's answers sheet headed by its questions, and a line cell's quoted words; place headings over text that sets its dramas off; a "Featured drama:" label, several dated titles naming the first, a note after a known title; share buttons in brackets and photographers' credits as furniture): 0.97, Blind12 0.88 → 0.91 with it, no article lower. <c>Blind32/</c> (12 articles, 75 items, by a thirty-second writer who never saw the importer) was scored at first sight on the code of 2026-12-08 00:11 UTC (0.61; titles 7 of 12), then tuned on with general rules (MicroDVD subtitles; a Confluence page's wiki markup; headings that quote a line over the title it comes from; a masthead's tagline or an "ON AIR" bar over the headline, and a dateline under it; a card's fields labelled in the writer's words; captions of people in a title credited in parentheses; a news site's one-sentence paragraphs that each bring a drama in; a title's possessive; a streaming service in a title's parentheses playing no role): 0.90, HeldOut's Refinery29 page up with it, no article lower. Floors are the figures reached less 0.01. Run with
/// <c>dotnet test --filter FullyQualifiedName~CorpusTests --logger "console;verbosity=detailed"</c> to see the table.
/// </summary>
public sealed class CorpusTests(ITestOutputHelper output)
{
    // The floors reached; a change that reads the corpus worse fails here.
    private const double TrainingFloor = 0.98;
    private const double FirstSightFloor = 0.98;
    private const double HeldOutFloor = 0.98;
    private const double PracticeFloor = 0.99;
    private const double BlindFloor = 0.98;
    private const double Blind2Floor = 0.96;
    private const double Blind3Floor = 0.98;
    private const double Blind4Floor = 0.98;
    private const double Blind5Floor = 0.96;
    private const double Blind6Floor = 0.96;
    private const double Blind7Floor = 0.97;
    private const double Blind8Floor = 0.97;
    private const double Blind9Floor = 0.97;
    private const double Practice2Floor = 0.98;
    private const double Blind10Floor = 0.98;
    private const double Blind11Floor = 0.97;
    private const double Blind12Floor = 0.90;
    private const double Blind13Floor = 0.95;
    private const double Blind14Floor = 0.96;
    private const double Blind15Floor = 0.98;
    private const double Blind16Floor = 0.94;
    private const double Blind17Floor = 0.92;
    private const double Blind18Floor = 0.93;
    private const double Blind19Floor = 0.95;
    private const double Blind20Floor = 0.94;
    private const double Blind21Floor = 0.90;
    private const double Blind22Floor = 0.88;
    private const double Blind23Floor = 0.96;
    private const double Blind24Floor = 0.95;
    private const double Blind25Floor = 0.93;
    private const double Blind26Floor = 0.90;
    private const double Blind27Floor = 0.95;
    private const double Blind28Floor = 0.95;
    private const double Blind29Floor = 0.91;
    private const double Blind30Floor = 0.92;
    private const double Blind31Floor = 0.96;
    private const double Blind32Floor = 0.89;

    private static readonly string[] Sets = ["Training", "FirstSight", "HeldOut", "Practice", "Blind", "Blind2", "Blind3", "Blind4", "Blind5", "Blind6", "Blind7", "Blind8", "Blind9", "Practice2", "Blind10", "Blind11", "Blind12", "Blind13", "Blind14", "Blind15", "Blind16", "Blind17", "Blind18", "Blind19", "Blind20", "Blind21", "Blind22", "Blind23", "Blind24", "Blind25", "Blind26", "Blind27", "Blind28", "Blind29", "Blind30", "Blind31", "Blind32"];

    public static string Folder(string set) => System.IO.Path.Combine(AppContext.BaseDirectory, "Importing", "Corpus", set);

    public static IReadOnlyList<ArticleScore> Score(string set) =>
        Directory.GetFiles(Folder(set), "*.txt").Order(StringComparer.Ordinal).Select(ScoreFile).ToList();

    public static ArticleScore ScoreFile(string path)
    {
        var golden = GoldenArticle.Load(System.IO.Path.ChangeExtension(path, ".golden.json"));
        var decoded = ArticleDecoder.Decode(File.ReadAllBytes(path));
        var (article, error) = decoded.Error is null ? ArticleParser.Parse(decoded.Text!) : (null, decoded.Error);
        return ArticleScore.Of(System.IO.Path.GetFileNameWithoutExtension(path), golden, article, error);
    }

    [Theory]
    [InlineData("Training", TrainingFloor)]
    [InlineData("FirstSight", FirstSightFloor)]
    [InlineData("HeldOut", HeldOutFloor)]
    [InlineData("Practice", PracticeFloor)]
    [InlineData("Blind", BlindFloor)]
    [InlineData("Blind2", Blind2Floor)]
    [InlineData("Blind3", Blind3Floor)]
    [InlineData("Blind4", Blind4Floor)]
    [InlineData("Blind5", Blind5Floor)]
    [InlineData("Blind6", Blind6Floor)]
    [InlineData("Blind7", Blind7Floor)]
    [InlineData("Blind8", Blind8Floor)]
    [InlineData("Blind9", Blind9Floor)]
    [InlineData("Practice2", Practice2Floor)]
    [InlineData("Blind10", Blind10Floor)]
    [InlineData("Blind11", Blind11Floor)]
    [InlineData("Blind12", Blind12Floor)]
    [InlineData("Blind13", Blind13Floor)]
    [InlineData("Blind14", Blind14Floor)]
    [InlineData("Blind15", Blind15Floor)]
    [InlineData("Blind16", Blind16Floor)]
    [InlineData("Blind17", Blind17Floor)]
    [InlineData("Blind18", Blind18Floor)]
    [InlineData("Blind19", Blind19Floor)]
    [InlineData("Blind20", Blind20Floor)]
    [InlineData("Blind21", Blind21Floor)]
    [InlineData("Blind22", Blind22Floor)]
    [InlineData("Blind23", Blind23Floor)]
    [InlineData("Blind24", Blind24Floor)]
    [InlineData("Blind25", Blind25Floor)]
    [InlineData("Blind26", Blind26Floor)]
    [InlineData("Blind27", Blind27Floor)]
    [InlineData("Blind28", Blind28Floor)]
    [InlineData("Blind29", Blind29Floor)]
    [InlineData("Blind30", Blind30Floor)]
    [InlineData("Blind31", Blind31Floor)]
    [InlineData("Blind32", Blind32Floor)]
    public void Corpus_ScoresAtLeastTheFloorReached(string set, double floor)
    {
        if (!Directory.Exists(Folder(set)))
        {
            Assert.Equal(0.0, floor); // a set not yet written has no floor
            return;
        }
        var scores = Score(set);
        var overall = ArticleScore.Sum($"{set} overall", scores);
        output.WriteLine(Table(scores.Append(overall)));
        Assert.True(overall.F1 >= floor, $"{set}: F1 {overall.F1:0.000} is below the floor {floor:0.000}\n{Table(scores.Append(overall))}");
    }

    [Fact]
    public void Corpus_EveryArticleHasAGoldenFileThatFitsIt()
    {
        foreach (var set in Sets.Where(s => Directory.Exists(Folder(s))))
        {
            foreach (var path in Directory.GetFiles(Folder(set), "*.txt"))
            {
                var text = File.ReadAllText(path);
                var golden = GoldenArticle.Load(System.IO.Path.ChangeExtension(path, ".golden.json"));
                // A list of a handful of moments (a prose feature may discuss four), never a single story or a catalogue dump.
                Assert.InRange(golden.Items.Count, 4, 10);
                Assert.All(golden.Items, item => Assert.Contains(item.Heading, text, StringComparison.Ordinal));
                Assert.All(golden.Items.SelectMany(i => i.Quotes), quote => Assert.Contains(quote, text, StringComparison.Ordinal));
            }
        }
    }

    // Articles whose headline the importer takes as the article's title, of every set's articles (the golden title,
    // case, quotation marks and spacing aside). A page's masthead, menu, date or breadcrumb taken instead is a miss.
    private const int HeadlinesFloor = 335;

    [Fact]
    public void Corpus_TitlesAreTheArticlesHeadlines()
    {
        var misses = new List<string>();
        var total = 0;
        foreach (var set in Sets.Where(s => Directory.Exists(Folder(s))))
        {
            foreach (var path in Directory.GetFiles(Folder(set), "*.txt").Order(StringComparer.Ordinal))
            {
                total++;
                var golden = GoldenArticle.Load(System.IO.Path.ChangeExtension(path, ".golden.json"));
                var decoded = ArticleDecoder.Decode(File.ReadAllBytes(path));
                var title = decoded.Error is null ? ArticleParser.Parse(decoded.Text!).Article?.Title : null;
                if (title is null || Names.Normalize(title) != Names.Normalize(golden.Title))
                {
                    misses.Add($"{set}/{System.IO.Path.GetFileNameWithoutExtension(path)}: \"{title}\" for \"{golden.Title}\"");
                }
            }
        }
        var right = total - misses.Count;
        output.WriteLine($"titles right: {right}/{total}");
        output.WriteLine(string.Join('\n', misses));
        Assert.True(right >= HeadlinesFloor, $"{right} of {total} titles are the headline, below the floor {HeadlinesFloor}\n{string.Join('\n', misses)}");
    }

    public static string Table(IEnumerable<ArticleScore> scores)
    {
        var sb = new StringBuilder();
        sb.AppendLine(CultureInfo.InvariantCulture, $"{"article",-34} {"F1",5} | {string.Join(" | ", ArticleScore.Kinds.Select(k => $"{k,-10}"))}");
        foreach (var s in scores)
        {
            var cells = s.Tallies.Select(t => string.Create(CultureInfo.InvariantCulture, $"{t.Precision:0.00}/{t.Recall:0.00}/{t.F1:0.00}"));
            sb.AppendLine(CultureInfo.InvariantCulture, $"{s.Name,-34} {s.F1,5:0.00} | {string.Join(" | ", cells.Select(c => $"{c,-10}"))}{(s.Error is null ? "" : "  refused: " + s.Error)}");
        }
        sb.AppendLine("cells are precision/recall/F1");
        return sb.ToString();
    }
}
