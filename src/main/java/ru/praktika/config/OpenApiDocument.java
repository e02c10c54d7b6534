package ru.praktika.config;

import io.swagger.v3.oas.models.Components;
import io.swagger.v3.oas.models.OpenAPI;
import io.swagger.v3.oas.models.Operation;
import io.swagger.v3.oas.models.PathItem;
import io.swagger.v3.oas.models.info.Info;
import io.swagger.v3.oas.models.info.License;
import io.swagger.v3.oas.models.security.SecurityRequirement;
import io.swagger.v3.oas.models.security.SecurityScheme;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import org.springdoc.core.customizers.OpenApiCustomizer;
import org.springframework.context.annotation.Bean;
import org.springframework.context.annotation.Configuration;
import org.springframework.http.server.PathContainer;
import org.springframework.web.util.pattern.PathPattern;
import org.springframework.web.util.pattern.PathPatternParser;

/**
 * The OpenAPI document's head: what the API is, how a client signs in (HTTP Basic with a user's login and password, a
 * personal access token as a Bearer token, or the session cookie of a page, whose writes also need the page's CSRF
 * token), and which reads are open to everyone: those of {@link SecurityConfiguration#PUBLIC_API_READS} carry an empty
 * requirement beside the three, so the document says exactly what the filter chain lets through.
 */
@Configuration
class OpenApiDocument {

    static final String BASIC = "basicAuth";
    static final String BEARER = "bearerAuth";
    static final String SESSION = "sessionCookie";

    @Bean
    OpenAPI praktikaOpenApi() {
        return new OpenAPI()
                .info(new Info()
                        .title("Практика — API")
                        .version("v1")
                        .description("Лучшие муниципальные практики: карточки, кампании, связь с нацпроектами, конкурс,"
                                + " совещания, голосования, партнёрства, библиотека и открытые данные. Ошибки — RFC 9457"
                                + " (application/problem+json) с пояснением на русском в поле detail.")
                        .license(new License()
                                .name("Открытый исходный код; данные библиотеки — CC BY 4.0")
                                .url("https://creativecommons.org/licenses/by/4.0/deed.ru")))
                .components(new Components()
                        .addSecuritySchemes(
                                BASIC,
                                new SecurityScheme()
                                        .type(SecurityScheme.Type.HTTP)
                                        .scheme("basic")
                                        .description("Логин и пароль пользователя Практики"))
                        .addSecuritySchemes(
                                BEARER,
                                new SecurityScheme()
                                        .type(SecurityScheme.Type.HTTP)
                                        .scheme("bearer")
                                        .description("Личный токен доступа пользователя"))
                        .addSecuritySchemes(
                                SESSION,
                                new SecurityScheme()
                                        .type(SecurityScheme.Type.APIKEY)
                                        .in(SecurityScheme.In.COOKIE)
                                        .name("SESSION")
                                        .description("Сессия страницы; запись — с токеном CSRF страницы в заголовке"
                                                + " X-XSRF-TOKEN")))
                .security(signedIn());
    }

    private static List<SecurityRequirement> signedIn() {
        return List.of(
                new SecurityRequirement().addList(BASIC),
                new SecurityRequirement().addList(BEARER),
                new SecurityRequirement().addList(SESSION));
    }

    /** The public reads: anyone, or any of the three ways of signing in. */
    @Bean
    OpenApiCustomizer publicReads() {
        List<PathPattern> patterns = new ArrayList<>();
        for (String p : SecurityConfiguration.PUBLIC_API_READS) {
            patterns.add(PathPatternParser.defaultInstance.parse(p));
        }
        return api -> {
            if (api.getPaths() == null) {
                return;
            }
            for (Map.Entry<String, PathItem> e : api.getPaths().entrySet()) {
                Operation get = e.getValue().getGet();
                // a documented path names its variables ({year}); the filter chain's patterns may constrain them
                PathContainer path = PathContainer.parsePath(e.getKey().replaceAll("\\{[^}]+}", "1"));
                if (get != null && patterns.stream().anyMatch(p -> p.matches(path))) {
                    List<SecurityRequirement> anyone = new ArrayList<>(signedIn());
                    anyone.add(0, new SecurityRequirement());
                    get.setSecurity(anyone);
                }
            }
        };
    }
}
