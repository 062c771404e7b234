package ml.jigi.file;

import java.time.Instant;

import io.quarkus.hibernate.orm.panache.PanacheEntityBase;
import jakarta.persistence.Basic;
import jakarta.persistence.Column;
import jakarta.persistence.Entity;
import jakarta.persistence.FetchType;
import jakarta.persistence.GeneratedValue;
import jakarta.persistence.GenerationType;
import jakarta.persistence.Id;
import jakarta.persistence.Lob;

/**
 * An uploaded file (logo, pitch deck, file answer), kept in the database so that every instance
 * serves it, with the account that sent it (its quota and its export).
 */
@Entity
public class StoredFile extends PanacheEntityBase {

    @Id
    @GeneratedValue(strategy = GenerationType.IDENTITY)
    public Long id;

    @Column(nullable = false, length = 64)
    public String contentType;

    @Column(nullable = false)
    public String filename;

    public int size;

    @Column(nullable = false, length = 64)
    public String sha256;

    @Lob
    @Basic(fetch = FetchType.LAZY)
    @Column(nullable = false, columnDefinition = "LONGBLOB")
    public byte[] data;

    @Column(nullable = false)
    public Instant createdAt;

    /** The account that uploaded it; null only for files stored before owners were recorded. */
    public Long ownerId;
}
