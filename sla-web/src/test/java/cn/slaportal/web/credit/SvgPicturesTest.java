package cn.slaportal.web.credit;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.ByteArrayInputStream;
import java.math.BigDecimal;
import java.nio.charset.StandardCharsets;
import java.time.LocalDate;
import java.time.YearMonth;
import java.util.List;
import java.util.Map;
import javax.xml.parsers.DocumentBuilderFactory;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;
import org.junit.jupiter.api.Test;
import org.w3c.dom.Document;
import org.w3c.dom.Element;
import org.w3c.dom.NodeList;

class SvgPicturesTest {

    private static final MonthGridSvg.Labels LABELS = new MonthGridSvg.Labels("Unavailable <minutes> & days",
            "One cell per day", List.of("Mo", "Tu", "We", "Th", "Fr", "Sa", "Su"), "Legend",
            List.of("none", "1-14", "15-59", "60-239", "240+"), (day, minutes) -> day + ": " + minutes + " min");

    private static Document parse(String svg) throws Exception {
        DocumentBuilderFactory factory = DocumentBuilderFactory.newInstance();
        factory.setNamespaceAware(true);
        return factory.newDocumentBuilder().parse(new ByteArrayInputStream(svg.getBytes(StandardCharsets.UTF_8)));
    }

    @ParameterizedTest
    @CsvSource({"2026-02, 28", "2024-02, 29", "2026-04, 30", "2026-03, 31"})
    void monthGridIsValidXmlWithOneCellPerDay(String month, int days) throws Exception {
        Document svg = parse(MonthGridSvg.render(YearMonth.parse(month), Map.of(), LABELS, "grid"));

        Element root = svg.getDocumentElement();
        assertThat(root.getLocalName()).isEqualTo("svg");
        assertThat(root.getAttribute("role")).isEqualTo("img");
        assertThat(root.getElementsByTagName("title").item(0).getTextContent()).isEqualTo("Unavailable <minutes> & days");
        assertThat(root.getElementsByTagName("desc").getLength()).isEqualTo(1);
        NodeList groups = root.getElementsByTagName("g");
        int cells = 0;
        for (int i = 0; i < groups.getLength(); i++) {
            if (((Element) groups.item(i)).getAttribute("class").startsWith("day ")) {
                cells++;
            }
        }
        assertThat(cells).isEqualTo(days);
    }

    @Test
    void shadesADayByItsUnavailableMinutesAndStatesThemAsText() throws Exception {
        String svg = MonthGridSvg.render(YearMonth.of(2026, 2), Map.of(LocalDate.of(2026, 2, 15), 42L), LABELS, "grid");

        assertThat(svg).contains("<g class=\"day level-2\" data-date=\"2026-02-15\"><title>2026-02-15: 42 min</title>");
        assertThat(svg).contains("<g class=\"day level-0\" data-date=\"2026-02-14\">");
        parse(svg);
    }

    @ParameterizedTest
    @CsvSource({"0, 0", "1, 1", "14, 1", "15, 2", "59, 2", "60, 3", "239, 3", "240, 4", "1440, 4"})
    void levelsFollowTheLegendBounds(long minutes, int level) {
        assertThat(MonthGridSvg.level(minutes)).isEqualTo(level);
    }

    @ParameterizedTest
    @CsvSource({"99.899, 1", "99.9, 2", "99, 1", "98.999, 0", "100, 2", "12, 0"})
    void tierBarPutsTheUptimeInItsTier(String uptime, int band) throws Exception {
        List<BigDecimal> thresholds = List.of(new BigDecimal("99"), new BigDecimal("99.9"));
        String svg = TierBarSvg.render(thresholds, List.of(new TierBarSvg.Band("< 99", "25 %"),
                new TierBarSvg.Band("99 - 99.9", "10 %"), new TierBarSvg.Band(">= 99.9", "0 %")),
                new BigDecimal(uptime), new TierBarSvg.Labels("Tiers", "Where the uptime sits", uptime + " %", "(this month)"), "bar");

        Document document = parse(svg);
        assertThat(document.getDocumentElement().getAttribute("role")).isEqualTo("img");
        assertThat(TierBarSvg.bandIndex(thresholds, new BigDecimal(uptime))).isEqualTo(band);
        NodeList groups = document.getElementsByTagName("g");
        assertThat(((Element) groups.item(band)).getAttribute("class")).isEqualTo("band current");
        assertThat(svg).contains("&lt; 99");
    }
}
