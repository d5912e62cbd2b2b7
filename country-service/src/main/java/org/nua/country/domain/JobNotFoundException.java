package org.nua.country.domain;

import java.util.UUID;

import org.nua.platform.problem.DomainException;

/** No ingestion job of this country has this id. */
public class JobNotFoundException extends DomainException {

    public JobNotFoundException(UUID id) {
        super("urn:nua:problem:job-not-found", "Job not found", 404, "No ingestion job " + id + " for this country.");
    }
}
