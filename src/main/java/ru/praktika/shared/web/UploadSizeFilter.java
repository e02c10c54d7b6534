package ru.praktika.shared.web;

import jakarta.servlet.FilterChain;
import jakarta.servlet.ServletException;
import jakarta.servlet.http.HttpServletRequest;
import jakarta.servlet.http.HttpServletResponse;
import java.io.IOException;
import org.springframework.beans.factory.annotation.Value;
import org.springframework.core.Ordered;
import org.springframework.core.annotation.Order;
import org.springframework.stereotype.Component;
import org.springframework.util.unit.DataSize;
import org.springframework.web.filter.OncePerRequestFilter;

/**
 * Refuses an upload larger than {@code spring.servlet.multipart.max-request-size} by its {@code Content-Length} with
 * 413 and a Russian answer, before anything parses the body (later it would not parse, a page's CSRF token in it would
 * be lost and the answer would be a 403). Tomcat closes the connection after a 413; closing it with the client's bytes
 * unread resets it and the client loses the answer, so a body up to {@link #DRAINED} is read and dropped first.
 */
@Component
@Order(Ordered.HIGHEST_PRECEDENCE + 50)
class UploadSizeFilter extends OncePerRequestFilter {

    static final String TOO_LARGE = "Файл слишком большой: не более 20 МБ";

    /** Bodies up to this size are read to the end before the answer; larger ones are cut off. */
    static final long DRAINED = 100L * 1024 * 1024;

    private final long limit;

    UploadSizeFilter(@Value("${spring.servlet.multipart.max-request-size:21MB}") DataSize limit) {
        this.limit = limit.toBytes();
    }

    @Override
    protected void doFilterInternal(HttpServletRequest request, HttpServletResponse response, FilterChain chain)
            throws ServletException, IOException {
        String type = request.getContentType();
        if (type != null
                && type.toLowerCase(java.util.Locale.ROOT).startsWith("multipart/")
                && request.getContentLengthLong() > limit) {
            if (request.getContentLengthLong() <= DRAINED) {
                request.getInputStream().transferTo(java.io.OutputStream.nullOutputStream());
            }
            request.setAttribute(RussianErrorController.DETAIL, TOO_LARGE);
            // named as the error's cause, so the error page does not try to parse the multipart body again (and fail)
            request.setAttribute(
                    jakarta.servlet.RequestDispatcher.ERROR_EXCEPTION,
                    new org.springframework.web.multipart.MaxUploadSizeExceededException(limit));
            response.sendError(HttpServletResponse.SC_REQUEST_ENTITY_TOO_LARGE);
            return;
        }
        chain.doFilter(request, response);
    }
}
