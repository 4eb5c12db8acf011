package cn.slaportal.web.pagecache;

import java.io.IOException;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.concurrent.ConcurrentHashMap;
import java.util.concurrent.TimeUnit;

import io.micrometer.common.KeyValue;
import io.micrometer.core.instrument.Clock;
import io.micrometer.core.instrument.MeterRegistry;
import io.micrometer.core.instrument.Tag;
import io.micrometer.core.instrument.Timer;
import io.micrometer.observation.ObservationRegistry;
import jakarta.servlet.DispatcherType;
import jakarta.servlet.FilterChain;
import jakarta.servlet.RequestDispatcher;
import jakarta.servlet.ServletException;
import jakarta.servlet.http.HttpServletRequest;
import jakarta.servlet.http.HttpServletResponse;

import org.springframework.beans.factory.ObjectProvider;
import org.springframework.beans.factory.annotation.Value;
import org.springframework.boot.web.servlet.FilterRegistrationBean;
import org.springframework.context.annotation.Bean;
import org.springframework.context.annotation.Configuration;
import org.springframework.core.Ordered;
import org.springframework.http.HttpStatus;
import org.springframework.http.server.observation.DefaultServerRequestObservationConvention;
import org.springframework.http.server.observation.ServerHttpObservationDocumentation;
import org.springframework.http.server.observation.ServerRequestObservationContext;
import org.springframework.http.server.observation.ServerRequestObservationConvention;
import org.springframework.web.filter.ServerHttpObservationFilter;

/**
 * Spring MVC's observation filter ({@code http.server.requests}), registered as Spring Boot registers it (same order,
 * dispatcher types and convention; Boot's own registration backs off), except for a request a stored page will answer
 * ({@link StoredPages#predict}): that one is timed without an observation — no context, scope or key values made per
 * request — into the same timer the observation would have recorded into: the convention's key values of a context
 * with the page's route and the answer's status, and the {@code error} tag Micrometer's meter handler adds. The timer
 * of each route and status is made once. A predicted request that the stored-page filters did not answer after all,
 * or that failed, is recorded with the key values the convention gives its context then (as the observation would
 * have).
 */
class StoredPageObservationFilter extends ServerHttpObservationFilter {

    private final StoredPages stored;
    private final ObservationRegistry observations;
    private final ServerRequestObservationConvention convention;
    private final MeterRegistry meters;
    private final Clock clock;
    private final Map<Hit, Timer> timers = new ConcurrentHashMap<>();

    StoredPageObservationFilter(StoredPages stored, ObservationRegistry observations,
                                ServerRequestObservationConvention convention, MeterRegistry meters) {
        super(observations, convention);
        this.stored = stored;
        this.observations = observations;
        this.convention = convention;
        this.meters = meters;
        this.clock = meters.config().clock();
    }

    @Override
    protected void doFilterInternal(HttpServletRequest request, HttpServletResponse response, FilterChain chain)
            throws ServletException, IOException {
        CachedPage page = stored.predict(request);
        if (page == null) {
            super.doFilterInternal(request, response, chain);
            return;
        }
        request.setAttribute(StoredPages.PREDICTED, page);
        long start = clock.monotonicTime();
        Throwable error = null;
        try {
            chain.doFilter(request, response);
        } catch (IOException | ServletException | RuntimeException failure) {
            error = failure instanceof ServletException ? failure.getCause() : failure;
            response.setStatus(HttpStatus.INTERNAL_SERVER_ERROR.value());
            throw failure;
        } finally {
            if (request.getAttribute(RequestDispatcher.ERROR_EXCEPTION) instanceof Throwable dispatched) {
                error = dispatched;
            }
            long duration = clock.monotonicTime() - start;
            Timer timer = request.getAttribute(StoredPages.SERVED) == page && error == null
                    ? timers.computeIfAbsent(new Hit(page.route(), response.getStatus()),
                            hit -> timer(request, response, hit.route(), null))
                    : timer(request, response, null, error);
            if (timer != null) {
                timer.record(duration, TimeUnit.NANOSECONDS);
            }
        }
    }

    /**
     * The timer the observation of this exchange would stop into: its name and the convention's key values for the
     * context, plus {@code error} (as {@code DefaultMeterObservationHandler} adds it); null when the registry's
     * predicates switch the observation off.
     */
    private Timer timer(HttpServletRequest request, HttpServletResponse response, String route, Throwable error) {
        ServerRequestObservationContext context = new ServerRequestObservationContext(request, response);
        context.setPathPattern(route);
        context.setError(error);
        if (ServerHttpObservationDocumentation.HTTP_SERVLET_SERVER_REQUESTS
                .observation(convention, convention, () -> context, observations).isNoop()) {
            return null;
        }
        List<Tag> tags = new ArrayList<>();
        for (KeyValue value : convention.getLowCardinalityKeyValues(context)) {
            tags.add(Tag.of(value.getKey(), value.getValue()));
        }
        tags.add(Tag.of("error", error == null ? "none" : error.getClass().getSimpleName()));
        return meters.timer(convention.getName(), tags);
    }

    private record Hit(String route, int status) {
    }

    /** Registers the filter where Spring Boot registers its own. */
    @Configuration(proxyBeanMethods = false)
    static class Registration {

        @Bean
        FilterRegistrationBean<ServerHttpObservationFilter> storedPageObservationFilter(StoredPages stored,
                ObservationRegistry observations, ObjectProvider<ServerRequestObservationConvention> customConvention,
                MeterRegistry meters,
                @Value("${management.observations.http.server.requests.name:http.server.requests}") String name) {
            ServerRequestObservationConvention convention = customConvention
                    .getIfAvailable(() -> new DefaultServerRequestObservationConvention(name));
            FilterRegistrationBean<ServerHttpObservationFilter> registration = new FilterRegistrationBean<>(
                    new StoredPageObservationFilter(stored, observations, convention, meters));
            registration.setOrder(Ordered.HIGHEST_PRECEDENCE + 1);
            registration.setDispatcherTypes(DispatcherType.REQUEST, DispatcherType.ASYNC);
            return registration;
        }
    }
}
