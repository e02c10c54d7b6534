package ru.praktika.shared.web;

import jakarta.servlet.RequestDispatcher;
import jakarta.servlet.http.HttpServletRequest;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import org.springframework.boot.autoconfigure.web.ErrorProperties;
import org.springframework.boot.webmvc.autoconfigure.error.BasicErrorController;
import org.springframework.boot.webmvc.autoconfigure.error.ErrorViewResolver;
import org.springframework.boot.webmvc.error.ErrorAttributes;
import org.springframework.http.HttpStatus;
import org.springframework.http.MediaType;
import org.springframework.http.ResponseEntity;
import org.springframework.stereotype.Controller;
import org.springframework.web.bind.annotation.RequestMapping;

/**
 * What answers when no controller did (an unknown address, a method a path does not take, a request refused by a
 * filter): pages get the Russian error pages, everything else an RFC 9457 problem in Russian instead of Spring's
 * English JSON. A filter may name the broken rule in the request attribute {@link #DETAIL}.
 */
@Controller
@org.springframework.boot.autoconfigure.condition.ConditionalOnWebApplication
@RequestMapping("${server.error.path:${error.path:/error}}")
class RussianErrorController extends BasicErrorController {

    /** A Russian detail a filter leaves for the answer; nothing else from the request reaches the client. */
    public static final String DETAIL = "ru.praktika.error.detail";

    RussianErrorController(ErrorAttributes attributes, List<ErrorViewResolver> resolvers) {
        super(attributes, new ErrorProperties(), resolvers);
    }

    @Override
    public ResponseEntity<Map<String, Object>> error(HttpServletRequest request) {
        HttpStatus status = getStatus(request);
        if (status == HttpStatus.NO_CONTENT) {
            return new ResponseEntity<>(status);
        }
        Map<String, Object> problem = new LinkedHashMap<>();
        problem.put("type", "about:blank");
        problem.put("title", ApiExceptionHandler.titleFor(status));
        problem.put("status", status.value());
        problem.put("detail", detail(request, status));
        Object uri = request.getAttribute(RequestDispatcher.ERROR_REQUEST_URI);
        if (uri != null) {
            problem.put("instance", uri.toString());
        }
        return ResponseEntity.status(status)
                .contentType(MediaType.APPLICATION_PROBLEM_JSON)
                .body(problem);
    }

    private static String detail(HttpServletRequest request, HttpStatus status) {
        if (request.getAttribute(DETAIL) instanceof String detail) {
            return detail;
        }
        return switch (status) {
            case NOT_FOUND -> "Такого адреса нет";
            case METHOD_NOT_ALLOWED -> "Этот метод HTTP здесь не поддерживается";
            case PAYLOAD_TOO_LARGE -> "Запрос слишком большой";
            case UNSUPPORTED_MEDIA_TYPE -> "Неподдерживаемый тип содержимого";
            case NOT_ACCEPTABLE -> "Ответ в запрошенном формате невозможен";
            case UNAUTHORIZED -> "Нужна аутентификация";
            case FORBIDDEN -> "Недостаточно прав для этого действия";
            default ->
                status.is4xxClientError()
                        ? "Некорректный запрос"
                        : "Внутренняя ошибка сервера. Попробуйте позже или обратитесь к администратору.";
        };
    }
}
