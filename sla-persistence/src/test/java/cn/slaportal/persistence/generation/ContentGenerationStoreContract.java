package cn.slaportal.persistence.generation;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.List;
import java.util.concurrent.Callable;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.concurrent.Future;
import java.util.stream.IntStream;

import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.test.context.SpringBootTest;

import cn.slaportal.persistence.PersistenceTestApplication;

/** The content generation counter, run on H2 and on MariaDB. */
@SpringBootTest(classes = PersistenceTestApplication.class)
abstract class ContentGenerationStoreContract {

    @Autowired
    ContentGenerationStore store;

    @Test
    void advancingMovesTheGenerationOnByOne() {
        long before = store.current();

        assertThat(store.advance()).isEqualTo(before + 1);
        assertThat(store.current()).isEqualTo(before + 1);
    }

    @Test
    void parallelAdvancesLoseNoStep() throws Exception {
        long before = store.current();
        ExecutorService pool = Executors.newFixedThreadPool(8);
        try {
            List<Callable<Long>> advances = IntStream.range(0, 20).<Callable<Long>>mapToObj(i -> store::advance).toList();
            for (Future<Long> result : pool.invokeAll(advances)) {
                result.get();
            }
        } finally {
            pool.shutdown();
        }

        assertThat(store.current()).isEqualTo(before + 20);
    }
}
