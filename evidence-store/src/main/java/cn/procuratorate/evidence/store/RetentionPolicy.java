package cn.procuratorate.evidence.store;

/**
 * Default WORM retention for new object versions. COMPLIANCE cannot be shortened or bypassed by
 * anyone, root included, until it expires; GOVERNANCE can be bypassed with a special permission.
 */
public record RetentionPolicy(Mode mode, int days) {

  public enum Mode {
    GOVERNANCE,
    COMPLIANCE
  }

  public RetentionPolicy {
    if (mode == null || days < 1) {
      throw new IllegalArgumentException("retention needs a mode and at least one day");
    }
  }
}
