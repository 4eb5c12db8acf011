package cn.slaportal.i18n.bundle;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.IOException;
import java.io.InputStream;
import java.io.StringReader;
import java.io.UncheckedIOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.Properties;
import java.util.TreeMap;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import org.junit.jupiter.api.Test;

/**
 * The zh_CN bundle uses the one accepted wording of each term in {@code content/terminology.tsv} (the list the
 * content checks apply to the SLA and FAQ texts), so the interface and the texts cannot drift apart.
 */
class BundleTerminologyTest {

    private static final Path TERMINOLOGY = Path.of("..", "content", "terminology.tsv");

    private record Rule(String english, String chinese, Pattern avoid) {
    }

    @Test
    void chineseBundleUsesTheAcceptedWordingOfEveryTerm() {
        List<Rule> rules = rules();
        assertThat(rules).as("rules in " + TERMINOLOGY).hasSizeGreaterThanOrEqualTo(10);

        assertThat(violations(rules, chineseBundle())).isEmpty();
    }

    @Test
    void theCheckCatchesDriftedWordings() {
        Map<String, String> drifted = Map.of(
                "a.b", "请使用其他帐户登录",
                "c.d", "积分档位",
                "e.f", "SLA 门户",
                "g.h", "服务积分档位",
                "i.j", "适用的版本中没有免责条款 AZ-09。");

        assertThat(violations(rules(), drifted)).containsExactlyInAnyOrder(
                "a.b: \"帐户\" for account; write \"账户\"",
                "c.d: \"积分档位\" for credit tier; write \"服务积分档位\"",
                "c.d: \"积分\" for Service Credit; write \"服务积分\"",
                "e.f: \"SLA 门户\" for SLA Portal; write \"服务级别协议门户\"",
                "i.j: \"免责条款\" for exclusion; write \"除外条款\"");
    }

    private static List<String> violations(List<Rule> rules, Map<String, String> bundle) {
        List<String> found = new ArrayList<>();
        bundle.forEach((key, value) -> {
            for (Rule rule : rules) {
                Matcher matcher = rule.avoid().matcher(value);
                while (matcher.find()) {
                    found.add(key + ": \"" + matcher.group() + "\" for " + rule.english() + "; write \""
                            + rule.chinese() + "\"");
                }
            }
        });
        return found;
    }

    private static List<Rule> rules() {
        try {
            List<String> lines = Files.readAllLines(TERMINOLOGY, StandardCharsets.UTF_8);
            assertThat(lines.get(0)).isEqualTo("en\tzh-CN\tavoid");
            return lines.stream().skip(1).filter(line -> !line.isBlank())
                    .map(line -> line.split("\t", -1))
                    .map(cells -> new Rule(cells[0].strip(), cells[1].strip(), Pattern.compile(cells[2].strip())))
                    .toList();
        } catch (IOException unreadable) {
            throw new UncheckedIOException(unreadable);
        }
    }

    private static Map<String, String> chineseBundle() {
        try (InputStream in = BundleTerminologyTest.class.getClassLoader().getResourceAsStream("messages_zh_CN.properties")) {
            assertThat(in).isNotNull();
            Properties properties = new Properties();
            properties.load(new StringReader(new String(in.readAllBytes(), StandardCharsets.UTF_8)));
            Map<String, String> bundle = new TreeMap<>();
            properties.stringPropertyNames().forEach(key -> bundle.put(key, properties.getProperty(key)));
            return bundle;
        } catch (IOException unreadable) {
            throw new UncheckedIOException(unreadable);
        }
    }
}
