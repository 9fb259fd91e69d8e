package org.chronoquiz.timex;

import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;

import java.time.LocalDate;
import java.util.List;
import java.util.stream.Collectors;

import static org.junit.jupiter.api.Assertions.assertEquals;

/** The general rules, one sentence each, against a fixed creation date (Wednesday 2023-03-15). */
class GeneralRulesTest {

    private static final LocalDate DCT = LocalDate.of(2023, 3, 15);
    private final TimexExtractor extractor = new TimexExtractor();

    /** "text=TYPE:value" for every timex, joined by "; ". */
    private String tag(String sentence) {
        return tag(sentence, DCT);
    }

    private String tag(String sentence, LocalDate dct) {
        List<Timex> found = extractor.extract(sentence, dct);
        return found.stream().map(t -> t.text() + "=" + t.type() + ":" + t.value()
                + (t.mod() == null ? "" : "/" + t.mod()))
            .collect(Collectors.joining("; "));
    }

    @ParameterizedTest(name = "{0}")
    @CsvSource(delimiter = '|', quoteCharacter = '"', value = {
        // absolute dates in news formats
        "It opened on 8 October 1980.|8 October 1980=DATE:1980-10-08",
        "It opened Sept. 30, 2015.|Sept. 30, 2015=DATE:2015-09-30",
        "The file is dated 2023-03-01.|2023-03-01=DATE:2023-03-01",
        "The letter is dated 10/27/1989.|10/27/1989=DATE:1989-10-27",
        "Prices rose in the 1990s.|the 1990s=DATE:199",
        "The plant will close over the next year or so.|the next year=DATE:2024/APPROX",
        "It was built in the 19th century.|the 19th century=DATE:18",
        "It was built in the nineteenth century.|the nineteenth century=DATE:18",
        "It is a twenty-first century problem.|twenty-first century=DATE:20",
        "It began in the spring of 2011.|the spring of 2011=DATE:2011-SP",
        "Sales fell in the first quarter of 2023.|the first quarter of 2023=DATE:2023-Q1",
        "Profit rose in the second half of 2022.|the second half of 2022=DATE:2022-H2",
        "Profit rose in the first half of the year.|the first half of the year=DATE:2023-H1",
        "Growth was strong in the second half of the 20th century.|the 20th century=DATE:19",
        "It happened in late 1994.|late 1994=DATE:1994/END",
        "It happened in mid-1996.|mid-1996=DATE:1996/MID",
        // weekdays by tense
        "He arrived on Monday.|Monday=DATE:2023-03-13",
        "He will arrive on Friday.|Friday=DATE:2023-03-17",
        "They met Wednesday afternoon.|Wednesday afternoon=TIME:2023-03-15TAF",
        "Lawyers will appeal Monday's ruling.|Monday=DATE:2023-03-13",
        "Parties will campaign ahead of Sunday's vote.|Sunday=DATE:2023-03-19",
        "The offer had been due to expire Friday.|Friday=DATE:2023-03-10",
        "The vote was postponed until Monday.|Monday=DATE:2023-03-20",
        "The agency said it wants a deal by Friday.|Friday=DATE:2023-03-17",
        "By Friday, prices had fallen.|Friday=DATE:2023-03-10",
        "The probe will launch in December.|December=DATE:2023-12",
        "Prices have fallen from their peak in October.|October=DATE:2022-10",
        // a narrated past event in a month that has not begun yet is last year's; a reported one may be a plan
        "The operator changed from a fiscal year to a calendar year in May.|May=DATE:2022-05",
        "The firm told its clients of a cut in its oil supply in May.|May=DATE:2023-05",
        // no verb near the date: the clause's verb further on decides (a month eight months back was, not will be)
        "In July, a week after the anniversary of the decision by the Supreme Court of the United States, a bombing in Birmingham, Ala., killed a guard.|July=DATE:2022-07; a week=DURATION:P1W",
        "She is scheduled to spend five hours on the ground in Dar es Salaam, Tanzania, her first stop Friday, and then fly on.|five hours=DURATION:PT5H; Friday=DATE:2023-03-17",
        "The bank announced an agreement to acquire the Peoria holding company in October.|October=DATE:2023-10",
        "Officials gave the firm until 9 a.m. Friday to reply.|9 a.m. Friday=TIME:2023-03-17T09:00",
        // year-less dates by tense
        "The talks took place on November 22.|November 22=DATE:2022-11-22",
        "The talks will resume on April 3.|April 3=DATE:2023-04-03",
        // relative to the creation date
        "He left yesterday.|yesterday=DATE:2023-03-14",
        "He leaves today.|today=DATE:2023-03-15",
        "Phones shape today's youth.|none",
        "Margins will stay thin in the near term.|the near term=DATE:FUTURE_REF",
        "The bonds will be sold at a later date.|a later date=DATE:FUTURE_REF",
        "They held a week-long strike.|week-long=DURATION:P1W",
        "The firm will soon open a plant.|soon=DATE:FUTURE_REF",
        "He was soon released.|none",
        "Call as soon as you can.|none",
        "It was signed last week.|last week=DATE:2023-W10",
        "It will be signed next month.|next month=DATE:2023-04",
        "It grew this year.|this year=DATE:2023",
        "It shrank last year.|last year=DATE:2022",
        "Earlier in the week, Kyiv retook two villages.|Earlier in the week=DATE:2023-W11",
        "The deal should close by year-end.|year-end=DATE:2023-12-31",
        "Year-end bonuses were cut.|none",
        "Troops will arrive by the end of the month.|the end of the month=DATE:2023-03/END",
        "It was founded two years ago.|two years ago=DATE:2021",
        "It closed three months ago.|three months ago=DATE:2022-12",
        "It was cold last winter.|last winter=DATE:2022-WI",
        "The plant opened in 2015. It closed the following year.|2015=DATE:2015; the following year=DATE:2016",
        "On September 30, 2015, he asked. Two days later, troops came.|September 30, 2015=DATE:2015-09-30; Two days later=DATE:2015-10-02",
        "It opened on May 2, 2019 and closed the next day.|May 2, 2019=DATE:2019-05-02; the next day=DATE:2019-05-03",
        "It opened in 2019; a year later it closed.|2019=DATE:2019; a year later=DATE:2020",
        "The mine opened in May 2019 and flooded later that year.|May 2019=DATE:2019-05; later that year=DATE:2019",
        "Polls closed on Monday. Earlier that day, rain fell.|Monday=DATE:2023-03-13; Earlier that day=DATE:2023-03-13",
        "In January the plant shut. The following month it reopened.|January=DATE:2023-01; The following month=DATE:2023-02",
        // times
        "The vote is at 10 a.m.|10 a.m.=TIME:2023-03-15T10:00",
        "The storm hit on Monday. Power failed at 10 p.m.|Monday=DATE:2023-03-13; 10 p.m.=TIME:2023-03-13T22:00",
        "He was elected last Oct. 23.|last Oct. 23=DATE:2022-10-23",
        "Polls closed at 7:30 p.m. Tuesday.|7:30 p.m. Tuesday=TIME:2023-03-14T19:30",
        "Trading opened at 9:30 a.m. ET on Tuesday.|9:30 a.m. ET=TIME:2023-03-14T09:30; Tuesday=DATE:2023-03-14",
        "Q3 revenue beat H1 2022.|Q3=DATE:2023-Q3; H1 2022=DATE:2022-H1",
        "The trial is set for Oct. 2.|Oct. 2=DATE:2023-10-02",
        "The law took effect on the first of May.|the first of May=DATE:2023-05-01",
        "The ship docked on Thanksgiving Day.|Thanksgiving Day=DATE:2022-11-24",
        "Shops will close on Christmas Eve.|Christmas Eve=DATE:2023-12-24",
        "They lit the Christmas tree.|none",
        "The quarter-to-quarter change was small.|none",
        "Turnout fell last Election Day.|last Election Day=DATE:2022-11-08",
        // durations
        "Aid will arrive in the coming days.|coming days=DURATION:PXD",
        "The war lasted three years.|three years=DURATION:P3Y",
        "It took a decade.|a decade=DURATION:P10Y",
        "It took several months.|several months=DURATION:PXM",
        "Prices may swing in the months ahead.|the months ahead=DURATION:PXM",
        "The talks lasted two more weeks.|two more weeks=DURATION:P2W",
        "Refunds take five business days.|five business days=DURATION:P5D",
        "Rates may climb over the next couple of years.|the next couple of years=DURATION:P2Y",
        "The ferry makes six crossings a week.|none",
        "The shop is open 24 hours a day.|none",
        "Sales rose in the past two months.|the past two months=DURATION:P2M",
        "He signed a two-year contract.|two-year=DURATION:P2Y",
        "The flight took 2 1/2 hours.|2 1/2 hours=DURATION:PT2H30M",
        // sets
        "The report comes out every year.|every year=SET:P1Y",
        "It is published weekly.|weekly=SET:P1W",
        "They meet each Thursday.|each Thursday=SET:XXXX-WXX-4",
        "Hearings are held twice a month, usually on Mondays.|a month=SET:P1M; Mondays=SET:XXXX-WXX-1",
        "Back in '98, a similar plan collapsed.|'98=DATE:1998",
        // earnings reports: the story's quarter sets what "a year earlier" and "last year" compare with
        "Net rose in the fourth quarter to $5 million from $3 million last year.|the fourth quarter=DATE:2022-Q4; last year=DATE:2021-Q4",
        "It lost money in the fourth quarter. For the quarter a year ago, it earned $16 million.|the fourth quarter=DATE:2022-Q4; the quarter a year ago=DATE:2021-Q4",
        "Ralston reported a decline in first-quarter earnings. Sales in the latest period rose.|first-quarter=DATE:2023-Q1; the latest period=DATE:2023-Q1",
        "For the six months ended Aug. 12, it earned $6.5 million, compared with $18.1 million a year earlier.|the six months=DURATION:P6M; Aug. 12=DATE:2022-08-12; a year earlier=DATE:2021-08-12",
        "Losses will continue through the first two quarters of 2024.|first two quarters of 2024=DATE:2024-H1",
        "It bodes ill for coming quarters.|coming quarters=DATE:FUTURE_REF",
        "Sales were weak over the past several quarters.|the past several quarters=DATE:PAST_REF",
        // a night runs past midnight: the day it began
        "Rebels attacked Monday night.|Monday night=DATE:2023-03-13",
        // tense cues
        "A bomb ripped through a building next to the embassy Friday morning.|Friday morning=DATE:2023-03-10",
        "Flights were cancelled due to the strike on Monday.|Monday=DATE:2023-03-13",
        "The team planned to leave Nairobi on Thursday.|Thursday=DATE:2023-03-16",
        "On Friday, the government planned to pay the families.|Friday=DATE:2023-03-10",
        "Colonel Eileen Collins will be named commander of the Space Shuttle Columbia for a mission in December.|December=DATE:2023-12",
        // "later" is the length's signal; "over an hour" hedges the length, "over three years" spans it
        "Three days later, the index was down 6%.|Three days=DURATION:P3D",
        "A few days later, the firm cut its forecast.|A few days=DURATION:PXD",
        "Just over an hour later, he was declared dead.|over an hour=DURATION:PT1H",
        "The rest can be spent over three years.|three years=DURATION:P3Y",
        "Protesters planned a rally on Saturday and were planning to march on Monday.|Saturday=DATE:2023-03-18; Monday=DATE:2023-03-20",
        // Easter moves with the moon
        "The pope will celebrate Mass on Easter Sunday.|Easter Sunday=DATE:2023-04-09",
        "Pilgrims gathered as Easter week began.|Easter week=DATE:2023-W14",
        "Children hunted for Easter eggs.|none",
        // days counted from the day the story is telling
        "The day before last Tuesday's hearing, he called.|day before last Tuesday=DATE:2023-03-13",
        // a transcript's spoken day after its month; "second" after a month and a comma is no day
        "The holiday is this coming Sunday, March nineteenth.|this coming Sunday=DATE:2023-03-19; March nineteenth=DATE:2023-03-19",
        "In March, second place went to Oslo.|March=DATE:2023-03",
        // "today," opening a statement of how things are is the present, not the day; an event today keeps the day
        "And today, the right to rest is equal to the right to work.|today=DATE:PRESENT_REF",
        "Today, the company is expected to report its results.|Today=DATE:2023-03-15",
        "On Friday the index fell 4% from the previous Friday.|Friday=DATE:2023-03-10; the previous Friday=DATE:2023-03-03",
        "They met on Wednesday and held a working breakfast later in the day.|Wednesday=DATE:2023-03-15; later in the day=DATE:2023-03-15",
        "A ruling may come the week of March 6.|the week of March 6=DATE:2023-W10",
        "Revenue fell through the first nine months of the year.|the first nine months=DURATION:P9M; the year=DATE:2023",
        "Trading opened on Friday and dealers placed buy orders in the morning.|Friday=DATE:2023-03-10; the morning=TIME:2023-03-10TMO",
        "By mid afternoon, officials were saying the opposite.|mid afternoon=TIME:2023-03-15TAF",
        "He will leave at 4 in the morning.|4 in the morning=TIME:2023-03-15T04:00",
        "Bats fly in the night.|none",
        // time ahead, bounded times and recurring times
        "The stock would be redeemed in five years.|five years=DATE:2028",
        "You may, in a year or two, save more lives.|a year or two=DATE:FUTURE_REF",
        "His second letter in two weeks was published.|two weeks=DURATION:P2W",
        "Islam will one day be the second largest religion.|one day=DATE:FUTURE_REF",
        "More than four decades ago, rebels launched the revolution.|More than four decades ago=DURATION:P40Y",
        "Flights leave Bombay on Monday and Tuesday nights.|Monday=SET:XXXX-WXX-1TNI; Tuesday nights=SET:XXXX-WXX-2TNI",
        // vague references
        "Prices are now higher.|now=DATE:PRESENT_REF",
        "Aqaba is the only outlet now that the embargo has tightened.|now=DATE:PRESENT_REF",
        "He recently resigned.|recently=DATE:PAST_REF",
        "Costs will rise in the future.|the future=DATE:FUTURE_REF",
        "It spread in recent years.|recent years=DATE:PAST_REF",
        // not time
        "The Arab Spring began in Tunisia.|none",
        "We must build the cars of tomorrow.|none",
        "He is 52 years old.|none",
        "It cost $2000 and 1,500 people came.|none",
        "The Su-24 and the 19th round.|none",
        "She was the former president.|none",
        "Markets crashed on Black Monday.|none",
        "About 2000 troops arrived.|none",
        "Call 555-1234 or visit 1600 Pennsylvania Ave.|none",
        "He installed Windows 2000 in February 2000.|February 2000=DATE:2000-02",
        "The fair ran 5-7 January 2023.|5=DATE:2023-01-05; 7 January 2023=DATE:2023-01-07",
        "It ran 1998-99 and 2019-2020.|1998=DATE:1998; 99=DATE:1999; 2019=DATE:2019; 2020=DATE:2020",
        "He wrote about the October Revolution.|none",
        "President Clinton Thursday condemned the attack.|Thursday=DATE:2023-03-09",
        // "until" looks ahead, but not after a past verb of duration or in a past cleft
        "The shop will stay closed until Tuesday.|Tuesday=DATE:2023-03-21",
        "The talks lasted until Tuesday.|Tuesday=DATE:2023-03-14",
        "But it was not until Tuesday that he spoke.|Tuesday=DATE:2023-03-14",
    })
    void tags(String sentence, String expected) {
        assertEquals(expected.equals("none") ? "" : expected, tag(sentence));
    }

    @Test
    void a_year_named_long_before_no_longer_anchors_a_year_earlier() {
        String text = "The company was founded in 1985 by two engineers. It makes pumps, valves and fittings for"
            + " oil refineries, chemical plants and water works in twelve countries, and it employs about four"
            + " thousand people. Its dividend is 4.6 pence, up 15% from 4 pence a year earlier.";
        List<Timex> found = extractor.extract(text, DCT);
        assertEquals("a year earlier", found.get(1).text());
        assertEquals("2022", found.get(1).value());
        String near = extractor.extract("It opened in 1985. A year earlier, it was a field.", DCT).get(1).value();
        assertEquals("1984", near);
    }

    @ParameterizedTest
    @CsvSource({"1998,04-12", "2000,04-23", "2019,04-21", "2023,04-09", "2024,03-31", "2038,04-25"})
    void easter_sunday_follows_the_gregorian_computus(int year, String monthDay) {
        assertEquals(java.time.MonthDay.parse("--" + monthDay), HolidayPatterns.easter(year));
    }

    @Test
    void after_a_span_of_months_year_earlier_means_the_year() {
        LocalDate dct = LocalDate.of(1989, 10, 26);
        String text = "Net rose in the third quarter. For the nine months, net was $254 million, compared with"
            + " year-earlier net of $163 million.";
        List<Timex> found = extractor.extract(text, dct);
        assertEquals("year-earlier", found.get(2).text());
        assertEquals("1988", found.get(2).value());
        String quarterly = extractor.extract("Net rose in the third quarter, compared with year-earlier net.", dct)
            .get(1).value();
        assertEquals("1988-Q3", quarterly);
    }

    @Test
    void an_appositive_quarter_keeps_the_year_of_the_period_it_restates() {
        String text = "The company expects a profit for the third quarter. In the comparable year-ago quarter, the"
            + " second quarter ended Oct. 31, it had a loss. Results for that quarter included a charge.";
        assertEquals("the third quarter=DATE:1989-Q3; the comparable year-ago quarter=DATE:1988-Q2;"
                + " the second quarter=DATE:1988-Q2; Oct. 31=DATE:1988-10-31; that quarter=DATE:1988-Q2",
            tag(text, LocalDate.of(1989, 10, 27)));
    }

    @Test
    void an_adjective_in_ed_is_no_past_tense() {
        assertEquals("January=DATE:1990-01",
            tag("The split would be paid on a still unspecified date in January.", LocalDate.of(1989, 10, 26)));
    }

    @Test
    void a_fiscal_quarter_ending_in_another_calendar_quarter_is_unnumbered() {
        String text = "Earnings soared in the fiscal second quarter. Sales rose in the quarter ended Sept. 30 to"
            + " $747 million from $623 million a year ago.";
        assertEquals("the fiscal second quarter=DATE:1989-Q2; the quarter=DATE:1989-QX; Sept. 30=DATE:1989-09-30;"
                + " a year ago=DATE:1988-QX", tag(text, LocalDate.of(1989, 10, 26)));
    }

    @Test
    void in_february_last_fall_is_the_previous_year() {
        List<Timex> found = extractor.extract("Hiring began last fall.", LocalDate.of(2023, 2, 10));
        assertEquals("2022-FA", found.get(0).value());
    }

    @Test
    void last_and_the_month_just_gone_is_a_year_back() {
        // the month just gone would be "last month"; "last February" on 1 March points a year back
        assertEquals("last February=DATE:1997-02",
            tag("Two helicopters crashed last February.", LocalDate.of(1998, 3, 1)));
        assertEquals("last January=DATE:1998-01", tag("Two helicopters crashed last January.", LocalDate.of(1998, 3, 1)));
    }

    @Test
    void year_end_in_one_word_is_the_closing_day_and_since_looks_back() {
        LocalDate dct = LocalDate.of(1989, 11, 2);
        assertEquals("year-end=DATE:1989-12-31", tag("It expects to complete the transaction by year-end.", dct));
        assertEquals("year-end=DATE:1988-12-31", tag("The percentage change is since year-end.", dct));
        assertEquals("year end=DATE:1989", tag("It plans to cut 6,000 jobs by year end.", dct));
    }

    @Test
    void as_soon_as_looks_ahead_whatever_the_tense_it_is_told_in() {
        // Wednesday 1 November 1989: "as soon as trading opened Monday" is the coming Monday
        assertEquals("Monday=DATE:1989-11-06", tag("The chairman suggested that institutions were likely to buy"
            + " its stock as soon as trading opened Monday.", LocalDate.of(1989, 11, 1)));
    }

    @Test
    void a_simple_present_timetable_lies_ahead() {
        // Friday 1 May 1998: a Monday three days on is further than a bare present reaches
        LocalDate friday = LocalDate.of(1998, 5, 1);
        assertEquals("Monday=DATE:1998-05-04", tag("Netanyahu and Arafat meet separately Monday with Albright.", friday));
        assertEquals("Monday=DATE:1998-04-27", tag("Stocks were higher at the close Monday.", friday));
    }

    @Test
    void about_before_an_ago_keeps_its_hedge() {
        LocalDate dct = LocalDate.of(1989, 11, 1);
        assertEquals("about two years ago=DATE:1987/APPROX", tag("It happened about two years ago.", dct));
        assertEquals("nearly four years ago=DATE:1985", tag("It happened nearly four years ago.", dct));
        assertEquals("Wednesday=DATE:1989-11-01", tag("They met around Wednesday.", dct));
    }
}
