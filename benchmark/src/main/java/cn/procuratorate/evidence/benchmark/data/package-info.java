/** Test data, raw digests, unique ids and the scratch bucket the benchmark writes to. */
package cn.procuratorate.evidence.benchmark.data;
