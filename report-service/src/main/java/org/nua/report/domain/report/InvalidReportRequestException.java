package org.nua.report.domain.report;

import java.util.List;
import java.util.stream.Collectors;

import org.nua.platform.problem.DomainException;
import org.nua.platform.problem.FieldViolation;

/** A report request that names what the read model does not know, or misses what its type needs. */
public class InvalidReportRequestException extends DomainException {

    public InvalidReportRequestException(List<FieldViolation> violations) {
        super("urn:nua:problem:validation", "Request is not valid", 422,
            "The report cannot be written as asked: " + violations.stream()
                .map(v -> v.pointer() + " " + v.detail()).collect(Collectors.joining("; ")) + ".",
            violations);
    }
}
