package io.partnerflow.recruitment;

import java.io.InputStream;
import java.nio.charset.Charset;
import java.util.ArrayList;
import java.util.List;
import java.util.Set;
import java.util.stream.Collectors;

import io.partnerflow.partner.CandidateData;
import io.partnerflow.partner.DuplicatePartnerException;
import io.partnerflow.partner.UnknownMarketException;
import jakarta.validation.ConstraintViolation;
import jakarta.validation.Validator;
import org.springframework.beans.factory.annotation.Value;
import org.springframework.stereotype.Component;
import org.springframework.transaction.support.TransactionTemplate;
import org.springframework.util.unit.DataSize;

/**
 * Imports candidates from a CSV file, all or nothing for a broken file: the whole file is read and
 * checked first ({@link CandidateCsvFile}: size, charset, CSV structure, columns, row count), so a
 * file refused with 400 or 413 starts nothing. Then each valid row starts a recruitment in its own
 * transaction; each invalid or duplicate row is reported with its line number and reason, and
 * never loses the others.
 */
@Component
class CandidateCsvImport {

	/** The columns a candidate file must name; {@link #OPTIONAL_COLUMNS} may follow. */
	static final List<String> COLUMNS = CandidateFields.REQUIRED;

	static final List<String> OPTIONAL_COLUMNS = CandidateFields.OPTIONAL;

	static final int MAX_ROWS = 10_000;

	record Started(long line, String reference) {
	}

	record Rejected(long line, String reason) {
	}

	record Result(int started, int rejected, List<Started> partners, List<Rejected> errors) {
	}

	private final Recruitments recruitments;

	private final Validator validator;

	private final TransactionTemplate transactions;

	private final long maxBytes;

	CandidateCsvImport(Recruitments recruitments, Validator validator, TransactionTemplate transactions,
			@Value("${partnerflow.recruitment.import-max-size:5MB}") DataSize maxSize) {
		this.recruitments = recruitments;
		this.validator = validator;
		this.transactions = transactions;
		this.maxBytes = maxSize.toBytes();
	}

	/** The largest file accepted, in bytes. */
	long maxBytes() {
		return maxBytes;
	}

	Result run(InputStream csv, Charset charset, String recruiter) {
		List<CandidateCsvFile.Row> rows = CandidateCsvFile.read(csv, charset, maxBytes, MAX_ROWS);
		List<Started> started = new ArrayList<>();
		List<Rejected> rejected = new ArrayList<>();
		for (CandidateCsvFile.Row row : rows) {
			String reason = row.unreadable() != null ? row.unreadable() : violations(row.candidate());
			if (reason != null) {
				rejected.add(new Rejected(row.line(), reason));
				continue;
			}
			try {
				started.add(new Started(row.line(), start(row.candidate(), recruiter)));
			}
			catch (DuplicatePartnerException duplicate) {
				rejected.add(new Rejected(row.line(), duplicate.getMessage()));
			}
			catch (UnknownMarketException unknown) {
				rejected.add(new Rejected(row.line(), unknown.sentence()));
			}
		}
		return new Result(started.size(), rejected.size(), started, rejected);
	}

	/** Registers one candidate and starts its recruitment, in a transaction of its own; its reference. */
	private String start(CandidateData candidate, String recruiter) {
		return transactions.execute(tx -> recruitments.start(candidate, recruiter).getReference());
	}

	private String violations(CandidateData candidate) {
		Set<ConstraintViolation<CandidateData>> violations = validator.validate(candidate);
		return violations.isEmpty() ? null
				: violations.stream().map(v -> v.getPropertyPath() + " " + v.getMessage()).sorted().collect(Collectors.joining("; "));
	}

}
