package org.simfleet.app.tenant;

import org.simfleet.app.api.ApiException;
import org.springframework.stereotype.Service;

/**
 * What the portal needs from tenant beyond the API's services: a signed-in person changes their own
 * password only after giving the current one, as a stolen session alone must not be enough to lock
 * the owner out.
 */
@Service
public class PortalAccounts {

    private final AuthenticationService authentication;
    private final UserService users;

    PortalAccounts(AuthenticationService authentication, UserService users) {
        this.authentication = authentication;
        this.users = users;
    }

    /** Throws 422 on {@code current_password} when it is wrong, or on {@code password} when the new one is. */
    public void changeOwnPassword(Caller caller, String currentPassword, String newPassword) {
        if (caller.actorId() == null || !"USER".equals(caller.actorType())) {
            throw ApiException.forbidden("Only a signed-in user has a password to change");
        }
        try {
            authentication.checkPassword(caller.actorName(), currentPassword, caller.sourceIp());
        } catch (ApiException e) {
            throw ApiException.invalid("current_password", "is not your current password");
        }
        if (newPassword == null || newPassword.isEmpty()) {
            throw ApiException.invalid("password", "is required");
        }
        users.update(caller, caller.actorId(), new UserService.UpdateUser(null, null, null, newPassword));
    }
}
