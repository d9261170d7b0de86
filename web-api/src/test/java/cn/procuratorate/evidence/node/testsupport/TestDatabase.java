package cn.procuratorate.evidence.node.testsupport;

import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.jdbc.datasource.embedded.EmbeddedDatabaseBuilder;
import org.springframework.jdbc.datasource.embedded.EmbeddedDatabaseType;

/** A fresh in-memory H2 database with the node's real schema. */
public final class TestDatabase {

  private TestDatabase() {}

  public static JdbcClient fresh() {
    return JdbcClient.create(new EmbeddedDatabaseBuilder()
        .setType(EmbeddedDatabaseType.H2)
        .generateUniqueName(true)
        .addScript("classpath:schema.sql")
        .build());
  }
}
