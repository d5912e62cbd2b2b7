package org.nua.report;

import java.awt.image.BufferedImage;
import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import java.util.Optional;
import java.util.concurrent.TimeUnit;

import javax.imageio.ImageIO;

import org.junit.jupiter.api.Assertions;
import org.junit.jupiter.api.Assumptions;

/**
 * Takes screenshots of report HTML with a headless Chromium, as a reader's browser would show it. Chromium is not
 * on a fresh machine: without it the browser tests are skipped, unless NUA_REQUIRE_BROWSER=true (as in CI), which
 * makes its absence a failure.
 */
public final class HeadlessBrowser {

    private static final List<String> CANDIDATES = List.of("/usr/bin/chromium", "/usr/bin/chromium-browser",
        "/usr/bin/google-chrome");

    private HeadlessBrowser() {
    }

    /** The browser, or the test is skipped (or failed, when the browser is required). */
    public static Path require() {
        Optional<Path> browser = Optional.ofNullable(System.getenv("NUA_CHROMIUM")).map(Path::of)
            .or(() -> CANDIDATES.stream().map(Path::of).filter(Files::isExecutable).findFirst());
        if (browser.isEmpty() && "true".equals(System.getenv("NUA_REQUIRE_BROWSER"))) {
            Assertions.fail("NUA_REQUIRE_BROWSER=true but no Chromium found; install the chromium package");
        }
        Assumptions.assumeTrue(browser.isPresent(), "No Chromium here (apt-get install chromium): skipped");
        return browser.get();
    }

    /** A screenshot of the page at the given viewport width, as a PNG next to the page. */
    public static BufferedImage screenshot(Path browser, Path html, int width, int height) throws IOException,
        InterruptedException {
        Path png = html.resolveSibling(html.getFileName() + ".png");
        Files.deleteIfExists(png);
        Process chromium = new ProcessBuilder(browser.toString(), "--headless", "--no-sandbox", "--disable-gpu",
            "--hide-scrollbars", "--no-first-run", "--window-size=" + width + "," + height,
            "--screenshot=" + png.toAbsolutePath(), html.toAbsolutePath().toUri().toString())
            .redirectErrorStream(true).redirectOutput(ProcessBuilder.Redirect.DISCARD).start();
        if (!chromium.waitFor(60, TimeUnit.SECONDS)) {
            chromium.destroyForcibly();
            Assertions.fail("Chromium took over a minute to take a screenshot");
        }
        Assertions.assertTrue(Files.exists(png), "Chromium wrote no screenshot (exit " + chromium.exitValue() + ")");
        return ImageIO.read(png.toFile());
    }

    /** Leftmost and rightmost x of non-white pixels in the rows from..to: where the text of those lines sits. */
    public static int[] inkSpan(BufferedImage image, int fromY, int toY) {
        int left = Integer.MAX_VALUE;
        int right = -1;
        for (int y = fromY; y < Math.min(toY, image.getHeight()); y++) {
            for (int x = 0; x < image.getWidth(); x++) {
                int rgb = image.getRGB(x, y);
                int r = (rgb >> 16) & 0xff;
                int g = (rgb >> 8) & 0xff;
                int b = rgb & 0xff;
                if (r + g + b < 600) {
                    left = Math.min(left, x);
                    right = Math.max(right, x);
                }
            }
        }
        return new int[] {left, right};
    }
}
