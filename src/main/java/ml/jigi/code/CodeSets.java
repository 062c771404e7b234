package ml.jigi.code;

import java.util.Arrays;
import java.util.Collection;
import java.util.EnumSet;
import java.util.Set;
import java.util.stream.Collectors;

import jakarta.persistence.AttributeConverter;
import jakarta.persistence.Converter;
import ml.jigi.code.Band;
import ml.jigi.code.CodeSets;
import ml.jigi.code.Language;
import ml.jigi.code.Need;
import ml.jigi.code.Region;
import ml.jigi.code.Sector;
import ml.jigi.code.Stage;

/**
 * Sets of codes stored as comma-separated lists ("agritech,fintech"), read and written whole.
 * An empty set is the empty string. One converter per code type.
 */
public final class CodeSets {

    private CodeSets() {
    }

    public static <E extends Enum<E>> String join(Collection<E> values) {
        return values == null ? "" : values.stream().sorted().map(Enum::name).collect(Collectors.joining(","));
    }

    public static <E extends Enum<E>> EnumSet<E> split(String text, Class<E> type) {
        EnumSet<E> set = EnumSet.noneOf(type);
        if (text != null && !text.isBlank()) {
            Arrays.stream(text.split(",")).map(String::trim).filter(s -> !s.isEmpty())
                    .forEach(code -> set.add(Enum.valueOf(type, code)));
        }
        return set;
    }

    abstract static class Base<E extends Enum<E>> implements AttributeConverter<Set<E>, String> {
        private final Class<E> type;

        Base(Class<E> type) {
            this.type = type;
        }

        @Override
        public String convertToDatabaseColumn(Set<E> values) {
            return join(values);
        }

        @Override
        public Set<E> convertToEntityAttribute(String text) {
            return split(text, type);
        }
    }

    @Converter
    public static class Sectors extends Base<Sector> {
        public Sectors() {
            super(Sector.class);
        }
    }

    @Converter
    public static class Stages extends Base<Stage> {
        public Stages() {
            super(Stage.class);
        }
    }

    @Converter
    public static class Regions extends Base<Region> {
        public Regions() {
            super(Region.class);
        }
    }

    @Converter
    public static class Needs extends Base<Need> {
        public Needs() {
            super(Need.class);
        }
    }

    @Converter
    public static class Languages extends Base<Language> {
        public Languages() {
            super(Language.class);
        }
    }

    @Converter
    public static class Bands implements AttributeConverter<Band, String> {
        @Override
        public String convertToDatabaseColumn(Band band) {
            return band == null ? null : band.code();
        }

        @Override
        public Band convertToEntityAttribute(String code) {
            return code == null ? null : Band.fromCode(code);
        }
    }

}
