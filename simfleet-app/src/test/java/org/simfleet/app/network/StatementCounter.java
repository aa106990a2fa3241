package org.simfleet.app.network;

import java.lang.reflect.InvocationHandler;
import java.lang.reflect.InvocationTargetException;
import java.lang.reflect.Method;
import java.lang.reflect.Proxy;
import java.sql.Connection;
import java.sql.Statement;
import java.util.Set;
import java.util.concurrent.atomic.AtomicLong;
import javax.sql.DataSource;
import org.springframework.beans.factory.config.BeanPostProcessor;

/**
 * Counts the statements the application sends to the database: every execute call on a JDBC statement, a whole JDBC
 * batch counting once, as the driver sends it in one go. Wraps the application's DataSource, so it sees every query
 * of every thread.
 */
final class StatementCounter implements BeanPostProcessor {

    private static final Set<String> EXECUTES = Set.of(
            "execute", "executeQuery", "executeUpdate", "executeBatch", "executeLargeUpdate", "executeLargeBatch");

    private final AtomicLong executed = new AtomicLong();

    long executed() {
        return executed.get();
    }

    @Override
    public Object postProcessAfterInitialization(Object bean, String beanName) {
        return bean instanceof DataSource ds ? proxy(DataSource.class, ds, this::connection) : bean;
    }

    private Object connection(Method method, Object result) {
        return result instanceof Connection c ? proxy(Connection.class, c, this::statement) : result;
    }

    private Object statement(Method method, Object result) {
        if (result instanceof Statement s) {
            Class<?> type = method.getReturnType(); // Statement, PreparedStatement or CallableStatement
            return proxy(type, s, (m, r) -> r);
        }
        return result;
    }

    private interface AfterCall {
        Object wrap(Method method, Object result);
    }

    private <T> T proxy(Class<?> type, Object target, AfterCall after) {
        InvocationHandler handler = (p, method, args) -> {
            if (Statement.class.isAssignableFrom(type) && EXECUTES.contains(method.getName())) {
                executed.incrementAndGet();
            }
            try {
                return after.wrap(method, method.invoke(target, args));
            } catch (InvocationTargetException e) {
                throw e.getCause();
            }
        };
        @SuppressWarnings("unchecked")
        T proxy = (T) Proxy.newProxyInstance(type.getClassLoader(), new Class<?>[] {type}, handler);
        return proxy;
    }
}
