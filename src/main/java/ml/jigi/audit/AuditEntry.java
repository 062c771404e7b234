package ml.jigi.audit;

import java.time.Instant;

import io.quarkus.hibernate.orm.panache.PanacheEntityBase;
import jakarta.persistence.Column;
import jakarta.persistence.Entity;
import jakarta.persistence.GeneratedValue;
import jakarta.persistence.GenerationType;
import jakarta.persistence.Id;
import jakarta.persistence.Table;

/** One decision in the audit trail: who (an account id), what, on which object, when, details. Never changed. */
@Entity
@Table(name = "audit_entry")
public class AuditEntry extends PanacheEntityBase {

    @Id
    @GeneratedValue(strategy = GenerationType.IDENTITY)
    public Long id;

    @Column(nullable = false)
    public Instant at;

    public Long actorId;

    @Column(nullable = false, length = 40)
    public String action;

    @Column(nullable = false, length = 20)
    public String objectType;

    public Long objectId;

    @Column(length = 2000)
    public String details;
}
