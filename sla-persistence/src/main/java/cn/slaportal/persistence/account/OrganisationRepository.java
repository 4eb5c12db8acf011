package cn.slaportal.persistence.account;

import java.util.List;
import java.util.Optional;
import org.springframework.data.jpa.repository.JpaRepository;

interface OrganisationRepository extends JpaRepository<OrganisationEntity, Long> {

    Optional<OrganisationEntity> findByName(String name);

    List<OrganisationEntity> findAllByOrderByNameAsc();
}
