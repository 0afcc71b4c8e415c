package io.partnerflow.committee;

import java.util.Optional;

/**
 * Where the committee reads a candidate's application file: the recruitment's table
 * {@code application_file}, the file's only record (no process variable carries it). The committee
 * owns this interface and the recruitment implements it ({@code recruitment.ApplicationFiles}): the
 * recruitment already uses the committee (it calls the vote and reads its outcome), so the committee
 * reading the recruitment's classes would close a cycle that ModularityTests refuses; and moving the
 * file's reading into {@code partner} would split the table from the module that writes it.
 */
public interface ApplicationFileSource {

	/** The partner's application file as it is kept now, or empty when none is. */
	Optional<ApplicationFileView> applicationFile(String reference);

}
