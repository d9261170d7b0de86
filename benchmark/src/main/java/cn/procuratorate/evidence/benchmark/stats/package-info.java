/** Percentiles of one run and the median, min and max over runs. */
package cn.procuratorate.evidence.benchmark.stats;
