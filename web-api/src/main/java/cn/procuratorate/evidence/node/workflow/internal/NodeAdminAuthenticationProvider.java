package cn.procuratorate.evidence.node.workflow.internal;

import cn.procuratorate.evidence.node.security.NodeRole;
import jakarta.servlet.http.HttpServletRequest;
import jakarta.servlet.http.HttpServletResponse;
import java.util.List;
import org.camunda.bpm.engine.ProcessEngine;
import org.camunda.bpm.engine.authorization.Groups;
import org.camunda.bpm.engine.rest.security.auth.AuthenticationProvider;
import org.camunda.bpm.engine.rest.security.auth.AuthenticationResult;
import org.springframework.security.core.Authentication;
import org.springframework.security.core.context.SecurityContextHolder;

/**
 * Tells Camunda's web apps who is logged in: the node user Spring Security authenticated for this
 * request, if they are a node ADMIN, as a member of {@code camunda-admin}. The node's login is
 * thus the only login; no Camunda user or password exists to be guessed or forgotten. Camunda
 * instantiates it by class name (a filter init parameter), hence public and without arguments.
 */
public class NodeAdminAuthenticationProvider implements AuthenticationProvider {

  @Override
  public AuthenticationResult extractAuthenticatedUser(HttpServletRequest request, ProcessEngine engine) {
    Authentication user = SecurityContextHolder.getContext().getAuthentication();
    boolean admin = user != null && user.isAuthenticated() && user.getAuthorities().stream()
        .anyMatch(authority -> NodeRole.ADMIN.authority().equals(authority.getAuthority()));
    if (!admin) {
      return AuthenticationResult.unsuccessful();
    }
    AuthenticationResult result = AuthenticationResult.successful(user.getName());
    result.setGroups(List.of(Groups.CAMUNDA_ADMIN));
    return result;
  }

  @Override
  public void augmentResponseByAuthenticationChallenge(HttpServletResponse response, ProcessEngine engine) {
    // Spring Security's chain in front of the web apps has challenged already.
  }
}
