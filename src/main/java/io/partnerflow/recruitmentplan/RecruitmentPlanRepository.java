package io.partnerflow.recruitmentplan;

import java.util.List;
import java.util.Optional;

import jakarta.persistence.LockModeType;
import org.springframework.data.jpa.repository.JpaRepository;
import org.springframework.data.jpa.repository.Lock;
import org.springframework.data.jpa.repository.Query;

interface RecruitmentPlanRepository extends JpaRepository<RecruitmentPlan, Long> {

	Optional<RecruitmentPlan> findByPlanYear(int planYear);

	/** The plan, its row locked until the transaction ends: one change of it at a time. */
	@Lock(LockModeType.PESSIMISTIC_WRITE)
	@Query("select p from RecruitmentPlan p where p.planYear = :planYear")
	Optional<RecruitmentPlan> findForUpdate(int planYear);

	List<RecruitmentPlan> findAllByOrderByPlanYearDesc();

}
