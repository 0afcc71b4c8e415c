package io.partnerflow.partner;

/**
 * A partner left the network (its status became EXITED). Published inside the transaction that
 * records it, so a listener that joins the transaction commits or rolls back with the exit.
 *
 * @param reference the partner's reference
 */
public record PartnerExited(String reference) {
}
