package cn.procuratorate.evidence.node.health;

import cn.procuratorate.evidence.store.BucketProtection;
import cn.procuratorate.evidence.store.EvidenceBucket;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import org.springframework.boot.actuate.health.Health;
import org.springframework.boot.actuate.health.HealthIndicator;
import org.springframework.boot.context.event.ApplicationReadyEvent;
import org.springframework.context.event.EventListener;
import org.springframework.stereotype.Component;

/**
 * UP when the agency's bucket is reachable. Whether it is protected (versioning, object lock,
 * default retention) is reported, and a bucket without that protection is warned about at start:
 * the node still works, but bytes could then be replaced behind its back more easily.
 */
@Component("evidenceBucketHealthIndicator")
class BucketHealth implements HealthIndicator {

  private static final Logger log = LoggerFactory.getLogger(BucketHealth.class);

  private final EvidenceBucket bucket;

  BucketHealth(EvidenceBucket bucket) {
    this.bucket = bucket;
  }

  @EventListener(ApplicationReadyEvent.class)
  void reportProtection() {
    try {
      BucketProtection protection = bucket.inspect();
      if (protection.fullyProtected()) {
        log.info("bucket {}: versioning, object lock and retention {} in force", protection.bucket(),
            protection.defaultRetention());
      } else {
        log.warn("bucket {} is not fully protected: {}", protection.bucket(), protection);
      }
    } catch (RuntimeException e) {
      log.warn("cannot inspect the evidence bucket yet: {}", e.getMessage());
    }
  }

  @Override
  public Health health() {
    try {
      BucketProtection protection = bucket.inspect();
      Health.Builder health = protection.exists() ? Health.up() : Health.down();
      return health.withDetail("bucket", protection.bucket())
          .withDetail("versioning", protection.versioningEnabled())
          .withDetail("objectLock", protection.objectLockEnabled())
          .withDetail("retention", String.valueOf(protection.defaultRetention()))
          .withDetail("problems", protection.problems())
          .build();
    } catch (RuntimeException e) {
      return Health.down().withDetail("error", e.getMessage()).build();
    }
  }
}
