package cn.slaportal.persistence.version;

import org.springframework.data.jpa.repository.JpaRepository;

interface SlaVersionRulesRepository extends JpaRepository<SlaVersionRulesEntity, Long> {
}
