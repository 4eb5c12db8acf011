package cn.slaportal.web.startup;

import static org.assertj.core.api.Assertions.assertThat;

import cn.slaportal.web.SlaPortalApplication;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.springframework.boot.builder.SpringApplicationBuilder;
import org.springframework.context.ConfigurableApplicationContext;

/**
 * The build's training run (sla-web/pom.xml): once the portal is ready every public page of the list answers 200,
 * the application is closed and the exit code is 0; a page without a 200 makes it 1, so the build fails rather than
 * archive a start that does not work. Without {@code sla.training-run} the portal has no training run.
 */
class TrainingRunIT {

    @TempDir
    Path data;

    @Test
    void everyPageAnswersThenThePortalClosesWithExitCodeZero() {
        ConfigurableApplicationContext portal = start("--sla.training-run=true");
        TrainingRun training = portal.getBean(TrainingRun.class);

        assertThat(training.requestPages(TrainingRun.PAGES)).hasSize(TrainingRun.PAGES.size())
                .allSatisfy((page, status) -> assertThat(status).as(page).isEqualTo(200));
        assertThat(training.run(portal)).isZero();
        assertThat(portal.isActive()).as("closed after the training run").isFalse();
    }

    @Test
    void aPageWithoutA200MakesTheExitCodeOne() {
        ConfigurableApplicationContext portal = start("--sla.training-run=true");
        List<String> pages = new ArrayList<>(TrainingRun.PAGES);
        pages.add("/sla/no-such-agreement");

        assertThat(portal.getBean(TrainingRun.class).run(portal, pages)).isEqualTo(1);
        assertThat(portal.isActive()).isFalse();
    }

    @Test
    void withoutThePropertyThereIsNoTrainingRun() {
        try (ConfigurableApplicationContext portal = start("--sla.training-run=false")) {
            assertThat(portal.getBeanProvider(TrainingRun.class).getIfAvailable()).isNull();
        }
    }

    private ConfigurableApplicationContext start(String training) {
        return new SpringApplicationBuilder(SlaPortalApplication.class).run("--server.port=0",
                "--server.address=127.0.0.1", "--sla.data-dir=" + data, "--spring.jmx.enabled=false", training);
    }
}
