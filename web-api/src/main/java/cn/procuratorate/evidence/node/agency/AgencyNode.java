package cn.procuratorate.evidence.node.agency;

import cn.procuratorate.evidence.ledger.model.AgencyKind;
import cn.procuratorate.evidence.ledger.profile.ConnectionProfile;
import java.nio.file.Path;

/**
 * The agency this node acts for.
 *
 * @param agency short name from the profile ({@code police})
 * @param dataDir the node's own files: H2 database, event checkpoint
 */
public record AgencyNode(
    String agency, String mspId, String displayName, AgencyKind kind, Path dataDir, ConnectionProfile profile) {

  public static AgencyNode of(ConnectionProfile profile, Path dataDir) {
    return new AgencyNode(
        profile.agency(), profile.mspId(), profile.displayName(), profile.kind(), dataDir, profile);
  }
}
