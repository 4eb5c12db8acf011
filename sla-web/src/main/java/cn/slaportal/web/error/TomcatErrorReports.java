package cn.slaportal.web.error;

import org.apache.catalina.Host;
import org.apache.catalina.Pipeline;
import org.apache.catalina.Valve;
import org.apache.catalina.core.StandardHost;
import org.apache.catalina.valves.ErrorReportValve;
import org.springframework.boot.tomcat.servlet.TomcatServletWebServerFactory;
import org.springframework.boot.web.server.WebServerFactoryCustomizer;
import org.springframework.core.Ordered;
import org.springframework.core.annotation.Order;
import org.springframework.stereotype.Component;

/**
 * Puts {@link PortalErrorReportValve} where Tomcat's error report valve was (Boot adds a plain one that only hides
 * the stack trace). Ordered last, so that it replaces Boot's valve rather than runs beside it; the host is told
 * the valve's class so that it does not add its own default at start.
 */
@Component
@Order(Ordered.LOWEST_PRECEDENCE)
class TomcatErrorReports implements WebServerFactoryCustomizer<TomcatServletWebServerFactory> {

    private final ErrorAnswers answers;

    TomcatErrorReports(ErrorAnswers answers) {
        this.answers = answers;
    }

    @Override
    public void customize(TomcatServletWebServerFactory factory) {
        factory.addContextCustomizers(context -> {
            Host host = (Host) context.getParent();
            Pipeline pipeline = host.getPipeline();
            for (Valve valve : pipeline.getValves()) {
                if (valve instanceof ErrorReportValve) {
                    pipeline.removeValve(valve);
                }
            }
            pipeline.addValve(new PortalErrorReportValve(answers));
            if (host instanceof StandardHost standard) {
                standard.setErrorReportValveClass(PortalErrorReportValve.class.getName());
            }
        });
    }
}
