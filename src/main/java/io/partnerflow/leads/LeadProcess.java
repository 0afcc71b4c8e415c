package io.partnerflow.leads;

import io.partnerflow.partner.PartnerVariables;
import io.partnerflow.system.ProcessKeys;

/** The model {@code lead-distribution} and the decision {@code lead-routing}: keys, variables, element ids and messages. */
public final class LeadProcess {

	public static final String KEY = ProcessKeys.LEAD_DISTRIBUTION;

	/** The decision table that scores each partner for a lead ({@code bpmn/lead-routing.dmn}, which managers edit). */
	public static final String DECISION_ROUTING = "lead-routing";

	// variables
	public static final String VAR_LEAD_ID = "leadId";

	/** The customer's company: Tasklist names the lead's tasks by it ({@link PartnerVariables#COMPANY}). */
	public static final String VAR_COMPANY = PartnerVariables.COMPANY;

	/** The lead's reference ({@code L-2026-00042}), also its process's business key. */
	public static final String VAR_REFERENCE = PartnerVariables.REFERENCE;

	/** The customer's company again, as the letters to partners read it. */
	public static final String VAR_CUSTOMER = "customer";

	public static final String VAR_CUSTOMER_COUNTRY = "customerCountry";

	public static final String VAR_PROJECT = "project";

	public static final String VAR_MARKET = "market";

	/** The category of partner the lead needs, as people name it. */
	public static final String VAR_CATEGORY = "category";

	/** The estimated value, in EUR, as text. */
	public static final String VAR_ESTIMATED_VALUE = "estimatedValue";

	public static final String VAR_SOURCE = "source";

	/** Whether the routing found a partner to offer the lead to (the gateway "Partner left to offer?"). */
	public static final String VAR_PARTNER_PROPOSED = "partnerProposed";

	/** The routing's proposal, in words: the partner, its score and why. */
	public static final String VAR_PROPOSAL = "proposal";

	/** The partners the lead may go to now, best first: the confirmation form's choices (a JSON list of label and value). */
	public static final String VAR_ELIGIBLE_PARTNERS = "eligiblePartners";

	/** The partner the routing proposed. */
	public static final String VAR_PROPOSED_PARTNER = "proposedPartner";

	/** The partner the lead cell confirms (the form's choice; the proposed one until it picks another). */
	public static final String VAR_ASSIGNED_PARTNER = "assignedPartner";

	/** When the confirmation is due. */
	public static final String VAR_CONFIRM_DUE_AT = "confirmDueAt";

	/** The partner the lead is offered to now (its reference): the letters are about it. */
	public static final String VAR_PARTNER_REFERENCE = "partnerReference";

	/** The partner's company, for the forms. */
	public static final String VAR_PARTNER_COMPANY = "partnerCompany";

	/** When the partner must have accepted the lead (the acceptance window). */
	public static final String VAR_RESPOND_BY = "answerDueAt";

	/** When the partner's next status update is due (the rhythm). */
	public static final String VAR_UPDATE_DUE_AT = "updateDueAt";

	/** Whether the partner was reminded since its last update: a second silence takes the lead back. */
	public static final String VAR_PARTNER_REMINDED = "partnerReminded";

	/** Why the lead came back to the cell, for the decision's form. */
	public static final String VAR_RETURN_REASON = "returnReason";

	public static final String VAR_DECIDE_DUE_AT = "decideDueAt";

	/** The lead cell's decision on a returned lead: {@link #DECISION_OFFER} it again or {@link #DECISION_CLOSE} it. */
	public static final String VAR_RETURNED_LEAD_DECISION = "returnedLeadDecision";

	public static final String DECISION_OFFER = "offer";

	public static final String DECISION_CLOSE = "close";

	/** The cell's note on closing a lead. */
	public static final String VAR_CLOSE_NOTE = "closeNote";

	/** What the partner asks pre-sales for, and when the help is due. */
	public static final String VAR_PRESALES_REQUEST = "presalesRequest";

	public static final String VAR_PRESALES_DUE_AT = "presalesDueAt";

	/** What pre-sales did for the partner (the task's form). */
	public static final String VAR_PRESALES_SUMMARY = "presalesSummary";

	// elements
	public static final String START = "StartEvent_LeadRecorded";

	public static final String ROUTE = "Gateway_RouteLead";

	public static final String PROPOSE_PARTNER = "ServiceTask_ProposePartner";

	public static final String PARTNER_LEFT = "Gateway_PartnerLeft";

	public static final String CONFIRM_PARTNER = "UserTask_ConfirmPartner";

	public static final String OFFER_LEAD = "ServiceTask_OfferLead";

	public static final String SEND_LEAD_OFFER = "ServiceTask_SendLeadOffer";

	public static final String PARTNER_ANSWER = "Gateway_PartnerAnswer";

	public static final String LEAD_ACCEPTED = "IntermediateCatchEvent_LeadAccepted";

	public static final String LEAD_DECLINED = "IntermediateCatchEvent_LeadDeclined";

	public static final String ANSWER_OVERDUE = "IntermediateCatchEvent_AnswerOverdue";

	public static final String WITHDRAW_OFFER = "ServiceTask_WithdrawOffer";

	public static final String SEND_OFFER_WITHDRAWN = "ServiceTask_SendOfferWithdrawn";

	public static final String FOLLOWING = "Gateway_Following";

	public static final String LEAD_NEWS = "Gateway_LeadNews";

	public static final String STATUS_UPDATED = "IntermediateCatchEvent_StatusUpdated";

	public static final String LEAD_WON = "IntermediateCatchEvent_LeadWon";

	public static final String LEAD_LOST = "IntermediateCatchEvent_LeadLost";

	public static final String UPDATE_OVERDUE = "IntermediateCatchEvent_UpdateOverdue";

	public static final String END_WON = "EndEvent_LeadWon";

	public static final String END_LOST = "EndEvent_LeadLost";

	public static final String PARTNER_REMINDED = "Gateway_PartnerReminded";

	public static final String RECORD_REMINDER = "ServiceTask_RecordReminder";

	public static final String SEND_UPDATE_REMINDER = "ServiceTask_SendUpdateReminder";

	public static final String TAKE_BACK_LEAD = "ServiceTask_TakeBackLead";

	public static final String SEND_LEAD_TAKEN_BACK = "ServiceTask_SendLeadTakenBack";

	public static final String BACK_TO_CELL = "Gateway_BackToCell";

	public static final String RETURN_LEAD = "ServiceTask_ReturnLead";

	public static final String DECIDE_RETURNED_LEAD = "UserTask_DecideReturnedLead";

	public static final String OFFER_AGAIN = "Gateway_OfferAgain";

	public static final String CLOSE_LEAD = "ServiceTask_CloseLead";

	public static final String END_CLOSED = "EndEvent_LeadClosed";

	public static final String PRESALES_HELP = "SubProcess_PresalesHelp";

	public static final String PRESALES_ASKED = "StartEvent_PresalesAsked";

	public static final String SUPPORT_OFFER = "UserTask_SupportOffer";

	public static final String END_PRESALES_GIVEN = "EndEvent_PresalesGiven";

	// forms
	public static final String FORM_CONFIRM_PARTNER = "lead-distribution-confirm-partner";

	public static final String FORM_DECIDE_RETURNED_LEAD = "lead-distribution-decide-returned-lead";

	public static final String FORM_SUPPORT_OFFER = "lead-distribution-support-offer";

	// messages
	public static final String MESSAGE_ACCEPTED = "LeadAccepted";

	public static final String MESSAGE_DECLINED = "LeadDeclined";

	public static final String MESSAGE_STATUS_UPDATED = "LeadStatusUpdated";

	public static final String MESSAGE_WON = "LeadWon";

	public static final String MESSAGE_LOST = "LeadLost";

	public static final String MESSAGE_PRESALES_ASKED = "PresalesAsked";

	private LeadProcess() {
	}

}
