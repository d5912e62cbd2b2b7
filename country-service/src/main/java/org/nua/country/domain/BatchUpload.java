package org.nua.country.domain;

/**
 * An upload as it was sent: its media type and its bytes. A job stores this, not its parsed rows, so a large
 * upload is held once (its bytes, about 80 per row) rather than as rows and again as their serialised form.
 */
public record BatchUpload(String mediaType, byte[] body) {
}
