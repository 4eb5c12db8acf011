package cn.slaportal.web.pagecache;

import org.springframework.beans.factory.annotation.Value;
import org.springframework.boot.tomcat.servlet.TomcatServletWebServerFactory;
import org.springframework.boot.web.server.WebServerFactoryCustomizer;
import org.springframework.stereotype.Component;

/**
 * Tomcat's write buffer per connection ({@code socket.appWriteBufSize}, 8 KB by default) made large enough for a
 * stored page's status line, headers and body to leave in one write ({@code sla.tomcat.socket-write-buffer}): with
 * 8 KB a 21 KB answer took three socket writes, each a system call and a pass through the network stack. Idle
 * connections keep their buffer in Tomcat's channel cache, which is bounded by a share of the heap.
 */
@Component
class ConnectorSettings implements WebServerFactoryCustomizer<TomcatServletWebServerFactory> {

    private final int writeBuffer;

    ConnectorSettings(@Value("${sla.tomcat.socket-write-buffer:32768}") int writeBuffer) {
        this.writeBuffer = writeBuffer;
    }

    @Override
    public void customize(TomcatServletWebServerFactory factory) {
        factory.addConnectorCustomizers(connector -> connector.setProperty("socket.appWriteBufSize",
                Integer.toString(writeBuffer)));
    }
}
