package ru.praktika.shared.web;

import jakarta.servlet.http.HttpServletRequest;
import jakarta.servlet.http.HttpServletResponse;
import org.springframework.ui.ModelMap;
import org.springframework.web.servlet.HandlerInterceptor;
import org.springframework.web.servlet.ModelAndView;
import org.springframework.web.servlet.config.annotation.InterceptorRegistry;
import org.springframework.web.servlet.config.annotation.WebMvcConfigurer;
import org.springframework.web.servlet.view.RedirectView;

/**
 * What every rendered page's model holds besides its controller's (the header's counts, names of regions), added after
 * the controller ran and only when a page is rendered: a JSON answer or a redirect gets nothing (a redirect would
 * carry the attributes in its URL). A {@code @ControllerAdvice} with {@code @ModelAttribute} would run for every API
 * call too, which costs the public search's JSON a few per cent of its CPU (docs/benchmarks.md, #15 session 10).
 */
public abstract class PageModel implements HandlerInterceptor, WebMvcConfigurer {

    @Override
    public void addInterceptors(InterceptorRegistry registry) {
        registry.addInterceptor(this);
    }

    @Override
    public void postHandle(
            HttpServletRequest request, HttpServletResponse response, Object handler, ModelAndView page) {
        if (page == null || page.getView() instanceof RedirectView) {
            return;
        }
        String view = page.getViewName();
        if (view != null && (view.startsWith("redirect:") || view.startsWith("forward:"))) {
            return;
        }
        add(page.getModelMap());
    }

    /** Adds this module's attributes to a page's model. */
    protected abstract void add(ModelMap model);
}
