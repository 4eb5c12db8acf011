package cn.slaportal.web.availability;

import cn.slaportal.core.SlaTime;
import cn.slaportal.core.availability.EvaluationWindow;
import cn.slaportal.core.availability.MinuteListener;
import cn.slaportal.core.availability.ResourceAvailability;
import cn.slaportal.web.api.ApiMessages;
import cn.slaportal.web.api.ApiProblem;
import cn.slaportal.web.api.JsonApi;
import jakarta.servlet.http.HttpServletRequest;
import java.io.IOException;
import java.io.InputStreamReader;
import java.nio.charset.Charset;
import java.nio.charset.StandardCharsets;
import java.time.LocalDate;
import java.time.OffsetDateTime;
import java.time.format.DateTimeParseException;
import java.util.List;
import java.util.Optional;
import org.springframework.http.HttpStatus;
import org.springframework.http.InvalidMediaTypeException;
import org.springframework.http.MediaType;
import org.springframework.web.bind.annotation.PostMapping;
import org.springframework.web.bind.annotation.RequestParam;
import org.springframework.web.bind.annotation.RestController;

@JsonApi
@RestController
class AvailabilityApiController {

    static final MediaType TEXT_CSV = MediaType.parseMediaType("text/csv");

    private final ProbeLogService probeLogs;
    private final ApiMessages messages;

    AvailabilityApiController(ProbeLogService probeLogs, ApiMessages messages) {
        this.probeLogs = probeLogs;
        this.messages = messages;
    }

    /**
     * Streams the CSV body through the evaluator. {@code from}/{@code to}: a date (Asia/Shanghai; {@code to}
     * inclusive) or an ISO-8601 date-time with offset ({@code to} exclusive).
     */
    @PostMapping("/api/v1/availability")
    AvailabilityJson evaluate(@RequestParam(required = false) String from, @RequestParam(required = false) String to,
            HttpServletRequest request) throws IOException {
        Charset charset = csvCharset(request.getContentType());
        EvaluationWindow window = EvaluationWindow.of(bound(from, "from", false), bound(to, "to", true));
        ProbeLogResult result = probeLogs.evaluate(new InputStreamReader(request.getInputStream(), charset), window,
                MinuteListener.NONE);
        return AvailabilityJson.of(result, messages);
    }

    private static Charset csvCharset(String contentType) {
        MediaType type;
        try {
            type = contentType == null ? null : MediaType.parseMediaType(contentType);
        } catch (InvalidMediaTypeException e) {
            type = null;
        }
        if (type == null || !TEXT_CSV.includes(type)) {
            throw new ApiProblem(HttpStatus.UNSUPPORTED_MEDIA_TYPE, "api.error.unsupported-media-type", "text/csv");
        }
        try {
            return type.getCharset() == null ? StandardCharsets.UTF_8 : type.getCharset();
        } catch (RuntimeException e) {
            throw new ApiProblem(HttpStatus.UNSUPPORTED_MEDIA_TYPE, "api.error.unsupported-media-type", "text/csv");
        }
    }

    private static Optional<Long> bound(String text, String name, boolean end) {
        if (text == null || text.isBlank()) {
            return Optional.empty();
        }
        try {
            if (text.length() == 10) {
                LocalDate date = LocalDate.parse(text);
                withinReadableYears(date.atStartOfDay(SlaTime.ZONE).toEpochSecond(), name);
                return Optional.of(end ? EvaluationWindow.startMinute(date.plusDays(1)) - 1
                        : EvaluationWindow.startMinute(date));
            }
            OffsetDateTime time = OffsetDateTime.parse(text);
            withinReadableYears(time.toEpochSecond(), name);
            return Optional.of(EvaluationWindow.minuteOf(end ? time.toInstant().minusNanos(1) : time.toInstant()));
        } catch (DateTimeParseException e) {
            throw ApiProblem.badRequest("api.error.bad-date-time", name);
        }
    }

    /** A window bound outside the years the probe log is read in would only produce absurd unobserved minutes. */
    private static void withinReadableYears(long epochSecond, String name) {
        if (epochSecond < ProbeLogService.EARLIEST_SECOND || epochSecond > ProbeLogService.END_SECOND) {
            throw ApiProblem.badRequest("availability.error.window-out-of-range", name,
                    String.valueOf(ProbeLogService.FIRST_YEAR), String.valueOf(ProbeLogService.LAST_YEAR));
        }
    }

    /**
     * {@code {"resources":[{"name","observedMinutes","unavailableMinutes","unobservedMinutes"}],
     * "rejectedLines":[{"line","code","reason"}],"rejectedLineCount","rejectedLinesTruncated","rejectedLinesLimit",
     * "linesRead","linesOutsideWindow","stoppedAtLine"}}
     */
    record AvailabilityJson(List<ResourceJson> resources, List<RejectedLineJson> rejectedLines,
            long rejectedLineCount, boolean rejectedLinesTruncated, int rejectedLinesLimit, long linesRead,
            long linesOutsideWindow, Long stoppedAtLine) {

        static AvailabilityJson of(ProbeLogResult result, ApiMessages messages) {
            return new AvailabilityJson(result.resources().stream().map(ResourceJson::of).toList(),
                    result.rejectedLines().stream().map(line -> new RejectedLineJson(line.line(), line.code(),
                            messages.message(line.code(), line.arguments()))).toList(),
                    result.rejectedLineCount(), result.rejectedLinesTruncated(), ProbeLogService.REJECTED_LINES_LIMIT,
                    result.linesRead(), result.linesOutsideWindow(),
                    result.stoppedAtLine() == 0 ? null : result.stoppedAtLine());
        }
    }

    record ResourceJson(String name, long observedMinutes, long unavailableMinutes, long unobservedMinutes) {

        static ResourceJson of(ResourceAvailability availability) {
            return new ResourceJson(availability.name(), availability.observedMinutes(),
                    availability.unavailableMinutes(), availability.unobservedMinutes());
        }
    }

    record RejectedLineJson(long line, String code, String reason) {
    }
}
