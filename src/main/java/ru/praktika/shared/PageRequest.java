package ru.praktika.shared;

/** A validated page request: page from 0, size from 1 to {@link #MAX_SIZE}. */
public record PageRequest(int page, int size) {

    public static final int MAX_SIZE = 200;
    public static final int DEFAULT_SIZE = 20;

    public PageRequest {
        if (page < 0) {
            throw new InvalidRequestException("Номер страницы не может быть отрицательным");
        }
        if (size < 1 || size > MAX_SIZE) {
            throw new InvalidRequestException("Размер страницы должен быть от 1 до " + MAX_SIZE);
        }
    }

    public static PageRequest of(Integer page, Integer size) {
        return new PageRequest(page == null ? 0 : page, size == null ? DEFAULT_SIZE : size);
    }

    public long offset() {
        return (long) page * size;
    }
}
