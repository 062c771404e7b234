package ml.jigi.moderation;

import java.time.Instant;

import jakarta.enterprise.context.ApplicationScoped;
import jakarta.inject.Inject;
import jakarta.transaction.Transactional;
import jakarta.ws.rs.NotFoundException;
import ml.jigi.account.Account;
import ml.jigi.account.AccountStatus;
import ml.jigi.account.CurrentUser;
import ml.jigi.account.KeycloakUsers;
import ml.jigi.account.LoginSessions;
import ml.jigi.audit.Audit;
import ml.jigi.program.Organization;
import ml.jigi.program.OrganizationManager;

/**
 * An administrator's changes to people: make someone a manager of an organization or take it away,
 * disable or enable an account. The database change and the audit entry are one transaction, written
 * (flushed) first; Keycloak is called last inside it: if Keycloak refuses, nothing is saved here
 * either. The callers forget the cached account once the transaction has committed.
 */
@ApplicationScoped
public class UserAdmin {

    @Inject
    KeycloakUsers keycloak;

    @Inject
    LoginSessions sessions;

    @Inject
    Audit audit;

    /** Adds the account to the organization's managers and gives it the manager role in Keycloak. */
    @Transactional
    public void makeManager(long accountId, long organizationId, long adminId) {
        Account a = active(accountId);
        Organization org = Organization.<Organization>findByIdOptional(organizationId).orElseThrow(NotFoundException::new);
        if (!OrganizationManager.manages(a.id, org.id)) {
            OrganizationManager.of(org.id, a.id, Instant.now()).persist();
        }
        audit.record(adminId, "user.manager_add", "account", a.id, "organization " + org.slug);
        Account.getEntityManager().flush(); // any error here comes before Keycloak is touched
        keycloak.grant(a.keycloakSubject, CurrentUser.MANAGER);
    }

    /** Takes the account off the organization's managers; with no organization left, the manager role goes too. */
    @Transactional
    public void removeManager(long accountId, long organizationId, long adminId) {
        Account a = Account.<Account>findByIdOptional(accountId).orElseThrow(NotFoundException::new);
        Organization org = Organization.<Organization>findByIdOptional(organizationId).orElseThrow(NotFoundException::new);
        long removed = OrganizationManager.delete("accountId = ?1 and organizationId = ?2", a.id, org.id);
        if (removed == 0) {
            return;
        }
        audit.record(adminId, "user.manager_remove", "account", a.id, "organization " + org.slug);
        if (OrganizationManager.count("accountId", a.id) == 0) {
            Account.getEntityManager().flush();
            keycloak.revoke(a.keycloakSubject, CurrentUser.MANAGER);
        }
    }

    /** Adds the account to an investor's, corporate's or mentor network's partners and gives it the partner role. */
    @Transactional
    public void makePartner(long accountId, long organizationId, long adminId) {
        Account a = active(accountId);
        Organization org = Organization.<Organization>findByIdOptional(organizationId).orElseThrow(NotFoundException::new);
        if (!org.kind.hasPartners()) {
            throw new NotFoundException();
        }
        if (!ml.jigi.networking.OrganizationPartner.partners(a.id, org.id)) {
            ml.jigi.networking.OrganizationPartner.of(org.id, a.id, Instant.now()).persist();
        }
        audit.record(adminId, "user.partner_add", "account", a.id, "organization " + org.slug);
        Account.getEntityManager().flush();
        keycloak.grant(a.keycloakSubject, CurrentUser.PARTNER);
    }

    /** Takes the account off the organization's partners; with no organization left, the partner role goes too. */
    @Transactional
    public void removePartner(long accountId, long organizationId, long adminId) {
        Account a = Account.<Account>findByIdOptional(accountId).orElseThrow(NotFoundException::new);
        Organization org = Organization.<Organization>findByIdOptional(organizationId).orElseThrow(NotFoundException::new);
        long removed = ml.jigi.networking.OrganizationPartner.delete("accountId = ?1 and organizationId = ?2", a.id, org.id);
        if (removed == 0) {
            return;
        }
        audit.record(adminId, "user.partner_remove", "account", a.id, "organization " + org.slug);
        if (ml.jigi.networking.OrganizationPartner.count("accountId", a.id) == 0) {
            Account.getEntityManager().flush();
            keycloak.revoke(a.keycloakSubject, CurrentUser.PARTNER);
        }
    }

    /** Disables (no login, sessions ended, every page refused) or enables an account. */
    @Transactional
    public void setEnabled(long accountId, boolean enabled, long adminId) {
        Account a = Account.<Account>findByIdOptional(accountId).orElseThrow(NotFoundException::new);
        if (a.status == AccountStatus.deleted || a.id == adminId) {
            throw new NotFoundException(); // a closed account stays closed; an administrator cannot lock themselves out
        }
        a.status = enabled ? AccountStatus.active : AccountStatus.disabled;
        audit.record(adminId, enabled ? "user.enable" : "user.disable", "account", a.id, null);
        Account.getEntityManager().flush();
        keycloak.setEnabled(a.keycloakSubject, enabled);
        if (!enabled) {
            sessions.endAll(a.keycloakSubject); // here at once, on the other instances within a second: not when the access token expires
        }
    }

    private static Account active(long accountId) {
        Account a = Account.<Account>findByIdOptional(accountId).orElseThrow(NotFoundException::new);
        if (a.status != AccountStatus.active) {
            throw new NotFoundException();
        }
        return a;
    }
}
