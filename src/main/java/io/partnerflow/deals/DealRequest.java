package io.partnerflow.deals;

import java.math.BigDecimal;
import java.time.LocalDate;

import jakarta.validation.constraints.DecimalMax;
import jakarta.validation.constraints.Digits;
import jakarta.validation.constraints.NotBlank;
import jakarta.validation.constraints.NotNull;
import jakarta.validation.constraints.Pattern;
import jakarta.validation.constraints.Positive;
import jakarta.validation.constraints.Size;

/**
 * A won deal as it is registered, through the API or by the partner in its portal: the customer,
 * the amount in EUR and the day it was signed. {@link DealService#record} adds the rules that need
 * the partner (signed, not in the future, not before the contract).
 */
public record DealRequest(
		@NotBlank @Size(max = 200) @Pattern(regexp = "[^\\p{Cntrl}]*", message = "must not contain control characters") String customer,
		@NotNull @Positive @DecimalMax("999999999999.99") @Digits(integer = 12, fraction = 2) BigDecimal amount,
		@NotNull LocalDate signedOn) {
}
