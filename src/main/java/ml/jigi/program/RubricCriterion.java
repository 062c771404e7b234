package ml.jigi.program;

import io.quarkus.hibernate.orm.panache.PanacheEntityBase;
import jakarta.persistence.Column;
import jakarta.persistence.Entity;
import jakarta.persistence.FetchType;
import jakarta.persistence.GeneratedValue;
import jakarta.persistence.GenerationType;
import jakarta.persistence.Id;
import jakarta.persistence.JoinColumn;
import jakarta.persistence.ManyToOne;

/** A criterion of a program's scoring rubric: reviewers score 0..maxScore; weights make the mean. */
@Entity
public class RubricCriterion extends PanacheEntityBase {

    @Id
    @GeneratedValue(strategy = GenerationType.IDENTITY)
    public Long id;

    @ManyToOne(fetch = FetchType.LAZY, optional = false)
    @JoinColumn(name = "program_id")
    public Program program;

    @Column(nullable = false, length = 160)
    public String name;

    @Column(length = 1000)
    public String description;

    public int weight;

    public int maxScore;

    public int position;

    /** The name of this criterion's score in the review form. */
    public String scoreField() {
        return "score" + id;
    }
}
