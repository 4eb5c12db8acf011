package cn.slaportal.web.credit;

import java.math.BigDecimal;
import java.math.MathContext;
import java.util.List;

/**
 * Draws the credit tiers of a service level as equal-width bands from the lowest to the highest uptime,
 * each labelled with its range and credit, and a marker where the computed uptime sits. The band the
 * uptime falls in is drawn with a thick outline and its label says so, not colour alone.
 */
final class TierBarSvg {

    private static final int WIDTH = 640;
    private static final int MARGIN = 8;
    private static final int BAR_TOP = 44;
    private static final int BAR_HEIGHT = 36;
    private static final String[] FILLS = {"#9c2a09", "#e5622e", "#f9a66c", "#d8ecd2"};

    /** One band, from the lowest uptime upwards: its range label and credit label. */
    record Band(String rangeLabel, String creditLabel) {
    }

    record Labels(String title, String desc, String markerLabel, String currentBand) {
    }

    private TierBarSvg() {
    }

    /**
     * @param thresholds the tier thresholds in ascending order (e.g. 99, 99.9); bands are
     *                   [floor, t1), [t1, t2), ..., [tn, 100]
     * @param bands      one more than thresholds, ascending
     */
    static String render(List<BigDecimal> thresholds, List<Band> bands, BigDecimal uptime, Labels labels, String idPrefix) {
        if (bands.size() != thresholds.size() + 1 || thresholds.isEmpty()) {
            throw new IllegalArgumentException("one band more than thresholds is required");
        }
        BigDecimal hundred = BigDecimal.valueOf(100);
        BigDecimal lowest = thresholds.get(0);
        BigDecimal floor = lowest.subtract(hundred.subtract(lowest)).max(BigDecimal.ZERO);
        int bandCount = bands.size();
        int barWidth = WIDTH - 2 * MARGIN;
        double bandWidth = (double) barWidth / bandCount;
        int current = bandIndex(thresholds, uptime);
        BigDecimal low = current == 0 ? floor : thresholds.get(current - 1);
        BigDecimal high = current == thresholds.size() ? hundred : thresholds.get(current);
        double within = high.compareTo(low) <= 0 ? 0
                : uptime.max(low).min(high).subtract(low).divide(high.subtract(low), MathContext.DECIMAL64).doubleValue();
        double markerX = MARGIN + bandWidth * (current + within);
        int height = BAR_TOP + BAR_HEIGHT + 48;
        String titleId = idPrefix + "-title";
        String descId = idPrefix + "-desc";
        StringBuilder svg = new StringBuilder(4096);
        svg.append("<svg xmlns=\"http://www.w3.org/2000/svg\" class=\"tier-bar\" role=\"img\" width=\"").append(WIDTH)
                .append("\" height=\"").append(height).append("\" viewBox=\"0 0 ").append(WIDTH).append(' ').append(height)
                .append("\" aria-labelledby=\"").append(titleId).append("\" aria-describedby=\"").append(descId).append("\">")
                .append("<title id=\"").append(titleId).append("\">").append(Svg.escape(labels.title())).append("</title>")
                .append("<desc id=\"").append(descId).append("\">").append(Svg.escape(labels.desc())).append("</desc>");
        for (int i = 0; i < bandCount; i++) {
            long x = Math.round(MARGIN + i * bandWidth);
            long w = Math.round(bandWidth);
            String fill = FILLS[Math.max(0, FILLS.length - bandCount + i)];
            boolean isCurrent = i == current;
            svg.append("<g class=\"band").append(isCurrent ? " current" : "").append("\">")
                    .append("<rect x=\"").append(x).append("\" y=\"").append(BAR_TOP).append("\" width=\"").append(w)
                    .append("\" height=\"").append(BAR_HEIGHT).append("\" fill=\"").append(fill)
                    .append("\" stroke=\"#1a1a1a\" stroke-width=\"").append(isCurrent ? 4 : 1).append("\"/>")
                    .append("<text x=\"").append(x + w / 2).append("\" y=\"").append(BAR_TOP + BAR_HEIGHT + 16)
                    .append("\" text-anchor=\"middle\" font-size=\"12\" fill=\"#1a1a1a\">")
                    .append(Svg.escape(bands.get(i).rangeLabel())).append("</text>")
                    .append("<text x=\"").append(x + w / 2).append("\" y=\"").append(BAR_TOP + BAR_HEIGHT + 32)
                    .append("\" text-anchor=\"middle\" font-size=\"12\" font-weight=\"").append(isCurrent ? "bold" : "normal")
                    .append("\" fill=\"#1a1a1a\">").append(Svg.escape(isCurrent
                            ? bands.get(i).creditLabel() + " " + labels.currentBand() : bands.get(i).creditLabel()))
                    .append("</text></g>");
        }
        String x = String.format(java.util.Locale.ROOT, "%.1f", markerX);
        String textX = String.format(java.util.Locale.ROOT, "%.1f", Math.max(60, Math.min(WIDTH - 60, markerX)));
        svg.append("<g class=\"marker\"><path d=\"M").append(x).append(' ').append(BAR_TOP - 2).append(" l-7 -12 h14 z\" fill=\"#1a1a1a\"/>")
                .append("<line x1=\"").append(x).append("\" y1=\"").append(BAR_TOP).append("\" x2=\"").append(x).append("\" y2=\"")
                .append(BAR_TOP + BAR_HEIGHT).append("\" stroke=\"#1a1a1a\" stroke-width=\"3\"/>")
                .append("<text x=\"").append(textX).append("\" y=\"").append(BAR_TOP - 18)
                .append("\" text-anchor=\"middle\" font-size=\"13\" font-weight=\"bold\" fill=\"#1a1a1a\">")
                .append(Svg.escape(labels.markerLabel())).append("</text></g></svg>");
        return svg.toString();
    }

    static int bandIndex(List<BigDecimal> thresholds, BigDecimal uptime) {
        for (int i = 0; i < thresholds.size(); i++) {
            if (uptime.compareTo(thresholds.get(i)) < 0) {
                return i;
            }
        }
        return thresholds.size();
    }
}
