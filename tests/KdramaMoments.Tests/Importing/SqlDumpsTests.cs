using KdramaMoments.Web.Importing;
using static KdramaMoments.Tests.Importing.ArticleBlocks;

namespace KdramaMoments.Tests.Importing;

/// <summary>
/// A tracking app's database dumped as SQL (SQLite's .dump, mysqldump, pg_dump): the rows with the writing are the moments,
/// each under the title its row refers to, with the people linked to it. The dramas are invented, so only the dump's
/// shape can make these pass.
/// </summary>
public sealed class SqlDumpsTests
{
    private static readonly string SqliteDump = string.Join('\n',
        "PRAGMA foreign_keys=OFF;",
        "BEGIN TRANSACTION;",
        "CREATE TABLE settings (key TEXT PRIMARY KEY, value TEXT);",
        "INSERT INTO settings VALUES('list_name','scenes we keep rewatching');",
        "CREATE TABLE shows (",
        "    id INTEGER PRIMARY KEY,",
        "    title TEXT NOT NULL,",
        "    other_titles TEXT,  -- separated by |",
        "    year INTEGER",
        ");",
        "INSERT INTO shows VALUES(1,'Paper Lanterns of Jongno','Lanterns|종로의 등불',2021);",
        "INSERT INTO shows VALUES(2,'Moonlit Harbour Story',NULL,2018);",
        "INSERT INTO shows VALUES(3,'The Quiet Apartment',NULL,2023);",
        "CREATE TABLE people (",
        "    id INTEGER PRIMARY KEY,",
        "    show_id INTEGER REFERENCES shows(id),",
        "    character TEXT, actor TEXT, nickname TEXT",
        ");",
        "INSERT INTO people VALUES(1,1,'Do Gyeom','Kang Tae-won','Lantern Boy');",
        "INSERT INTO people VALUES(2,1,'Seo Ha-neul','Lee Min-seo',NULL);",
        "INSERT INTO people VALUES(3,2,'Han Seo-joon','Park Ji-hoon',NULL);",
        "INSERT INTO people VALUES(4,2,'Yoo Na-rae','Choi Soo-bin',NULL);",
        "INSERT INTO people VALUES(5,2,'Captain Bae','Oh Dong-min',NULL);",
        "CREATE TABLE scenes (",
        "    id INTEGER PRIMARY KEY AUTOINCREMENT,",
        "    show_id INTEGER NOT NULL REFERENCES shows(id),",
        "    label TEXT, episode INTEGER, line TEXT, note TEXT, added_at TEXT",
        ");",
        "INSERT INTO scenes VALUES(1,1,'the lantern on the bridge',4,'Look at me, not the lights.',replace('he holds it up so she can see his face.\\nI screamed.','\\n',char(10)),'2024-03-01');",
        "INSERT INTO scenes VALUES(2,2,'waiting at the pier',NULL,NULL,'he waits all summer and never says why. she''s on the last ferry','2024-03-02');",
        "INSERT INTO scenes VALUES(3,1,'the second lantern',9,'I''ll find you in every lifetime.','a different scene, the rooftop one','2024-03-04');",
        "CREATE TABLE scene_people (scene_id INTEGER REFERENCES scenes(id), person_id INTEGER REFERENCES people(id), PRIMARY KEY (scene_id, person_id));",
        "INSERT INTO scene_people VALUES(1,1);",
        "INSERT INTO scene_people VALUES(1,2);",
        "INSERT INTO scene_people VALUES(2,3);",
        "INSERT INTO scene_people VALUES(2,4);",
        "INSERT INTO scene_people VALUES(3,1);",
        "CREATE TABLE watch_log (id INTEGER PRIMARY KEY, show_id INTEGER REFERENCES shows(id), episode INTEGER, comment TEXT);",
        "INSERT INTO watch_log VALUES(1,3,2,'ok');",
        "COMMIT;");

    [Fact]
    public void ASqliteDump_EachSceneRowIsAMomentUnderTheShowItRefersTo_WithOnlyItsLinkedPeople()
    {
        var article = ParseText(SqliteDump);

        Assert.Equal("scenes we keep rewatching", article.Title);
        Assert.Equal(["the lantern on the bridge", "waiting at the pier", "the second lantern"], article.Items.Select(i => i.Heading));
        Assert.Equal(["Paper Lanterns of Jongno", "Moonlit Harbour Story", "Paper Lanterns of Jongno"], article.Items.Select(i => i.Drama.Title));
        Assert.Equal([2021, 2018, 2021], article.Items.Select(i => i.Drama.Year));
        Assert.Equal([4, null, 9], article.Items.Select(i => i.Episode));
        Assert.Equal(["Look at me, not the lights."], article.Items[0].Quotes);
        Assert.Equal(["I'll find you in every lifetime."], article.Items[2].Quotes);
        Assert.Equal([("Do Gyeom", "Kang Tae-won"), ("Seo Ha-neul", "Lee Min-seo")], article.Items[0].Cast.Select(c => (c.Character, c.Actor)));
        Assert.Equal(["Lanterns"], article.Items[0].Drama.AlternateTitles);
        Assert.Equal("종로의 등불", article.Items[0].Drama.HangulTitle);
        // Captain Bae is in the show's people but linked to no scene.
        Assert.DoesNotContain(article.Items.SelectMany(i => i.Cast), c => c.Actor == "Oh Dong-min");
        Assert.Contains("she's on the last ferry", article.Items[1].Excerpt);
    }

    [Fact]
    public void AMysqlDump_RowsInOneInsertAndAnIdColumnWithNoReference_AreStillReadAndJoined()
    {
        var dump = string.Join('\n',
            "-- MySQL dump 10.13  Distrib 8.0.36, for Linux (x86_64)",
            "/*!40101 SET NAMES utf8mb4 */;",
            "DROP TABLE IF EXISTS `dramas`;",
            "CREATE TABLE `dramas` (",
            "  `id` int NOT NULL AUTO_INCREMENT,",
            "  `title` varchar(200) NOT NULL,",
            "  `year` smallint DEFAULT NULL,",
            "  PRIMARY KEY (`id`)",
            ") ENGINE=MyISAM DEFAULT CHARSET=utf8mb4;",
            "LOCK TABLES `dramas` WRITE;",
            "INSERT INTO `dramas` VALUES (1,'Winter Letters',2016),(2,'The Quiet Apartment',2023),(3,'Moonlit Harbour Story',2018);",
            "UNLOCK TABLES;",
            "CREATE TABLE `favourites` (",
            "  `id` int NOT NULL AUTO_INCREMENT,",
            "  `drama_id` int NOT NULL,",
            "  `scene` varchar(200) DEFAULT NULL,",
            "  `quote` text,",
            "  `why` text,",
            "  PRIMARY KEY (`id`),",
            "  KEY `drama_id` (`drama_id`)",
            ") ENGINE=MyISAM;",
            "INSERT INTO `favourites` VALUES (1,1,'the letter on the bus','I kept every one.','he reads it out loud and she pretends to sleep'),(2,2,'the spare umbrella',NULL,'Jang Bo-ra knocks on his door after the flood. It\\'s so small and so big'),(3,3,'the pier',NULL,'all summer');");

        var article = ParseText(dump);

        Assert.Equal(["Winter Letters", "The Quiet Apartment", "Moonlit Harbour Story"], article.Items.Select(i => i.Drama.Title));
        Assert.Equal(["the letter on the bus", "the spare umbrella", "the pier"], article.Items.Select(i => i.Heading));
        Assert.Equal(["I kept every one."], article.Items[0].Quotes);
        Assert.Contains("It's so small", article.Items[1].Excerpt);
    }

    [Fact]
    public void APgDump_CopyBlocksAndForeignKeysAddedAfterTheTables_AreReadAndJoined()
    {
        var dump = string.Join('\n',
            "--",
            "-- PostgreSQL database dump",
            "--",
            "SET client_encoding = 'UTF8';",
            "CREATE TABLE public.series (",
            "    id integer NOT NULL,",
            "    name text NOT NULL,",
            "    aired date",
            ");",
            "CREATE TABLE public.moments (",
            "    id integer NOT NULL,",
            "    series_id integer,",
            "    summary text,",
            "    dialogue text,",
            "    notes text",
            ");",
            "COPY public.series (id, name, aired) FROM stdin;",
            "1\tWinter Letters\t2016-01-08",
            "2\tPaper Lanterns of Jongno\t2021-05-14",
            "\\.",
            "COPY public.moments (id, series_id, summary, dialogue, notes) FROM stdin;",
            "10\t2\tthe bridge\tLook at me, not the lights.\tfirst line\\nsecond line",
            "11\t1\tthe last bus\t\\N\the reads her letter",
            "12\t2\tthe rooftop\t\\N\tthe other lantern scene",
            "\\.",
            "ALTER TABLE ONLY public.series ADD CONSTRAINT series_pkey PRIMARY KEY (id);",
            "ALTER TABLE ONLY public.moments",
            "    ADD CONSTRAINT moments_series_fkey FOREIGN KEY (series_id) REFERENCES public.series(id);");

        var article = ParseText(dump);

        Assert.Equal(["Paper Lanterns of Jongno", "Winter Letters", "Paper Lanterns of Jongno"], article.Items.Select(i => i.Drama.Title));
        Assert.Equal([2021, 2016, 2021], article.Items.Select(i => i.Drama.Year));
        Assert.Equal(["Look at me, not the lights."], article.Items[0].Quotes);
        Assert.Contains("second line", article.Items[0].Excerpt);
    }

    [Fact]
    public void TextThatOnlyMentionsSql_IsNoDump()
    {
        var text = "Why I keep my drama notes in a database\n\nI run CREATE TABLE once a year.\nINSERT INTO is my favourite phrase.\nINSERT again.\nINSERT forever.";

        Assert.Null(SqlDumps.Unpack(text));
    }

    [Fact]
    public void CallsNestedWithoutEnd_AreReadAsTheyStand_AndTheOtherRowsStillCount()
    {
        var deep = string.Concat(Enumerable.Repeat("f(", 100_000)) + "'x'" + new string(')', 100_000);
        var dump = string.Join('\n',
            "CREATE TABLE shows (id INTEGER PRIMARY KEY, title TEXT, year INTEGER);",
            "INSERT INTO shows VALUES(1,'Winter Letters',2016);",
            "INSERT INTO shows VALUES(2,'The Quiet Apartment',2023);",
            "CREATE TABLE scenes (id INTEGER PRIMARY KEY, show_id INTEGER REFERENCES shows(id), label TEXT, note TEXT);",
            $"INSERT INTO scenes VALUES(1,1,{deep},'nested');",
            "INSERT INTO scenes VALUES(2,1,'the last bus','he reads her letter out loud and she pretends to sleep');",
            "INSERT INTO scenes VALUES(3,2,'the flood','she knocks on his door with a spare umbrella');");

        var unpacked = SqlDumps.Unpack(dump);

        Assert.NotNull(unpacked);
        Assert.Contains("the last bus", unpacked, StringComparison.Ordinal);
        Assert.Contains("Drama: The Quiet Apartment (2023)", unpacked, StringComparison.Ordinal);
    }

    [Fact]
    public void PeopleRowsReferringToTheMoment_WithTheirActorInATableOfItsOwn_AreItsCast()
    {
        var dump = string.Join('\n',
            "CREATE TABLE dramas (id INTEGER PRIMARY KEY, title TEXT, year INTEGER);",
            "INSERT INTO dramas VALUES(1,'Winter Letters',2016);",
            "INSERT INTO dramas VALUES(2,'The Quiet Apartment',2023);",
            "CREATE TABLE actors (id INTEGER PRIMARY KEY, name TEXT);",
            "INSERT INTO actors VALUES(1,'Kang Tae-won');",
            "INSERT INTO actors VALUES(2,'Gu Da-in');",
            "CREATE TABLE moments (id INTEGER PRIMARY KEY, drama_id INTEGER REFERENCES dramas(id), label TEXT, note TEXT);",
            "INSERT INTO moments VALUES(1,1,'the last bus',unistr('he reads her letter out loud\\u000aand she pretends to sleep'));",
            "INSERT INTO moments VALUES(2,2,'the flood','she knocks on his door with a spare umbrella');",
            "CREATE TABLE roles (moment_id INTEGER REFERENCES moments(id), actor_id INTEGER REFERENCES actors(id), character TEXT);",
            "INSERT INTO roles VALUES(1,1,'Min Tae-oh');",
            "INSERT INTO roles VALUES(2,2,'Jang Bo-ra');");

        var unpacked = SqlDumps.Unpack(dump)!;

        Assert.Contains("Cast: Kang Tae-won as Min Tae-oh\n", unpacked, StringComparison.Ordinal);
        Assert.Contains("Cast: Gu Da-in as Jang Bo-ra\n", unpacked, StringComparison.Ordinal);
        Assert.Contains("he reads her letter out loud\nand she pretends to sleep", unpacked, StringComparison.Ordinal);
    }
}
