package cn.procuratorate.evidence.store;

import java.time.Instant;

/** One version of an object key as the bucket lists it (a delete marker has no bytes). */
public record StoredVersion(
    String versionId, Instant lastModified, long size, boolean deleteMarker, boolean latest) {}
