package cn.slaportal.web.error;

import java.io.IOException;
import java.util.concurrent.atomic.AtomicBoolean;
import org.apache.catalina.connector.Request;
import org.apache.catalina.connector.Response;
import org.apache.catalina.valves.ErrorReportValve;
import org.apache.coyote.ActionCode;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;

/**
 * Tomcat's last word on a refused request, in place of its English "HTTP Status" page: requests that never reach
 * the application (an encoded slash, {@code %00}, invalid UTF-8 in the address, an over-long request line, a
 * multipart post beyond the part or size limits) get the portal's bare error page or the API error body, through
 * {@link ErrorAnswers}. Like Tomcat's valve it reports only an error status with nothing written yet.
 */
final class PortalErrorReportValve extends ErrorReportValve {

    private static final Logger LOG = LoggerFactory.getLogger(PortalErrorReportValve.class);

    private final ErrorAnswers answers;

    PortalErrorReportValve(ErrorAnswers answers) {
        this.answers = answers;
        setShowReport(false);
        setShowServerInfo(false);
    }

    @Override
    protected void report(Request request, Response response, Throwable throwable) {
        int status = response.getStatus();
        if (status < 400 || response.getContentWritten() > 0 || !response.setErrorReported()) {
            return;
        }
        AtomicBoolean ioAllowed = new AtomicBoolean(false);
        response.getCoyoteResponse().action(ActionCode.IS_IO_ALLOWED, ioAllowed);
        if (!ioAllowed.get()) {
            return;
        }
        try {
            response.setSuspended(false);
            response.resetBuffer();
            answers.write(request, response, status);
            response.finishResponse();
        } catch (IOException | RuntimeException e) {
            LOG.debug("Could not write the error answer for status {}: {}", status, e.toString());
        }
    }
}
