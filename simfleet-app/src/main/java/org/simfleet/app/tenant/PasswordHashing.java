package org.simfleet.app.tenant;

import org.springframework.context.annotation.Bean;
import org.springframework.context.annotation.Configuration;
import org.springframework.security.crypto.argon2.Argon2PasswordEncoder;
import org.springframework.security.crypto.password.PasswordEncoder;

/**
 * Argon2id (RFC 9106) for user passwords. The parameters are OWASP's second recommended set
 * (m=19 MiB, t=2, p=1): about 30 ms per hash on one core here, slow for guessing, fast enough for
 * logins.
 */
@Configuration
class PasswordHashing {

    @Bean
    PasswordEncoder passwordEncoder() {
        return new Argon2PasswordEncoder(16, 32, 1, 19 * 1024, 2);
    }
}
