package ru.praktika.config;

import org.springframework.context.annotation.Configuration;
import org.springframework.web.servlet.config.annotation.ResourceHandlerRegistry;
import org.springframework.web.servlet.config.annotation.WebMvcConfigurer;
import org.springframework.web.servlet.resource.LiteWebJarsResourceResolver;

/**
 * Static files under their own prefixes only ({@code spring.web.resources.add-mappings: false} turns off Boot's
 * {@code /**} mapping). With {@code /**}, every link a page builds ({@code @{/library?…}}) went through the resource
 * chain's URL encoding, which looked each one up as a file inside the jar: a page with 150 links spent most of its
 * time there (measured with JFR on the library's search page, docs/benchmarks.md).
 */
@Configuration
class StaticResources implements WebMvcConfigurer {

    private static final int ONE_HOUR = 3600;

    @Override
    public void addResourceHandlers(ResourceHandlerRegistry registry) {
        registry.addResourceHandler("/css/**")
                .addResourceLocations("classpath:/static/css/")
                .setCachePeriod(ONE_HOUR);
        registry.addResourceHandler("/js/**")
                .addResourceLocations("classpath:/static/js/")
                .setCachePeriod(ONE_HOUR);
        registry.addResourceHandler("/img/**")
                .addResourceLocations("classpath:/static/img/")
                .setCachePeriod(ONE_HOUR);
        registry.addResourceHandler("/webjars/**")
                .addResourceLocations("classpath:/META-INF/resources/webjars/")
                .setCachePeriod(ONE_HOUR)
                .resourceChain(true)
                .addResolver(new LiteWebJarsResourceResolver());
    }
}
