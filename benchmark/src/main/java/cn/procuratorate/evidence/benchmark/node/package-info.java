/** Driving a running agency node (web-api) over its REST API, and the node processes' lifecycle. */
package cn.procuratorate.evidence.benchmark.node;
