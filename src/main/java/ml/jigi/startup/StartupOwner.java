package ml.jigi.startup;

import java.io.Serializable;
import java.time.Instant;
import java.util.Objects;

import io.quarkus.hibernate.orm.panache.PanacheEntityBase;
import jakarta.persistence.Column;
import jakarta.persistence.Entity;
import jakarta.persistence.Id;
import jakarta.persistence.IdClass;

/** A founder account owning a startup; a startup may have several, a founder several startups. */
@Entity
@IdClass(StartupOwner.Key.class)
public class StartupOwner extends PanacheEntityBase {

    @Id
    public Long startupId;

    @Id
    public Long accountId;

    @Column(nullable = false)
    public Instant since;

    public static StartupOwner of(long startupId, long accountId, Instant since) {
        StartupOwner owner = new StartupOwner();
        owner.startupId = startupId;
        owner.accountId = accountId;
        owner.since = since;
        return owner;
    }

    public static class Key implements Serializable {
        public Long startupId;
        public Long accountId;

        @Override
        public boolean equals(Object other) {
            return other instanceof Key key && Objects.equals(startupId, key.startupId)
                    && Objects.equals(accountId, key.accountId);
        }

        @Override
        public int hashCode() {
            return Objects.hash(startupId, accountId);
        }
    }
}
