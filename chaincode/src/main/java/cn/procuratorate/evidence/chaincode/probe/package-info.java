/** The bare baseline transaction that benchmarks and network checks measure everything else against. */
package cn.procuratorate.evidence.chaincode.probe;
