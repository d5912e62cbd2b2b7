package org.nua.report.domain.progress;

import java.util.Map;

/**
 * The outcome of one method on one series: its status and score, and every parameter it used, so the result
 * can be explained and reproduced.
 *
 * @param status     the method's own status name (methods disagree on labels; they are not mapped onto each other)
 * @param score      the method's score (UNSD: 1 to 3; Open SDG: -5 to +5), null when not assessed
 * @param parameters base year and value, latest year and value, target, direction, growth rates, ratio
 * @param reason     why the status is what it is, in words
 */
public record ProgressResult(String method, String methodVersion, String status, Double score,
                             Map<String, Object> parameters, String reason) {
}
