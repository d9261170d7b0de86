package cn.procuratorate.evidence.node.security;

import java.util.Arrays;
import java.util.Locale;
import java.util.Optional;

/** The roles of a node's users; an authority is {@code ROLE_<name>}. */
public enum NodeRole {
  /** Police officer: collects, uploads, shares and fetches evidence. */
  OFFICER,
  /** Prosecutor: the same for the procuratorate's cases. */
  PROSECUTOR,
  /** Judge: receives and reads case evidence. */
  JUDGE,
  /** Verifies integrity and custody; reads no content (unless the node's policy allows). */
  AUDITOR,
  /** Runs the node: health, metrics, outbox; reads no content. */
  ADMIN;

  /** The roles that handle evidence content: upload, download, share, fetch. */
  public static final NodeRole[] CASE_HANDLERS = {OFFICER, PROSECUTOR, JUDGE};

  public String authority() {
    return "ROLE_" + name();
  }

  /** Reads a role name as it appears in a token or configuration, any case, with or without ROLE_. */
  public static Optional<NodeRole> parse(String text) {
    if (text == null) {
      return Optional.empty();
    }
    String name = text.trim().toUpperCase(Locale.ROOT);
    String bare = name.startsWith("ROLE_") ? name.substring(5) : name;
    return Arrays.stream(values()).filter(r -> r.name().equals(bare)).findFirst();
  }

  public static String[] names(NodeRole... roles) {
    return Arrays.stream(roles).map(NodeRole::name).toArray(String[]::new);
  }
}
