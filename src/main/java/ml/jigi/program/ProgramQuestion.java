package ml.jigi.program;

import java.util.Arrays;
import java.util.List;

import io.quarkus.hibernate.orm.panache.PanacheEntityBase;
import jakarta.persistence.Column;
import jakarta.persistence.Entity;
import jakarta.persistence.EnumType;
import jakarta.persistence.Enumerated;
import jakarta.persistence.FetchType;
import jakarta.persistence.GeneratedValue;
import jakarta.persistence.GenerationType;
import jakarta.persistence.Id;
import jakarta.persistence.JoinColumn;
import jakarta.persistence.ManyToOne;

/** A question of a program's application form; choices are one per line for choice types. */
@Entity
public class ProgramQuestion extends PanacheEntityBase {

    @Id
    @GeneratedValue(strategy = GenerationType.IDENTITY)
    public Long id;

    @ManyToOne(fetch = FetchType.LAZY, optional = false)
    @JoinColumn(name = "program_id")
    public Program program;

    @Column(nullable = false, length = 300)
    public String label;

    @Column(length = 1000)
    public String help;

    @Enumerated(EnumType.STRING)
    @Column(nullable = false, length = 16)
    public QuestionType type;

    public boolean required;

    public int position;

    @Column(columnDefinition = "TEXT")
    public String choices;

    /** The name of the answer's field in an application form. */
    public String field() {
        return "q" + id;
    }

    /** The choices as options of a select or a group of checkboxes (the text is both value and label). */
    public List<ml.jigi.web.Option> options() {
        return choiceList().stream().map(c -> new ml.jigi.web.Option(c, c)).toList();
    }

    public List<String> choiceList() {
        if (choices == null || choices.isBlank()) {
            return List.of();
        }
        return Arrays.stream(choices.split("\\R")).map(String::trim).filter(c -> !c.isEmpty()).toList();
    }
}
