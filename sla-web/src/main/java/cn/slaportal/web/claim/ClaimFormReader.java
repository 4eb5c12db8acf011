package cn.slaportal.web.claim;

import cn.slaportal.core.SlaRuleViolation;
import cn.slaportal.core.availability.EvaluationWindow;
import cn.slaportal.core.availability.ResourceAvailability;
import cn.slaportal.core.billing.BillingMonth;
import cn.slaportal.core.claim.ClaimStatement;
import cn.slaportal.core.uptime.Maintenance;
import cn.slaportal.core.uptime.ResourceMinutes;
import cn.slaportal.core.uptime.UptimeInput;
import cn.slaportal.core.uptime.UptimeMethod;
import cn.slaportal.web.availability.ProbeLogResult;
import cn.slaportal.web.availability.ProbeLogService;
import cn.slaportal.web.credit.FieldErrors;
import java.io.IOException;
import java.io.InputStream;
import java.util.ArrayList;
import java.util.List;
import java.util.Optional;
import java.util.regex.Pattern;
import org.springframework.stereotype.Component;
import org.springframework.web.multipart.MultipartFile;

/**
 * Reads the figures and the statement of a claim form: whole numbers where the level's uptime method needs them, a
 * probe log (the same streaming evaluator as the API) whose unavailable minutes become the resource rows, and each
 * problem recorded next to its field. Whether the figures make sense is the core's to say.
 */
@Component
class ClaimFormReader {

    private static final Pattern WHOLE = Pattern.compile("\\d{1,12}");

    private final ProbeLogService probeLogs;

    ClaimFormReader(ProbeLogService probeLogs) {
        this.probeLogs = probeLogs;
    }

    /** The form with its resource rows taken from the probe log; errors go to {@code probeLog}. */
    ClaimForm withProbeLog(ClaimForm form, MultipartFile log, BillingMonth month, FieldErrors errors,
                           List<String> rejectedLines) {
        EvaluationWindow window = EvaluationWindow.ofDates(month.firstDay(), month.lastDay());
        try (InputStream in = log.getInputStream()) {
            ProbeLogResult result = probeLogs.evaluate(in, window);
            result.rejectedLines().forEach(line -> rejectedLines.add(line.line() + ": " + line.code()));
            if (result.resources().isEmpty()) {
                errors.reject("probeLog", "calculator.error.log-no-minutes", result.rejectedLineCount());
                return form;
            }
            List<String> names = new ArrayList<>();
            List<String> deployed = new ArrayList<>();
            List<String> downtime = new ArrayList<>();
            for (ResourceAvailability resource : result.resources().stream().limit(ClaimForm.MAXIMUM_ROWS).toList()) {
                names.add(resource.name());
                deployed.add(String.valueOf(month.minutes()));
                downtime.add(String.valueOf(resource.unavailableMinutes()));
            }
            return form.withFigures(names, deployed, downtime, form.users(), form.downtimeUserMinutes(),
                    form.deployedMinutes(), form.downtimeMinutes());
        } catch (SlaRuleViolation violation) {
            errors.reject("probeLog", violation.code(), violation.arguments().toArray());
            return form;
        } catch (IOException e) {
            errors.reject("probeLog", "calculator.error.log-unreadable");
            return form;
        }
    }

    /** The month's figures in the level's method; empty when a field could not be read (the error is recorded). */
    Optional<UptimeInput> figures(ClaimForm form, UptimeMethod method, FieldErrors errors) {
        return switch (method) {
            case DEPLOYMENT_MINUTES -> resources(form, errors).map(UptimeInput.DeploymentMinutes::new);
            case USER_MINUTES -> {
                Long users = whole(form.users(), "users", true, errors);
                Long scheduled = whole(form.scheduledDowntimeMinutes(), "scheduledDowntimeMinutes", false, errors);
                Long downtime = whole(form.downtimeUserMinutes(), "downtimeUserMinutes", true, errors);
                if (users == null || downtime == null || errors.has("scheduledDowntimeMinutes")) {
                    yield Optional.empty();
                }
                yield Optional.of(new UptimeInput.UserMinutes(users, scheduled == null || scheduled == 0 ? List.of()
                        : List.of(Maintenance.withNoticeDays(scheduled, Maintenance.MINIMUM_NOTICE.toDays())), downtime));
            }
            case TENANT_MINUTES -> {
                Long deployed = whole(form.deployedMinutes(), "deployedMinutes", true, errors);
                Long downtime = whole(form.downtimeMinutes(), "downtimeMinutes", true, errors);
                yield deployed == null || downtime == null ? Optional.empty()
                        : Optional.of(new UptimeInput.TenantMinutes(deployed, downtime, List.of()));
            }
        };
    }

    /** The statement; a user count that is not a whole number is recorded against its field. */
    ClaimStatement statement(ClaimForm form, FieldErrors errors) {
        Long users = whole(form.affectedUserCount(), "affectedUserCount", false, errors);
        Optional<Integer> count = users == null || users > Integer.MAX_VALUE ? Optional.empty() : Optional.of(users.intValue());
        return new ClaimStatement(form.description(), Optional.of(form.affectedResources()), count,
                Optional.of(form.affectedUserLocations()), form.resolutionAttempts());
    }

    private static Optional<List<ResourceMinutes>> resources(ClaimForm form, FieldErrors errors) {
        List<ResourceMinutes> resources = new ArrayList<>();
        boolean readable = true;
        for (int i = 0; i < form.rowCount(); i++) {
            String name = form.row(form.resourceName(), i);
            String deployedText = form.row(form.resourceDeployed(), i);
            String downtimeText = form.row(form.resourceDowntime(), i);
            if (name.isEmpty() && deployedText.isEmpty() && downtimeText.isEmpty()) {
                continue;
            }
            Long deployed = whole(deployedText, "resourceDeployed" + i, true, errors);
            Long downtime = whole(downtimeText, "resourceDowntime" + i, true, errors);
            if (deployed == null || downtime == null) {
                readable = false;
                continue;
            }
            try {
                resources.add(new ResourceMinutes(name.isEmpty() ? "resource-" + (i + 1) : name, deployed, downtime));
            } catch (SlaRuleViolation violation) {
                errors.reject("resourceDowntime" + i, violation.code(), violation.arguments().toArray());
                readable = false;
            }
        }
        if (resources.isEmpty() && readable) {
            errors.reject("resourceDeployed0", "claim.form.error.no-resource");
            return Optional.empty();
        }
        return readable ? Optional.of(resources) : Optional.empty();
    }

    private static Long whole(String text, String field, boolean required, FieldErrors errors) {
        if (text.isEmpty()) {
            if (required) {
                errors.reject(field, "claim.form.error.required");
            }
            return null;
        }
        if (!WHOLE.matcher(text).matches()) {
            errors.reject(field, "claim.form.error.whole-number", text);
            return null;
        }
        return Long.parseLong(text);
    }
}
