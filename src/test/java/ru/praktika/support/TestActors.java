package ru.praktika.support;

import org.springframework.security.test.web.servlet.request.SecurityMockMvcRequestPostProcessors;
import org.springframework.stereotype.Component;
import org.springframework.test.web.servlet.request.RequestPostProcessor;
import ru.praktika.organization.PraktikaPrincipal;
import ru.praktika.organization.SignIn;
import ru.praktika.shared.Actor;

/** The demo users as tests need them: as a signed-in principal for MockMvc, or as an actor for services. */
@Component
public class TestActors {

    private final SignIn signIn;

    TestActors(SignIn signIn) {
        this.signIn = signIn;
    }

    public PraktikaPrincipal principal(String username) {
        return (PraktikaPrincipal) signIn.loadUserByUsername(username);
    }

    public Actor actor(String username) {
        return principal(username).actor();
    }

    /** Signs the request in as this user (a session user of the UI). */
    public RequestPostProcessor as(String username) {
        return SecurityMockMvcRequestPostProcessors.user(principal(username));
    }
}
