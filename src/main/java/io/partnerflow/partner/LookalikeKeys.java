package io.partnerflow.partner;

import java.text.Normalizer;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.List;
import java.util.Locale;
import java.util.Set;

/**
 * The keys of the duplicate rule, which unique constraints hold: two candidates are the same
 * company when their names are equal once case, accents, punctuation, spacing and legal forms are
 * set aside ("Azur  Conseil  Paris" and "AZUR CONSEIL PARIS S.A.S."), in the same country; or when
 * their contacts share a company mail domain. A public mail domain (gmail.com, orange.fr...) is
 * shared by strangers, so it is no key. Deal registrations fold their customers and projects the
 * same way ({@link #companyKey}).
 */
public final class LookalikeKeys {

	/** Legal forms, as words once the dots are gone: dropped at either end of a name. */
	private static final Set<String> LEGAL_FORMS = Set.of(
			// France
			"sa", "sas", "sasu", "sarl", "eurl", "sca", "scs", "snc", "scop", "scic", "sci", "sem", "selarl", "selas",
			"ei", "eirl", "gie", "sc",
			// Germany, Austria, Switzerland
			"gmbh", "ag", "kg", "ohg", "ug", "ek", "kgaa", "eg", "mbh", "gbr", "sagl",
			// English-speaking
			"ltd", "limited", "llc", "llp", "lp", "plc", "inc", "incorporated", "corp", "corporation", "co", "company",
			"pty", "pte",
			// Benelux, Nordics
			"bv", "nv", "bvba", "srl", "sprl", "vof", "ab", "as", "aps", "oy", "oyj", "asa",
			// Southern and Eastern Europe
			"spa", "sapa", "sl", "slu", "sau", "lda", "ltda", "sro", "zoo", "kft", "doo", "ad", "se");

	/** Mail providers whose every country domain is public: hotmail.fr, yahoo.co.uk, gmx.de... */
	private static final Set<String> PUBLIC_PROVIDERS = Set.of("gmail", "googlemail", "hotmail", "outlook",
			"msn", "yahoo", "ymail", "gmx", "aol", "icloud", "protonmail", "proton", "yandex", "tutanota");

	/** Public mail domains that are not a provider's name with a country ending. */
	private static final Set<String> PUBLIC_DOMAINS = Set.of("orange.fr", "wanadoo.fr", "free.fr", "sfr.fr", "neuf.fr",
			"bbox.fr", "laposte.net", "live.com", "live.fr", "live.co.uk", "web.de", "mail.com", "email.com",
			"libero.it", "tiscali.it", "zohomail.com", "me.com", "mac.com", "pm.me", "t-online.de",
			"freenet.de", "aliceadsl.fr", "numericable.fr", "club-internet.fr", "cegetel.net", "noos.fr", "skynet.be",
			"bluewin.ch", "virgilio.it", "telefonica.net", "btinternet.com", "qq.com", "163.com", "mail.ru",
			"seznam.cz", "wp.pl", "o2.pl", "interia.pl");

	/** Endings a provider's public domain has: gmx.de, yahoo.co.uk, hotmail.com.br. */
	private static final Set<String> PUBLIC_ENDINGS = Set.of("com", "net", "org", "fr", "de", "be", "ch", "at", "it",
			"es", "pt", "nl", "lu", "uk", "ie", "co.uk", "com.br", "com.ar", "com.mx", "ca", "us", "eu", "ru", "pl",
			"se", "dk", "no", "fi", "cz", "me", "ma", "tn", "dz", "sn", "ci", "jp", "in", "cn", "au", "com.au");

	private LookalikeKeys() {
	}

	/**
	 * The company's name as the duplicate rule compares it: lower case, no accents, no punctuation
	 * or spaces, no legal form at either end. A name that is only a legal form keeps it.
	 */
	public static String companyKey(String company) {
		String plain = Normalizer.normalize(company.strip(), Normalizer.Form.NFKD)
			.replaceAll("\\p{M}+", "")
			.toLowerCase(Locale.ROOT)
			.replace("ß", "ss").replace("æ", "ae").replace("œ", "oe").replace("ø", "o").replace("ł", "l")
			.replace("đ", "d").replace("&", " ")
			// dots and apostrophes join (S.A.R.L. is sarl, L'Atelier is latelier); anything else separates
			.replaceAll("[.'’`´]", "")
			.replaceAll("[^\\p{L}\\p{N}]+", " ")
			.strip();
		List<String> words = new ArrayList<>(Arrays.asList(plain.split(" ")));
		List<String> all = List.copyOf(words);
		while (!words.isEmpty() && LEGAL_FORMS.contains(words.get(words.size() - 1))) {
			words.remove(words.size() - 1);
		}
		while (!words.isEmpty() && LEGAL_FORMS.contains(words.get(0))) {
			words.remove(0);
		}
		return String.join("", words.isEmpty() ? all : words);
	}

	/** The contact's mail domain as evidence of a duplicate, or null for a public mail domain. */
	static String domainKey(String email) {
		String domain = CandidateData.domainOf(email);
		return isPublic(domain) ? null : domain;
	}

	static boolean isPublic(String domain) {
		for (String suffix = domain; suffix.contains("."); suffix = suffix.substring(suffix.indexOf('.') + 1)) {
			if (PUBLIC_DOMAINS.contains(suffix)) {
				return true;
			}
			int dot = suffix.indexOf('.');
			if (PUBLIC_PROVIDERS.contains(suffix.substring(0, dot)) && PUBLIC_ENDINGS.contains(suffix.substring(dot + 1))) {
				return true;
			}
		}
		return false;
	}

}
