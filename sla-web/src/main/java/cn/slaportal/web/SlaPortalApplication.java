package cn.slaportal.web;

import org.springframework.boot.SpringApplication;
import org.springframework.boot.autoconfigure.SpringBootApplication;
import org.springframework.boot.persistence.autoconfigure.EntityScan;

/** The portal; its repositories are configured by sla-persistence ({@code support.RepositoryConfiguration}). */
@SpringBootApplication(scanBasePackages = "cn.slaportal")
@EntityScan("cn.slaportal.persistence")
public class SlaPortalApplication {

    public static void main(String[] args) {
        SpringApplication.run(SlaPortalApplication.class, args);
    }
}
