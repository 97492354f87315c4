package dev.warden.db;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.attribute.PosixFilePermissions;
import java.sql.Connection;
import java.sql.DriverManager;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.util.ArrayList;
import java.util.List;
import java.util.Properties;

import org.junit.jupiter.api.Test;

import dev.warden.testing.PostgresTestResource;

/**
 * The embedded server lets in only who has the password in its data folder: any local user can reach 127.0.0.1,
 * so a connection without the password, or with a wrong one, is refused. A data folder from before passwords (every
 * connection trusted) is converted when it is started; one that lost its password file is refused with the reason.
 */
class EmbeddedPostgresPasswordTest {
    @Test
    void aConnectionWithoutThePasswordOrWithAWrongOneIsRefused() {
        EmbeddedPostgres pg = server();
        assertThatThrownBy(() -> connect(pg, null).close()).isInstanceOf(SQLException.class);
        assertThatThrownBy(() -> connect(pg, "").close()).isInstanceOf(SQLException.class);
        assertThatThrownBy(() -> connect(pg, "not-" + pg.password()).close()).isInstanceOf(SQLException.class)
                .hasMessageContaining("password authentication failed");
    }

    @Test
    void everyConnectionMethodNeedsThePasswordAndItIsStoredAsScram() throws Exception {
        EmbeddedPostgres pg = server();
        try (Connection c = connect(pg, pg.password()); var statement = c.createStatement()) {
            assertThat(strings(statement.executeQuery("SELECT DISTINCT auth_method FROM pg_hba_file_rules")))
                    .containsExactly("scram-sha-256");
            assertThat(strings(statement.executeQuery("SELECT rolpassword FROM pg_authid WHERE rolname = 'postgres'")))
                    .singleElement().asString().startsWith("SCRAM-SHA-256$");
            assertThat(strings(statement.executeQuery("SHOW unix_socket_directories"))).containsExactly("");
            assertThat(strings(statement.executeQuery("SHOW listen_addresses"))).containsExactly("127.0.0.1");
        }
    }

    @Test
    void thePasswordFileIsReadableByItsOwnerOnlyAndWorksAsAPgpassFile() throws Exception {
        EmbeddedPostgres pg = server();
        Path file = pg.passwordFile();
        assertThat(PosixFilePermissions.toString(Files.getPosixFilePermissions(file))).isEqualTo("rw-------");
        assertThat(Files.readString(file).strip()).isEqualTo("127.0.0.1:*:*:postgres:" + pg.password());
        assertThat(pg.password()).hasSizeGreaterThanOrEqualTo(32);
    }

    @Test
    void aDataFolderThatTrustedEveryConnectionIsConvertedWhenStarted() throws Exception {
        Path home = Path.of("target/embedded-postgres-trusting");
        EmbeddedPostgres pg = EmbeddedPostgres.start(home, true);
        Path data = pg.passwordFile().getParent();
        try {
            Files.delete(pg.passwordFile());
            // Without its password file a SCRAM server cannot be opened, and the start says why.
            assertThatThrownBy(() -> EmbeddedPostgres.start(home, false)).hasMessageContaining("which is missing");
            pg.close();
            // As initdb -A trust left it, before passwords: every connection trusted, no password file.
            Files.writeString(data.resolve("pg_hba.conf"), "host all all 127.0.0.1/32 trust\n");
            pg = EmbeddedPostgres.start(home, false);
            assertThat(pg.passwordFile()).exists();
            assertThat(PosixFilePermissions.toString(Files.getPosixFilePermissions(pg.passwordFile()))).isEqualTo("rw-------");
            EmbeddedPostgres converted = pg;
            assertThatThrownBy(() -> connect(converted, "").close()).isInstanceOf(SQLException.class);
            try (Connection c = connect(pg, pg.password())) {
                assertThat(c.isValid(5)).isTrue();
            }
        } finally {
            pg.close();
        }
    }

    private static EmbeddedPostgres server() {
        new PostgresTestResource().start();
        return PostgresTestResource.server();
    }

    private static Connection connect(EmbeddedPostgres pg, String password) throws SQLException {
        Properties properties = new Properties();
        properties.setProperty("user", EmbeddedPostgres.USER);
        if (password != null) properties.setProperty("password", password);
        return DriverManager.getConnection(pg.jdbcUrl(), properties);
    }

    private static List<String> strings(ResultSet rs) throws SQLException {
        List<String> values = new ArrayList<>();
        while (rs.next()) values.add(rs.getString(1));
        return values;
    }
}
