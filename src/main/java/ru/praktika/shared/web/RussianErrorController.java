package ru.praktika.shared.web;

import jakarta.servlet.RequestDispatcher;
import jakarta.servlet.http.HttpServletRequest;
import jakarta.servlet.http.HttpServletResponse;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import org.springframework.beans.TypeMismatchException;
import org.springframework.boot.autoconfigure.web.ErrorProperties;
import org.springframework.boot.webmvc.autoconfigure.error.BasicErrorController;
import org.springframework.boot.webmvc.autoconfigure.error.ErrorViewResolver;
import org.springframework.boot.webmvc.error.ErrorAttributes;
import org.springframework.http.HttpStatus;
import org.springframework.http.MediaType;
import org.springframework.http.ResponseEntity;
import org.springframework.stereotype.Controller;
import org.springframework.web.bind.annotation.RequestMapping;
import org.springframework.web.context.request.ServletWebRequest;
import org.springframework.web.multipart.MaxUploadSizeExceededException;
import org.springframework.web.multipart.MultipartException;
import org.springframework.web.multipart.support.MissingServletRequestPartException;
import org.springframework.web.servlet.ModelAndView;
import ru.praktika.shared.InvalidRequestException;

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

    private final ErrorAttributes attributes;

    RussianErrorController(ErrorAttributes attributes, List<ErrorViewResolver> resolvers) {
        super(attributes, new ErrorProperties(), resolvers);
        this.attributes = attributes;
    }

    /**
     * A broken or oversized multipart body fails before any controller is chosen, so no advice answers it and the
     * container would call it a 500: it is the client's 400, or 413 when too large.
     */
    @Override
    protected HttpStatus getStatus(HttpServletRequest request) {
        Throwable error = failure(request);
        if (error instanceof MaxUploadSizeExceededException) {
            return HttpStatus.PAYLOAD_TOO_LARGE;
        }
        if (error instanceof MultipartException) {
            return HttpStatus.BAD_REQUEST;
        }
        return super.getStatus(request);
    }

    /** The Russian error page, with the broken rule when it is known. */
    @Override
    public ModelAndView errorHtml(HttpServletRequest request, HttpServletResponse response) {
        ModelAndView page = super.errorHtml(request, response);
        HttpStatus status = getStatus(request);
        if (page != null && status.is4xxClientError()) {
            page.addObject("detail", detail(request, status));
        }
        return page;
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

    private String detail(HttpServletRequest request, HttpStatus status) {
        if (request.getAttribute(DETAIL) instanceof String detail) {
            return detail;
        }
        Throwable error = failure(request);
        if (error instanceof InvalidRequestException invalid) {
            return invalid.getMessage();
        }
        if (error instanceof MaxUploadSizeExceededException) {
            return UploadSizeFilter.TOO_LARGE;
        }
        if (error instanceof MultipartException) {
            return UNREADABLE_MULTIPART;
        }
        if (error instanceof MissingServletRequestPartException missing) {
            return missingFile(missing.getRequestPartName());
        }
        if (error instanceof org.springframework.validation.BindException bind && bind.getFieldError() != null) {
            return "Поле «" + bind.getFieldError().getField() + "» заполнено неверно";
        }
        if (error instanceof TypeMismatchException mismatch) {
            return "Параметр «" + mismatch.getPropertyName() + "» имеет неверный формат";
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

    static final String UNREADABLE_MULTIPART =
            "Запрос с файлом (multipart/form-data) не читается: отправьте форму с файлом заново";

    static String missingFile(String part) {
        return "Не приложен файл: в запросе multipart/form-data нет части «" + part + "»";
    }

    private Throwable failure(HttpServletRequest request) {
        Throwable error = attributes.getError(new ServletWebRequest(request));
        if (error == null && request.getAttribute(RequestDispatcher.ERROR_EXCEPTION) instanceof Throwable t) {
            error = t;
        }
        while (error instanceof jakarta.servlet.ServletException && error.getCause() != null) {
            error = error.getCause();
        }
        return error;
    }
}
