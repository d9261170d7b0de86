package cn.procuratorate.evidence.benchmark.data;

import cn.procuratorate.evidence.store.S3Location;
import io.minio.BucketExistsArgs;
import io.minio.ListObjectsArgs;
import io.minio.MakeBucketArgs;
import io.minio.MinioAsyncClient;
import io.minio.RemoveBucketArgs;
import io.minio.RemoveObjectsArgs;
import io.minio.Result;
import io.minio.SetBucketVersioningArgs;
import io.minio.http.HttpUtils;
import io.minio.messages.DeleteError;
import io.minio.messages.DeleteObject;
import io.minio.messages.Item;
import io.minio.messages.VersioningConfiguration;
import java.util.ArrayList;
import java.util.List;
import java.util.concurrent.TimeUnit;
import okhttp3.Dispatcher;
import okhttp3.OkHttpClient;

/**
 * A versioned bucket without object lock on the consortium's MinIO, created with the root
 * credentials, for every byte the benchmark writes. The agencies' evidence buckets are
 * object-locked: nothing written there can be removed before its retention ends, and gigabytes
 * of benchmark data would stay on the disk for years. Everything here is removed again, and the
 * bucket with it.
 */
public final class ScratchBucket implements AutoCloseable {
    /** Followed by the run's tag: two runs at once never empty each other's bucket. */
    public static final String NAME_PREFIX = "benchmark-scratch-";
    private static final int DELETE_BATCH = 1000; // S3's limit per DeleteObjects request
    /** As the evidence store's own client: OkHttp's default of 5 calls per host would throttle the baseline. */
    private static final int CONCURRENT_REQUESTS = 64;
    private static final long TIMEOUT_MILLIS = TimeUnit.MINUTES.toMillis(5);

    private final S3Location location;
    private final MinioAsyncClient sdk;

    private ScratchBucket(S3Location location) {
        this.location = location;
        this.sdk = client(location);
    }

    /** Creates the bucket (versioning on, no object lock) unless it exists. */
    public static ScratchBucket open(String endpoint, String region, RootCredentials root, String bucket)
            throws Exception {
        ScratchBucket scratch = new ScratchBucket(new S3Location(endpoint, region, bucket, root.user(), root.password()));
        scratch.create();
        return scratch;
    }

    /** A MinIO client tuned like the evidence store's, so that the baselines compete fairly. */
    public static MinioAsyncClient client(S3Location location) {
        Dispatcher dispatcher = new Dispatcher();
        dispatcher.setMaxRequests(CONCURRENT_REQUESTS);
        dispatcher.setMaxRequestsPerHost(CONCURRENT_REQUESTS);
        OkHttpClient http = HttpUtils.newDefaultHttpClient(TIMEOUT_MILLIS, TIMEOUT_MILLIS, TIMEOUT_MILLIS)
                .newBuilder().dispatcher(dispatcher).build();
        return MinioAsyncClient.builder()
                .endpoint(location.endpoint())
                .region(location.region())
                .credentials(location.accessKey(), location.secretKey())
                .httpClient(http, true)
                .build();
    }

    /** Root credentials on this bucket, for an evidence store or a raw client. */
    public S3Location location() {
        return location;
    }

    public String bucket() {
        return location.bucket();
    }

    public MinioAsyncClient sdk() {
        return sdk;
    }

    /** Removes every version and delete marker under {@code prefix} (all of them for ""). */
    public long removeAllUnder(String prefix) throws Exception {
        List<DeleteObject> batch = new ArrayList<>(DELETE_BATCH);
        long removed = 0;
        for (Result<Item> result : sdk.listObjects(ListObjectsArgs.builder().bucket(bucket()).prefix(prefix)
                .recursive(true).includeVersions(true).build())) {
            Item item = result.get();
            batch.add(new DeleteObject(item.objectName(), item.versionId()));
            if (batch.size() == DELETE_BATCH) {
                removed += delete(batch);
                batch.clear();
            }
        }
        if (!batch.isEmpty()) {
            removed += delete(batch);
        }
        return removed;
    }

    /** Empties the bucket and removes it. */
    @Override
    public void close() throws Exception {
        try {
            removeAllUnder("");
            sdk.removeBucket(RemoveBucketArgs.builder().bucket(bucket()).build()).get();
        } finally {
            sdk.close();
        }
    }

    private long delete(List<DeleteObject> batch) throws Exception {
        List<String> errors = new ArrayList<>();
        // The SDK sends the request only while the result is iterated.
        for (Result<DeleteError> result : sdk.removeObjects(
                RemoveObjectsArgs.builder().bucket(bucket()).objects(List.copyOf(batch)).build())) {
            DeleteError error = result.get();
            errors.add(error.objectName() + ": " + error.message());
        }
        if (!errors.isEmpty()) {
            throw new IllegalStateException("could not remove " + errors.size() + " objects from " + bucket()
                    + ", first: " + errors.get(0));
        }
        return batch.size();
    }

    private void create() throws Exception {
        if (!sdk.bucketExists(BucketExistsArgs.builder().bucket(bucket()).build()).get()) {
            sdk.makeBucket(MakeBucketArgs.builder().bucket(bucket()).region(location.region()).build()).get();
        }
        sdk.setBucketVersioning(SetBucketVersioningArgs.builder().bucket(bucket())
                .config(new VersioningConfiguration(VersioningConfiguration.Status.ENABLED, null)).build()).get();
    }
}
