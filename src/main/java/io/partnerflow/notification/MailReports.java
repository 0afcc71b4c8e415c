package io.partnerflow.notification;

import java.util.List;
import java.util.Locale;
import java.util.Map;

/**
 * The content of a report mail, about no partner: a template that declares one
 * ({@code <meta name="report" content="PURPOSE" th:remove="all">}) is given it as {@code report}, written
 * for each language the mail goes out in, with the images its HTML shows inline
 * ({@code <img src="cid:CONTENT-ID">}). Implemented where the figures are (the KPIs of insight), so
 * that mail does not depend on them. A report is an internal notice, to groups or users only.
 */
public interface MailReports {

	/** The purpose a template names, such as {@code kpis}. */
	String purpose();

	/** The report as it is now, in {@code language}. */
	Report write(Locale language);

	/** What a template reads as {@code report}, and the images its HTML names by content id. */
	record Report(Map<String, Object> content, List<InlineImage> images) {
	}

	/** An image of the HTML part, named in it as {@code cid:contentId}. */
	record InlineImage(String contentId, String contentType, byte[] bytes) {
	}

}
