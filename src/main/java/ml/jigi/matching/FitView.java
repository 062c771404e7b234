package ml.jigi.matching;

import java.time.LocalDate;
import java.util.List;

import io.quarkus.qute.TemplateData;
import jakarta.enterprise.context.RequestScoped;
import jakarta.inject.Inject;
import ml.jigi.account.CurrentUser;
import ml.jigi.program.Program;
import ml.jigi.startup.Startup;
import ml.jigi.web.UiLocale;

/** The logged-in founder's fit for a program, per startup, as the program page shows it beside "Postuler". */
@TemplateData
public record FitView(Startup startup, int total, boolean eligible, List<ReasonTexts.Line> why,
        List<ReasonTexts.Line> missing, boolean customWeights) {

    /** Makes the fits of the current user: none for a visitor or someone without a startup. */
    @RequestScoped
    public static class Maker implements ml.jigi.program.ProgramPagePanel {

        @io.quarkus.qute.CheckedTemplate(basePath = "ProgramFit")
        static class Templates {
            static native io.quarkus.qute.TemplateInstance panel(List<FitView> fits);
        }

        @Override
        public io.quarkus.qute.RawString render(Program program, LocalDate today) {
            List<FitView> fits = of(program, today);
            return new io.quarkus.qute.RawString(fits.isEmpty() ? "" : Templates.panel(fits).render());
        }

        @Inject
        CurrentUser user;

        @Inject
        UiLocale ui;

        @Inject
        MatchService matches;

        public List<FitView> of(Program program, LocalDate today) {
            if (!user.isLoggedIn() || !user.isFounder()) {
                return List.of();
            }
            List<Startup> owned = Startup.ownedBy(user.id());
            if (owned.isEmpty()) {
                return List.of();
            }
            ReasonTexts texts = MatchViews.texts(ui);
            return owned.stream().map(s -> {
                MatchService.ProgramMatch m = matches.fit(s, program, today);
                return new FitView(s, m.result().total(), m.result().eligible(), texts.lines(m.result().top(3)),
                        texts.lines(m.result().blocking()), m.customWeights());
            }).toList();
        }
    }
}
