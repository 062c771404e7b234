package ml.jigi.networking;

import java.util.List;

import io.quarkus.qute.CheckedTemplate;
import io.quarkus.qute.RawString;
import io.quarkus.qute.TemplateInstance;
import jakarta.enterprise.context.ApplicationScoped;
import jakarta.inject.Inject;
import ml.jigi.account.Account;
import ml.jigi.account.CurrentUser;
import ml.jigi.startup.Startup;
import ml.jigi.startup.StartupPagePanel;
import ml.jigi.web.UiLocale;

/**
 * On a startup's public page, for a logged-in manager or partner: the form to ask for an
 * introduction, or where their request stands (and, once accepted, the founder's name and email),
 * or that the startup accepts none. Nothing for anyone else.
 */
@ApplicationScoped
public class IntroductionPanel implements StartupPagePanel {

    @CheckedTemplate
    static class Templates {
        static native TemplateInstance panel(Startup startup, Introduction last, Account contact, ml.jigi.web.Form form,
                List<ml.jigi.web.Option> organizations);
    }

    @Inject
    CurrentUser user;

    @Inject
    UiLocale ui;

    @Override
    public RawString render(Startup startup) {
        if (!user.isLoggedIn() || !(user.isManager() || user.isPartner()) || startup.isOwnedBy(user.id())) {
            return new RawString("");
        }
        Introduction last = Introduction.<Introduction>find("requesterId = ?1 and startupId = ?2 order by createdAt desc, id desc",
                user.id(), startup.id).firstResult();
        Account contact = last != null && last.status == IntroductionStatus.accepted ? Account.findById(last.answeredBy) : null;
        List<ml.jigi.program.Organization> mine = OrganizationPartner.of(user.id());
        ml.jigi.web.Form form = ui.form();
        if (mine.size() == 1) {
            form.set("organization", mine.get(0).id);
        }
        return new RawString(Templates.panel(startup, last, contact, form, IntroductionResource.options(mine)).render());
    }
}
