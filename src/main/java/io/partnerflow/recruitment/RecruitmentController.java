package io.partnerflow.recruitment;

import java.io.IOException;
import java.io.InputStream;
import java.net.URI;
import java.nio.charset.Charset;
import java.nio.charset.StandardCharsets;
import java.nio.charset.UnsupportedCharsetException;
import java.security.Principal;

import io.partnerflow.partner.CandidateData;
import io.partnerflow.partner.Partner;
import io.partnerflow.partner.PartnerStatus;
import io.partnerflow.system.BadRequestException;
import io.partnerflow.system.Groups;
import io.partnerflow.system.PayloadTooLargeException;
import jakarta.servlet.http.HttpServletRequest;
import jakarta.validation.Valid;
import jakarta.validation.constraints.NotBlank;
import jakarta.validation.constraints.Size;
import org.springframework.http.InvalidMediaTypeException;
import org.springframework.http.MediaType;
import org.springframework.http.ResponseEntity;
import org.springframework.security.access.prepost.PreAuthorize;
import org.springframework.web.bind.annotation.PathVariable;
import org.springframework.web.bind.annotation.PostMapping;
import org.springframework.web.bind.annotation.RequestBody;
import org.springframework.web.bind.annotation.RequestParam;
import org.springframework.web.bind.annotation.RestController;
import org.springframework.web.multipart.MultipartFile;

/** Lists candidates (one, or a CSV file of them) and receives their application files. */
@RestController
class RecruitmentController {

	record Listed(String reference, PartnerStatus status) {
	}

	private final Recruitments recruitments;

	private final CandidateCsvImport csvImport;

	RecruitmentController(Recruitments recruitments, CandidateCsvImport csvImport) {
		this.recruitments = recruitments;
		this.csvImport = csvImport;
	}

	@PostMapping(path = "/api/candidates", consumes = MediaType.APPLICATION_JSON_VALUE)
	@PreAuthorize(Groups.RECRUITERS_ONLY)
	ResponseEntity<Listed> list(@Valid @RequestBody CandidateData candidate, Principal recruiter) {
		Partner partner = recruitments.start(candidate, recruiter.getName());
		return ResponseEntity.created(URI.create("/api/partners/" + partner.getReference()))
			.body(new Listed(partner.getReference(), partner.getStatus()));
	}

	/**
	 * A manager lists a candidate the duplicate rule refused (a subsidiary, a namesake), with the
	 * reason, which goes into the partner's timeline. Recruiters are refused (403).
	 */
	@PostMapping(path = "/api/candidates", consumes = MediaType.APPLICATION_JSON_VALUE, params = "overrideReason")
	@PreAuthorize(Groups.MANAGERS_ONLY)
	ResponseEntity<Listed> listDespiteLookalikes(@Valid @RequestBody CandidateData candidate,
			@RequestParam @NotBlank @Size(max = 1000) String overrideReason, Principal manager) {
		Partner partner = recruitments.startDespiteLookalikes(candidate, manager.getName(), overrideReason);
		return ResponseEntity.created(URI.create("/api/partners/" + partner.getReference()))
			.body(new Listed(partner.getReference(), partner.getStatus()));
	}

	/** A CSV body, read as it arrives: over the size limit it is refused (413) without being read to its end. */
	@PostMapping(path = "/api/candidates/import", consumes = { "text/csv", MediaType.TEXT_PLAIN_VALUE })
	@PreAuthorize(Groups.RECRUITERS_ONLY)
	CandidateCsvImport.Result importCsv(HttpServletRequest request, Principal recruiter) throws IOException {
		if (request.getContentLengthLong() > csvImport.maxBytes()) {
			throw new PayloadTooLargeException(
					"The file is larger than %,d bytes: split it; nothing was imported".formatted(csvImport.maxBytes()));
		}
		if (request.getContentLengthLong() == 0) {
			throw new BadRequestException("file", "the CSV file is empty");
		}
		return csvImport.run(request.getInputStream(), charset(request.getContentType()), recruiter.getName());
	}

	/** A CSV file in a multipart form (field {@code file}); the multipart limits are the import's. */
	@PostMapping(path = "/api/candidates/import", consumes = MediaType.MULTIPART_FORM_DATA_VALUE)
	@PreAuthorize(Groups.RECRUITERS_ONLY)
	CandidateCsvImport.Result importCsvFile(@RequestParam("file") MultipartFile file, Principal recruiter) throws IOException {
		if (file.isEmpty()) {
			throw new BadRequestException("file", "the CSV file is empty");
		}
		try (InputStream content = file.getInputStream()) {
			return csvImport.run(content, charset(file.getContentType()), recruiter.getName());
		}
	}

	/** The charset the content type names, else UTF-8. */
	private static Charset charset(String contentType) {
		try {
			MediaType type = contentType == null ? null : MediaType.parseMediaType(contentType);
			return type == null || type.getCharset() == null ? StandardCharsets.UTF_8 : type.getCharset();
		}
		catch (InvalidMediaTypeException | UnsupportedCharsetException unknown) {
			throw new BadRequestException("file", "the charset of " + contentType + " is unknown");
		}
	}

	@PostMapping(path = "/api/partners/{reference}/application", consumes = MediaType.APPLICATION_JSON_VALUE)
	@PreAuthorize(Groups.RECRUITERS_OR_MANAGERS)
	ResponseEntity<Void> submitApplication(@PathVariable String reference, @Valid @RequestBody ApplicationFileData file,
			Principal submitter) {
		recruitments.submitApplication(reference, file, submitter.getName());
		return ResponseEntity.accepted().build();
	}

}
