/** Small helpers the delegates share: typed variable reads, id lists, instance look-ups. */
package cn.procuratorate.evidence.workflow.support;
