package ru.praktika.support;

import java.lang.reflect.InvocationHandler;
import java.lang.reflect.InvocationTargetException;
import java.lang.reflect.Method;
import java.lang.reflect.Proxy;
import java.sql.Connection;
import java.sql.SQLException;
import java.sql.Statement;
import java.util.ArrayList;
import java.util.List;
import javax.sql.DataSource;
import org.springframework.beans.factory.config.BeanPostProcessor;
import org.springframework.jdbc.datasource.DelegatingDataSource;

/**
 * Counts the SQL statements the current thread runs, for tests that bound how many queries a request makes (MockMvc
 * runs the request on the test's thread). Register {@link #wrapDataSource()} in a test configuration; between
 * {@link #start()} and {@link #stop()} every {@code execute*} call on a statement of the wrapped data source is recorded
 * with its SQL. Outside that window the wrapper only passes calls on.
 */
public final class StatementCounter {

    private static final ThreadLocal<List<String>> RECORDED = new ThreadLocal<>();

    private StatementCounter() {}

    /** Starts recording on this thread (and forgets what was recorded before). */
    public static void start() {
        RECORDED.set(new ArrayList<>());
    }

    /** Stops recording on this thread and returns the SQL of the statements run since {@link #start()}. */
    public static List<String> stop() {
        List<String> sql = RECORDED.get();
        RECORDED.remove();
        return sql == null ? List.of() : List.copyOf(sql);
    }

    /** Wraps the application's data sources so their statements can be counted. */
    public static BeanPostProcessor wrapDataSource() {
        return new BeanPostProcessor() {
            @Override
            public Object postProcessAfterInitialization(Object bean, String beanName) {
                return bean instanceof DataSource ds && !(bean instanceof Counting) ? new Counting(ds) : bean;
            }
        };
    }

    private static void record(String sql) {
        List<String> sqls = RECORDED.get();
        if (sqls != null) {
            sqls.add(sql == null ? "?" : sql.strip().replaceAll("\\s+", " "));
        }
    }

    private static final class Counting extends DelegatingDataSource {

        Counting(DataSource target) {
            super(target);
        }

        @Override
        public Connection getConnection() throws SQLException {
            return connection(super.getConnection());
        }

        @Override
        public Connection getConnection(String username, String password) throws SQLException {
            return connection(super.getConnection(username, password));
        }
    }

    private static Connection connection(Connection target) {
        return (Connection) Proxy.newProxyInstance(
                StatementCounter.class.getClassLoader(), new Class<?>[] {Connection.class}, (proxy, method, args) -> {
                    Object result = invoke(target, method, args);
                    if (result instanceof Statement statement
                            && (method.getName().equals("prepareStatement")
                                    || method.getName().equals("prepareCall")
                                    || method.getName().equals("createStatement"))) {
                        String sql = args != null && args.length > 0 && args[0] instanceof String s ? s : null;
                        return statement(statement, sql);
                    }
                    return result;
                });
    }

    private static Statement statement(Statement target, String preparedSql) {
        Class<?>[] interfaces = target instanceof java.sql.CallableStatement
                ? new Class<?>[] {java.sql.CallableStatement.class}
                : target instanceof java.sql.PreparedStatement
                        ? new Class<?>[] {java.sql.PreparedStatement.class}
                        : new Class<?>[] {Statement.class};
        InvocationHandler handler = (proxy, method, args) -> {
            if (method.getName().startsWith("execute")) {
                record(args != null && args.length > 0 && args[0] instanceof String s ? s : preparedSql);
            }
            return invoke(target, method, args);
        };
        return (Statement) Proxy.newProxyInstance(StatementCounter.class.getClassLoader(), interfaces, handler);
    }

    private static Object invoke(Object target, Method method, Object[] args) throws Throwable {
        try {
            return method.invoke(target, args);
        } catch (InvocationTargetException e) {
            throw e.getCause();
        }
    }
}
