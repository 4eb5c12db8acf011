package cn.slaportal.persistence.notice;

import java.util.List;
import org.springframework.data.domain.Pageable;
import org.springframework.data.jpa.repository.JpaRepository;
import org.springframework.data.repository.NoRepositoryBean;

/** The queries every kind of delivery row answers, by the state it embeds. */
@NoRepositoryBean
interface DeliveryRowRepository<E extends DeliveryRow> extends JpaRepository<E, Long> {

    List<E> findByStateStatusOrderByIdAsc(DeliveryStatus status);

    List<E> findByStateStatusOrderByIdDesc(DeliveryStatus status, Pageable limit);

    List<E> findAllByOrderByIdDesc(Pageable limit);
}
