package cn.slaportal.web.search;

import java.lang.management.ManagementFactory;
import java.lang.management.ThreadMXBean;
import java.util.List;

/**
 * CPU time of one search query with highlighting on the in-memory index of the published content (both
 * languages, the page's first), measured with the thread's CPU clock after a warm-up. Run by {@code bench/search}.
 */
public final class SearchQueryCpu {

    private static final List<String[]> QUERIES = List.of(new String[] {"downtime", "en"},
            new String[] {"service credit", "en"}, new String[] {"downtme", "en"}, new String[] {"服务积分", "zh-CN"},
            new String[] {"服務積分", "zh-CN"}, new String[] {"availability set", "zh-CN"}, new String[] {"停机", "en"});

    private SearchQueryCpu() {
    }

    public static void main(String[] args) throws Exception {
        int rounds = args.length > 0 ? Integer.parseInt(args[0]) : 3000;
        SearchIndex index = new SearchIndex();
        index.replace(ClasspathContent.entries());
        ThreadMXBean threads = ManagementFactory.getThreadMXBean();
        for (int i = 0; i < 30_000; i++) {
            String[] query = QUERIES.get(i % QUERIES.size());
            index.search(query[0], query[1], 50);
        }
        System.out.printf("%-18s %-6s %6s %6s %14s %14s%n", "query", "page", "total", "shown", "µs CPU (50)", "µs CPU (10)");
        for (String[] query : QUERIES) {
            SearchResults results = index.search(query[0], query[1], 50);
            System.out.printf("%-18s %-6s %6d %6d %14.1f %14.1f%n", query[0], query[1], results.total(),
                    results.hits().size(), cpuMicros(threads, index, query, 50, rounds),
                    cpuMicros(threads, index, query, 10, rounds));
        }
    }

    private static double cpuMicros(ThreadMXBean threads, SearchIndex index, String[] query, int maxHits, int rounds) {
        long start = threads.getCurrentThreadCpuTime();
        for (int i = 0; i < rounds; i++) {
            index.search(query[0], query[1], maxHits);
        }
        return (threads.getCurrentThreadCpuTime() - start) / 1000.0 / rounds;
    }
}
