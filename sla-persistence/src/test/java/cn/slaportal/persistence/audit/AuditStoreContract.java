package cn.slaportal.persistence.audit;

import static org.assertj.core.api.Assertions.assertThat;

import cn.slaportal.persistence.Fixtures;
import cn.slaportal.persistence.PersistenceTestApplication;
import java.lang.reflect.Method;
import java.lang.reflect.Modifier;
import java.time.Instant;
import java.util.Arrays;
import java.util.List;
import java.util.Optional;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.test.context.SpringBootTest;
import org.springframework.data.domain.Page;
import org.springframework.data.repository.CrudRepository;
import org.springframework.transaction.annotation.Transactional;

/** The audit log, run on H2 and on MariaDB: filtered reading, and no way to change or remove an entry. */
@SpringBootTest(classes = PersistenceTestApplication.class)
abstract class AuditStoreContract {

    private static final Instant T0 = Instant.parse("2026-03-01T00:00:00Z");

    @Autowired
    AuditStore store;

    @Test
    void searchMatchesEveryGivenCriterionNewestFirst() {
        String actor = Fixtures.unique("actor") + "@example.cn";
        String target = Fixtures.unique("INC");
        store.record(actor, "incident.record", "incident", target, Optional.empty(), Optional.of("服务总线 😀"), T0);
        store.record(actor, "incident.correct", "incident", target, Optional.of("a"), Optional.of("b"), T0.plusSeconds(60));
        store.record(actor, "incident.correct", "incident", target, Optional.of("b"), Optional.of("c"), T0.plusSeconds(7200));
        store.record("someone-else@example.cn", "incident.correct", "incident", target, Optional.of("c"), Optional.of("d"),
                T0.plusSeconds(120));

        Page<AuditEvent> mine = store.search(query(actor, null, null, null, null), 0, 10);
        Page<AuditEvent> corrections = store.search(query(actor, "incident.correct", target, null, null), 0, 10);
        Page<AuditEvent> firstHour = store.search(query(null, null, target, T0, T0.plusSeconds(3600)), 0, 10);
        Page<AuditEvent> secondPage = store.search(query(actor, null, null, null, null), 1, 2);

        assertThat(mine.getTotalElements()).isEqualTo(3);
        assertThat(mine.getContent()).extracting(AuditEvent::after)
                .containsExactly(Optional.of("c"), Optional.of("b"), Optional.of("服务总线 😀"));
        assertThat(corrections.getContent()).extracting(AuditEvent::after).containsExactly(Optional.of("c"), Optional.of("b"));
        assertThat(firstHour.getContent()).extracting(AuditEvent::actor)
                .containsExactly("someone-else@example.cn", actor, actor);
        assertThat(secondPage.getContent()).extracting(AuditEvent::after).containsExactly(Optional.of("服务总线 😀"));
        assertThat(store.actions()).contains("incident.record", "incident.correct");
        assertThat(store.targetTypes()).contains("incident");
    }

    @Test
    void theStoreOffersNoWayToChangeOrRemoveAnEntry() {
        List<String> writing = Arrays.stream(AuditStore.class.getDeclaredMethods())
                .filter(method -> Modifier.isPublic(method.getModifiers()))
                .filter(method -> !readOnly(method))
                .map(Method::getName).toList();
        List<String> repositoryMethods = Arrays.stream(AuditEventRepository.class.getMethods()).map(Method::getName).toList();

        assertThat(writing).containsExactly("record");
        assertThat(CrudRepository.class.isAssignableFrom(AuditEventRepository.class)).isFalse();
        assertThat(repositoryMethods).noneMatch(name -> name.startsWith("delete") || name.startsWith("update")
                || name.startsWith("remove") || name.equals("saveAll") || name.equals("saveAndFlush"));
        assertThat(AuditEventEntity.class.isAnnotationPresent(org.hibernate.annotations.Immutable.class)).isTrue();
        assertThat(Arrays.stream(AuditEventEntity.class.getDeclaredMethods()).map(Method::getName))
                .noneMatch(name -> name.startsWith("set"));
    }

    private static boolean readOnly(Method method) {
        Transactional own = method.getAnnotation(Transactional.class);
        Transactional transactional = own != null ? own : AuditStore.class.getAnnotation(Transactional.class);
        return transactional != null && transactional.readOnly();
    }

    private static AuditQuery query(String actor, String action, String targetId, Instant from, Instant until) {
        return new AuditQuery(Optional.ofNullable(actor), Optional.ofNullable(action), Optional.empty(),
                Optional.ofNullable(targetId), Optional.ofNullable(from), Optional.ofNullable(until));
    }
}
