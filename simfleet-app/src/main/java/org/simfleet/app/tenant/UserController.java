package org.simfleet.app.tenant;

import java.net.URI;
import java.util.List;
import org.springframework.http.ResponseEntity;
import org.springframework.security.core.annotation.AuthenticationPrincipal;
import org.springframework.web.bind.annotation.DeleteMapping;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.PatchMapping;
import org.springframework.web.bind.annotation.PathVariable;
import org.springframework.web.bind.annotation.PostMapping;
import org.springframework.web.bind.annotation.RequestBody;
import org.springframework.web.bind.annotation.RequestMapping;
import org.springframework.web.bind.annotation.RestController;

/** {@code /api/v1/users}: the caller's organisation's users; {@code me} names the caller. */
@RestController
@RequestMapping("/api/v1/users")
class UserController {

    private final UserService users;

    UserController(UserService users) {
        this.users = users;
    }

    @GetMapping
    List<UserService.User> list(@AuthenticationPrincipal Caller caller) {
        return users.list(caller);
    }

    @GetMapping("/me")
    UserService.User me(@AuthenticationPrincipal Caller caller) {
        return users.get(caller, self(caller));
    }

    @GetMapping("/{id}")
    UserService.User get(@AuthenticationPrincipal Caller caller, @PathVariable long id) {
        return users.get(caller, id);
    }

    @PostMapping
    ResponseEntity<UserService.User> create(
            @AuthenticationPrincipal Caller caller, @RequestBody UserService.CreateUser body) {
        UserService.User user = users.create(caller, body);
        return ResponseEntity.created(URI.create("/api/v1/users/" + user.id())).body(user);
    }

    @PatchMapping("/{id}")
    UserService.User update(
            @AuthenticationPrincipal Caller caller, @PathVariable long id, @RequestBody UserService.UpdateUser body) {
        return users.update(caller, id, body);
    }

    @DeleteMapping("/{id}")
    ResponseEntity<Void> delete(@AuthenticationPrincipal Caller caller, @PathVariable long id) {
        users.delete(caller, id);
        return ResponseEntity.noContent().build();
    }

    private static long self(Caller caller) {
        if (!"USER".equals(caller.actorType())) {
            throw org.simfleet.app.api.ApiException.notFound("User", "me (the caller is an application token)");
        }
        return caller.actorId();
    }
}
