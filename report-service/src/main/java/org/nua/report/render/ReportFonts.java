package org.nua.report.render;

import java.awt.Font;
import java.awt.FontFormatException;
import java.awt.GraphicsEnvironment;
import java.io.ByteArrayInputStream;
import java.io.IOException;
import java.util.Base64;
import java.util.List;
import java.util.Map;
import java.util.concurrent.ConcurrentHashMap;

import com.openhtmltopdf.outputdevice.helper.BaseRendererBuilder.FontStyle;
import com.openhtmltopdf.pdfboxout.PdfRendererBuilder;

/**
 * The fonts every report embeds (resources/fonts, Noto, SIL Open Font License): Latin and Cyrillic, Arabic, Khmer
 * and Tifinagh, so reports look the same whatever fonts the reader's machine or this server has.
 */
public final class ReportFonts {

    /** One face of a family. */
    record Face(String family, String file, int weight) {
    }

    static final List<Face> FACES = List.of(
        new Face("Noto Sans", "NotoSans-Regular.ttf", 400),
        new Face("Noto Sans", "NotoSans-Bold.ttf", 700),
        new Face("Noto Sans Arabic", "NotoSansArabic-Regular.ttf", 400),
        new Face("Noto Sans Arabic", "NotoSansArabic-Bold.ttf", 700),
        new Face("Noto Sans Khmer", "NotoSansKhmer-Regular.ttf", 400),
        new Face("Noto Sans Khmer", "NotoSansKhmer-Bold.ttf", 700),
        new Face("Noto Sans Tifinagh", "NotoSansTifinagh-Regular.ttf", 400));

    /** The CSS font stack: Arabic text finds the Arabic face first in an Arabic report. */
    public static String stack(boolean arabicFirst) {
        return arabicFirst ? "'Noto Sans Arabic', 'Noto Sans', 'Noto Sans Khmer', 'Noto Sans Tifinagh', sans-serif"
            : "'Noto Sans', 'Noto Sans Arabic', 'Noto Sans Khmer', 'Noto Sans Tifinagh', sans-serif";
    }

    private ReportFonts() {
    }

    /**
     * The @font-face rules of the HTML, fonts inlined as data: URLs so the file stands alone. Only the regular
     * faces: browsers embolden them, and the file stays about half as large.
     *
     * @param text every character the report shows; a script's font is embedded only when some text needs it
     */
    public static String fontFaces(String text) {
        StringBuilder css = new StringBuilder();
        for (Face face : FACES) {
            if (face.weight() != 400 || !needed(face.family(), text)) {
                continue;
            }
            css.append("@font-face { font-family: '").append(face.family()).append("'; font-weight: 400; src: url(")
                .append("data:font/ttf;base64,").append(Base64.getEncoder().encodeToString(bytes(face.file())))
                .append(") format('truetype'); }\n");
        }
        return css.toString();
    }

    /** Gives the PDF renderer every face; it embeds the subsets the document uses. */
    public static void registerWith(PdfRendererBuilder builder) {
        for (Face face : FACES) {
            byte[] bytes = bytes(face.file());
            builder.useFont(() -> new ByteArrayInputStream(bytes), face.family(), face.weight(), FontStyle.NORMAL,
                true);
        }
    }

    /** Charts are drawn with Java 2D, which must find the Latin face on machines that have no fonts installed. */
    public static void registerWithJava2d() {
        try {
            GraphicsEnvironment.getLocalGraphicsEnvironment()
                .registerFont(Font.createFont(Font.TRUETYPE_FONT,
                    new ByteArrayInputStream(bytes("NotoSans-Regular.ttf"))));
        } catch (FontFormatException | IOException e) {
            throw new IllegalStateException("The bundled Noto Sans font cannot be read", e);
        }
    }

    private static boolean needed(String family, String text) {
        return switch (family) {
            case "Noto Sans Arabic" -> writtenIn(text, Character.UnicodeScript.ARABIC);
            case "Noto Sans Khmer" -> writtenIn(text, Character.UnicodeScript.KHMER);
            case "Noto Sans Tifinagh" -> writtenIn(text, Character.UnicodeScript.TIFINAGH);
            default -> true;
        };
    }

    /** Whether any of the text is in the script. */
    static boolean writtenIn(String text, Character.UnicodeScript script) {
        return text.codePoints().anyMatch(c -> Character.UnicodeScript.of(c) == script);
    }

    private static final Map<String, byte[]> LOADED = new ConcurrentHashMap<>();

    /** Read once: every report uses them. */
    static byte[] bytes(String file) {
        return LOADED.computeIfAbsent(file, ReportFonts::read);
    }

    private static byte[] read(String file) {
        return Resources.bytes("fonts/" + file);
    }
}
