package io.partnerflow.dealregistration;

import io.partnerflow.partner.PartnerVariables;
import io.partnerflow.system.ProcessKeys;

/** The model {@code deal-registration}: key, variables, element ids and messages. */
public final class DealRegistrationProcess {

	public static final String KEY = ProcessKeys.DEAL_REGISTRATION;

	// variables
	public static final String VAR_REGISTRATION_ID = "registrationId";

	public static final String VAR_COMPANY = PartnerVariables.COMPANY;

	public static final String VAR_REFERENCE = PartnerVariables.REFERENCE;

	/** The partner's recruiter, a candidate of the review beside the managers. */
	public static final String VAR_RECRUITER = "recruiter";

	public static final String VAR_CUSTOMER = "customer";

	public static final String VAR_PROJECT = "project";

	/** The expected value, in EUR, as text (the review form shows it). */
	public static final String VAR_EXPECTED_VALUE = "expectedValue";

	public static final String VAR_EXPECTED_CLOSE_ON = "expectedCloseOn";

	/** When the review is due: its task's due date and its reminder. */
	public static final String VAR_REVIEW_DUE_AT = "reviewDueAt";

	/** When an approved registration expires unless it progresses. */
	public static final String VAR_EXPIRES_AT = "expiresAt";

	public static final String VAR_DECISION = "registrationDecision";

	public static final String DECISION_APPROVE = "approve";

	public static final String DECISION_REJECT = "reject";

	/** Why it is rejected, written for the partner (its letter quotes it). */
	public static final String VAR_REJECTION_REASON = "rejectionReason";

	/** The won deal's amount and signing day, carried by the message that wins the registration. */
	public static final String VAR_WON_AMOUNT = "wonAmount";

	public static final String VAR_WON_SIGNED_ON = "wonSignedOn";

	/** Who closed or updated the registration (a user id, or the partner's contact). */
	public static final String VAR_ACTOR = "actor";

	// elements
	public static final String START = "StartEvent_DealRegistered";

	public static final String REVIEW = "UserTask_ReviewDealRegistration";

	public static final String REVIEW_OVERDUE = "BoundaryEvent_ReviewOverdue";

	public static final String REMIND_REVIEWERS = "ServiceTask_RemindReviewers";

	public static final String END_REVIEWERS_REMINDED = "EndEvent_ReviewersReminded";

	public static final String APPROVED_GATEWAY = "Gateway_RegistrationApproved";

	public static final String REJECT = "ServiceTask_RejectRegistration";

	public static final String SEND_REJECTION = "ServiceTask_SendRejection";

	public static final String END_REJECTED = "EndEvent_RegistrationRejected";

	public static final String APPROVE = "ServiceTask_ApproveRegistration";

	public static final String SEND_APPROVAL = "ServiceTask_SendApproval";

	public static final String JOIN_OPEN = "Gateway_RegistrationOpen";

	public static final String WHAT_NEXT = "Gateway_WhatHappensNext";

	public static final String UPDATED = "IntermediateCatchEvent_RegistrationUpdated";

	public static final String EXTEND = "ServiceTask_ExtendRegistration";

	public static final String WON = "IntermediateCatchEvent_DealWon";

	public static final String RECORD_WON_DEAL = "ServiceTask_RecordWonDeal";

	public static final String END_WON = "EndEvent_DealWon";

	public static final String LOST = "IntermediateCatchEvent_DealLost";

	public static final String CLOSE_LOST = "ServiceTask_CloseLostRegistration";

	public static final String END_LOST = "EndEvent_DealLost";

	public static final String EXPIRED = "IntermediateCatchEvent_RegistrationExpired";

	public static final String EXPIRE = "ServiceTask_ExpireRegistration";

	public static final String SEND_EXPIRY = "ServiceTask_SendExpiry";

	public static final String END_EXPIRED = "EndEvent_RegistrationExpired";

	// messages
	public static final String MESSAGE_UPDATED = "DealRegistrationUpdated";

	public static final String MESSAGE_WON = "DealRegistrationWon";

	public static final String MESSAGE_LOST = "DealRegistrationLost";

	private DealRegistrationProcess() {
	}

}
