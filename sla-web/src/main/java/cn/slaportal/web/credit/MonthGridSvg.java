package cn.slaportal.web.credit;

import java.time.DayOfWeek;
import java.time.LocalDate;
import java.time.YearMonth;
import java.util.List;
import java.util.Map;
import java.util.Objects;
import java.util.function.BiFunction;

/**
 * Draws a month as a calendar grid, one cell per day, shaded by the day's unavailable minutes. Each
 * shade also carries 0-4 bars in the cell, so the legend does not rely on colour alone; each cell states its
 * day and minutes as text. The picture is {@code role="img"} with a {@code <title>} and {@code <desc>}.
 */
final class MonthGridSvg {

    /** Upper bounds (exclusive) of the shading levels 0..3; level 4 is everything above. */
    static final long[] LEVEL_LIMITS = {1, 15, 60, 240};
    private static final String[] FILLS = {"#ffffff", "#fde0c5", "#f9a66c", "#e5622e", "#9c2a09"};
    private static final String[] TEXT_FILLS = {"#1a1a1a", "#1a1a1a", "#1a1a1a", "#ffffff", "#ffffff"};
    private static final int CELL = 48;
    private static final int GAP = 4;
    private static final int HEADER = 24;
    private static final int MARGIN = 8;

    /**
     * Labels in the page's language: {@code title}, {@code desc}, the seven weekday abbreviations from
     * Monday, the legend heading and the five legend entries, and a formatter for a cell's accessible
     * label from (day, minutes).
     */
    record Labels(String title, String desc, List<String> weekdays, String legendHeading, List<String> levels,
            BiFunction<LocalDate, Long, String> cellLabel) {

        Labels {
            Objects.requireNonNull(title);
            Objects.requireNonNull(desc);
            if (weekdays.size() != 7 || levels.size() != LEVEL_LIMITS.length + 1) {
                throw new IllegalArgumentException("seven weekdays and five legend levels are required");
            }
        }
    }

    private MonthGridSvg() {
    }

    static int level(long minutes) {
        for (int i = 0; i < LEVEL_LIMITS.length; i++) {
            if (minutes < LEVEL_LIMITS[i]) {
                return i;
            }
        }
        return LEVEL_LIMITS.length;
    }

    static String render(YearMonth month, Map<LocalDate, Long> unavailableMinutes, Labels labels, String idPrefix) {
        return render(month.atDay(1), month.atEndOfMonth(), unavailableMinutes, labels, idPrefix);
    }

    /** A grid of the days from {@code first} to {@code last} inclusive (a billing month), weeks from Monday. */
    static String render(LocalDate first, LocalDate last, Map<LocalDate, Long> unavailableMinutes, Labels labels,
            String idPrefix) {
        int days = (int) (last.toEpochDay() - first.toEpochDay()) + 1;
        if (days < 1 || days > 31) {
            throw new IllegalArgumentException("a month grid shows 1 to 31 days");
        }
        int offset = first.getDayOfWeek().getValue() - DayOfWeek.MONDAY.getValue();
        int rows = (offset + days + 6) / 7;
        int gridWidth = 7 * CELL + 6 * GAP;
        int gridHeight = HEADER + rows * (CELL + GAP);
        int legendTop = MARGIN + gridHeight + 12;
        int legendHeight = 24 + 5 * 26;
        int width = gridWidth + 2 * MARGIN;
        int height = legendTop + legendHeight + MARGIN;
        String titleId = idPrefix + "-title";
        String descId = idPrefix + "-desc";
        StringBuilder svg = new StringBuilder(8192);
        svg.append("<svg xmlns=\"http://www.w3.org/2000/svg\" class=\"month-grid\" role=\"img\" width=\"").append(width)
                .append("\" height=\"").append(height).append("\" viewBox=\"0 0 ").append(width).append(' ').append(height)
                .append("\" aria-labelledby=\"").append(titleId).append("\" aria-describedby=\"").append(descId).append("\">")
                .append("<title id=\"").append(titleId).append("\">").append(Svg.escape(labels.title())).append("</title>")
                .append("<desc id=\"").append(descId).append("\">").append(Svg.escape(labels.desc())).append("</desc>");
        for (int column = 0; column < 7; column++) {
            int x = MARGIN + column * (CELL + GAP) + CELL / 2;
            svg.append("<text x=\"").append(x).append("\" y=\"").append(MARGIN + 16)
                    .append("\" text-anchor=\"middle\" font-size=\"12\" fill=\"#1a1a1a\">")
                    .append(Svg.escape(labels.weekdays().get(column))).append("</text>");
        }
        for (int day = 1; day <= days; day++) {
            LocalDate date = first.plusDays(day - 1);
            long minutes = unavailableMinutes.getOrDefault(date, 0L);
            int level = level(minutes);
            int index = offset + day - 1;
            int x = MARGIN + (index % 7) * (CELL + GAP);
            int y = MARGIN + HEADER + (index / 7) * (CELL + GAP);
            svg.append("<g class=\"day level-").append(level).append("\" data-date=\"").append(date).append("\">")
                    .append("<title>").append(Svg.escape(labels.cellLabel().apply(date, minutes))).append("</title>")
                    .append("<rect x=\"").append(x).append("\" y=\"").append(y).append("\" width=\"").append(CELL)
                    .append("\" height=\"").append(CELL).append("\" rx=\"3\" fill=\"").append(FILLS[level])
                    .append("\" stroke=\"#5a5a5a\" stroke-width=\"1\"/>")
                    .append("<text x=\"").append(x + 5).append("\" y=\"").append(y + 15)
                    .append("\" font-size=\"12\" font-weight=\"bold\" fill=\"").append(TEXT_FILLS[level]).append("\">")
                    .append(date.getDayOfMonth()).append("</text>");
            if (minutes > 0) {
                svg.append("<text x=\"").append(x + CELL - 5).append("\" y=\"").append(y + 30)
                        .append("\" text-anchor=\"end\" font-size=\"11\" fill=\"").append(TEXT_FILLS[level]).append("\">")
                        .append(minutes).append("</text>");
            }
            appendBars(svg, x + 5, y + CELL - 9, level, TEXT_FILLS[level]);
            svg.append("</g>");
        }
        svg.append("<g class=\"legend\"><text x=\"").append(MARGIN).append("\" y=\"").append(legendTop + 14)
                .append("\" font-size=\"12\" font-weight=\"bold\" fill=\"#1a1a1a\">")
                .append(Svg.escape(labels.legendHeading())).append("</text>");
        for (int level = 0; level <= LEVEL_LIMITS.length; level++) {
            int y = legendTop + 24 + level * 26;
            svg.append("<rect x=\"").append(MARGIN).append("\" y=\"").append(y).append("\" width=\"40\" height=\"20\" fill=\"")
                    .append(FILLS[level]).append("\" stroke=\"#5a5a5a\" stroke-width=\"1\"/>");
            appendBars(svg, MARGIN + 4, y + 14, level, TEXT_FILLS[level]);
            svg.append("<text x=\"").append(MARGIN + 48).append("\" y=\"").append(y + 15)
                    .append("\" font-size=\"12\" fill=\"#1a1a1a\">").append(Svg.escape(labels.levels().get(level)))
                    .append("</text>");
        }
        svg.append("</g></svg>");
        return svg.toString();
    }

    private static void appendBars(StringBuilder svg, int x, int y, int count, String fill) {
        for (int i = 0; i < count; i++) {
            svg.append("<rect x=\"").append(x + i * 7).append("\" y=\"").append(y).append("\" width=\"5\" height=\"5\" fill=\"")
                    .append(fill).append("\"/>");
        }
    }
}
