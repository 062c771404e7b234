package ml.jigi.application;

import java.time.Instant;
import java.util.List;

import io.quarkus.hibernate.orm.panache.PanacheEntityBase;
import jakarta.persistence.Column;
import jakarta.persistence.Entity;
import jakarta.persistence.EnumType;
import jakarta.persistence.Enumerated;
import jakarta.persistence.GeneratedValue;
import jakarta.persistence.GenerationType;
import jakarta.persistence.Id;

/** A step of an application's timeline; internal notes are for the managers only. */
@Entity
public class ApplicationEvent extends PanacheEntityBase {

    @Id
    @GeneratedValue(strategy = GenerationType.IDENTITY)
    public Long id;

    @Column(nullable = false)
    public Long applicationId;

    public Long actorId;

    @Enumerated(EnumType.STRING)
    @Column(length = 16)
    public ApplicationStatus fromStatus;

    @Enumerated(EnumType.STRING)
    @Column(nullable = false, length = 16)
    public ApplicationStatus toStatus;

    @Column(length = 4000)
    public String note;

    public boolean internal;

    @Column(nullable = false)
    public Instant at;

    public static List<ApplicationEvent> timeline(long applicationId, boolean withInternal) {
        return withInternal ? list("applicationId = ?1 order by at, id", applicationId)
                : list("applicationId = ?1 and internal = false order by at, id", applicationId);
    }
}
