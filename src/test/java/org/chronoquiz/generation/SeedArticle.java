package org.chronoquiz.generation;

import org.chronoquiz.articles.Article;
import org.chronoquiz.articles.ArticleFiles;
import org.chronoquiz.timex.Timex;
import org.chronoquiz.timex.TimexType;

import java.nio.file.Path;
import java.util.List;

/** The seed article and the timexes a correct extractor finds in it, so generator tests need no extractor. */
final class SeedArticle {
    static final Path TXT = Path.of("seeds/000_2ee458c0465a5763.txt");

    private SeedArticle() {
    }

    static Article article() {
        return new ArticleFiles().read(TXT);
    }

    static List<Timex> timexes(String text) {
        return new Timexes(text)
                .date("March 15, 2023", "2023-03-15")
                .add("Wednesday afternoon", 1, TimexType.TIME, "2023-03-15TAF", null)
                .date("Wednesday morning", 1, "2023-03-15")
                .date("recent", 1, "PAST_REF")
                .date("July 1944", "1944-07")
                .date("now", 1, "PRESENT_REF")
                .date("October 8, 1980", "1980-10-08")
                .date("March 2011", "2011-03")
                .date("September 30, 2015", "2015-09-30")
                .date("December 6, 2017", "2017-12-06")
                .date("December 11, 2017", 1, "2017-12-11")
                .date("At present", "PRESENT_REF")
                .date("2015", 2, "2015")
                .date("December 11, 2017", 2, "2017-12-11")
                .date("January 7, 2020", "2020-01-07")
                .date("recent years", "PAST_REF")
                .date("October 2015", "2015-10")
                .date("November 2017", "2017-11")
                .date("May 2018", "2018-05")
                .date("September 2021", "2021-09")
                .date("2022", 1, "2022")
                .date("November 22-23", "2022-11-22")
                .date("the first half of 2023", "2023-H1")
                .date("2021", 2, "2021")
                .date("2022", 2, "2022")
                .date("January", 2, "2022-01")
                .date("September 2022", "2022-09")
                .date("2016", "2016")
                .date("2017", 5, "2017")
                .date("2019-2020", "2019")
                .date("January 2023", "2023-01")
                .add("early October 2019", 1, TimexType.DATE, "2019-10", "START")
                .date("November 2019", "2019-11")
                .date("March 2022", "2022-03")
                .list().stream().sorted((a, b) -> Integer.compare(a.start(), b.start())).toList();
    }
}
