package org.plantrace.web.account;

import jakarta.annotation.PostConstruct;
import jakarta.faces.application.FacesMessage;
import jakarta.faces.context.FacesContext;
import jakarta.faces.view.ViewScoped;
import jakarta.inject.Inject;
import jakarta.inject.Named;
import java.io.Serializable;
import java.time.Instant;
import java.util.ArrayList;
import java.util.EnumSet;
import java.util.List;
import java.util.Set;
import org.plantrace.application.account.AccountException;
import org.plantrace.application.account.AccountService;
import org.plantrace.domain.account.Action;
import org.plantrace.domain.account.Role;
import org.plantrace.web.i18n.Texts;

/**
 * {@code /admin/accounts.xhtml}, for {@link Action#MANAGE_ACCOUNTS}: every account with its roles
 * and lock state; create an account; for the account chosen with {@code ?user=…}, change roles,
 * unlock, set a one-time password. The chosen username is kept with the view (on the server), so a
 * button acts on the account the form was shown for; every action is checked again by
 * {@link AccountService}.
 */
@Named("accountsPage")
@ViewScoped
public class AccountsPage implements Serializable {
    private static final long serialVersionUID = 1L;

    @Inject
    AccountService accounts;
    @Inject
    CurrentUser user;
    @Inject
    AccountChanges changes;

    private List<AccountRow> rows = List.of();
    private String newUsername;
    private String newDisplayName;
    private List<String> newRoles = new ArrayList<>();
    private String newPassword;
    private String selected;
    private List<String> editRoles = new ArrayList<>();
    private String resetTo;

    /** Refuses everyone but admins before anything is read (403). */
    @PostConstruct
    void load() {
        user.require(Action.MANAGE_ACCOUNTS);
        reload();
    }

    /**
     * The page's view action: creates the bean, and with it the check above, before any of the page
     * is written, so that a refusal can still become a clean 403.
     */
    public void check() {
        user.require(Action.MANAGE_ACCOUNTS);
    }

    private void reload() {
        Instant now = Instant.now();
        rows = accounts.list(user.actor()).stream().map(a -> new AccountRow(a, now)).toList();
    }

    public List<AccountRow> getRows() {
        return rows;
    }

    /** The roles an admin can give, for the check boxes: value is the enum name, label Chinese. */
    public List<Role> getAllRoles() {
        return List.of(Role.values());
    }

    public void create() {
        char[] password = newPassword == null ? new char[0] : newPassword.toCharArray();
        newPassword = null;
        try {
            var created = accounts.create(user.actor(), newUsername, newDisplayName, roles(newRoles), password);
            info(Texts.get(faces(), "accounts.created", created.username()));
            newUsername = null;
            newDisplayName = null;
            newRoles = new ArrayList<>();
            reload();
        } catch (AccountException e) {
            e.explanations().forEach(m -> error(Texts.say(m)));
        } finally {
            java.util.Arrays.fill(password, '\0');
        }
    }

    /** The account chosen for editing ({@code ?user=…}), or null. */
    public AccountRow getSelectedRow() {
        return rows.stream().filter(r -> r.getUsername().equals(selected)).findFirst().orElse(null);
    }

    public String getSelected() {
        return selected;
    }

    /** Set from {@code ?user=…} when the page is opened: the edit form below the list is for it. */
    public void setSelected(String selected) {
        // a postback sets it again to the same value; the roles being edited must survive that
        if (!java.util.Objects.equals(this.selected, selected)) {
            this.selected = selected;
            AccountRow row = getSelectedRow();
            editRoles = row == null ? new ArrayList<>() : new ArrayList<>(row.getRoleNames());
        }
    }

    public void saveRoles() {
        try {
            accounts.setRoles(user.actor(), selected, roles(editRoles));
            changes.changed(selected);
            info(Texts.get(faces(), "accounts.rolesSaved", selected));
        } catch (AccountException e) {
            e.explanations().forEach(m -> error(Texts.say(m)));
        }
        reload();
    }

    public void unlock() {
        try {
            accounts.unlock(user.actor(), selected);
            info(Texts.get(faces(), "accounts.unlocked", selected));
        } catch (AccountException e) {
            e.explanations().forEach(m -> error(Texts.say(m)));
        }
        reload();
    }

    public void resetPassword() {
        char[] password = resetTo == null ? new char[0] : resetTo.toCharArray();
        resetTo = null;
        try {
            accounts.resetPassword(user.actor(), selected, password);
            changes.changed(selected);
            info(Texts.get(faces(), "accounts.passwordReset", selected));
        } catch (AccountException e) {
            e.explanations().forEach(m -> error(Texts.say(m)));
        } finally {
            java.util.Arrays.fill(password, '\0');
        }
        reload();
    }

    public List<String> getEditRoles() {
        return editRoles;
    }

    public void setEditRoles(List<String> editRoles) {
        this.editRoles = editRoles == null ? new ArrayList<>() : new ArrayList<>(editRoles);
    }

    public String getResetTo() {
        return null;
    }

    public void setResetTo(String resetTo) {
        this.resetTo = resetTo;
    }

    private static Set<Role> roles(List<String> names) {
        Set<Role> roles = EnumSet.noneOf(Role.class);
        if (names != null) {
            for (String name : names) {
                // the check boxes only offer Role names; anything else is a forged request and is dropped
                for (Role r : Role.values()) {
                    if (r.name().equals(name)) {
                        roles.add(r);
                    }
                }
            }
        }
        return roles;
    }

    private static FacesContext faces() {
        return FacesContext.getCurrentInstance();
    }

    private static void info(String text) {
        faces().addMessage(null, new FacesMessage(FacesMessage.SEVERITY_INFO, text, null));
    }

    private static void error(String text) {
        faces().addMessage(null, new FacesMessage(FacesMessage.SEVERITY_ERROR, text, null));
    }

    public String getNewUsername() {
        return newUsername;
    }

    public void setNewUsername(String newUsername) {
        this.newUsername = newUsername;
    }

    public String getNewDisplayName() {
        return newDisplayName;
    }

    public void setNewDisplayName(String newDisplayName) {
        this.newDisplayName = newDisplayName;
    }

    public List<String> getNewRoles() {
        return newRoles;
    }

    public void setNewRoles(List<String> newRoles) {
        this.newRoles = newRoles == null ? new ArrayList<>() : new ArrayList<>(newRoles);
    }

    public String getNewPassword() {
        return null;
    }

    public void setNewPassword(String newPassword) {
        this.newPassword = newPassword;
    }
}
