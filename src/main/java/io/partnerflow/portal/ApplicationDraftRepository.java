package io.partnerflow.portal;

import org.springframework.data.jpa.repository.JpaRepository;

interface ApplicationDraftRepository extends JpaRepository<ApplicationDraft, String> {

}
