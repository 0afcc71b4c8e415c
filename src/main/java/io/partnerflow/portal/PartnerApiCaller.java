package io.partnerflow.portal;

/**
 * Who calls the partner API ({@code /api/partner/v1/**}): the partner whose API key authenticated the
 * request, and the key's public id. Endpoints take it as {@code @AuthenticationPrincipal} and read that
 * partner's data only, whatever the address names; an id of another partner's data is answered 404,
 * as an unknown one.
 */
public record PartnerApiCaller(String partnerReference, String keyId) {

	/** The one authority of a partner API call; no other filter chain grants it. */
	public static final String AUTHORITY = "PARTNER_API";

	/** How the caller is named in the partner's timeline and on what it registers. */
	public String actor() {
		return "api-key:" + keyId;
	}

}
