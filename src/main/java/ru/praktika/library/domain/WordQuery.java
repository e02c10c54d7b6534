package ru.praktika.library.domain;

import java.util.ArrayList;
import java.util.HashSet;
import java.util.List;
import java.util.Locale;
import java.util.Set;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import org.apache.lucene.index.Term;
import org.apache.lucene.search.BooleanClause.Occur;
import org.apache.lucene.search.BooleanQuery;
import org.apache.lucene.search.BoostQuery;
import org.apache.lucene.search.MatchAllDocsQuery;
import org.apache.lucene.search.PhraseQuery;
import org.apache.lucene.search.PrefixQuery;
import org.apache.lucene.search.Query;
import org.apache.lucene.search.TermQuery;

/**
 * The words of a search as the site reads them ({@code websearch_to_tsquery}'s syntax: words all required,
 * {@code "a phrase"}, {@code prefix*}, {@code -excluded}, {@code or} between two words) turned into a query of the
 * {@link WordIndex}, with the stems and prefixes a found text is marked by. Stop words are dropped as in SQL.
 */
final class WordQuery {

    private static final Pattern TOKEN = Pattern.compile("(-?)\"([^\"]*)\"?|(\\S+)");
    private static final Locale RU = Locale.forLanguageTag("ru");

    private final Query query;
    private final Set<String> stems;
    private final List<String> prefixes;

    /** The stems and prefixes a word must begin with to be marked, and their first letters in lower case. */
    private final String[] starts;

    private final char[] firsts;

    private WordQuery(Query query, Set<String> stems, List<String> prefixes) {
        this.query = query;
        this.stems = stems;
        this.prefixes = prefixes;
        List<String> all = new ArrayList<>(stems);
        all.addAll(prefixes);
        all.removeIf(String::isEmpty);
        this.starts = all.toArray(String[]::new);
        this.firsts = new char[starts.length];
        for (int k = 0; k < starts.length; k++) {
            firsts[k] = Character.toLowerCase(starts[k].charAt(0));
        }
    }

    /** The query, or null when the words hold nothing to search by (only stop words or signs). */
    Query query() {
        return query;
    }

    /** True when the stem found in a text is one the search asked for. */
    boolean marks(String stem) {
        if (stems.contains(stem)) {
            return true;
        }
        for (String prefix : prefixes) {
            if (stem.startsWith(prefix)) {
                return true;
            }
        }
        return false;
    }

    /**
     * True when the word at {@code [start, end)} of a text could stem to what the search asked for: it begins, in any
     * case, with a stem or a prefix.
     */
    boolean mayMark(String text, int start, int end) {
        char first = Character.toLowerCase(text.charAt(start));
        for (int k = 0; k < starts.length; k++) {
            String s = starts[k];
            if (firsts[k] == first && s.length() <= end - start && text.regionMatches(true, start, s, 0, s.length())) {
                return true;
            }
        }
        return false;
    }

    static WordQuery of(String words, WordIndex index) {
        List<Query> required = new ArrayList<>();
        List<Query> excluded = new ArrayList<>();
        Set<String> stems = new HashSet<>();
        List<String> prefixes = new ArrayList<>();
        boolean or = false;
        Matcher m = TOKEN.matcher(words.length() > 300 ? words.substring(0, 300) : words);
        while (m.find()) {
            boolean not;
            Query clause;
            if (m.group(2) != null) {
                not = !m.group(1).isEmpty();
                List<String> phrase = terms(index, m.group(2));
                clause = phrase.isEmpty() ? null : across(f -> phrase(f, phrase));
                if (!not) {
                    stems.addAll(phrase);
                }
            } else {
                String token = m.group(3);
                if (token.equalsIgnoreCase("or")) {
                    or = !required.isEmpty();
                    continue;
                }
                not = token.startsWith("-") && token.length() > 1;
                String word = not ? token.substring(1) : token;
                if (word.endsWith("*") && word.length() > 2) {
                    String raw = word.substring(0, word.length() - 1).toLowerCase(RU);
                    List<String> stem = terms(index, raw);
                    String prefix = stem.size() == 1 ? stem.get(0) : raw.replaceAll("[^\\p{L}\\d]", "");
                    clause = prefix.isEmpty() ? null : across(f -> new PrefixQuery(new Term(f, prefix)));
                    if (!not && !prefix.isEmpty()) {
                        prefixes.add(prefix);
                    }
                } else {
                    List<String> terms = terms(index, word);
                    clause = terms.isEmpty()
                            ? null
                            : across(f ->
                                    terms.size() == 1 ? new TermQuery(new Term(f, terms.get(0))) : phrase(f, terms));
                    if (!not) {
                        stems.addAll(terms);
                    }
                }
            }
            if (clause == null) {
                continue;
            }
            if (not) {
                excluded.add(clause);
            } else if (or) {
                Query previous = required.remove(required.size() - 1);
                required.add(new BooleanQuery.Builder()
                        .add(previous, Occur.SHOULD)
                        .add(clause, Occur.SHOULD)
                        .build());
            } else {
                required.add(clause);
            }
            or = false;
        }
        if (required.isEmpty() && excluded.isEmpty()) {
            return new WordQuery(null, stems, prefixes);
        }
        BooleanQuery.Builder b = new BooleanQuery.Builder();
        if (required.isEmpty()) {
            b.add(new MatchAllDocsQuery(), Occur.FILTER);
        }
        required.forEach(q -> b.add(q, Occur.MUST));
        excluded.forEach(q -> b.add(q, Occur.MUST_NOT));
        return new WordQuery(b.build(), stems, prefixes);
    }

    private static List<String> terms(WordIndex index, String text) {
        return index.stems(text, 20);
    }

    private static Query phrase(String field, List<String> terms) {
        PhraseQuery.Builder b = new PhraseQuery.Builder();
        terms.forEach(t -> b.add(new Term(field, t)));
        return b.build();
    }

    /** The same clause over every field, each weighted as the SQL weighs it; a match in any one field counts. */
    private static Query across(java.util.function.Function<String, Query> clause) {
        BooleanQuery.Builder b = new BooleanQuery.Builder();
        for (int f = 0; f < WordIndex.FIELDS.size(); f++) {
            b.add(new BoostQuery(clause.apply(WordIndex.FIELDS.get(f)), WordIndex.WEIGHTS[f]), Occur.SHOULD);
        }
        return b.build();
    }
}
