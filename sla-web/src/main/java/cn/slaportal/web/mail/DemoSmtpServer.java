package cn.slaportal.web.mail;

import com.icegreen.greenmail.util.GreenMail;
import com.icegreen.greenmail.util.ServerSetup;
import java.nio.charset.StandardCharsets;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import org.springframework.context.annotation.Bean;
import org.springframework.context.annotation.Configuration;
import org.springframework.context.annotation.Profile;
import org.springframework.mail.javamail.JavaMailSender;
import org.springframework.mail.javamail.JavaMailSenderImpl;

/**
 * The demo profile's mail: an in-process SMTP server (GreenMail) on a free local port, and the mail sender that
 * delivers to it, so the whole e-mail loop works with nothing installed. Received mails are logged.
 */
@Configuration(proxyBeanMethods = false)
@Profile("demo")
class DemoSmtpServer {

    private static final Logger LOG = LoggerFactory.getLogger(DemoSmtpServer.class);

    @Bean(destroyMethod = "stop")
    GreenMail demoSmtp() {
        GreenMail smtp = new GreenMail(new ServerSetup(0, "127.0.0.1", ServerSetup.PROTOCOL_SMTP).dynamicPort());
        smtp.start();
        LOG.info("Demo SMTP server listening on 127.0.0.1:{}", smtp.getSmtp().getPort());
        return smtp;
    }

    @Bean
    JavaMailSender demoMailSender(GreenMail demoSmtp) {
        JavaMailSenderImpl sender = new JavaMailSenderImpl();
        sender.setHost("127.0.0.1");
        sender.setPort(demoSmtp.getSmtp().getPort());
        sender.setDefaultEncoding(StandardCharsets.UTF_8.name());
        return sender;
    }
}
