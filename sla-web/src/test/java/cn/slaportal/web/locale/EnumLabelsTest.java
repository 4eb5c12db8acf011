package cn.slaportal.web.locale;

import static org.assertj.core.api.Assertions.assertThat;

import cn.slaportal.core.claim.ActorRole;
import cn.slaportal.core.claim.ClaimAction;
import cn.slaportal.core.claim.ClaimInformation;
import cn.slaportal.core.claim.ClaimStatus;
import cn.slaportal.core.claim.DeadlineRule;
import cn.slaportal.core.credit.FeeBasis;
import cn.slaportal.core.uptime.UptimeMethod;
import cn.slaportal.core.version.DraftReview;
import cn.slaportal.i18n.locale.SupportedLanguage;
import cn.slaportal.persistence.notice.DeliveryChannel;
import cn.slaportal.persistence.notice.DeliveryStatus;
import cn.slaportal.web.search.SearchKind;
import cn.slaportal.web.version.ClauseChange;
import cn.slaportal.web.version.VersionStatus;
import java.io.IOException;
import java.io.InputStream;
import java.io.StringReader;
import java.io.UncheckedIOException;
import java.nio.charset.StandardCharsets;
import java.util.Arrays;
import java.util.List;
import java.util.Map;
import java.util.Properties;
import java.util.Set;
import java.util.TreeSet;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import java.util.stream.Collectors;
import org.junit.jupiter.api.Test;
import org.springframework.core.io.Resource;
import org.springframework.core.io.support.PathMatchingResourcePatternResolver;

/**
 * Labels built from a value at render time ({@code #{|claim.status.${c.status()}|}}, {@code msg('claim.status.' +
 * status)}) name no literal key, so {@link TemplateTextTest} cannot see them: a lost {@code claim.status.*} block was
 * once noticed only by a browser walk. Here every value of every enum rendered through a bundle key has its key in
 * both bundles, and every key a page or e-mail template builds from a value is either such an enum label or one of
 * the few keys built from something else, named below, so a new enum label cannot go unchecked.
 */
class EnumLabelsTest {

    /** Key patterns ({@code {}} is the value) and the values each is built from. */
    private static final Map<String, List<String>> ENUM_LABELS = Map.ofEntries(
            Map.entry("claim.status.{}", names(ClaimStatus.values())),
            Map.entry("claim.action.{}", names(ClaimAction.values())),
            Map.entry("claim.information.{}", names(ClaimInformation.values())),
            Map.entry("claim.form.figures.{}", names(UptimeMethod.values())),
            Map.entry("calculator.method.{}", names(UptimeMethod.values())),
            Map.entry("calculator.result.available.{}", names(UptimeMethod.values())),
            Map.entry("sla.method.{}", names(UptimeMethod.values())),
            Map.entry("sla.deadline.{}", names(DeadlineRule.Kind.values())),
            Map.entry("subscription.fee-basis.{}", names(FeeBasis.values())),
            Map.entry("delivery.status.{}", names(DeliveryStatus.values())),
            Map.entry("delivery.channel.{}", names(DeliveryChannel.values())),
            Map.entry("diff.clause.{}", names(ClauseChange.values())),
            Map.entry("diff.counts.{}", names(ClauseChange.values())),
            Map.entry("draft.state.{}", names(DraftReview.State.values())),
            Map.entry("search.kind.{}", names(SearchKind.values())),
            Map.entry("version.status.{}", names(VersionStatus.values())),
            Map.entry("search.result.language.{}", Arrays.stream(SupportedLanguage.values()).map(SupportedLanguage::tag).toList()),
            Map.entry("subscription.state.{}", List.of("CURRENT", "FUTURE", "ENDED")),
            Map.entry("admin.review.role.{}", names(ActorRole.values())),
            Map.entry("admin.review.reason-kind.{}", List.of("question", "answer", "reason")));

    /**
     * Keys templates build from something other than an enum, each checked where its values are made: error kinds
     * ({@code ErrorPagesTest}), form field names and profile outcomes (the pages' own ITs render every one).
     */
    private static final Set<String> NOT_FROM_AN_ENUM = Set.of("calculator.field.{}", "calculator.field.{}.hint",
            "claim.form.{}", "error.{}.title", "error.{}.text", "error.page.hint.{}", "profile.password.{}",
            "profile.saved.{}");

    private static final Pattern TEMPLATE_KEY = Pattern.compile("#\\{\\|([^|$]*)\\$\\{[^}]*}([^|]*)\\|");
    private static final Pattern MESSAGES_CALL = Pattern.compile("msg\\(\\s*'([^']*)'\\s*\\+\\s*[^'),+]*(?:\\+\\s*'([^']*)')?");

    @Test
    void everyValueOfEveryLabelledEnumHasItsLabelInBothLanguages() {
        Set<String> english = keys("messages_en.properties");
        Set<String> chinese = keys("messages_zh_CN.properties");

        assertThat(missingLabels(ENUM_LABELS, english, chinese)).as("enum labels missing from a bundle").isEmpty();
    }

    @Test
    void everyKeyATemplateBuildsFromAValueIsCheckedHere() throws IOException {
        PathMatchingResourcePatternResolver resolver = new PathMatchingResourcePatternResolver();
        Set<String> built = new TreeSet<>();
        for (String location : List.of("classpath*:templates/**/*.html", "classpath*:mail/*")) {
            for (Resource template : resolver.getResources(location)) {
                built.addAll(builtKeys(new String(template.getContentAsByteArray(), StandardCharsets.UTF_8)));
            }
        }

        assertThat(built).as("keys built from values in the templates").contains("claim.status.{}", "delivery.status.{}");
        assertThat(built).as("keys built from values that neither ENUM_LABELS nor NOT_FROM_AN_ENUM names")
                .allMatch(pattern -> ENUM_LABELS.containsKey(pattern) || NOT_FROM_AN_ENUM.contains(pattern));
    }

    @Test
    void theChecksFindALostLabelAndABuiltKey() {
        Map<String, List<String>> labels = Map.of("claim.status.{}", names(ClaimStatus.values()));
        Set<String> english = Arrays.stream(ClaimStatus.values()).map(status -> "claim.status." + status)
                .collect(Collectors.toCollection(TreeSet::new));
        Set<String> chinese = new TreeSet<>(english);
        chinese.remove("claim.status.WITHDRAWN");

        assertThat(missingLabels(labels, english, chinese)).containsExactly("claim.status.WITHDRAWN (no zh_CN)");
        assertThat(builtKeys("""
                <td th:text="#{|claim.status.${c.status()}|}">Submitted</td>
                <p th:text="#{|x.${a}.hint|(${b})}">Hint</p>
                [(${#messages.msg('mail.kind.' + kind + '.title')})] [(${#messages.msg('claim.status.' + status)})]
                <p th:text="#{claim.status.SUBMITTED}">Literal keys are TemplateTextTest's.</p>
                """)).containsExactlyInAnyOrder("claim.status.{}", "x.{}.hint", "mail.kind.{}.title");
    }

    private static Set<String> missingLabels(Map<String, List<String>> labels, Set<String> english, Set<String> chinese) {
        Set<String> missing = new TreeSet<>();
        labels.forEach((pattern, values) -> values.stream().map(value -> pattern.replace("{}", value)).forEach(key -> {
            if (!english.contains(key) || !chinese.contains(key)) {
                missing.add(key + (english.contains(key) ? " (no zh_CN)" : chinese.contains(key) ? " (no en)" : ""));
            }
        }));
        return missing;
    }

    /** The key patterns a template builds from values, the value written {@code {}}. */
    static Set<String> builtKeys(String template) {
        Set<String> patterns = new TreeSet<>();
        Matcher expression = TEMPLATE_KEY.matcher(template);
        while (expression.find()) {
            patterns.add(expression.group(1) + "{}" + expression.group(2));
        }
        Matcher call = MESSAGES_CALL.matcher(template);
        while (call.find()) {
            patterns.add(call.group(1) + "{}" + (call.group(2) == null ? "" : call.group(2)));
        }
        return patterns;
    }

    private static List<String> names(Enum<?>[] values) {
        return Arrays.stream(values).map(Enum::name).toList();
    }

    private static Set<String> keys(String bundle) {
        Properties properties = new Properties();
        try (InputStream in = EnumLabelsTest.class.getClassLoader().getResourceAsStream(bundle)) {
            assertThat(in).as(bundle + " on the classpath").isNotNull();
            properties.load(new StringReader(new String(in.readAllBytes(), StandardCharsets.UTF_8)));
        } catch (IOException unreadable) {
            throw new UncheckedIOException(unreadable);
        }
        return properties.stringPropertyNames().stream().collect(Collectors.toCollection(TreeSet::new));
    }
}
