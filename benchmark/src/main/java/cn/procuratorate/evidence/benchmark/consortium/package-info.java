/** What the running consortium is configured with, and whether agency nodes run. */
package cn.procuratorate.evidence.benchmark.consortium;
