package io.partnerflow.system;

import java.util.List;
import java.util.Locale;
import java.util.Optional;

/**
 * The options of a Camunda Form's select that come from reference data (the markets of a candidate,
 * say): the deployed form lists none, and each time Tasklist asks for the form the options are those
 * of that moment, named in the reader's language. What a form sends is checked where it is kept,
 * never by these options: a caller of {@code /engine-rest} can send any value.
 */
public interface FormOptions {

	/** The options of the field with this key on this form; empty when the field's options are not this source's. */
	Optional<List<Option>> options(String formId, String key, Locale language);

	/** One option: the value the form sends, and its label. */
	record Option(String value, String label) {
	}

}
