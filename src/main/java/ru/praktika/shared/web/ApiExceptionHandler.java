package ru.praktika.shared.web;

import java.net.URI;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import org.springframework.http.HttpHeaders;
import org.springframework.http.HttpStatus;
import org.springframework.http.HttpStatusCode;
import org.springframework.http.ProblemDetail;
import org.springframework.http.ResponseEntity;
import org.springframework.web.ErrorResponse;
import org.springframework.web.bind.MethodArgumentNotValidException;
import org.springframework.web.bind.annotation.ExceptionHandler;
import org.springframework.web.bind.annotation.RestController;
import org.springframework.web.bind.annotation.RestControllerAdvice;
import org.springframework.web.context.request.WebRequest;
import org.springframework.web.method.annotation.HandlerMethodValidationException;
import org.springframework.web.servlet.mvc.method.annotation.ResponseEntityExceptionHandler;
import org.springframework.web.servlet.resource.NoResourceFoundException;
import ru.praktika.shared.AccessDeniedException;
import ru.praktika.shared.ConflictException;
import ru.praktika.shared.InvalidRequestException;
import ru.praktika.shared.NotFoundException;

/**
 * Turns every failure of the JSON API into an RFC 9457 problem with a Russian {@code detail}; never a stack trace.
 */
@RestControllerAdvice(annotations = RestController.class)
class ApiExceptionHandler extends ResponseEntityExceptionHandler {

    private static final Logger log = LoggerFactory.getLogger(ApiExceptionHandler.class);

    @ExceptionHandler(NotFoundException.class)
    ProblemDetail notFound(NotFoundException e) {
        return problem(HttpStatus.NOT_FOUND, "Не найдено", e.getMessage());
    }

    @ExceptionHandler(AccessDeniedException.class)
    ProblemDetail forbidden(AccessDeniedException e) {
        return problem(HttpStatus.FORBIDDEN, "Доступ запрещён", e.getMessage());
    }

    @ExceptionHandler(org.springframework.security.access.AccessDeniedException.class)
    ProblemDetail forbidden(org.springframework.security.access.AccessDeniedException e) {
        return problem(HttpStatus.FORBIDDEN, "Доступ запрещён", "Недостаточно прав для этого действия");
    }

    @ExceptionHandler(InvalidRequestException.class)
    ProblemDetail invalid(InvalidRequestException e) {
        ProblemDetail problem = problem(HttpStatus.BAD_REQUEST, "Некорректный запрос", e.getMessage());
        if (!e.errors().isEmpty()) {
            problem.setProperty("errors", new java.util.TreeMap<>(e.errors()));
        }
        return problem;
    }

    /** A multipart body that does not parse (a broken boundary): the client's error, not the server's. */
    @ExceptionHandler(org.springframework.web.multipart.MultipartException.class)
    ProblemDetail unreadableMultipart(org.springframework.web.multipart.MultipartException e) {
        return problem(HttpStatus.BAD_REQUEST, "Некорректный запрос", RussianErrorController.UNREADABLE_MULTIPART);
    }

    @ExceptionHandler(ConflictException.class)
    ProblemDetail conflict(ConflictException e) {
        return problem(HttpStatus.CONFLICT, "Конфликт", e.getMessage());
    }

    /**
     * PostgreSQL stores no NUL character in text: the driver refuses it («Zero bytes may not occur in string
     * parameters») or the server does (SQLSTATE 22021). Parameters are refused earlier by {@link NulCharacterFilter};
     * this answers the same for a NUL inside a JSON body.
     */
    @ExceptionHandler(org.springframework.dao.DataAccessException.class)
    ProblemDetail dataAccess(org.springframework.dao.DataAccessException e) {
        if (org.springframework.core.NestedExceptionUtils.getMostSpecificCause(e) instanceof java.sql.SQLException sql
                && ("22021".equals(sql.getSQLState())
                        || String.valueOf(sql.getMessage()).contains("Zero bytes"))) {
            return problem(HttpStatus.BAD_REQUEST, "Некорректный запрос", "Текст содержит недопустимый символ (NUL)");
        }
        return unexpected(e);
    }

    @ExceptionHandler(Exception.class)
    ProblemDetail unexpected(Exception e) {
        log.error("Unexpected API failure", e);
        return problem(
                HttpStatus.INTERNAL_SERVER_ERROR,
                "Внутренняя ошибка",
                "Внутренняя ошибка сервера. Попробуйте позже или обратитесь к администратору.");
    }

    @Override
    protected ResponseEntity<Object> handleExceptionInternal(
            Exception ex, Object body, HttpHeaders headers, HttpStatusCode status, WebRequest request) {
        ProblemDetail problem = body instanceof ProblemDetail p
                ? p
                : (ex instanceof ErrorResponse er ? er.getBody() : ProblemDetail.forStatus(status));
        problem.setTitle(titleFor(status));
        problem.setDetail(russianDetail(ex, status));
        return super.handleExceptionInternal(ex, problem, headers, status, request);
    }

    private static String russianDetail(Exception ex, HttpStatusCode status) {
        if (ex instanceof NoResourceFoundException) {
            return "Такого адреса в API нет";
        }
        if (ex instanceof MethodArgumentNotValidException invalid) {
            return invalid.getBindingResult().getFieldErrors().stream()
                    .map(f -> f.getField() + ": " + f.getDefaultMessage())
                    .reduce((a, b) -> a + "; " + b)
                    .orElse("Данные не прошли проверку");
        }
        if (ex instanceof HandlerMethodValidationException) {
            return "Параметры запроса не прошли проверку";
        }
        if (ex instanceof org.springframework.beans.TypeMismatchException mismatch) {
            return "Параметр «" + mismatch.getPropertyName() + "» имеет неверный формат: " + mismatch.getValue();
        }
        if (ex instanceof org.springframework.web.bind.MissingServletRequestParameterException missing) {
            return "Не указан обязательный параметр «" + missing.getParameterName() + "»";
        }
        if (ex instanceof org.springframework.http.converter.HttpMessageNotReadableException) {
            return "Тело запроса не читается как JSON нужной формы";
        }
        if (ex instanceof org.springframework.web.HttpRequestMethodNotSupportedException) {
            return "Этот метод HTTP здесь не поддерживается";
        }
        if (ex instanceof org.springframework.web.HttpMediaTypeException) {
            return "Неподдерживаемый тип содержимого";
        }
        if (ex instanceof org.springframework.web.multipart.MaxUploadSizeExceededException) {
            return UploadSizeFilter.TOO_LARGE;
        }
        if (ex instanceof org.springframework.web.multipart.support.MissingServletRequestPartException missing) {
            return RussianErrorController.missingFile(missing.getRequestPartName());
        }
        return status.is4xxClientError() ? "Некорректный запрос" : "Внутренняя ошибка сервера";
    }

    static String titleFor(HttpStatusCode status) {
        return switch (status.value()) {
            case 400 -> "Некорректный запрос";
            case 401 -> "Требуется вход";
            case 403 -> "Доступ запрещён";
            case 404 -> "Не найдено";
            case 405 -> "Метод не поддерживается";
            case 409 -> "Конфликт";
            case 413 -> "Слишком большой запрос";
            case 415 -> "Неподдерживаемый тип содержимого";
            default -> status.is4xxClientError() ? "Ошибка запроса" : "Внутренняя ошибка";
        };
    }

    private static ProblemDetail problem(HttpStatus status, String title, String detail) {
        ProblemDetail problem = ProblemDetail.forStatusAndDetail(status, detail);
        problem.setTitle(title);
        problem.setType(URI.create("about:blank"));
        return problem;
    }
}
