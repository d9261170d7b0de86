/**
 * The benchmark suite: scenarios that measure the system on the local consortium next to raw
 * baselines measured in the same run, and report ratios (issue 5; see benchmark/README.md).
 * {@link cn.procuratorate.evidence.benchmark.BenchmarkMain} runs them; each is a
 * {@link cn.procuratorate.evidence.benchmark.Scenario}.
 */
package cn.procuratorate.evidence.benchmark;
