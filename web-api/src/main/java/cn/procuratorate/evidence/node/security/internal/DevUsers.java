package cn.procuratorate.evidence.node.security.internal;

import cn.procuratorate.evidence.node.security.NodeRole;
import java.util.List;
import org.springframework.security.core.userdetails.User;
import org.springframework.security.core.userdetails.UserDetails;
import org.springframework.security.crypto.password.PasswordEncoder;
import org.springframework.security.provisioning.InMemoryUserDetailsManager;

/**
 * The development users every node seeds in the {@code dev} profile, one per role, password
 * {@code <name>-pass} (documented in web-api/README.md). Stored bcrypt-hashed like real ones.
 */
final class DevUsers {

  record DevUser(String name, NodeRole role) {
    String password() {
      return name + "-pass";
    }
  }

  static final List<DevUser> USERS =
      List.of(
          new DevUser("officer", NodeRole.OFFICER),
          // Agency head / chief prosecutor of the workflows (config/workflow.yml, dev profile).
          new DevUser("head", NodeRole.OFFICER),
          new DevUser("prosecutor", NodeRole.PROSECUTOR),
          new DevUser("judge", NodeRole.JUDGE),
          new DevUser("auditor", NodeRole.AUDITOR),
          new DevUser("admin", NodeRole.ADMIN));

  private DevUsers() {}

  static InMemoryUserDetailsManager seeded(PasswordEncoder encoder) {
    List<UserDetails> users =
        USERS.stream()
            .map(
                u ->
                    User.withUsername(u.name())
                        .password(encoder.encode(u.password()))
                        .roles(u.role().name())
                        .build())
            .toList();
    return new InMemoryUserDetailsManager(users);
  }
}
