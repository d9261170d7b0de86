package cn.procuratorate.evidence.store;

import java.util.concurrent.atomic.AtomicInteger;

/** Evidence ids unique across runs: a shared, object-locked bucket keeps what earlier runs stored. */
final class ItIds {

  private static final String RUN = Long.toString(System.currentTimeMillis(), 36);
  private static final AtomicInteger NEXT = new AtomicInteger();

  private ItIds() {}

  static String next(String label) {
    return "it-" + RUN + "-" + label + "-" + NEXT.incrementAndGet();
  }
}
