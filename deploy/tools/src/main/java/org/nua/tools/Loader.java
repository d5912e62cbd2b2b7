package org.nua.tools;

import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.security.MessageDigest;
import java.security.NoSuchAlgorithmException;
import java.time.Duration;
import java.util.HexFormat;
import java.util.LinkedHashMap;
import java.util.Map;
import java.util.Set;
import java.util.TreeMap;
import java.util.TreeSet;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.node.JsonNodeFactory;

/**
 * Sends one upload the way a careful partner agency does: a dry run first; the rows the report rejects are left
 * out (and reported with their reasons); the rest is sent for real with an Idempotency-Key derived from its
 * content, so running the loader again changes nothing and costs little.
 */
final class Loader {

    /** What one upload achieved. */
    record Outcome(int recorded, int revised, int unchanged, int rejected, int warnings,
                   Map<String, String> rejectionExamples, Map<String, Integer> rejectionsByCode) {
    }

    private final ApiClient api;

    Loader(ApiClient api) {
        this.api = api;
    }

    Outcome load(Upload upload) throws IOException, InterruptedException {
        ApiClient.Answer dry = finished(api.postBatch(upload.country(), "text/csv", upload.csv(), true, null));
        Set<Integer> rejected = new TreeSet<>();
        Map<String, Integer> byCode = new TreeMap<>();
        Map<String, String> examples = new LinkedHashMap<>();
        if (dry.status() == 422 && dry.body().has("report")) {
            for (JsonNode error : dry.body().at("/report/errors")) {
                int row = error.get("row").asInt();
                String code = error.get("code").asText();
                if (rejected.add(row)) {
                    byCode.merge(code, 1, Integer::sum);
                }
                examples.putIfAbsent(code, upload.country() + " row " + row + " (" + error.get("field").asText()
                    + "): " + error.get("message").asText());
            }
        } else if (dry.status() != 200) {
            throw new IOException("Dry run of " + upload.dataset() + " for " + upload.country() + " answered "
                + dry.status() + ": " + dry.body());
        }
        if (rejected.size() == upload.rows().size()) {
            return new Outcome(0, 0, 0, rejected.size(), 0, examples, byCode);
        }
        String body = upload.csv(rejected);
        ApiClient.Answer answer = finished(api.postBatch(upload.country(), "text/csv", body, false,
            "loader-" + sha256(upload.dataset() + "\n" + upload.country() + "\n" + body)));
        if (answer.status() != 200) {
            throw new IOException("Upload of " + upload.dataset() + " for " + upload.country() + " answered "
                + answer.status() + ": " + answer.body());
        }
        JsonNode report = answer.body();
        return new Outcome(report.get("recorded").asInt(), report.get("revised").asInt(),
            report.get("unchanged").asInt(), rejected.size(), report.get("warnings").size(), examples, byCode);
    }

    /** A large upload answers 202 with a job; this follows it to its end and answers as a small one would. */
    private ApiClient.Answer finished(ApiClient.Answer answer) throws IOException, InterruptedException {
        if (answer.status() != 202) {
            return answer;
        }
        String location = answer.location();
        long deadline = System.nanoTime() + Duration.ofMinutes(30).toNanos();
        while (System.nanoTime() < deadline) {
            ApiClient.Answer job = api.get(location);
            String state = job.body().path("state").asText();
            if (state.equals("SUCCEEDED")) {
                return new ApiClient.Answer(200, job.body().get("report"), null);
            }
            if (state.equals("FAILED")) {
                var report = job.body().get("report");
                return new ApiClient.Answer(422, JsonNodeFactory.instance.objectNode().set("report", report), null);
            }
            Thread.sleep(1000);
        }
        throw new IOException("Job " + location + " did not end within 30 minutes");
    }

    static String sha256(String text) {
        try {
            return HexFormat.of().formatHex(MessageDigest.getInstance("SHA-256")
                .digest(text.getBytes(StandardCharsets.UTF_8)), 0, 16);
        } catch (NoSuchAlgorithmException e) {
            throw new IllegalStateException("SHA-256 is always available", e);
        }
    }
}
