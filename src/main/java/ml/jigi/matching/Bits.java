package ml.jigi.matching;

import java.util.Collection;
import java.util.EnumSet;

/** Sets of codes as bits of an int (no code list is longer than 32): intersections are one AND. */
final class Bits {

    private Bits() {
    }

    static <E extends Enum<E>> int of(Collection<E> values) {
        int bits = 0;
        for (E value : values) {
            bits |= 1 << value.ordinal();
        }
        return bits;
    }

    static <E extends Enum<E>> EnumSet<E> set(int bits, Class<E> type) {
        EnumSet<E> set = EnumSet.noneOf(type);
        for (E value : type.getEnumConstants()) {
            if ((bits & (1 << value.ordinal())) != 0) {
                set.add(value);
            }
        }
        return set;
    }

    static boolean has(int bits, Enum<?> value) {
        return (bits & (1 << value.ordinal())) != 0;
    }
}
