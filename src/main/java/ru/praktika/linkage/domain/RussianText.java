package ru.praktika.linkage.domain;

import java.io.IOException;
import java.io.StringReader;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import org.apache.lucene.analysis.CharArraySet;
import org.apache.lucene.analysis.LowerCaseFilter;
import org.apache.lucene.analysis.StopFilter;
import org.apache.lucene.analysis.TokenStream;
import org.apache.lucene.analysis.Tokenizer;
import org.apache.lucene.analysis.ru.RussianAnalyzer;
import org.apache.lucene.analysis.standard.StandardTokenizer;
import org.apache.lucene.analysis.tokenattributes.CharTermAttribute;
import org.tartarus.snowball.ext.RussianStemmer;

/**
 * Turns Russian text into a sequence of stems: abbreviations expanded (ТКО → твердые коммунальные отходы, the
 * abbreviation kept too), ё folded to е, lower-cased, stop words removed (Lucene's Russian list, but «человек» is kept),
 * and every word reduced by the Snowball Russian stemmer that PostgreSQL's {@code russian} configuration also uses
 * («муниципальных практик» and «муниципальная практика» give the same stems).
 */
public final class RussianText {

    private static final Pattern WORD = Pattern.compile("[\\p{L}\\p{N}]+(?:-[\\p{L}\\p{N}]+)*");
    private static final CharArraySet STOP_WORDS;

    /**
     * A short letter code joined to a number by a hyphen — «М-12», «МС-21», «Ил-114» — is one word: the tokenizer would
     * split it and drop the letter, leaving a bare number that points to a project from any text that counts twelve
     * of something.
     */
    private static final Pattern CODE =
            Pattern.compile("(?<![\\p{L}\\p{N}])(\\p{L}{1,3})-(\\d{1,4})(?![\\p{L}\\p{N}])");

    static {
        CharArraySet stop = new CharArraySet(RussianAnalyzer.getDefaultStopSet(), true);
        stop.remove("человек");
        stop.addAll(List.of(
                "также", "год", "году", "года", "годы", "лет", "это", "этот", "который", "которые", "которых",
                "которая", "который", "тыс", "млн", "млрд", "руб", "рублей", "рубля", "чем"));
        STOP_WORDS = CharArraySet.unmodifiableSet(stop);
    }

    private final Map<String, String> abbreviations;

    public RussianText(Map<String, String> abbreviations) {
        this.abbreviations = abbreviations;
    }

    /** The stems of the text, in order. */
    public List<String> stems(String text) {
        return analyse(text).stems();
    }

    /**
     * Stems and the words they came from, position by position (to show evidence as the author wrote it).
     *
     * @param stems the stems
     * @param words the lower-cased words, same positions
     */
    public record Analysed(List<String> stems, List<String> words) {}

    public Analysed analyse(String text) {
        if (text == null || text.isBlank()) {
            return new Analysed(List.of(), List.of());
        }
        String folded = CODE.matcher(expand(text.toLowerCase(Locale.ROOT).replace('ё', 'е')))
                .replaceAll("$1$2");
        List<String> stems = new ArrayList<>();
        List<String> words = new ArrayList<>();
        RussianStemmer stemmer = new RussianStemmer();
        try (Tokenizer tokenizer = new StandardTokenizer();
                TokenStream stream = new StopFilter(new LowerCaseFilter(tokenizer), STOP_WORDS)) {
            tokenizer.setReader(new StringReader(folded));
            CharTermAttribute term = stream.addAttribute(CharTermAttribute.class);
            stream.reset();
            while (stream.incrementToken()) {
                String word = term.toString();
                stemmer.setCurrent(word);
                stemmer.stem();
                String stem = stemmer.getCurrent();
                if (stem.length() > 1 || Character.isDigit(stem.charAt(0))) {
                    stems.add(stem);
                    words.add(word);
                }
            }
            stream.end();
        } catch (IOException e) {
            throw new IllegalStateException(e);
        }
        return new Analysed(stems, words);
    }

    private String expand(String text) {
        if (abbreviations.isEmpty()) {
            return text;
        }
        Matcher m = WORD.matcher(text);
        StringBuilder sb = new StringBuilder();
        while (m.find()) {
            String expansion = abbreviations.get(m.group());
            m.appendReplacement(
                    sb, Matcher.quoteReplacement(expansion == null ? m.group() : m.group() + " " + expansion));
        }
        m.appendTail(sb);
        return sb.toString();
    }
}
