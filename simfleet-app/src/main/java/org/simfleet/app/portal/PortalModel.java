package org.simfleet.app.portal;

import org.simfleet.app.tenant.Caller;
import org.simfleet.app.tenant.Role;
import org.springframework.security.core.annotation.AuthenticationPrincipal;
import org.springframework.web.bind.annotation.ControllerAdvice;
import org.springframework.web.bind.annotation.ModelAttribute;

/** What every page's layout needs: who is signed in and what they may do, to show or hide actions. */
@ControllerAdvice(basePackageClasses = PortalModel.class)
class PortalModel {

    @ModelAttribute("me")
    Caller me(@AuthenticationPrincipal Caller caller) {
        return caller;
    }

    @ModelAttribute("canWrite")
    boolean canWrite(@AuthenticationPrincipal Caller caller) {
        return caller != null && caller.role().canWrite();
    }

    @ModelAttribute("isAdmin")
    boolean isAdmin(@AuthenticationPrincipal Caller caller) {
        return caller != null && caller.role() == Role.ADMIN;
    }
}
