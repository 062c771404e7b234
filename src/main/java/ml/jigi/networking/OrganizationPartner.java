package ml.jigi.networking;

import java.time.Instant;
import java.util.List;

import io.quarkus.hibernate.orm.panache.PanacheEntityBase;
import jakarta.persistence.Column;
import jakarta.persistence.Entity;
import jakarta.persistence.Id;
import jakarta.persistence.IdClass;
import ml.jigi.program.Organization;
import ml.jigi.program.OrganizationManager;

/** A partner of an investor, corporate or mentor-network organization: may ask startups for introductions. */
@Entity
@IdClass(OrganizationManager.Key.class) // the same key: an organization and an account
public class OrganizationPartner extends PanacheEntityBase {

    @Id
    public Long organizationId;

    @Id
    public Long accountId;

    @Column(nullable = false)
    public Instant since;

    public static OrganizationPartner of(long organizationId, long accountId, Instant since) {
        OrganizationPartner p = new OrganizationPartner();
        p.organizationId = organizationId;
        p.accountId = accountId;
        p.since = since;
        return p;
    }

    public static boolean partners(long accountId, long organizationId) {
        return count("accountId = ?1 and organizationId = ?2", accountId, organizationId) > 0;
    }

    /** The organizations on whose behalf this account may ask for introductions: those it manages or partners. */
    public static List<Organization> of(long accountId) {
        return Organization.list("moderationStatus = ?2 and (id in (select m.organizationId from OrganizationManager m "
                + "where m.accountId = ?1) or id in (select p.organizationId from OrganizationPartner p where p.accountId = ?1)) "
                + "order by name", accountId, ml.jigi.code.ModerationStatus.approved);
    }
}
