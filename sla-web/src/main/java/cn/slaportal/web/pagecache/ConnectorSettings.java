package cn.slaportal.web.pagecache;

import org.springframework.beans.factory.annotation.Value;
import org.springframework.boot.tomcat.servlet.TomcatServletWebServerFactory;
import org.springframework.boot.web.server.WebServerFactoryCustomizer;
import org.springframework.stereotype.Component;

/**
 * Tomcat's buffers per connection.
 * <ul>
 * <li>The write buffer ({@code socket.appWriteBufSize}, 8 KB by default) made large enough for a stored page's status
 * line, headers and body to leave in one write ({@code sla.tomcat.socket-write-buffer}): with 8 KB a 21 KB answer
 * took three socket writes, each a system call and a pass through the network stack.</li>
 * <li>A cache of closed connections' channels and their buffers for the next connection
 * ({@code socket.bufferPool}, {@code sla.tomcat.channel-cache}). Tomcat sizes it from the heap only above 2 GB;
 * on smaller heaps it caches none, so every new connection allocated 40 KB of buffers. Under load clients
 * reconnect all the time (every {@code server.tomcat.max-keep-alive-requests} requests): buffers that live as long
 * as a connection outlive several young collections, were promoted at about 1 MB/s at 25 000 requests/s and filled
 * the old generation — a full collection of 200 ms every 40 s with the recommended flags, the p99 of whichever page
 * was loaded then. Bounded: at most this many idle channels (40 KB each) are kept.</li>
 * </ul>
 */
@Component
class ConnectorSettings implements WebServerFactoryCustomizer<TomcatServletWebServerFactory> {

    private final int writeBuffer;
    private final int channelCache;

    ConnectorSettings(@Value("${sla.tomcat.socket-write-buffer:32768}") int writeBuffer,
                      @Value("${sla.tomcat.channel-cache:256}") int channelCache) {
        this.writeBuffer = writeBuffer;
        this.channelCache = channelCache;
    }

    @Override
    public void customize(TomcatServletWebServerFactory factory) {
        factory.addConnectorCustomizers(connector -> {
            connector.setProperty("socket.appWriteBufSize", Integer.toString(writeBuffer));
            connector.setProperty("socket.bufferPool", Integer.toString(channelCache));
        });
    }
}
