package ml.jigi.application;

import java.util.List;
import java.util.Map;

import io.quarkus.arc.Arc;
import io.quarkus.narayana.jta.QuarkusTransaction;
import ml.jigi.account.Account;
import ml.jigi.program.Organization;
import ml.jigi.program.Program;
import ml.jigi.program.ProgramQuestion;
import ml.jigi.program.QuestionType;
import ml.jigi.program.RubricCriterion;
import ml.jigi.startup.Startup;
import ml.jigi.web.Dates;
import ml.jigi.web.Fixtures;

/** A program with questions and a rubric, and applications to it in any state, made through the service. */
final class ApplicationFixtures {

    record Setup(Account founder, Startup startup, Account manager, Organization org, Program program) {
    }

    private ApplicationFixtures() {
    }

    static ApplicationService service() {
        return Arc.container().instance(ApplicationService.class).get();
    }

    /** A program (open, all welcome) with a required long answer, an optional number, and a two-criterion rubric. */
    static Setup setup(String founderSubject, String managerSubject) {
        Account founder = Fixtures.account(founderSubject);
        Account manager = Fixtures.account(managerSubject);
        Startup startup = Fixtures.startup(Fixtures.unique("Candidate"), founder);
        Organization org = Fixtures.organization(Fixtures.unique("Org candidatures"), manager);
        Program program = Fixtures.program(org, Fixtures.unique("Programme candidatures"));
        QuarkusTransaction.requiringNew().run(() -> {
            Program p = Program.findById(program.id);
            p.questions.add(question(p, "Décrivez votre produit", QuestionType.long_text, true, 10));
            p.questions.add(question(p, "Combien de clients avez-vous ?", QuestionType.number, false, 20));
            p.rubric.add(criterion(p, "Équipe", 2, 5, 10));
            p.rubric.add(criterion(p, "Marché", 1, 10, 20));
        });
        return new Setup(founder, startup, manager, org,
                QuarkusTransaction.requiringNew().call(() -> Program.<Program>findById(program.id)));
    }

    static ProgramQuestion question(Program p, String label, QuestionType type, boolean required, int position) {
        ProgramQuestion q = new ProgramQuestion();
        q.program = p;
        q.label = label;
        q.type = type;
        q.required = required;
        q.position = position;
        return q;
    }

    static RubricCriterion criterion(Program p, String name, int weight, int max, int position) {
        RubricCriterion c = new RubricCriterion();
        c.program = p;
        c.name = name;
        c.weight = weight;
        c.maxScore = max;
        c.position = position;
        return c;
    }

    static List<ProgramQuestion> questions(long programId) {
        return QuarkusTransaction.requiringNew().call(() -> List.copyOf(Program.<Program>findById(programId).questions));
    }

    static List<RubricCriterion> rubric(long programId) {
        return QuarkusTransaction.requiringNew().call(() -> List.copyOf(Program.<Program>findById(programId).rubric));
    }

    /** A submitted application, its required answer given. */
    static Application submitted(Setup s) {
        Application a = service().start(s.program().id, s.startup().id, s.founder().id);
        ProgramQuestion first = questions(s.program().id).get(0);
        Application saved = service().save(a.id, s.founder().id, a.version,
                Map.of(String.valueOf(first.id), List.of("Un produit qui marche")), Map.of());
        return service().submit(a.id, s.founder().id, saved.version, Dates.today());
    }

    static Application reload(long id) {
        return QuarkusTransaction.requiringNew().call(() -> Application.<Application>findById(id));
    }
}
