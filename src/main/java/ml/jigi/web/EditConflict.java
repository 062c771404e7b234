package ml.jigi.web;

/** Someone saved the same record since the form was loaded: the caller shows the form again, input kept. */
public class EditConflict extends RuntimeException {

    public EditConflict() {
        super("The record changed since the form was loaded", null, false, false);
    }

    /** Writes now, so that a concurrent save shows as a conflict here rather than a failure at commit. */
    public static void flush(jakarta.persistence.EntityManager em) {
        try {
            em.flush();
        } catch (jakarta.persistence.OptimisticLockException e) {
            throw new EditConflict();
        }
    }

    /** Throws when the version the form was loaded with is not the saved one. */
    public static void check(long formVersion, long savedVersion) {
        if (formVersion != savedVersion) {
            throw new EditConflict();
        }
    }
}
