package ml.jigi.program;

import java.io.Serializable;
import java.time.Instant;
import java.util.Objects;

import io.quarkus.hibernate.orm.panache.PanacheEntityBase;
import jakarta.persistence.Column;
import jakarta.persistence.Entity;
import jakarta.persistence.Id;
import jakarta.persistence.IdClass;

/** A manager account in an organization's team. */
@Entity
@IdClass(OrganizationManager.Key.class)
public class OrganizationManager extends PanacheEntityBase {

    @Id
    public Long organizationId;

    @Id
    public Long accountId;

    @Column(nullable = false)
    public Instant since;

    public static OrganizationManager of(long organizationId, long accountId, Instant since) {
        OrganizationManager manager = new OrganizationManager();
        manager.organizationId = organizationId;
        manager.accountId = accountId;
        manager.since = since;
        return manager;
    }

    public static boolean manages(long accountId, long organizationId) {
        return count("accountId = ?1 and organizationId = ?2", accountId, organizationId) > 0;
    }

    public static class Key implements Serializable {
        public Long organizationId;
        public Long accountId;

        @Override
        public boolean equals(Object other) {
            return other instanceof Key key && Objects.equals(organizationId, key.organizationId)
                    && Objects.equals(accountId, key.accountId);
        }

        @Override
        public int hashCode() {
            return Objects.hash(organizationId, accountId);
        }
    }
}
