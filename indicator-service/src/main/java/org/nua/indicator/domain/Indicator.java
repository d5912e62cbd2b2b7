package org.nua.indicator.domain;

import java.math.BigDecimal;
import java.text.Normalizer;
import java.time.Instant;
import java.util.ArrayList;
import java.util.Collection;
import java.util.Comparator;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Set;
import java.util.TreeMap;
import java.util.TreeSet;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

import jakarta.persistence.CollectionTable;
import jakarta.persistence.Column;
import jakarta.persistence.ElementCollection;
import jakarta.persistence.Entity;
import jakarta.persistence.EnumType;
import jakarta.persistence.Enumerated;
import jakarta.persistence.FetchType;
import jakarta.persistence.GeneratedValue;
import jakarta.persistence.GenerationType;
import jakarta.persistence.Id;
import jakarta.persistence.JoinColumn;
import jakarta.persistence.Table;
import jakarta.persistence.Version;

import org.hibernate.annotations.Fetch;
import org.hibernate.annotations.FetchMode;
import org.hibernate.annotations.JdbcTypeCode;
import org.hibernate.type.SqlTypes;

/** One indicator of the catalogue, identified by its code (for example {@code 11.6.2}). */
@Entity
@Table(name = "indicator")
public class Indicator {

    /** What an indicator code may look like: an SDG code (11.6.2), a UN series or a national code. */
    public static final String CODE_PATTERN = "[A-Za-z0-9][A-Za-z0-9._-]{0,63}";
    public static final Pattern CODE = Pattern.compile(CODE_PATTERN);

    /** Arabic diacritics (tashkeel) and the tatweel, which a searcher rarely types. */
    private static final Pattern ARABIC_MARKS = Pattern.compile("[\\u064B-\\u065F\\u0670\\u0640]");
    private static final Pattern COMBINING_MARKS = Pattern.compile("\\p{M}+");
    private static final Pattern NUMBERS_AND_TEXT = Pattern.compile("\\d+|\\D+");

    @Id
    @GeneratedValue(strategy = GenerationType.IDENTITY)
    private Long id;

    @Column(nullable = false, unique = true, updatable = false)
    private String code;

    @Column(name = "framework_code")
    private String framework;

    @Column(name = "goal_code")
    private String goal;

    @Column(name = "target_code")
    private String target;

    /** Language tag (en, ar, es, ...) to name; English is always present. */
    @JdbcTypeCode(SqlTypes.JSON)
    @Column(nullable = false)
    private Map<String, String> names;

    @JdbcTypeCode(SqlTypes.JSON)
    @Column(name = "name_sources", nullable = false)
    private Map<String, TranslationSource> nameSources;

    @JdbcTypeCode(SqlTypes.JSON)
    @Column(nullable = false)
    private Map<String, String> descriptions;

    @Column(nullable = false)
    private String unit;

    @Enumerated(EnumType.STRING)
    @Column(name = "value_type", nullable = false)
    private ValueType valueType;

    @Enumerated(EnumType.STRING)
    @Column(name = "desired_direction")
    private DesiredDirection desiredDirection;

    @Column(name = "direction_source")
    private String directionSource;

    @Column(name = "min_value")
    private BigDecimal minValue;

    @Column(name = "max_value")
    private BigDecimal maxValue;

    @Column(name = "target_value")
    private BigDecimal targetValue;

    @Column(name = "target_year")
    private Short targetYear;

    @Column(name = "target_source")
    private String targetSource;

    @Column(name = "target_is_convention", nullable = false)
    private boolean targetIsConvention;

    @Column(name = "custodian_agency")
    private String custodianAgency;

    private String tier;

    @JdbcTypeCode(SqlTypes.JSON)
    @Column(nullable = false)
    private List<Priority> priorities;

    @JdbcTypeCode(SqlTypes.JSON)
    @Column(nullable = false)
    private List<String> dimensions;

    @JdbcTypeCode(SqlTypes.JSON)
    @Column(name = "related_indicators", nullable = false)
    private List<String> relatedIndicators;

    // A listing loads a page of indicators at once: fetch their collections in one query, not one per indicator.
    @ElementCollection(fetch = FetchType.EAGER)
    @Fetch(FetchMode.SUBSELECT)
    @CollectionTable(name = "indicator_alias", joinColumns = @JoinColumn(name = "indicator_id"))
    @Column(name = "alias")
    private Set<String> aliases = new TreeSet<>();

    @ElementCollection(fetch = FetchType.EAGER)
    @Fetch(FetchMode.SUBSELECT)
    @CollectionTable(name = "indicator_series", joinColumns = @JoinColumn(name = "indicator_id"))
    private Set<Series> series = new LinkedHashSet<>();

    @Enumerated(EnumType.STRING)
    @Column(nullable = false)
    private IndicatorStatus status;

    /** The code with each number zero-padded, so that 3.6.1 sorts before 11.1.1. */
    @Column(name = "sort_key", nullable = false)
    private String sortKey;

    /** Every name and code, lower-cased and stripped of marks, so a search matches whatever was typed. */
    @Column(name = "search_text", nullable = false)
    private String searchText;

    /** Optimistic lock and the catalogue version of this indicator that events carry. */
    @Version
    @Column(nullable = false)
    private int version;

    @Column(name = "created_at", nullable = false, updatable = false)
    private Instant createdAt;

    @Column(name = "updated_at", nullable = false)
    private Instant updatedAt;

    protected Indicator() {
    }

    public Indicator(String code, IndicatorStatus status, IndicatorDefinition definition, Instant now) {
        this.code = code;
        this.sortKey = sortKey(code);
        this.status = status;
        this.createdAt = now;
        apply(definition, now);
    }

    /** Replaces everything an editor states about the indicator. */
    public void redefine(IndicatorDefinition definition, Instant now) {
        apply(definition, now);
    }

    public void changeStatus(IndicatorStatus status, Instant now) {
        this.status = status;
        this.updatedAt = now;
    }

    private void apply(IndicatorDefinition d, Instant now) {
        this.framework = d.framework();
        this.goal = d.goal();
        this.target = d.target();
        this.names = new TreeMap<>(d.names());
        this.nameSources = new TreeMap<>(d.nameSources());
        this.descriptions = new TreeMap<>(d.descriptions());
        this.unit = d.unit();
        this.valueType = d.valueType();
        this.desiredDirection = d.desiredDirection();
        this.directionSource = d.directionSource();
        this.minValue = d.minValue();
        this.maxValue = d.maxValue();
        this.targetValue = d.targetValue();
        this.targetYear = d.targetYear() == null ? null : d.targetYear().shortValue();
        this.targetSource = d.targetSource();
        this.targetIsConvention = d.targetIsConvention();
        this.custodianAgency = d.custodianAgency();
        this.tier = d.tier();
        this.priorities = d.priorities().stream().sorted().toList();
        this.dimensions = d.dimensions().stream().sorted().toList();
        this.relatedIndicators = d.relatedIndicators().stream().sorted().toList();
        this.aliases.clear();
        this.aliases.addAll(d.aliases());
        this.series.clear();
        d.series().stream().sorted(Comparator.comparing(Series::code)).forEach(this.series::add);
        this.searchText = searchable(code, this.aliases, this.names.values());
        this.updatedAt = now;
    }

    /** Lower-cased, without diacritics or Arabic vowel marks, with the alef forms made one. */
    public static String normalizeForSearch(String text) {
        String lower = text.toLowerCase(Locale.ROOT);
        String bare = COMBINING_MARKS.matcher(Normalizer.normalize(lower, Normalizer.Form.NFD)).replaceAll("");
        bare = ARABIC_MARKS.matcher(bare).replaceAll("");
        return Normalizer.normalize(bare, Normalizer.Form.NFC)
            .replace('أ', 'ا').replace('إ', 'ا').replace('آ', 'ا').replace('ٱ', 'ا')
            .replace('ى', 'ي').replace('ة', 'ه');
    }

    static String sortKey(String code) {
        StringBuilder key = new StringBuilder();
        Matcher m = NUMBERS_AND_TEXT.matcher(code.toLowerCase(Locale.ROOT));
        while (m.find()) {
            String part = m.group();
            key.append(Character.isDigit(part.charAt(0)) ? "0".repeat(Math.max(0, 6 - part.length())) + part : part);
        }
        return key.toString();
    }

    private static String searchable(String code, Set<String> aliases, Collection<String> names) {
        List<String> parts = new ArrayList<>();
        parts.add(code);
        parts.addAll(aliases);
        parts.addAll(names);
        return normalizeForSearch(String.join(" \u001f ", parts));
    }

    public IndicatorDefinition definition() {
        return new IndicatorDefinition(framework, goal, target, names, nameSources, descriptions, unit, valueType,
            desiredDirection, directionSource, minValue, maxValue, targetValue,
            targetYear == null ? null : targetYear.intValue(), targetSource, targetIsConvention, custodianAgency,
            tier, Set.copyOf(priorities), aliases, List.copyOf(series), Set.copyOf(dimensions),
            Set.copyOf(relatedIndicators));
    }

    public Long id() {
        return id;
    }

    public String code() {
        return code;
    }

    public Map<String, String> names() {
        return Map.copyOf(names);
    }

    public String unit() {
        return unit;
    }

    public DesiredDirection desiredDirection() {
        return desiredDirection;
    }

    public IndicatorStatus status() {
        return status;
    }

    public int version() {
        return version;
    }

    public Instant createdAt() {
        return createdAt;
    }

    public Instant updatedAt() {
        return updatedAt;
    }
}
