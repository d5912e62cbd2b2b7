package org.nua.gateway.proxy;

import static io.restassured.RestAssured.given;
import static org.assertj.core.api.Assertions.assertThat;
import static org.hamcrest.Matchers.equalTo;

import java.io.IOException;
import java.io.OutputStream;
import java.net.Socket;
import java.nio.charset.StandardCharsets;
import java.util.concurrent.CompletableFuture;
import java.util.concurrent.TimeUnit;

import org.junit.jupiter.api.Test;

import io.quarkus.test.common.QuarkusTestResource;
import io.quarkus.test.junit.QuarkusTest;
import io.restassured.RestAssured;

import org.nua.gateway.FakeService;
import org.nua.gateway.TestKeys;

/** A body sent slowly holds a connection to the service: in tests it must flow at 16 kB/s after one second. */
@QuarkusTest
@QuarkusTestResource(FakeService.class)
@QuarkusTestResource(TestKeys.class)
class UploadPaceTest {

    private static final String PROBLEM = "application/problem+json";

    @Test
    void aBodySentAByteAtATimeIsCutOffWithA408Problem() throws Exception {
        Trickle trickle = trickle("");
        assertThat(trickle.answer()).startsWith("HTTP/1.1 408").contains("urn:nua:problem:upload-too-slow")
            .containsIgnoringCase("connection: close");
        assertThat(trickle.closedAfterMillis()).isBetween(900L, 4_000L);
    }

    @Test
    void aBodyAnsweredBeforeItArrivedIsReadNoFurther() throws Exception {
        // A wrong key is refused before the body is read; the sender goes on sending, the gateway stops reading.
        Trickle trickle = trickle("X-API-Key: nua_0000000000000000.wrong\r\n");
        assertThat(trickle.answer()).startsWith("HTTP/1.1 401").contains("urn:nua:problem:unauthenticated");
        assertThat(trickle.closedAfterMillis()).isLessThan(900L);
    }

    private record Trickle(String answer, long closedAfterMillis) {
    }

    /** Declares a 10 kB batch and sends it a byte every 100 ms until the gateway closes the connection. */
    private static Trickle trickle(String headers) throws Exception {
        try (Socket socket = new Socket("127.0.0.1", RestAssured.port)) {
            socket.setSoTimeout(10_000);
            // Read as it comes, so the answer is had before the gateway closes the connection.
            CompletableFuture<String> answer = new CompletableFuture<>();
            new Thread(() -> {
                try {
                    answer.complete(new String(socket.getInputStream().readAllBytes(), StandardCharsets.UTF_8));
                } catch (IOException e) {
                    answer.complete("no answer: " + e);
                }
            }).start();
            OutputStream out = socket.getOutputStream();
            out.write(("POST /api/v1/countries/JOR/observations/batches HTTP/1.1\r\nHost: 127.0.0.1\r\n"
                + "Content-Type: text/csv\r\nContent-Length: 10000\r\n" + headers + "\r\n")
                .getBytes(StandardCharsets.US_ASCII));
            long began = System.nanoTime();
            try {
                while (!answer.isDone() && System.nanoTime() - began < 8_000_000_000L) {
                    out.write('x');
                    out.flush();
                    sleep(100);
                }
            } catch (IOException closedByTheGateway) {
                // expected: it stops reading once it has answered
            }
            long closedAfter = (System.nanoTime() - began) / 1_000_000;
            return new Trickle(answer.get(10, TimeUnit.SECONDS), closedAfter);
        }
    }

    private static void sleep(long millis) {
        try {
            Thread.sleep(millis);
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
            throw new IllegalStateException(e);
        }
    }
}
