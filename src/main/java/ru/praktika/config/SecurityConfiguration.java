package ru.praktika.config;

import jakarta.servlet.http.HttpServletRequest;
import jakarta.servlet.http.HttpServletResponse;
import org.springframework.boot.autoconfigure.condition.ConditionalOnWebApplication;
import org.springframework.context.ApplicationEventPublisher;
import org.springframework.context.annotation.Bean;
import org.springframework.context.annotation.Configuration;
import org.springframework.core.annotation.Order;
import org.springframework.http.HttpHeaders;
import org.springframework.http.HttpMethod;
import org.springframework.http.HttpStatus;
import org.springframework.security.authentication.AuthenticationManager;
import org.springframework.security.authentication.AuthenticationProvider;
import org.springframework.security.authentication.DefaultAuthenticationEventPublisher;
import org.springframework.security.authentication.LockedException;
import org.springframework.security.authentication.ProviderManager;
import org.springframework.security.authentication.dao.DaoAuthenticationProvider;
import org.springframework.security.config.annotation.web.builders.HttpSecurity;
import org.springframework.security.config.http.SessionCreationPolicy;
import org.springframework.security.core.Authentication;
import org.springframework.security.crypto.password.PasswordEncoder;
import org.springframework.security.web.SecurityFilterChain;
import org.springframework.security.web.authentication.AuthenticationFailureHandler;
import org.springframework.security.web.authentication.www.BasicAuthenticationFilter;
import org.springframework.security.web.context.DelegatingSecurityContextRepository;
import org.springframework.security.web.context.HttpSessionSecurityContextRepository;
import org.springframework.security.web.context.RequestAttributeSecurityContextRepository;
import org.springframework.security.web.header.writers.ReferrerPolicyHeaderWriter;
import ru.praktika.organization.SignIn;
import ru.praktika.shared.web.ProblemWriter;

/**
 * Two filter chains (ADR 0003): the JSON API is stateless (personal access tokens or HTTP Basic, no session, no
 * CSRF because no cookie is honoured); the UI uses a form login with a session, CSRF protection, session fixation
 * protection and security headers. Finer permissions (role and region) are checked in the services.
 */
@Configuration(proxyBeanMethods = false)
@ConditionalOnWebApplication
class SecurityConfiguration {

    private static final java.util.Set<String> SAFE_METHODS = java.util.Set.of("GET", "HEAD", "OPTIONS", "TRACE");

    private static final String CSP = "default-src 'self'; img-src 'self' data:; style-src 'self' 'unsafe-inline';"
            + " script-src 'self'; object-src 'none'; frame-ancestors 'none'; base-uri 'self'; form-action 'self'";

    @Bean
    AuthenticationManager authenticationManager(
            SignIn signIn, PasswordEncoder passwordEncoder, ApplicationEventPublisher publisher) {
        DaoAuthenticationProvider provider = new DaoAuthenticationProvider(signIn);
        provider.setPasswordEncoder(passwordEncoder);
        // the throttle is asked before the password is checked: a locked attempt is not even compared
        AuthenticationProvider throttled = new AuthenticationProvider() {
            @Override
            public Authentication authenticate(Authentication attempt) {
                if (signIn.refuses(attempt)) {
                    throw new LockedException("Вход временно приостановлен");
                }
                return provider.authenticate(attempt);
            }

            @Override
            public boolean supports(Class<?> authentication) {
                return provider.supports(authentication);
            }
        };
        ProviderManager manager = new ProviderManager(throttled);
        manager.setAuthenticationEventPublisher(new DefaultAuthenticationEventPublisher(publisher));
        return manager;
    }

    /**
     * The CSRF token lives in its own cookie (HttpOnly, SameSite=Lax), not in the session: an anonymous visitor's page
     * view (every page carries the token for its forms) writes no session row to the database, and two requests of one
     * session never race to store the token in the session table. Pages send the token back in a form field or a
     * header (masked per response), which the filter compares with the cookie.
     */
    private static final org.springframework.security.web.csrf.CookieCsrfTokenRepository CSRF_TOKENS = csrfTokens();

    /** The API's reads open to everyone, signed in or not (the OpenAPI document marks them so). */
    static final String[] PUBLIC_API_READS = {
        "/api/v1/regions/**",
        "/api/v1/municipalities/**",
        "/api/v1/organizations/**",
        "/api/v1/national-projects/**",
        "/api/v1/federal-projects/**",
        "/api/v1/regional-projects/**",
        "/api/v1/practices",
        "/api/v1/practices/**",
        "/api/v1/competitions",
        "/api/v1/competitions/{year:[0-9]+}",
        "/api/v1/competitions/{year:[0-9]+}/criteria",
        "/api/v1/competitions/{year:[0-9]+}/results",
        "/api/v1/competitions/{year:[0-9]+}/protocol.docx",
        "/api/v1/competitions/{year:[0-9]+}/protocol.pdf",
        "/api/v1/competitions/{year:[0-9]+}/analytics",
        "/api/v1/competitions/{year:[0-9]+}/analytics.xlsx",
        "/api/v1/library/**",
        "/api/v1/opendata/**"
    };

    private static org.springframework.security.web.csrf.CookieCsrfTokenRepository csrfTokens() {
        var repository = new org.springframework.security.web.csrf.CookieCsrfTokenRepository();
        repository.setCookieCustomizer(c -> c.sameSite("Lax").httpOnly(true));
        return repository;
    }

    @Bean
    @Order(1)
    SecurityFilterChain api(HttpSecurity http, AuthenticationManager manager, SignIn signIn) throws Exception {
        http.securityMatcher("/api/**")
                .authenticationManager(manager)
                // a page's session is honoured (downloads offered by pages), but the API never creates one
                .sessionManagement(s -> s.sessionCreationPolicy(SessionCreationPolicy.NEVER))
                .securityContext(c -> c.securityContextRepository(new DelegatingSecurityContextRepository(
                        new RequestAttributeSecurityContextRepository(), new HttpSessionSecurityContextRepository())))
                // a write that rides on the session cookie needs the page's CSRF token; token and Basic clients don't
                .csrf(c -> c.csrfTokenRepository(CSRF_TOKENS)
                        .requireCsrfProtectionMatcher(SecurityConfiguration::writeWithoutCredentials))
                .requestCache(c -> c.disable())
                .httpBasic(b -> b.authenticationEntryPoint((req, res, e) -> unauthorized(req, res, e)))
                .exceptionHandling(e -> e.authenticationEntryPoint((req, res, ex) -> unauthorized(req, res, ex))
                        .accessDeniedHandler((req, res, ex) ->
                                ProblemWriter.write(res, HttpStatus.FORBIDDEN, "Недостаточно прав для этого действия")))
                .addFilterBefore(new BearerTokenFilter(signIn), BasicAuthenticationFilter.class)
                .authorizeHttpRequests(a -> a.requestMatchers(HttpMethod.GET, PUBLIC_API_READS)
                        .permitAll()
                        .anyRequest()
                        .authenticated());
        headers(http);
        return http.build();
    }

    @Bean
    @Order(2)
    SecurityFilterChain ui(HttpSecurity http, AuthenticationManager manager) throws Exception {
        http.authenticationManager(manager)
                .authorizeHttpRequests(a -> a.requestMatchers(
                                "/",
                                "/regions/**",
                                "/organizations",
                                "/organizations/*",
                                "/national-projects/**",
                                "/practices",
                                "/practices/{id:[0-9]+}",
                                "/practices/{id:[0-9]+}/diff",
                                "/practices/{id:[0-9]+}/attachments/*",
                                "/linkage/practices/*/panel",
                                "/review/practices/*/quality",
                                "/news",
                                "/news/**",
                                "/competitions",
                                "/competitions/{year:[0-9]+}",
                                "/competitions/{year:[0-9]+}/results",
                                "/competitions/{year:[0-9]+}/protocol.docx",
                                "/competitions/{year:[0-9]+}/protocol.pdf",
                                "/competitions/{year:[0-9]+}/analytics",
                                "/competitions/{year:[0-9]+}/analytics.xlsx",
                                "/login",
                                "/error",
                                "/css/**",
                                "/js/**",
                                "/img/**",
                                "/webjars/**",
                                "/favicon.ico",
                                "/v3/api-docs/**",
                                "/swagger-ui/**",
                                "/swagger-ui.html",
                                "/about",
                                "/actuator/health",
                                "/actuator/health/liveness",
                                "/actuator/health/readiness")
                        .permitAll()
                        // the public library and open data are read by everyone; recording an adoption needs a sign-in
                        .requestMatchers(
                                HttpMethod.GET,
                                "/library",
                                "/library/**",
                                "/opendata",
                                "/opendata/**",
                                "/sitemap.xml",
                                "/robots.txt")
                        .permitAll()
                        .requestMatchers("/actuator/**")
                        .denyAll()
                        .requestMatchers("/admin/users/**")
                        .hasAnyRole("ADMIN", "REGIONAL_OPERATOR")
                        .requestMatchers("/admin/**")
                        .hasRole("ADMIN")
                        .anyRequest()
                        .authenticated())
                .formLogin(f -> f.loginPage("/login")
                        .defaultSuccessUrl("/desk")
                        .failureHandler(loginFailure())
                        .permitAll())
                .logout(l -> l.logoutUrl("/logout").logoutSuccessUrl("/?logout").deleteCookies("SESSION"))
                .csrf(c -> c.csrfTokenRepository(CSRF_TOKENS))
                .sessionManagement(s -> s.sessionFixation(f -> f.changeSessionId()));
        headers(http);
        return http.build();
    }

    private static void headers(HttpSecurity http) throws Exception {
        http.headers(h -> h.contentSecurityPolicy(c -> c.policyDirectives(CSP))
                .frameOptions(f -> f.deny())
                .referrerPolicy(
                        r -> r.policy(ReferrerPolicyHeaderWriter.ReferrerPolicy.STRICT_ORIGIN_WHEN_CROSS_ORIGIN))
                .permissionsPolicyHeader(p -> p.policy("geolocation=(), camera=(), microphone=()")));
    }

    /** Every failure looks the same (a wrong password, an unknown, switched-off or locked account): no enumeration. */
    private static AuthenticationFailureHandler loginFailure() {
        return (request, response, exception) -> response.sendRedirect(request.getContextPath() + "/login?error");
    }

    private static boolean writeWithoutCredentials(HttpServletRequest request) {
        // only a request that rides on a session cookie carries ambient credentials a foreign page could abuse
        return !SAFE_METHODS.contains(request.getMethod())
                && request.getHeader(HttpHeaders.AUTHORIZATION) == null
                && (request.getRequestedSessionId() != null || request.getSession(false) != null);
    }

    /**
     * A person who opens an API link in the browser without a session is sent to the sign-in page (never the
     * browser's Basic-auth box); API clients get a problem detail and the Basic challenge.
     */
    private static void unauthorized(HttpServletRequest request, HttpServletResponse response, Exception e)
            throws java.io.IOException {
        String accept = request.getHeader(HttpHeaders.ACCEPT);
        if (request.getHeader(HttpHeaders.AUTHORIZATION) == null
                && accept != null
                && accept.contains("text/html")
                && "GET".equals(request.getMethod())) {
            response.sendRedirect(request.getContextPath() + "/login");
            return;
        }
        // the same answer for no credentials, wrong ones, and a switched-off or locked account
        String detail = "Нужна аутентификация: токен (Authorization: Bearer …) или верные логин и пароль (HTTP Basic);"
                + " после нескольких неудачных попыток вход на время приостанавливается";
        response.setHeader("WWW-Authenticate", "Basic realm=\"Praktika\", charset=\"UTF-8\"");
        ProblemWriter.write(response, HttpStatus.UNAUTHORIZED, detail);
    }
}
