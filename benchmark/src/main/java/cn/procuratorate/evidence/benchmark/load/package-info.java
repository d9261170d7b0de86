/** Closed-loop load: N operations by C client threads, with per-operation latency. */
package cn.procuratorate.evidence.benchmark.load;
