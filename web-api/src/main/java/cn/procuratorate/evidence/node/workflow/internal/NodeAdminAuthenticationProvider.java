package cn.procuratorate.evidence.node.workflow.internal;

import cn.procuratorate.evidence.node.security.NodeRole;
import jakarta.servlet.http.HttpServletRequest;
import jakarta.servlet.http.HttpServletResponse;
import java.security.SecureRandom;
import java.util.HexFormat;
import java.util.List;
import org.camunda.bpm.engine.IdentityService;
import org.camunda.bpm.engine.ProcessEngine;
import org.camunda.bpm.engine.authorization.Groups;
import org.camunda.bpm.engine.identity.Group;
import org.camunda.bpm.engine.identity.User;
import org.camunda.bpm.engine.rest.security.auth.AuthenticationProvider;
import org.camunda.bpm.engine.rest.security.auth.AuthenticationResult;
import org.springframework.security.core.Authentication;
import org.springframework.security.core.context.SecurityContextHolder;

/**
 * Tells Camunda's web apps who is logged in: the node user Spring Security authenticated for this
 * request, if they are a node ADMIN, as a member of {@code camunda-admin}. The node's login is
 * thus the only login; no Camunda password exists to be guessed or forgotten. Camunda
 * instantiates it by class name (a filter init parameter), hence public and without arguments.
 */
public class NodeAdminAuthenticationProvider implements AuthenticationProvider {

  private static final SecureRandom RANDOM = new SecureRandom();

  @Override
  public AuthenticationResult extractAuthenticatedUser(HttpServletRequest request, ProcessEngine engine) {
    Authentication user = SecurityContextHolder.getContext().getAuthentication();
    boolean admin = user != null && user.isAuthenticated() && user.getAuthorities().stream()
        .anyMatch(authority -> NodeRole.ADMIN.authority().equals(authority.getAuthority()));
    if (!admin) {
      return AuthenticationResult.unsuccessful();
    }
    mirrorUser(engine, user.getName());
    AuthenticationResult result = AuthenticationResult.successful(user.getName());
    result.setGroups(List.of(Groups.CAMUNDA_ADMIN));
    return result;
  }

  /**
   * The web apps look the user up in the engine's own user table and refuse one that is not
   * there, and send everyone to a "create the first admin" page while {@code camunda-admin} has no
   * member: so a node admin is mirrored into both on first visit, with a random password nobody
   * knows. The node's login stays the only way in.
   */
  private static void mirrorUser(ProcessEngine engine, String name) {
    IdentityService identity = engine.getIdentityService();
    if (identity.createGroupQuery().groupId(Groups.CAMUNDA_ADMIN).count() == 0) {
      Group admins = identity.newGroup(Groups.CAMUNDA_ADMIN);
      admins.setName("Node administrators");
      admins.setType(Groups.GROUP_TYPE_SYSTEM);
      identity.saveGroup(admins);
    }
    if (identity.createUserQuery().userId(name).count() == 0) {
      byte[] secret = new byte[32];
      RANDOM.nextBytes(secret);
      User user = identity.newUser(name);
      user.setFirstName(name);
      user.setLastName("(node administrator)");
      user.setPassword(HexFormat.of().formatHex(secret));
      identity.saveUser(user);
    }
    if (identity.createUserQuery().userId(name).memberOfGroup(Groups.CAMUNDA_ADMIN).count() == 0) {
      identity.createMembership(name, Groups.CAMUNDA_ADMIN);
    }
  }

  @Override
  public void augmentResponseByAuthenticationChallenge(HttpServletResponse response, ProcessEngine engine) {
    // Spring Security's chain in front of the web apps has challenged already.
  }
}
