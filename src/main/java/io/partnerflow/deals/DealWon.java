package io.partnerflow.deals;

import java.math.BigDecimal;
import java.time.LocalDate;

/**
 * A deal a partner signed with a customer was recorded. Published inside the transaction that
 * records it, so a listener that joins the transaction commits or rolls back with the deal.
 *
 * @param reference the partner's reference
 * @param first whether it is the partner's first deal (the one that dates its first deal)
 */
public record DealWon(String reference, String customer, BigDecimal amount, LocalDate signedOn, boolean first) {
}
