/** Input checks and digests used by the evidence feature only. */
package cn.procuratorate.evidence.node.evidence.internal;
