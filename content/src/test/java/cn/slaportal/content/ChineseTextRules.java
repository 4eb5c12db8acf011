package cn.slaportal.content;

import cn.slaportal.content.structure.MarkdownDocument;
import com.github.houbb.opencc4j.util.ZhConverterUtil;
import java.text.Normalizer;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

/**
 * The rules for published Simplified Chinese text. Each rule returns human-readable problems with a line number.
 *
 * <ul>
 *   <li>Pinyin artefacts, as the scraped seed had them after characters ({@code 水(shuǐ)平}, {@code 了(le)}):
 *       any pinyin tone diacritic, or a Han character directly followed by a pinyin syllable in parentheses.</li>
 *   <li>Traditional characters: a Han character that OpenCC converts to a different Simplified character.</li>
 *   <li>Untranslated English: four or more English words in a row in the prose (code, links and URLs are not
 *       prose), unless the run is an allowed product name.</li>
 * </ul>
 */
final class ChineseTextRules {

    /**
     * Characters OpenCC converts although the 通用规范汉字表 (2013) keeps them as standard Simplified characters in
     * particular senses, so a Simplified text may use them: 夥 (multitude, as in 夥颐; 伙 is "partner"),
     * 徵 (the note zhǐ of 宫商角徵羽; 征 covers the other senses) and 昇 and 甦 (kept for personal names).
     * 於 is deliberately not listed: outside surnames it is the Traditional form of 于, and it is exactly what a
     * half-converted seed text leaks.
     */
    static final Set<String> STANDARD_SIMPLIFIED_THAT_OPENCC_CONVERTS = Set.of("夥", "徵", "昇", "甦");

    static final int MAX_ENGLISH_WORDS = 3;

    private static final String TONE_MARKS = "āáǎàēéěèīíǐìōóǒòūúǔùǖǘǚǜ";
    private static final Pattern TONE_MARK = Pattern.compile("[" + TONE_MARKS + "]");
    private static final Pattern PARENTHESISED_SYLLABLE =
            Pattern.compile("(\\p{IsHan})[(（]([a-z" + TONE_MARKS + "ü]{1,6})[)）]");
    private static final Pattern PINYIN_SYLLABLE = Pattern.compile(
            "(?:zh|ch|sh|[bpmfdtnlgkhjqxrzcsyw])"
                    + "(?:iang|iong|uang|ang|eng|ing|ong|ian|iao|uai|uan|üan|van|ai|ao|an|ei|en|er|ia|ie|in|iu"
                    + "|ou|ua|ue|üe|ve|ui|un|ün|vn|uo|a|e|i|o|u|ü|v)"
                    + "|ang|eng|ai|an|ao|ei|en|er|ou|a|e|o");
    private static final Pattern URL = Pattern.compile("(?:https?://|www\\.)\\S+");
    private static final Pattern LATIN_RUN = Pattern.compile(
            "[A-Za-z0-9'’&+./%_-]+(?:[ \\t,;:()\"]+[A-Za-z0-9'’&+./%_-]+)*");
    private static final Pattern RUN_SEPARATOR = Pattern.compile("[ \\t,;:()\"]+");

    private final List<String> allowedEnglish;

    /**
     * @param allowedEnglish phrases that may stay in English inside Chinese text (product names and the like);
     *                       longer phrases are removed first
     */
    ChineseTextRules(List<String> allowedEnglish) {
        this.allowedEnglish = allowedEnglish.stream()
                .filter(p -> !p.isBlank())
                .sorted(Comparator.comparingInt(String::length).reversed())
                .toList();
    }

    /** Pinyin artefacts anywhere in the raw file text (front matter, prose and code alike). */
    List<String> pinyinArtefacts(String raw) {
        List<String> problems = new ArrayList<>();
        String[] lines = raw.split("\n", -1);
        for (int i = 0; i < lines.length; i++) {
            String line = lines[i];
            Matcher parenthesised = PARENTHESISED_SYLLABLE.matcher(line);
            boolean reported = false;
            while (parenthesised.find()) {
                String syllable = withoutToneMarks(parenthesised.group(2));
                if (PINYIN_SYLLABLE.matcher(syllable).matches()) {
                    problems.add("line " + (i + 1) + ": pinyin artefact \"" + parenthesised.group() + "\"");
                    reported = true;
                }
            }
            Matcher tone = TONE_MARK.matcher(line);
            if (!reported && tone.find()) {
                problems.add("line " + (i + 1) + ": pinyin tone mark '" + tone.group() + "' in \""
                        + excerpt(line, tone.start()) + "\"");
            }
        }
        return problems;
    }

    /** Traditional-only characters anywhere in the raw file text, each reported once with its first line. */
    List<String> traditionalCharacters(String raw) {
        Map<String, Integer> firstLine = new LinkedHashMap<>();
        String[] lines = raw.split("\n", -1);
        for (int i = 0; i < lines.length; i++) {
            int lineNumber = i + 1;
            lines[i].codePoints()
                    .filter(cp -> Character.UnicodeScript.of(cp) == Character.UnicodeScript.HAN)
                    .mapToObj(Character::toString)
                    .filter(ch -> !STANDARD_SIMPLIFIED_THAT_OPENCC_CONVERTS.contains(ch))
                    .filter(ch -> !ZhConverterUtil.toSimple(ch).equals(ch))
                    .forEach(ch -> firstLine.putIfAbsent(ch, lineNumber));
        }
        List<String> problems = new ArrayList<>();
        firstLine.forEach((ch, line) -> problems.add("line " + line + ": Traditional character '" + ch
                + "' (Simplified: '" + ZhConverterUtil.toSimple(ch) + "')"));
        return problems;
    }

    /** Runs of more than {@link #MAX_ENGLISH_WORDS} English words in a piece of prose. */
    List<String> untranslatedEnglish(int line, String prose) {
        String text = URL.matcher(prose).replaceAll(MarkdownDocument.GAP);
        for (String phrase : allowedEnglish) {
            text = text.replace(phrase, MarkdownDocument.GAP);
        }
        List<String> problems = new ArrayList<>();
        Matcher run = LATIN_RUN.matcher(text);
        while (run.find()) {
            long words = RUN_SEPARATOR.splitAsStream(run.group())
                    .filter(token -> !token.isEmpty() && Character.isLetter(token.charAt(0)))
                    .count();
            if (words > MAX_ENGLISH_WORDS) {
                problems.add("line " + line + ": untranslated English \"" + run.group().strip() + "\"");
            }
        }
        return problems;
    }

    private static String withoutToneMarks(String syllable) {
        String decomposed = Normalizer.normalize(syllable.replace('ü', 'v'), Normalizer.Form.NFD);
        return decomposed.replaceAll("\\p{M}", "");
    }

    private static String excerpt(String line, int at) {
        int from = Math.max(0, at - 8);
        int to = Math.min(line.length(), at + 8);
        return line.substring(from, to);
    }
}
