package io.partnerflow.committee;

import java.util.List;

import org.springframework.data.jpa.repository.JpaRepository;

interface CommitteeVoteRepository extends JpaRepository<CommitteeVote, Long> {

	List<CommitteeVote> findByPartnerReferenceOrderByCastAtAscIdAsc(String partnerReference);

	List<CommitteeVote> findByProcessInstanceIdOrderByMember(String processInstanceId);

}
