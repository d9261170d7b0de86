/** Queue of reads in the node database and the job that sends them to the ledger in batches. */
package cn.procuratorate.evidence.node.access.internal;
