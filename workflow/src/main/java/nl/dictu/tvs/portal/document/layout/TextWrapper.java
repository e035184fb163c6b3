package nl.dictu.tvs.portal.document.layout;

import java.util.ArrayList;
import java.util.List;

/**
 * Greedy word wrapping. Line breaks in the text start a new line; a word wider than the line
 * (a URN, a fingerprint, a service name without spaces) is broken between characters instead of
 * running off the page.
 */
public final class TextWrapper {

    private static final String SEPARATORS = ":-/._,;";

    private TextWrapper() {
    }

    public static List<String> wrap(String text, FontFace face, float size, float maxWidth) {
        List<String> lines = new ArrayList<>();
        float space = face.width(" ", size);
        for (String paragraph : text.split("\\R", -1)) {
            StringBuilder line = new StringBuilder();
            float lineWidth = 0;
            for (String word : face.printable(paragraph).split(" +")) {
                if (word.isEmpty()) {
                    continue;
                }
                float wordWidth = face.width(word, size);
                if (line.length() > 0 && lineWidth + space + wordWidth <= maxWidth) {
                    line.append(' ').append(word);
                    lineWidth += space + wordWidth;
                    continue;
                }
                if (line.length() > 0) {
                    lines.add(line.toString());
                    line.setLength(0);
                }
                if (wordWidth <= maxWidth) {
                    line.append(word);
                    lineWidth = wordWidth;
                } else {
                    List<String> pieces = breakWord(word, face, size, maxWidth);
                    lines.addAll(pieces.subList(0, pieces.size() - 1));
                    line.append(pieces.get(pieces.size() - 1));
                    lineWidth = face.width(line.toString(), size);
                }
            }
            lines.add(line.toString());
        }
        return lines;
    }

    /**
     * Where to end a piece of a broken word: after the last separator (':' in a fingerprint, '-'
     * or '/' in a name or URN) in the second half of the piece, else at the full width.
     */
    private static int preferredCut(StringBuilder piece) {
        for (int i = piece.length() - 1; i >= piece.length() / 2; i--) {
            if (SEPARATORS.indexOf(piece.charAt(i)) >= 0) {
                return i + 1;
            }
        }
        return piece.length();
    }

    private static List<String> breakWord(String word, FontFace face, float size, float maxWidth) {
        List<String> pieces = new ArrayList<>();
        StringBuilder piece = new StringBuilder();
        float width = 0;
        for (int i = 0; i < word.length(); ) {
            int cp = word.codePointAt(i);
            float w = face.width(cp, size);
            if (piece.length() > 0 && width + w > maxWidth) {
                int cut = preferredCut(piece);
                pieces.add(piece.substring(0, cut));
                piece.delete(0, cut);
                width = face.width(piece.toString(), size);
            }
            piece.appendCodePoint(cp);
            width += w;
            i += Character.charCount(cp);
        }
        pieces.add(piece.toString());
        return pieces;
    }
}
