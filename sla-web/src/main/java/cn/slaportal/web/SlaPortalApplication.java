package cn.slaportal.web;

import org.springframework.boot.SpringApplication;
import org.springframework.boot.autoconfigure.SpringBootApplication;
import org.springframework.boot.persistence.autoconfigure.EntityScan;
import org.springframework.data.jpa.repository.config.EnableJpaRepositories;

@SpringBootApplication(scanBasePackages = "cn.slaportal")
@EntityScan("cn.slaportal.persistence")
@EnableJpaRepositories("cn.slaportal.persistence")
public class SlaPortalApplication {

    public static void main(String[] args) {
        SpringApplication.run(SlaPortalApplication.class, args);
    }
}
