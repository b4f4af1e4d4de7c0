package org.newsgraph.bench;

import org.newsgraph.text.Hashes;

import org.newsgraph.text.WordLists;

import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.newsgraph.ingest.Article;
import org.newsgraph.ingest.Ingestor;

import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.LocalDate;
import java.time.format.DateTimeFormatter;
import java.util.HashSet;
import java.util.List;
import java.util.Locale;
import java.util.Set;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertNotEquals;
import static org.junit.jupiter.api.Assertions.assertNotNull;
import static org.junit.jupiter.api.Assertions.assertTrue;

class SyntheticCorpusTest {

    @Test
    void sameSeedGivesSameFilesAndOtherSeedDifferentOnes(@TempDir Path tmp) throws Exception {
        List<Path> a = SyntheticCorpus.write(tmp.resolve("a"), 20, 7);
        List<Path> b = SyntheticCorpus.write(tmp.resolve("b"), 20, 7);
        List<Path> c = SyntheticCorpus.write(tmp.resolve("c"), 20, 8);
        assertEquals(20, a.size());
        int same = 0;
        for (int i = 0; i < 20; i++) {
            assertEquals(Files.readString(a.get(i)), Files.readString(b.get(i)), "seed 7 article " + i);
            if (Files.readString(a.get(i)).equals(Files.readString(c.get(i)))) same++;
        }
        assertEquals(0, same, "another seed must give other articles");
    }

    @Test
    void everyArticleIsDistinctAndShapedLikeANewsArticle(@TempDir Path tmp) throws Exception {
        int n = 200;
        List<Path> files = SyntheticCorpus.write(tmp, n, 3);
        Set<String> hashes = new HashSet<>();
        Pattern dateline = Pattern.compile("(?m)^([A-Z][a-z]{2} \\d{2}, \\d{4})$");
        Set<LocalDate> dates = new HashSet<>();
        for (Path f : files) {
            String text = Files.readString(f, StandardCharsets.UTF_8);
            assertTrue(hashes.add(Hashes.sha256Hex(text)), "duplicate text " + f);
            Matcher m = dateline.matcher(text);
            assertTrue(m.find(), "dateline in " + f);
            dates.add(LocalDate.parse(m.group(1), DateTimeFormatter.ofPattern("MMM dd, yyyy", Locale.ENGLISH)));
            String[] paragraphs = text.strip().split("\n\n");
            assertTrue(paragraphs.length >= 7, "headline, dateline and at least five paragraphs: " + f);
        }
        assertTrue(dates.size() > 10, "datelines vary: " + dates.size());
    }

    @Test
    void peopleOfTheSourceGetInventedNamesConsistentlyWithinAnArticle(@TempDir Path tmp) throws Exception {
        SyntheticCorpus.Material m = SyntheticCorpus.material();
        assertFalse(m.people().isEmpty(), "the bundled corpus names people");
        Set<String> invented = new HashSet<>(WordLists.lines("/bench/last-names.txt"));
        Set<String> used = new HashSet<>();
        for (Path f : SyntheticCorpus.write(tmp, 50, 11)) {
            String text = Files.readString(f);
            for (SyntheticCorpus.Person p : m.people())
                assertFalse(text.contains(p.first() + " " + p.last()), p + " left in " + f);
            // A full invented name introduced in the article is referred to by the same family name.
            Matcher full = Pattern.compile("\\b([A-Z][a-z]+) ([A-Z][A-Za-z-]+)\\b").matcher(text);
            while (full.find()) if (invented.contains(full.group(2))) used.add(full.group(2));
        }
        assertTrue(used.size() >= 10, "many invented family names in use: " + used);
    }

    @Test
    void recognisesNamesByNewsConventionsOnSentencesOfItsOwn() {
        String text = String.join("\n",
                "Finance Minister Odile Brandvik said on Monday that the budget would pass.",
                "Brandvik added that the vote was close.",
                "The White House declined to comment, the minister said.",
                "Officials in the Foreign Office said the president would travel.",
                "Chief Engineer Teodor Maslak presented the plan to the council.");
        List<SyntheticCorpus.Person> people = SyntheticCorpus.people(text);
        assertTrue(people.contains(new SyntheticCorpus.Person("Odile", "Brandvik")), people.toString());
        assertTrue(people.contains(new SyntheticCorpus.Person("Teodor", "Maslak")), "full name after a title: " + people);
        assertEquals(2, people.size(), "White House, Foreign Office, Finance Minister are not people: " + people);
    }

    @Test
    void renamingReplacesFullAndFamilyNamesButNotInsideOtherWords() {
        String out = SyntheticCorpus.renamed("Odile Brandvik spoke. Brandvik’s aides and Brandviken did not.",
                java.util.Map.of("Odile Brandvik", "Tamsin Ashcombe", "Brandvik", "Ashcombe"));
        assertEquals("Tamsin Ashcombe spoke. Ashcombe’s aides and Brandviken did not.", out);
    }

    @Test
    void theIngesterReadsTheHeadlineAndDatelineOfASyntheticArticle(@TempDir Path tmp) throws Exception {
        Path f = SyntheticCorpus.write(tmp, 1, 5).get(0);
        String raw = Files.readString(f);
        Matcher m = Pattern.compile("(?m)^([A-Z][a-z]{2} \\d{2}, \\d{4})$").matcher(raw);
        assertTrue(m.find());
        LocalDate stated = LocalDate.parse(m.group(1), DateTimeFormatter.ofPattern("MMM dd, yyyy", Locale.ENGLISH));
        List<Article> articles = new Ingestor().read(f);
        assertEquals(1, articles.size());
        Article a = articles.get(0);
        assertEquals(stated, a.datePublished());
        assertNotNull(a.headline());
        assertEquals(raw.lines().findFirst().orElseThrow(), a.headline());
        assertNotEquals(0, a.paragraphSpans().size());
    }
}
