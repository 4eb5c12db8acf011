package cn.slaportal.web;

import cn.slaportal.web.startup.TrainingRun;
import org.springframework.boot.SpringApplication;
import org.springframework.boot.autoconfigure.SpringBootApplication;
import org.springframework.boot.persistence.autoconfigure.EntityScan;
import org.springframework.context.ConfigurableApplicationContext;

/** The portal; its repositories are configured by sla-persistence ({@code support.RepositoryConfiguration}). */
@SpringBootApplication(scanBasePackages = "cn.slaportal")
@EntityScan("cn.slaportal.persistence")
public class SlaPortalApplication {

    public static void main(String[] args) {
        ConfigurableApplicationContext portal = SpringApplication.run(SlaPortalApplication.class, args);
        // a training run (--sla.training-run=true) ends once ready: the JVM writes its class-data archive as it exits
        portal.getBeanProvider(TrainingRun.class).ifAvailable(training -> System.exit(training.run(portal)));
    }
}
