package cn.procuratorate.evidence.store;

import io.minio.MinioAsyncClient;
import io.minio.http.HttpUtils;
import java.util.concurrent.TimeUnit;
import okhttp3.Dispatcher;
import okhttp3.OkHttpClient;

final class MinioClients {

  private static final long TIMEOUT_MILLIS = TimeUnit.MINUTES.toMillis(5); // the SDK's default

  /**
   * OkHttp runs at most 5 calls per host at once by default; every part upload of every
   * concurrent evidence upload is such a call, and they all go to one MinIO host.
   */
  private static final int CONCURRENT_REQUESTS = 64;

  private MinioClients() {}

  static MinioAsyncClient connect(S3Location location) {
    return MinioAsyncClient.builder()
        .endpoint(location.endpoint())
        .region(location.region()) // known region: no GetBucketLocation round trip per call
        .credentials(location.accessKey(), location.secretKey())
        .httpClient(httpClient(), true)
        .build();
  }

  private static OkHttpClient httpClient() {
    Dispatcher dispatcher = new Dispatcher();
    dispatcher.setMaxRequests(CONCURRENT_REQUESTS);
    dispatcher.setMaxRequestsPerHost(CONCURRENT_REQUESTS);
    return HttpUtils.newDefaultHttpClient(TIMEOUT_MILLIS, TIMEOUT_MILLIS, TIMEOUT_MILLIS)
        .newBuilder()
        .dispatcher(dispatcher)
        .build();
  }
}
